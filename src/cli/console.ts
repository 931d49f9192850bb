import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Exit codes: what a script calling packsmith can rely on. */
export const EXIT = {
  ok: 0,
  workbookErrors: 1,
  usage: 2,
  internal: 3,
  /** The pack and drafts were written, but some drafts were not sent. */
  notAllSent: 4,
  /** Delivery could not go ahead as asked: a final pack is already there, LibreOffice is missing or failed, the folder is another committee's. */
  refused: 5,
  /** The output could not be written: the folder cannot be made or written, the disk is full, a file in the way is open or is a folder. */
  cannotWrite: 6,
  /** Another packsmith run is writing to the same folder. */
  busy: 7,
} as const;

/** Each exit code with what it means and what to do, for --help (the README says the same at more length). */
export const EXIT_CODE_WORDS: readonly (readonly [number, string])[] = [
  [EXIT.ok, 'done (warnings may have been printed)'],
  [EXIT.workbookErrors, 'the workbook (or a return) has problems to fix, each listed with its sheet and cell; nothing was written'],
  [EXIT.usage, "the command was mistyped, or --send's PACKSMITH_SMTP_* settings are missing or wrong; nothing was built or sent"],
  [EXIT.internal, 'packsmith itself failed (please report it with the lines it printed)'],
  [EXIT.notAllSent, 'the pack was written but some drafts were not sent (each is listed); run again to send only those'],
  [EXIT.refused, 'the pack could not be delivered as asked: a final pack is already there (--force), LibreOffice is missing, failed or ran past its limit, the folder holds another committee\'s pack, or (accept-3as) the copy is already there; nothing was written'],
  [EXIT.cannotWrite, 'the output could not be written: the folder cannot be made or written to, the disk is full, or a file in the way is open or is a folder (the message names it); nothing was changed'],
  [EXIT.busy, 'another packsmith run is writing to the same folder; wait for it to finish and run again'],
  [130, 'stopped by Ctrl+C (143: stopped by the system or a scheduler); nothing more was sent and the folder was left as it was'],
];

/** A mistyped command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

const MAX_WARNINGS_SHOWN = 25;

/** A line for the officer on standard output. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** A line on standard error: problems, warnings and progress. */
export function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Every error, then the first warnings, each as `file: place: reason [rule]`. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], file: string): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of errors) complain(formatDiagnostic(d, file));
  for (const d of warnings.slice(0, MAX_WARNINGS_SHOWN)) complain(formatDiagnostic(d, file));
  if (warnings.length > MAX_WARNINGS_SHOWN) complain(`... and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings`);
}
