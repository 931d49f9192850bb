import type { MetricView } from '../pack-model.js';
import { spcMarks, TRIAL_BELOW } from '../spc-marks.js';
import { BY_HAND_MARK, tableNotes, type Levels, type TableNote } from '../table-marks.js';
import type { Palette } from './palette.js';
import { paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { Box, ParagraphView, SlideItemView } from './slide-pack-view.js';
import { heightFor, textBox } from './text-box.js';
import { textStyle } from './text-flow.js';

/**
 * The notes under a slide's table: the marks shared with the cover report (see `table-marks.ts`),
 * and SPC read from trial limits (‡), which the slides mark where the report says "trial".
 */
export const TRIAL_MARK = '‡';

/** Notes are set a point smaller than the narrative, never below the tables' 9 pt. */
const NOTE_TEXT = textStyle(9);

/** Whether any metric's SPC reading rests on trial limits. */
function anyTrial(metrics: readonly MetricView[], palette: Palette): boolean {
  return metrics.some((metric) => {
    const marks = spcMarks(metric, palette.spc);
    return marks.variation.trial === true || marks.assurance.trial === true;
  });
}

/** The notes for the metrics of one table page, in the order of their rows; empty where nothing is marked. */
export function notesFor(ctx: ComposeContext, metrics: readonly MetricView[], levels: Levels): ParagraphView[] {
  const shared = tableNotes(metrics, levels);
  const trial: TableNote[] = anyTrial(metrics, ctx.palette) ? [{ mark: TRIAL_MARK, text: `SPC read from trial limits, set from fewer than ${TRIAL_BELOW} points: read with care.` }] : [];
  // Ratings set by hand, then the trial mark, then the metrics' own notes: the order the marks appear across a row.
  const ordered = [...shared.filter((n) => n.mark === BY_HAND_MARK), ...trial, ...shared.filter((n) => n.mark !== BY_HAND_MARK)];
  return noteParagraphs(ordered);
}

/** Each note a paragraph: its mark in bold, then what it says. */
export function noteParagraphs(notes: readonly TableNote[]): ParagraphView[] {
  return notes.map((n) => paragraph([run(`${n.mark} `, { bold: true }), run(n.text)], { spaceAfter: 1 }));
}

/** The notes as a text box `width` wide: its height, and the box placed at a given top. */
export function notesBox(ctx: ComposeContext, notes: readonly ParagraphView[], x: number, width: number): { readonly height: number; readonly items: (y: number) => SlideItemView[] } {
  if (notes.length === 0) return { height: 0, items: () => [] };
  // a gap of 0.06 in above the box, and the box 0.02 in taller than its text: all within `height`
  const height = heightFor(notes, width, NOTE_TEXT) + 0.08;
  return {
    height,
    items: (y: number) => {
      const box: Box = { x, y: y + 0.06, w: width, h: height - 0.06 };
      return [textBox({ name: 'Notes to the table', box, paragraphs: notes, style: NOTE_TEXT, colour: ctx.palette.theme.text })];
    },
  };
}
