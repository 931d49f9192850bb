import { formatPlace, type Place } from './place.js';

export type Severity = 'error' | 'warning';

/**
 * One thing to tell the officer about their workbook or run: a reason in plain words, the place it
 * is about, the rule that found it and how serious it is. Errors stop the run; warnings do not.
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly reason: string;
  /** Where in the workbook; absent for problems with the file or the command itself. */
  readonly place?: Place;
  /** A stable id such as `model/bad-number`, for tests, documentation and searching. */
  readonly rule: string;
}

/** `Values!D14: expected a number or '*', got "TBC" [model/bad-number]` */
export function formatDiagnostic(diagnostic: Diagnostic, file?: string): string {
  const where = [file, diagnostic.place ? formatPlace(diagnostic.place) : undefined].filter(Boolean).join(': ');
  const prefix = where === '' ? '' : `${where}: `;
  const label = diagnostic.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${label}${diagnostic.reason} [${diagnostic.rule}]`;
}
