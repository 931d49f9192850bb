import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Exit codes: what a script calling packsmith can rely on. */
export const EXIT = {
  ok: 0,
  workbookErrors: 1,
  usage: 2,
  internal: 3,
  /** The pack and drafts were written, but some drafts were not sent. */
  notAllSent: 4,
  /** Delivery could not go ahead as asked: a final pack is already there, or LibreOffice is missing. */
  refused: 5,
} as const;

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
