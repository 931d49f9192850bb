import { actualValue, chartValue } from '../metric-figures.js';
import type { LevelFigures, MetricView, SpcColours, SpcPointView, SpcView } from '../pack-model.js';
import { spcOutline } from '../spc-colours.js';
import type { ChartMarkerView, ChartPointView, ChartSeriesView, LineDash, MarkerSymbol } from './chart-series.js';

/**
 * A metric's series as a Making Data Count SPC chart: the actual with each point marked in its MDC
 * colour and a shape of its own, the mean and the process limits (a series per baseline, so the
 * lines step where the limits were recalculated instead of sloping across the rebase), and the
 * target each point is judged against, drawn only for the months a plan covers. Actuals come from
 * the metric's cited history, never from the SPC series, so a suppressed count is a gap here
 * exactly as it is in the tables.
 */
export interface SpcChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesView[];
  /** Special-cause points by how they read: their categories' indexes and labels. */
  readonly specialCauses: Readonly<Record<SpecialCause, readonly { readonly index: number; readonly label: string }[]>>;
}

export type SpecialCause = 'improvement' | 'concern' | 'neutral';
/** How a point of the chart reads: a special cause, or common cause. */
export type PointKind = SpecialCause | 'commonCause';

/** Whether the metric's SPC has limits to chart (trial limits included). */
export function spcToChart(spc: SpcView | undefined): spc is SpcView {
  return spc !== undefined && (spc.status === 'ok' || spc.status === 'trial') && spc.series.length > 0;
}

const NO_MARKER: ChartMarkerView = { symbol: 'none', size: 2, fill: 'FFFFFF', line: 'FFFFFF' };

/** The actual's line: MDC's grey, darkened enough to read on white (4:1). */
const ACTUAL_LINE = '7F7F7F';

const MEAN_COLOUR = '262626';
const LIMIT_COLOUR = '8C8C8C';

/**
 * Each kind of point has a shape as well as a colour (diamond, square, triangle, circle), so the
 * four can be told apart in black and white and by readers who do not see the colours; the
 * facts panel's key and the cover report's legend show the same shapes. Each has an outline of
 * 3:1 or more against the plot (see `SPC_OUTLINES`).
 */
export const POINT_SHAPES: Readonly<Record<PointKind, { readonly symbol: MarkerSymbol; readonly size: number; readonly glyph: string; readonly word: string }>> = {
  improvement: { symbol: 'diamond', size: 10, glyph: '◆', word: 'improvement' },
  concern: { symbol: 'square', size: 8, glyph: '■', word: 'concern' },
  neutral: { symbol: 'triangle', size: 9, glyph: '▲', word: 'neither' },
  commonCause: { symbol: 'circle', size: 6, glyph: '●', word: 'common cause' },
};

/** The marker of a kind of point: its shape, its MDC colour, its outline. */
export function pointMarker(kind: PointKind, colours: SpcColours): ChartMarkerView {
  const shape = POINT_SHAPES[kind];
  return { symbol: shape.symbol, size: shape.size, fill: colours[kind], line: spcOutline(kind) };
}

function line(name: string, values: readonly (number | null)[], colour: string, dash: LineDash, width: number, inLegend = true): ChartSeriesView {
  return { name, values, colour, dash, width, marker: NO_MARKER, points: [], inLegend };
}

/** Runs of consecutive points with the same limits: one per baseline. */
function baselineRuns(points: readonly SpcPointView[]): { readonly start: number; readonly end: number }[] {
  const same = (a: SpcPointView, b: SpcPointView): boolean => a.mean === b.mean && a.upperLimit === b.upperLimit && a.lowerLimit === b.lowerLimit;
  const runs: { start: number; end: number }[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    const current = runs[runs.length - 1];
    if (previous === undefined || current === undefined || !same(previous, point)) runs.push({ start: index, end: index });
    else current.end = index;
  });
  return runs;
}

/**
 * The chart of `spc`'s last `count` points for `metric` at `level`, its points in `colours`
 * (`RRGGBB`); `targetColour` draws the target (long dashes, so it is not mistaken for the limits'
 * short ones).
 */
