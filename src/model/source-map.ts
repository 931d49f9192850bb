import { formatPlace, type Place } from '../diagnostics/place.js';
import { periodKey, type Period } from './period.js';

/**
 * Where each figure of the model came from, keyed by model path, so that the model itself stays
 * free of cell references and the pack JSON can cite `Values!D14` beside every figure.
 */
export class SourceMap {
  readonly #places = new Map<string, Place>();
  /**
   * Values rows are many (120,000 in a large workbook), so each keeps only its row number; the
   * columns of its cells are the sheet's. Filed by metric, then level, then period: one map of
   * 120,000 keys made by joining strings cost more to look up than the rest of the pack model.
   */
  readonly #observationRows = new Map<string, Map<string, Map<string, number>>>();
  #observations = 0;
  #valuesSheet: { readonly sheet: string; readonly columns: ReadonlyMap<string, number> } | undefined;

  set(key: string, place: Place): void {
    this.#places.set(key, place);
  }

  get(key: string): Place | undefined {
    return this.#places.get(key);
  }

  /** `Values!D14`, or undefined when the figure has no cell (worked out, or defaulted). */
  cite(key: string): string | undefined {
    const place = this.#places.get(key);
    return place === undefined ? undefined : formatPlace(place);
  }

  get size(): number {
    return this.#places.size + this.#observations;
  }

  /** Where the Values sheet's columns are, for citing its cells. */
  setValuesSheet(sheet: string, columns: ReadonlyMap<string, number>): void {
    this.#valuesSheet = { sheet, columns };
  }

  setObservationRow(metricId: string, levelId: string, period: Period, row: number): void {
    let levels = this.#observationRows.get(metricId);
    if (levels === undefined) this.#observationRows.set(metricId, (levels = new Map()));
    let periods = levels.get(levelId);
    if (periods === undefined) levels.set(levelId, (periods = new Map()));
    const key = periodKey(period);
    if (!periods.has(key)) this.#observations += 1;
    periods.set(key, row);
  }

  /** `Values!D14` for a Values row's cell, or `Values!14` for the row. */
  citeObservation(metricId: string, levelId: string, period: Period, field: ObservationField): string | undefined {
    const row = this.#observationRows.get(metricId)?.get(levelId)?.get(periodKey(period));
    const values = this.#valuesSheet;
    if (row === undefined || values === undefined) return undefined;
    const column = field === 'row' ? undefined : values.columns.get(field);
    return formatPlace(column === undefined ? { sheet: values.sheet, row } : { sheet: values.sheet, row, column });
  }
}

export type ObservationField = 'row' | 'actual' | 'plan' | 'manualRating';

export function metricKey(metricId: string, field = 'row'): string {
  return `metrics/${metricId}/${field}`;
}

export function settingKey(key: string): string {
  return `settings/${key}`;
}
