import type { MetricReading } from './metric-reading.js';

/** The boxes items are drafted for; "Update, risk and learning" is the officers' alone. */
export type DraftableBox = 'alert' | 'assure' | 'advise';
export const DRAFTABLE_BOXES: readonly DraftableBox[] = ['alert', 'assure', 'advise'];

/**
 * The box a metric's item is drafted into, or none:
 * - **Alert**: red, unless it is improving without being consistently failing; amber with a
 *   concerning special cause, or consistently failing and not improving.
 * - **Assure**: progress not yet at plan: red or amber and improving; green while another level
 *   (such as the trust) is amber or red, or with a concerning special cause.
 * - **Advise**: green and sustained (plan met for three periods running, or consistently passing)
 *   or improving.
 * Amber that is neither improving nor a concern, and green that is neither sustained nor
 * improving, are left to the officers. Unrated metrics never reach here (see `readMetric`).
 */
export function draftBoxOf(reading: MetricReading): DraftableBox | undefined {
  const { improving, concerning, failing } = reading;
  switch (reading.rating) {
    case 'red':
      return failing || !improving ? 'alert' : 'assure';
    case 'amber':
      if (concerning || (failing && !improving)) return 'alert';
      return improving ? 'assure' : undefined;
    case 'green':
      if (reading.levelAtRisk || concerning) return 'assure';
      return improving || reading.sustained ? 'advise' : undefined;
  }
}

/** The furthest any level is from plan, the bad way (negative), for ranking; 0 where no level has a plan. */
function worstGap(reading: MetricReading): number {
  const gaps = [reading.headline, ...reading.others].flatMap((l) => (l === undefined ? [] : [l.gap]));
  return gaps.length === 0 ? 0 : Math.min(...gaps);
}

const flag = (on: boolean) => (on ? 0 : 1);

/**
 * How severe (in Advise, how strong) a metric's item is, as a key compared in order, lowest first:
 * - Alert: red before amber; then a concerning special cause; then consistently failing; then
 *   furthest from plan; then the longest run below plan.
 * - Assure: red, then amber, then green at risk; then furthest from plan at any level.
 * - Advise: consistently passing and improving, then consistently passing, then improving, then
 *   the rest; then the longest run at plan; then furthest ahead of plan.
 */
export function severityKey(reading: MetricReading, box: DraftableBox): readonly number[] {
  const run = reading.run?.count ?? 0;
  const gap = reading.headline?.gap ?? 0;
  switch (box) {
    case 'alert':
      return [flag(reading.rating === 'red'), flag(reading.concerning), flag(reading.failing), gap, -run];
    case 'assure':
      return [reading.rating === 'red' ? 0 : reading.rating === 'amber' ? 1 : 2, worstGap(reading)];
    case 'advise':
      return [reading.passing ? (reading.improving ? 0 : 1) : reading.improving ? 2 : 3, -run, -gap];
  }
}

/** Orders two keys of {@link severityKey}: the more severe first. */
export function bySeverity(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
