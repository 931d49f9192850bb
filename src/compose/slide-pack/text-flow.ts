import type { ParagraphView } from './slide-pack-view.js';
import { measuringFactor } from './font-metrics.js';
import { sliceRuns, wrapRuns, type Line } from './wrap-text.js';

/**
 * Measuring text against real font metrics, and pouring paragraphs into boxes: what fits is
 * taken, what does not is handed back to continue in the next box, split between lines.
 */
export interface TextStyle {
  readonly fontSize: number;
  /** Exact line pitch in points; the renderer sets the same, so measured and drawn heights agree. */
  readonly lineSpacing: number;
}

/** Single spacing for Arial: 1.2 em, rounded up to half a point. */
export function textStyle(fontSize: number): TextStyle {
  return { fontSize, lineSpacing: Math.ceil(fontSize * 1.2 * 2) / 2 };
}

/** Hanging indent of a bullet, inches. */
export const BULLET_INDENT = 0.18;

/**
 * Wrapped lines, remembered per paragraph, width and size: the composers try several sizes and
 * heights (balancing columns) and would otherwise wrap the same paragraph many times.
 */
const wrapped = new WeakMap<ParagraphView, Map<string, readonly Line[]>>();

export function paragraphLines(p: ParagraphView, width: number, style: TextStyle): readonly Line[] {
  const key = `${width}:${style.fontSize}:${measuringFactor()}`;
  let byKey = wrapped.get(p);
  const known = byKey?.get(key);
  if (known !== undefined) return known;
  const lines = wrapRuns(p.runs, (width - (p.indented ? BULLET_INDENT : 0)) * 72, style.fontSize);
  if (byKey === undefined) {
    byKey = new Map();
    wrapped.set(p, byKey);
  }
  byKey.set(key, lines);
  return lines;
}

export interface Measured {
  readonly lines: number;
  /** Inches. */
  readonly height: number;
}

/** The lines and height (inches) of paragraphs set `width` inches wide. */
export function measureParagraphs(paragraphs: readonly ParagraphView[], width: number, style: TextStyle): Measured {
  let lines = 0;
  let points = 0;
  for (const p of paragraphs) {
    const count = paragraphLines(p, width, style).length;
    lines += count;
    points += count * style.lineSpacing + p.spaceAfter;
  }
  return { lines, height: points / 72 };
}

export interface Taken {
  readonly taken: readonly ParagraphView[];
  readonly rest: readonly ParagraphView[];
  readonly lines: number;
  /** Inches used by what was taken. */
  readonly height: number;
}

/**
 * Takes as much of `paragraphs` as fits in `height` inches at `width` inches wide. A paragraph
 * that does not fit whole is split after its last fitting line, keeping two lines on each side
 * (a paragraph of three lines or fewer moves whole). Where the box is as large as any it could
 * go to (`mustTake`, the top of a page or column), at least one line is taken whatever the rules.
 * The remainder continues, indented like its bullet but without one.
 */
export function takeParagraphs(paragraphs: readonly ParagraphView[], width: number, height: number, style: TextStyle, mustTake = true): Taken {
  const capacity = height * 72 + 1e-6;
  const taken: ParagraphView[] = [];
  let used = 0;
  let lines = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const p = paragraphs[index] as ParagraphView;
    const pLines = paragraphLines(p, width, style);
    const whole = pLines.length * style.lineSpacing + p.spaceAfter;
    if (used + whole <= capacity) {
      taken.push(p);
      used += whole;
      lines += pLines.length;
      continue;
    }
    let fit = Math.floor((capacity - used - p.spaceAfter) / style.lineSpacing);
    // Keep two lines on each side of a split; a short paragraph moves whole, unless the box is
    // empty and it would otherwise never fit anywhere.
    if (pLines.length >= 4) fit = Math.min(fit, pLines.length - 2);
    const splits = (pLines.length >= 4 && fit >= 2) || (mustTake && taken.length === 0 && fit >= 1);
    if (splits) {
      const split = pLines[fit] as Line;
      const end = (pLines[fit - 1] as Line).end;
      const total = p.runs.reduce((sum, r) => sum + r.text.length, 0);
      taken.push({ ...p, runs: sliceRuns(p.runs, 0, end) });
      used += fit * style.lineSpacing + p.spaceAfter;
      lines += fit;
      const rest: ParagraphView = { ...p, runs: sliceRuns(p.runs, split.start, total), bullet: false };
      return { taken, rest: [rest, ...paragraphs.slice(index + 1)], lines, height: used / 72 };
    }
    return { taken, rest: paragraphs.slice(index), lines, height: used / 72 };
  }
  return { taken, rest: [], lines, height: used / 72 };
}