export function spcChartData(metric: MetricView, level: LevelFigures, spc: SpcView, count: number, colours: SpcColours, targetColour: string): SpcChartData {
  const points = spc.series.slice(-count);
  const history = new Map(level.history.map((p) => [p.period.key, p]));
  const actualOf = (point: SpcPointView): number | null => {
    const cited = history.get(point.period.key);
    return cited === undefined ? null : chartValue(metric, actualValue(cited));
  };
  const values = points.map(actualOf);
  const specialCauses: Record<SpecialCause, { index: number; label: string }[]> = { improvement: [], concern: [], neutral: [] };
  const marked: ChartPointView[] = [];
  points.forEach((point, index) => {
    if (point.variation === 'common-cause' || values[index] === null) return;
    const word = POINT_SHAPES[point.variation].word;
    marked.push({ index, marker: pointMarker(point.variation, colours), label: `${word.charAt(0).toUpperCase()}${word.slice(1)}` });
    specialCauses[point.variation].push({ index, label: point.period.label });
  });
  const actual: ChartSeriesView = { name: 'Actual', values, colour: ACTUAL_LINE, dash: 'solid', width: 1.75, marker: pointMarker('commonCause', colours), points: marked, inLegend: true };

  // The legend names the current limits (trial, if they are); earlier baselines' lines are named
  // for "Edit data" by the month they end, and left out of the legend.
  const trial = spc.status === 'trial' ? ' (trial)' : '';
  const runs = baselineRuns(points);
  const limits = runs.flatMap((run, index): ChartSeriesView[] => {
    const within = (pick: (p: SpcPointView) => number) => points.map((p, i) => (i >= run.start && i <= run.end ? chartValue(metric, pick(p)) : null));
    const current = index === runs.length - 1;
    const suffix = current ? trial : ` to ${points[run.end]?.period.label ?? ''}`;
    return [
      line(`Mean${current ? '' : suffix}`, within((p) => p.mean), MEAN_COLOUR, 'solid', 1.25, current),
      line(`Upper process limit${suffix}`, within((p) => p.upperLimit), LIMIT_COLOUR, 'sysDash', 1.5, current),
      line(`Lower process limit${suffix}`, within((p) => p.lowerLimit), LIMIT_COLOUR, 'sysDash', 1.5, current),
    ];
  });

  // The target each point is judged against: the plan that covers its month, and nothing where none does.
  const targets = points.map((p) => chartValue(metric, p.target));
  const target = targets.some((v) => v !== null) ? [line('Target', targets, targetColour, 'lgDash', 2)] : [];
  return {
    categories: points.map((p) => p.period.label),
    // The actual last, so its points are drawn over the lines.
    series: [...limits, ...target, actual],
    specialCauses,
  };
}

/** `Mar-25, Apr-25, May-25, Jul-25` -> `Mar-25 to May-25 and Jul-25`: runs of three or more as ranges. */
export function periodList(points: readonly { readonly index: number; readonly label: string }[]): string {
  const runs: { first: string; last: string; length: number; end: number }[] = [];
  for (const point of points) {
    const current = runs[runs.length - 1];
    if (current !== undefined && current.end === point.index - 1) {
      current.last = point.label;
      current.length += 1;
      current.end = point.index;
    } else runs.push({ first: point.label, last: point.label, length: 1, end: point.index });
  }
  const parts = runs.flatMap((run) => (run.length === 1 ? [run.first] : run.length === 2 ? [run.first, run.last] : [`${run.first} to ${run.last}`]));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

const CAUSE_WORDS: Readonly<Record<SpecialCause, string>> = { improvement: 'improvement', concern: 'concern', neutral: 'neither improvement nor concern' };

/** `improvement in Mar-25 to May-25; concern in Dec-25`, or empty where every point is common cause. */
export function specialCauseSentence(causes: SpcChartData['specialCauses']): string {
  return (Object.keys(CAUSE_WORDS) as SpecialCause[])
    .filter((cause) => causes[cause].length > 0)
    .map((cause) => `${CAUSE_WORDS[cause]} (${POINT_SHAPES[cause].symbol}s) in ${periodList(causes[cause])}`)
    .join('; ');
}
