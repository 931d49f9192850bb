import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { formatPlace, type Place } from '../diagnostics/place.js';
import { SHEET_ORDER } from '../format/workbook-format.js';
import { buildModel } from '../model/build-model.js';
import type { MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { readWorkbook } from '../xlsx/read-workbook.js';
import type { RawSheet } from '../xlsx/raw-workbook.js';
import { checkReturn } from './check-return.js';
import type { MergeChanges, ReturnChange } from './merge-changes.js';
import { planMerge, type ReturnToMerge } from './plan-merge.js';
import { readReturn } from './read-return.js';
import { RETURN_SHEET_ORDER } from './return-format.js';
import { writeMerge } from './write-merge.js';

export interface ReturnFile {
  /** The name to report it by, e.g. `returns/uec.xlsx`. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface MergeRequest {
  /** The main workbook's bytes. */
  readonly workbook: Uint8Array;
  readonly workbookName: string;
  readonly month: MonthPeriod;
  readonly returns: readonly ReturnFile[];
  /** The copy will replace the original: then anything it cannot keep is an error, not a warning. */
  readonly inPlace?: boolean;
}

/** A file's messages, sorted by place. */
export interface FileMessages {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface MergeResult {
  /** False when any file has errors: then there is no merged workbook. */
  readonly ok: boolean;
  /** The workbook's messages first, then each return's, by file name. */
  readonly messages: readonly FileMessages[];
  /** What the returns change (present when ok). */
  readonly changes?: MergeChanges;
  /** The merged workbook; absent when there are errors or nothing changes. */
  readonly merged?: Uint8Array;
}

interface ReadMain {
  readonly diagnostics: Diagnostics;
  readonly workbook?: PackWorkbook;
  readonly narrative?: RawSheet;
}

async function readMain(bytes: Uint8Array): Promise<ReadMain> {
  const diagnostics = new Diagnostics(SHEET_ORDER);
  const raw = await readWorkbook(bytes, diagnostics);
  const built = raw === undefined ? undefined : buildModel(raw, diagnostics);
  const narrative = raw?.sheets.get('Narrative');
  if (built?.workbook === undefined || narrative === undefined) return { diagnostics };
  return { diagnostics, workbook: built.workbook, narrative };
}

/** An area's narrative may come in one return only: each place it is found is told of the others. */
function checkAreasOnce(returns: readonly ReturnToMerge[], workbook: PackWorkbook): void {
  const found = new Map<string, { file: string; place: Place; diagnostics: Diagnostics }[]>();
  for (const { file, checked, diagnostics } of returns) {
    for (const row of checked.areas) found.set(row.areaId, [...(found.get(row.areaId) ?? []), { file, place: row.areaPlace, diagnostics }]);
  }
  for (const [areaId, places] of found) {
    if (places.length < 2) continue;
    const area = workbook.areas.find((a) => a.id === areaId);
    for (const here of places) {
      const others = places.filter((p) => p !== here).map((p) => `${p.file} (${formatPlace(p.place)})`).join(' and ');
      here.diagnostics.error(`${area?.name ?? areaId} (${areaId}) is also in ${others}; an area's narrative may come in one return only, so keep it in one`, here.place, 'return/area-in-two-returns');
    }
  }
}

async function readReturns(files: readonly ReturnFile[], workbook: PackWorkbook | undefined, month: MonthPeriod): Promise<ReturnToMerge[]> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const returns: ReturnToMerge[] = [];
  for (const file of sorted) {
    const diagnostics = new Diagnostics(RETURN_SHEET_ORDER);
    const read = await readReturn(file.bytes, diagnostics);
    const checked = read === undefined || workbook === undefined ? { areas: [], blank: [], missing: [] } : checkReturn(read, workbook, month, diagnostics);
    returns.push({ file: file.name, checked, diagnostics });
  }
  return returns;
}

function messagesOf(main: { file: string; diagnostics: Diagnostics }, returns: readonly ReturnToMerge[]): FileMessages[] {
  return [main, ...returns].map(({ file, diagnostics }) => ({ file, diagnostics: diagnostics.list() }));
}

/**
 * Merges authors' narrative returns into the month's narrative of the main workbook, in memory.
 * Every return is read and checked (readable, the return's structure, the right committee and
 * month, only its author's areas, no area in two returns, text as the workbook's reader checks
 * it); if any file has an error there is no merged workbook. Otherwise the Narrative rows are
 * changed or added in a copy that keeps the rest of the workbook, and the change list says what
 * changed, per return, area and section.
 */
export async function mergeReturns(request: MergeRequest): Promise<MergeResult> {
  const main = await readMain(request.workbook);
  const returns = await readReturns(request.returns, main.workbook, request.month);
  const mainMessages = { file: request.workbookName, diagnostics: main.diagnostics };
  if (main.workbook === undefined || main.narrative === undefined) return { ok: false, messages: messagesOf(mainMessages, returns) };
  checkAreasOnce(returns, main.workbook);
  const plan = planMerge(main.workbook, main.narrative, request.month, returns);
  const failed = () => main.diagnostics.hasErrors || returns.some((r) => r.diagnostics.hasErrors);
  if (failed()) return { ok: false, messages: messagesOf(mainMessages, returns) };
  const base = { committee: main.workbook.settings.committee, month: request.month };
  if (plan.edits.length === 0) return { ok: true, messages: messagesOf(mainMessages, returns), changes: { ...base, returns: plan.changes } };

  const written = await writeMerge({ original: request.workbook, plan, month: request.month, inPlace: request.inPlace === true, diagnostics: main.diagnostics });
  if (failed() || written === undefined) return { ok: false, messages: messagesOf(mainMessages, returns) };
  const changes: ReturnChange[] = plan.changes.map((r) => ({ ...r, areas: r.areas.map((a) => (written.rows.has(a.areaId) ? { ...a, row: written.rows.get(a.areaId) ?? 0 } : a)) }));
  return { ok: true, messages: messagesOf(mainMessages, returns), changes: { ...base, returns: changes }, merged: written.bytes };
}
