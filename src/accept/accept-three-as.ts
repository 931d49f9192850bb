import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { PackModel, ThreeAsItemView } from '../compose/pack-model.js';
import { DRAFTABLE_BOXES, type DraftableBox } from '../compose/three-as/draft-box.js';
import { listInWords } from '../compose/words.js';
import { SHEET_ORDER } from '../format/workbook-format.js';
import type { MonthPeriod } from '../model/pack-workbook.js';
import { THREE_AS_BOX_WORDS } from '../model/read-narrative.js';
import { checkMonth } from '../model/reporting-month.js';
import { composeModel, loadWorkbook, type LoadedWorkbook } from '../pipeline.js';
import { editWorkbook, WorkbookEditError, type CellEdit, type RowEdit } from '../xlsx/edit-workbook.js';
import { newRowMonthCell } from '../xlsx/month-cell.js';
import type { RawSheet } from '../xlsx/raw-workbook.js';

export const THREE_AS_SHEET = '3As';

export interface AcceptRequest {
  readonly workbook: Uint8Array;
  readonly workbookName: string;
  readonly month: MonthPeriod;
}

/** A box's drafted items as written, and the 3As rows they went to. */
export interface AcceptedBox {
  readonly box: DraftableBox;
  readonly items: readonly ThreeAsItemView[];
  readonly rows: readonly number[];
}

export interface AcceptResult {
  /** False where the workbook has errors, or the copy could not be made: then there is no copy. */
  readonly ok: boolean;
  /** The workbook's errors, and what the copy could not keep. */
  readonly diagnostics: readonly Diagnostic[];
  /** The boxes written, in Alert, Assure, Advise order. */
  readonly accepted: readonly AcceptedBox[];
  /** The boxes left as they are: the officers have typed items in them for the month. */
  readonly kept: readonly { readonly box: DraftableBox; readonly items: number }[];
  /** The boxes nothing was drafted for: no metric met the rule for them. */
  readonly empty: readonly DraftableBox[];
  /** The copy with the drafted items added; absent where there are errors or nothing to add. */
  readonly copy?: Uint8Array;
}

/** The draft's pack model: the boxes the officers left empty hold the items drafted from the figures. */
function draftModel(loaded: LoadedWorkbook, request: AcceptRequest): PackModel | undefined {
  return composeModel(loaded, { workbook: request.workbook, workbookName: request.workbookName, month: request.month, mode: 'draft' })?.model;
}

/** A column the reader requires, so the workbook, read without errors, has it. */
function columnOf(sheet: RawSheet, key: string): number {
  const column = sheet.columns.get(key);
  if (column === undefined) throw new Error(`the 3As sheet has no ${key} column, though the workbook read without errors`);
  return column;
}

/** The 3As rows that write a box's drafted items, below the sheet's last row. */
function rowEdits(sheet: RawSheet, request: AcceptRequest, box: DraftableBox, items: readonly ThreeAsItemView[]): RowEdit[] {
  const metricColumn = sheet.columns.get('metric');
  return items.map((item) => {
    const cells: CellEdit[] = [
      { column: columnOf(sheet, 'month'), value: newRowMonthCell(sheet, request.month) },
      { column: columnOf(sheet, 'box'), value: THREE_AS_BOX_WORDS[box] },
      { column: columnOf(sheet, 'area'), value: item.area ?? null },
      { column: columnOf(sheet, 'text'), value: item.text },
      ...(metricColumn === undefined ? [] : [{ column: metricColumn, value: item.metric ?? null }]),
    ];
    return { cells };
  });
}

/** The item as it reads back from the 3As sheet: typed by the officers, with its metric where the sheet has a Metric column. */
function asTyped(item: ThreeAsItemView, withMetric: boolean): ThreeAsItemView {
  return { text: item.text, ...(item.area === undefined ? {} : { area: item.area }), ...(withMetric && item.metric !== undefined ? { metric: item.metric } : {}), drafted: false };
}

/**
 * The copy must read back as a workbook the pack is built from, its accepted boxes holding the
 * drafted items word for word, no longer drafted; anything else is a fault in packsmith.
 */
