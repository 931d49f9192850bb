import { run } from './rich-text.js';
import type { Box, ParagraphView, TextBoxView } from './slide-pack-view.js';
import { TEXT_INSET, heightFor, innerHeight, innerWidth, textBox } from './text-box.js';
import { takeParagraphs, textStyle } from './text-flow.js';

export interface ShrinkSpec {
  readonly name: string;
  readonly box: Box;
  readonly paragraphs: readonly ParagraphView[];
  /** Font sizes to try, largest first. */
  readonly sizes: readonly number[];
  readonly colour: string;
  readonly fill?: string;
  readonly valign?: 'top' | 'middle';
  readonly inset?: number;
}

/**
 * A text box at the largest size its text fits. Text too long even at the smallest size (a
 * priority typed as an essay) is cut after the last line that fits and ends in an ellipsis:
 * the box never overflows, and the full text is still in the summary tables and the workbook.
 */
export function shrinkToFit(spec: ShrinkSpec): TextBoxView {
  const inset = spec.inset ?? TEXT_INSET;
  const base = { name: spec.name, box: spec.box, colour: spec.colour, inset, ...(spec.fill === undefined ? {} : { fill: spec.fill }), ...(spec.valign === undefined ? {} : { valign: spec.valign }) };
  for (const size of spec.sizes) {
    const style = textStyle(size);
    if (heightFor(spec.paragraphs, spec.box.w, style, inset) <= spec.box.h) return textBox({ ...base, paragraphs: spec.paragraphs, style });
  }
  const style = textStyle(spec.sizes[spec.sizes.length - 1] ?? 9);
  const { taken } = takeParagraphs(spec.paragraphs, innerWidth(spec.box.w, inset), innerHeight(spec.box.h, inset) - 0.02, style);
  const cut = taken.map((p, index) => {
    if (index < taken.length - 1) return p;
    const runs = [...p.runs];
    const last = runs.pop();
    const text = (last?.text ?? '').replace(/\s*\S{0,3}$/, '');
    return { ...p, runs: [...runs, ...(last === undefined ? [] : [{ ...last, text }]), run('…')] };
  });
  return textBox({ ...base, paragraphs: cut, style });
}
