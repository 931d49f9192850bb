import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { NARRATIVE_SECTIONS, type MonthPeriod } from '../model/pack-workbook.js';
import { periodKey } from '../model/period.js';
import { loadWorkbook } from '../pipeline.js';
import { listInWords } from '../compose/words.js';
import { editWorkbook, WorkbookEditError } from '../xlsx/edit-workbook.js';
import type { MergePlan } from './plan-merge.js';
import { NARRATIVE_SHEET } from './return-format.js';

export interface WriteMergeInput {
  readonly original: Uint8Array;
  readonly plan: MergePlan;
  readonly month: MonthPeriod;
  /** Whether the copy will replace the original (then a loss is an error). */
  readonly inPlace: boolean;
  /** The main workbook's: where a loss is reported. */
  readonly diagnostics: Diagnostics;
}

export interface WrittenMerge {
  readonly bytes: Uint8Array;
  /** The Narrative row written for each area. */
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * The merged copy must read back as a workbook the pack can be built from, with each merged area's
 * narrative exactly as returned; anything else is a fault in packsmith, never the officer's.
 */
async function checkReadsBack(bytes: Uint8Array, plan: MergePlan, month: MonthPeriod): Promise<void> {
  const loaded = await loadWorkbook(bytes);
  const errors = loaded.diagnostics.errors();
  if (loaded.workbook === undefined || errors.length > 0) {
    throw new Error(`the merged workbook does not read back: ${errors.map((d) => d.reason).join('; ')}`);
  }
  for (const { areaId, sections } of plan.edits) {
    const narrative = loaded.workbook.narratives.find((n) => n.areaId === areaId && periodKey(n.month) === periodKey(month));
    const same = narrative !== undefined && NARRATIVE_SECTIONS.every((s) => narrative.sections[s].join('\n') === sections[s].join('\n'));
    if (!same) throw new Error(`the merged workbook does not read back ${areaId}'s narrative for ${periodKey(month)} as returned`);
  }
}

/**
 * Writes the planned rows into a copy of the main workbook and checks the copy reads back. What
 * the copy cannot keep of the original (charts, macros...) is a warning for a new copy, which the
 * officer can compare with the original, and an error when the copy would replace it. A workbook
 * packsmith cannot copy at all is an error at the sheet to blame; then there is no copy.
 */
export async function writeMerge(input: WriteMergeInput): Promise<WrittenMerge | undefined> {
  const { plan, diagnostics } = input;
  const edited = await editWorkbook(input.original, { sheet: NARRATIVE_SHEET, rows: plan.edits.map((e) => e.edit), wrapNewRows: true }).catch((error: unknown) => {
    if (!(error instanceof WorkbookEditError)) throw error;
    diagnostics.error(`the narrative cannot be merged: ${error.message}`, error.sheet === undefined ? undefined : { sheet: error.sheet }, 'merge/cannot-edit');
    return undefined;
  });
  if (edited === undefined) return undefined;
  if (edited.lost.length > 0) {
    const lost = listInWords(edited.lost);
    if (input.inPlace) {
      diagnostics.error(`merging in place would lose the workbook's ${lost}, which packsmith cannot copy; merge into a new copy instead (leave out --in-place) and compare it with the original`, undefined, 'merge/would-lose');
    } else {
      diagnostics.warn(`the merged copy does not have the workbook's ${lost}, which packsmith cannot copy; keep using the original for those, and copy the merged narrative into it if you need them together`, undefined, 'merge/copy-lacks');
    }
  }
  await checkReadsBack(edited.bytes, plan, input.month);
  return { bytes: edited.bytes, rows: new Map(plan.edits.map((e, index) => [e.areaId, edited.rows[index] ?? 0])) };
}