async function checkReadsBack(copy: Uint8Array, request: AcceptRequest, accepted: readonly AcceptedBox[], withMetric: boolean): Promise<void> {
  const loaded = await loadWorkbook(copy);
  const model = draftModel(loaded, { ...request, workbook: copy });
  if (model === undefined) throw new Error(`the copy with the accepted 3As does not read back: ${loaded.diagnostics.errors().map((d) => d.reason).join('; ')}`);
  for (const { box, items } of accepted) {
    const expected = items.map((item) => asTyped(item, withMetric));
    if (JSON.stringify(model.threeAs[box]) !== JSON.stringify(expected)) throw new Error(`the copy does not read back the ${box} items as accepted`);
  }
}

/**
 * Writes the items a draft pack drafts for the month into a copy of the workbook, as rows of its
 * 3As sheet, in memory. Only the boxes the officers left empty for the month are drafted, so only
 * those are written: a box they have typed items in is never added to. Each row has the month, the
 * box, the area, the text and (where the sheet has the column) the metric; the officers edit them
 * in Excel and build the final pack from the copy, where they read as the officers' own.
 */
export async function acceptThreeAs(request: AcceptRequest): Promise<AcceptResult> {
  checkMonth(request.month);
  const loaded = await loadWorkbook(request.workbook);
  const { diagnostics } = loaded;
  const sheet = loaded.raw?.sheets.get(THREE_AS_SHEET);
  const model = loaded.workbook === undefined ? undefined : draftModel(loaded, request);
  const errorsOnly = () => diagnostics.list().filter((d) => d.severity === 'error');
  if (model === undefined || sheet === undefined) return { ok: false, diagnostics: errorsOnly(), accepted: [], kept: [], empty: [] };

  const kept = DRAFTABLE_BOXES.filter((box) => model.threeAs[box].some((i) => !i.drafted)).map((box) => ({ box, items: model.threeAs[box].length }));
  const drafted = DRAFTABLE_BOXES.map((box) => ({ box, items: model.threeAs[box].filter((i) => i.drafted) })).filter((b) => b.items.length > 0);
  const empty = DRAFTABLE_BOXES.filter((box) => model.threeAs[box].length === 0);
  const base = { kept, empty };
  if (drafted.length === 0) return { ok: true, diagnostics: [], accepted: [], ...base };

  const edits = drafted.map(({ box, items }) => ({ box, items, edits: rowEdits(sheet, request, box, items) }));
  const written = new Diagnostics(SHEET_ORDER);
  const withMetric = sheet.columns.has('metric');
  if (!withMetric) {
    written.warn('the 3As sheet has no Metric column, so the items are written without the metric each is about; add a Metric column (see the blank template) to keep it', { sheet: THREE_AS_SHEET }, 'accept/no-metric-column');
  }
  const edited = await editWorkbook(request.workbook, { sheet: THREE_AS_SHEET, rows: edits.flatMap((e) => e.edits), wrapNewRows: true }).catch((error: unknown) => {
    if (!(error instanceof WorkbookEditError)) throw error;
    written.error(`the drafted 3As cannot be written into a copy: ${error.message}`, error.sheet === undefined ? undefined : { sheet: error.sheet }, 'accept/cannot-edit');
    return undefined;
  });
  if (edited === undefined) return { ok: false, diagnostics: written.list(), accepted: [], ...base };
  if (edited.lost.length > 0) {
    written.warn(`the copy does not have the workbook's ${listInWords(edited.lost)}, which packsmith cannot copy; keep using the original for those, and copy the 3As rows into it if you need them together`, undefined, 'accept/copy-lacks');
  }
  let next = 0;
  const accepted = edits.map(({ box, items }) => ({ box, items, rows: items.map(() => edited.rows[next++] ?? 0) }));
  await checkReadsBack(edited.bytes, request, accepted, withMetric);
  return { ok: true, diagnostics: written.list(), accepted, ...base, copy: edited.bytes };
}
