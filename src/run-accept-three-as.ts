import { basename, dirname, extname, join } from 'node:path';
import { acceptThreeAs, type AcceptResult } from './accept/accept-three-as.js';
import { DeliveryError } from './deliver/delivery-error.js';
import { writeFilesAtomically } from './deliver/write-files.js';
import type { MonthPeriod } from './model/pack-workbook.js';
import { periodKey } from './model/period.js';
import { checkMonth } from './model/reporting-month.js';
import type { FileMessages } from './returns/merge-returns.js';
import { exists, readOrSay } from './run-merge.js';

export interface AcceptOptions {
  readonly workbookPath: string;
  readonly month: MonthPeriod;
  /** Where to write the copy; default beside the workbook, `<name>-3as-<month>.xlsx`. */
  readonly outPath?: string;
}

export type AcceptOutcome =
  /** The workbook has errors (all listed); nothing was written. */
  | { readonly kind: 'invalid'; readonly messages: readonly FileMessages[] }
  /** Nothing was drafted for a box the officers left empty; nothing was written. */
  | { readonly kind: 'nothing'; readonly result: AcceptResult }
  | { readonly kind: 'written'; readonly result: AcceptResult; readonly messages: readonly FileMessages[]; readonly file: string };

/** The copy's default path: `seeds/example-icb.xlsx` -> `seeds/example-icb-3as-2026-01.xlsx`. */
export function acceptedCopyPath(workbookPath: string, month: MonthPeriod): string {
  const extension = extname(workbookPath) || '.xlsx';
  return join(dirname(workbookPath), `${basename(workbookPath, extname(workbookPath))}-3as-${periodKey(month)}${extension}`);
}

/**
 * Reads the workbook, drafts the month's 3As as a draft pack would and writes them into a new
 * copy of the workbook: the `accept-3as` command's work. The workbook itself is never written, and
 * neither is a copy already there (the officers may have edited it): that is refused.
 */
export async function runAcceptThreeAs(options: AcceptOptions): Promise<AcceptOutcome> {
  checkMonth(options.month);
  const out = options.outPath ?? acceptedCopyPath(options.workbookPath, options.month);
  if (await exists(out)) throw new DeliveryError(`${out} is already there, and may hold the officers' edits; open it to finalise the 3As, or delete it (or name another copy with --out) to accept the drafted 3As afresh`);
  const read = await readOrSay(options.workbookPath);
  if (!('bytes' in read)) return { kind: 'invalid', messages: [read.problem] };
  const result = await acceptThreeAs({ workbook: read.bytes, workbookName: options.workbookPath, month: options.month });
  const messages = [{ file: options.workbookPath, diagnostics: result.diagnostics }];
  if (!result.ok) return { kind: 'invalid', messages };
  if (result.copy === undefined) return { kind: 'nothing', result };
  const [file = out] = await writeFilesAtomically(dirname(out), [{ name: basename(out), bytes: result.copy }]);
  return { kind: 'written', result, messages, file };
}
