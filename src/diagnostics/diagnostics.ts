import type { Diagnostic, Severity } from './diagnostic.js';
import type { Place } from './place.js';

/**
 * Collects every problem found while reading, validating and rating a workbook, so that the
 * officer sees all of them at once. The one object that travels through the stages.
 */
export class Diagnostics {
  readonly #items: Diagnostic[] = [];
  /** The order sheets are reported in; sheets not listed sort after, by name. */
  readonly #sheetOrder: readonly string[];

  constructor(sheetOrder: readonly string[] = []) {
    this.#sheetOrder = sheetOrder;
  }

  error(reason: string, place: Place | undefined, rule: string): void {
    this.add('error', reason, place, rule);
  }

  warn(reason: string, place: Place | undefined, rule: string): void {
    this.add('warning', reason, place, rule);
  }

  add(severity: Severity, reason: string, place: Place | undefined, rule: string): void {
    this.#items.push(place === undefined ? { severity, reason, rule } : { severity, reason, place, rule });
  }

  get hasErrors(): boolean {
    return this.#items.some((d) => d.severity === 'error');
  }

  /** Every message, sorted by place (sheet order, row, column), errors before warnings at a place. */
  list(): Diagnostic[] {
    return [...this.#items].sort((a, b) => this.#compare(a, b));
  }

  errors(): Diagnostic[] {
    return this.list().filter((d) => d.severity === 'error');
  }

  warnings(): Diagnostic[] {
    return this.list().filter((d) => d.severity === 'warning');
  }

  #sheetRank(sheet: string | undefined): [number, string] {
    if (sheet === undefined) return [-1, ''];
    const index = this.#sheetOrder.indexOf(sheet);
    return [index === -1 ? this.#sheetOrder.length : index, sheet];
  }

  #compare(a: Diagnostic, b: Diagnostic): number {
    const [ra, na] = this.#sheetRank(a.place?.sheet);
    const [rb, nb] = this.#sheetRank(b.place?.sheet);
    if (ra !== rb) return ra - rb;
    if (na !== nb) return na < nb ? -1 : 1;
    const row = (a.place?.row ?? 0) - (b.place?.row ?? 0);
    if (row !== 0) return row;
    const col = (a.place?.column ?? 0) - (b.place?.column ?? 0);
    if (col !== 0) return col;
    if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
    return 0;
  }
}

/** Thrown by a stage when errors mean the run cannot go on; carries every message collected. */
export class WorkbookError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const count = diagnostics.filter((d) => d.severity === 'error').length;
    super(`The workbook has ${count} ${count === 1 ? 'problem' : 'problems'} to fix.`);
    this.name = 'WorkbookError';
    this.diagnostics = diagnostics;
  }
}
