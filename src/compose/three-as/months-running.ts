import { rateFigure, type RatedDirection } from '../../assess/rate-figure.js';
import type { HistoryPointView, LevelFigures } from '../pack-model.js';
import { followsOn, type PeriodName } from './period-words.js';

/** How long a level's figure has stood on the same side of its plan, up to the latest period. */
export interface PlanRun {
  /** Whether the figure met its plan over the run. */
  readonly met: boolean;
  /** Periods in the run, the latest among them. */
  readonly count: number;
  /** The run's first period. */
  readonly from: PeriodName;
  /**
   * Whether the history holds the period just before the run, so that the run is known to begin
   * at `from` (that period stood on the other side of plan, had no plan or no figure). False where
   * the run reaches back to the start of the history or to a gap in it: it may be longer.
   */
  readonly bounded: boolean;
  /** The period just before the run, where its figure stood on the other side of plan. */
  readonly turnedAfter?: PeriodName;
}

/** Whether a period's figure met its plan: undefined where it has no figure (or a suppressed one) or no plan. */
function metPlan(point: HistoryPointView, direction: RatedDirection): boolean | undefined {
  const value = point.actual?.suppressed === false ? point.actual.value : undefined;
  if (value === undefined || point.plan === undefined) return undefined;
  return rateFigure(value, point.plan.value, direction, 0).rating === 'green';
}

/**
 * The run of periods, ending at `latest`, in which the level's figure stood on the same side of its
 * plan, counted from its history; undefined where the history does not end at `latest` with a
 * figure and a plan.
 */
export function planRun(level: LevelFigures, latest: string, direction: RatedDirection): PlanRun | undefined {
  const points = level.history;
  const last = points[points.length - 1];
  const met = last === undefined ? undefined : metPlan(last, direction);
  if (last === undefined || met === undefined || last.period.key !== latest) return undefined;
  let first = points.length - 1;
  while (first > 0) {
    const earlier = points[first - 1] as HistoryPointView;
    if (!followsOn(earlier.period.key, (points[first] as HistoryPointView).period.key) || metPlan(earlier, direction) !== met) break;
    first -= 1;
  }
  const start = points[first] as HistoryPointView;
  const previous = points[first - 1];
  const bounded = previous !== undefined && followsOn(previous.period.key, start.period.key);
  const turned = bounded && metPlan(previous, direction) === !met;
  return { met, count: points.length - first, from: start.period, bounded, ...(turned ? { turnedAfter: previous.period } : {}) };
}
