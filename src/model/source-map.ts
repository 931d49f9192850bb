import { formatPlace, type Place } from '../diagnostics/place.js';
import { periodKey, type Period } from './period.js';

/**
 * Where each figure of the model came from, keyed by model path, so that the model itself stays
 * free of cell references and the pack JSON can cite `Values!D14` beside every figure.
 */
export class SourceMap {
  readonly #places = new Map<string, Place>();

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
    return this.#places.size;
  }
}

export type ObservationField = 'row' | 'actual' | 'plan' | 'manualRating';

/** The source-map key of a Values row or one of its cells. */
export function observationKey(metricId: string, levelId: string, period: Period, field: ObservationField): string {
  return `values/${metricId}/${levelId}/${periodKey(period)}/${field}`;
}

export function metricKey(metricId: string, field = 'row'): string {
  return `metrics/${metricId}/${field}`;
}

export function settingKey(key: string): string {
  return `settings/${key}`;
}
