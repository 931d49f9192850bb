import type { MetricView } from '../pack-model.js';
import { spcMarks } from '../spc-marks.js';
import type { Palette } from './palette.js';
import { paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { Box, ParagraphView, SlideItemView } from './slide-pack-view.js';
import { heightFor, textBox } from './text-box.js';
import { textStyle } from './text-flow.js';

/**
 * The marks a table's cells carry and the notes under the table that say what they mean: a
 * rating set by hand (†, with its reason), SPC read from trial limits (‡), and a metric's own note
 * from the workbook (numbered). A reader of the table sees why without turning to a chart.
 */
export const BY_HAND_MARK = '†';
export const TRIAL_MARK = '‡';

/** Notes are set a point smaller than the narrative, never below the tables' 9 pt. */
const NOTE_TEXT = textStyle(9);

/** The number each metric's note carries in this table, in the order the rows show them. */
export function noteNumbers(metrics: readonly MetricView[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const metric of metrics) if (metric.note !== undefined) numbers.set(metric.id, numbers.size + 1);
  return numbers;
}

/** ` (1)` after a measure whose note is the table's first, else nothing. */
export function noteMark(numbers: ReadonlyMap<string, number>, metric: MetricView): string {
  const number = numbers.get(metric.id);
  return number === undefined ? '' : ` (${number})`;
}

/** `†` after a rating set by hand. */
export function byHandMark(metric: MetricView): string {
  return metric.rating.setByHand ? BY_HAND_MARK : '';
}

/** Whether any metric's SPC reading rests on trial limits. */
function anyTrial(metrics: readonly MetricView[], palette: Palette): boolean {
  return metrics.some((metric) => {
    const marks = spcMarks(metric, palette.spc);
    return marks.variation.trial === true || marks.assurance.trial === true;
  });
}

/** The notes for the metrics of one table page, in the order of their rows; empty where nothing is marked. */
export function notesFor(ctx: ComposeContext, metrics: readonly MetricView[]): ParagraphView[] {
  const numbers = noteNumbers(metrics);
  const note = (mark: string, text: string): ParagraphView => paragraph([run(`${mark} `, { bold: true }), run(text)], { spaceAfter: 1 });
  const byHand = metrics.filter((m) => m.rating.setByHand).map((m) => note(BY_HAND_MARK, `${m.label}: ${m.rating.word}, ${m.rating.because}`));
  const trial = anyTrial(metrics, ctx.palette) ? [note(TRIAL_MARK, 'SPC read from trial limits, set from fewer than 12 points: read with care.')] : [];
  const own = metrics.flatMap((m) => (m.note === undefined ? [] : [note(`(${numbers.get(m.id) ?? 0})`, `${m.label}: ${m.note}`)]));
  return [...byHand, ...trial, ...own];
}

/** The notes as a text box `width` wide: its height, and the box placed at a given top. */
export function notesBox(ctx: ComposeContext, notes: readonly ParagraphView[], x: number, width: number): { readonly height: number; readonly items: (y: number) => SlideItemView[] } {
  if (notes.length === 0) return { height: 0, items: () => [] };
  const height = heightFor(notes, width, NOTE_TEXT) + 0.06;
  return {
    height,
    items: (y: number) => {
      const box: Box = { x, y: y + 0.06, w: width, h: height - 0.04 };
      return [textBox({ name: 'Notes to the table', box, paragraphs: notes, style: NOTE_TEXT, colour: ctx.palette.theme.text })];
    },
  };
}
