import { advance, measuringFactor } from './font-metrics.js';
import type { RunView } from './slide-pack-view.js';

/** One line of a wrapped paragraph: offsets into the paragraph's text, trailing space excluded. */
export interface Line {
  readonly start: number;
  readonly end: number;
}

/**
 * Renderers round glyph positions and PowerPoint's and LibreOffice's line breakers differ in small
 * ways, so a line is only counted as fitting within this share of its width.
 */
const WIDTH_SAFETY = 0.97;

/** The widths of each character of the paragraph, in points, bold where its run is bold. */
function characterWidths(runs: readonly RunView[], fontSize: number): Float64Array {
  let total = 0;
  for (const run of runs) total += run.text.length;
  const widths = new Float64Array(total);
  const scale = fontSize / 1000;
  let at = 0;
  for (const run of runs) {
    const bold = run.bold === true;
    for (let index = 0; index < run.text.length; index += 1) {
      widths[at] = advance(run.text.charCodeAt(index), bold) * scale;
      at += 1;
    }
  }
  return widths;
}

function span(widths: Float64Array, start: number, end: number): number {
  let sum = 0;
  for (let index = start; index < end; index += 1) sum += widths[index] ?? 0;
  return sum;
}

/**
 * Breaks a paragraph into lines no wider than `width` points, the way a word processor does:
 * at spaces, greedily, a word wider than the line broken between characters, and a line feed
 * always starting a new line. Breaking only at spaces (not after hyphens) errs towards more lines.
 */
export function wrapRuns(runs: readonly RunView[], width: number, fontSize: number): Line[] {
  // a template's wider typeface: Arial's advances against a line that much shorter
  const limit = (width * WIDTH_SAFETY) / measuringFactor();
  // Most table cells fit on one line: measure the whole text before wrapping anything.
  let whole = 0;
  let length = 0;
  let breaks = false;
  for (const run of runs) {
    const bold = run.bold === true;
    for (let index = 0; index < run.text.length; index += 1) {
      const code = run.text.charCodeAt(index);
      if (code === 10) breaks = true;
      whole += advance(code, bold);
    }
    length += run.text.length;
  }
  if (!breaks && (whole * fontSize) / 1000 <= limit) return [{ start: 0, end: length }];
  const text = runs.map((run) => run.text).join('');
  const widths = characterWidths(runs, fontSize);
  const lines: Line[] = [];
  let position = 0;
  for (const hardLine of text.split('\n')) {
    wrapHardLine(hardLine, position, widths, limit, lines);
    position += hardLine.length + 1;
  }
  return lines;
}

function wrapHardLine(line: string, offset: number, widths: Float64Array, limit: number, lines: Line[]): void {
  const words: { start: number; end: number }[] = [];
  const pattern = /[^ ]+/g;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    words.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  if (words.length === 0) {
    lines.push({ start: offset, end: offset });
    return;
  }
  let lineStart = -1;
  let lineEnd = -1;
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = span(widths, word.start, word.end);
    if (lineStart >= 0) {
      const withWord = lineWidth + span(widths, lineEnd, word.start) + wordWidth;
      if (withWord <= limit) {
        lineEnd = word.end;
        lineWidth = withWord;
        continue;
      }
      lines.push({ start: lineStart, end: lineEnd });
      lineStart = -1;
    }
    let start = word.start;
    let width = wordWidth;
    // A word wider than the line is broken between characters, as PowerPoint does.
    while (width > limit) {
      let end = start;
      let used = 0;
      while (end < word.end && used + (widths[end] ?? 0) <= limit) {
        used += widths[end] ?? 0;
        end += 1;
      }
      if (end === start) end += 1;
      lines.push({ start, end });
      start = end;
      width = span(widths, start, word.end);
    }
    if (start < word.end) {
      lineStart = start;
      lineEnd = word.end;
      lineWidth = width;
    }
  }
  if (lineStart >= 0) lines.push({ start: lineStart, end: lineEnd });
}

/** The runs covering offsets `start` to `end` of the paragraph's text, split where needed. */
export function sliceRuns(runs: readonly RunView[], start: number, end: number): RunView[] {
  const sliced: RunView[] = [];
  let at = 0;
  for (const run of runs) {
    const runStart = at;
    const runEnd = at + run.text.length;
    at = runEnd;
    const from = Math.max(start, runStart);
    const to = Math.min(end, runEnd);
    if (to > from) sliced.push({ ...run, text: run.text.slice(from - runStart, to - runStart) });
  }
  return sliced;
}
