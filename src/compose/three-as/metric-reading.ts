import { rateFigure, type RatedDirection } from '../../assess/rate-figure.js';
import type { Rag } from '../../model/pack-workbook.js';
import { directionOf } from '../direction-words.js';
import { headlineOf } from '../metric-figures.js';
import type { AreaView, LevelFigures, MetricView, SpcChangeView } from '../pack-model.js';
import { planRun, type PlanRun } from './months-running.js';

/** A level's figure beside its plan, with its rating: what a drafted item says of a level. */
export interface LevelReading {
  readonly level: LevelFigures;
  readonly rating: Rag;
  readonly actual: string;
  readonly plan: string;
  /** How far from plan, signed so that positive is better (a fraction of the plan; see `rateFigure`). */
  readonly gap: number;
}

/**
 * What the drafting rules need to know of a metric, read from the pack model: its rating, how its
 * headline level stands against plan and for how long, the other levels' standing, and what the SPC
 * says in the committee's terms (improving, concerning, consistently failing or passing).
 */
export interface MetricReading {
  readonly area: AreaView;
  readonly metric: MetricView;
  readonly rating: Rag;
  readonly direction: RatedDirection;
  /** The headline level's figure against its plan; absent where the rating was set by hand without one. */
  readonly headline?: LevelReading;
  /** The headline level's name, and its figure as printed where it has no plan (a rating set by hand). */
  readonly headlineName: string;
  readonly headlineActual: string;
  /** The other levels rated against a plan. */
  readonly others: readonly LevelReading[];
  readonly run?: PlanRun;
  readonly handSet: boolean;
  /** Rated better than last period, or an SPC special cause or change of process the good way. */
  readonly improving: boolean;
  /** An SPC special cause or change of process the bad way. */
  readonly concerning: boolean;
  /** SPC assurance: the process will keep missing plan, or keep meeting it. */
  readonly failing: boolean;
  readonly passing: boolean;
  /** Met plan for {@link SUSTAINED} periods or more running, or consistently passing. */
  readonly sustained: boolean;
  /** Another level is amber or red while the headline is green. */
  readonly levelAtRisk: boolean;
  /** The change of process that reaches the latest point, and whether it is the good way. */
  readonly change?: { readonly view: SpcChangeView; readonly good: boolean };
}

/** Periods running that make green "sustained". */
export const SUSTAINED = 3;

const RAG: ReadonlySet<string> = new Set<Rag>(['green', 'amber', 'red']);

function isRag(rating: string): rating is Rag {
  return RAG.has(rating);
}

function levelReading(level: LevelFigures, direction: RatedDirection): LevelReading | undefined {
  const { actual, plan, rating } = level;
  if (!isRag(rating.rating) || rating.basis !== 'against-plan' || actual?.value === undefined || actual.suppressed || plan === undefined) return undefined;
  return { level, rating: rating.rating, actual: actual.display, plan: plan.display, gap: rateFigure(actual.value, plan.value, direction, 0).gap };
}

/**
 * The metric as the drafting rules read it; undefined for a metric no item may be drafted from: not
 * rated, rated by another metric (that metric's own item says it), no direction, or no figure for
 * its headline level.
 */
export function readMetric(area: AreaView, metric: MetricView): MetricReading | undefined {
  const direction = directionOf(metric.direction);
  const rating = metric.rating.rating;
  const headlineLevel = headlineOf(metric);
  const current = metric.currentPeriod;
  if (!isRag(rating) || direction === undefined || direction === 'neither' || headlineLevel === undefined || current === undefined) return undefined;
  if (headlineLevel.actual === undefined || headlineLevel.actual.suppressed) return undefined;
  const handSet = metric.rating.basis === 'manual';
  const headline = levelReading(headlineLevel, direction);
  if (!handSet && headline === undefined) return undefined;
  const others = metric.levels.filter((l) => l !== headlineLevel).flatMap((l) => levelReading(l, direction) ?? []);
  const run = handSet ? undefined : planRun(headlineLevel, current.key, direction);
  const spc = metric.spc;
  const good = (side: 'high' | 'low') => (side === 'high') === (direction === 'higher');
  const change = spc?.change === undefined ? undefined : { view: spc.change, good: good(spc.change.side) };
  const variation = spc?.variation?.code ?? 'common-cause';
  const passing = spc?.assurance?.code === 'consistently-passing';
  return {
    area,
    metric,
    rating,
    direction,
    ...(headline === undefined ? {} : { headline }),
    headlineName: headlineLevel.levelName,
    headlineActual: headlineLevel.actual.display,
    others,
    ...(run === undefined ? {} : { run }),
    handSet,
    improving: metric.movement === 'improved' || variation.startsWith('improving') || change?.good === true,
    concerning: variation.startsWith('concerning') || change?.good === false,
    failing: spc?.assurance?.code === 'consistently-failing',
    passing,
    sustained: passing || (run !== undefined && run.met && run.count >= SUSTAINED),
    levelAtRisk: rating === 'green' && others.some((o) => o.rating !== 'green'),
    ...(change === undefined ? {} : { change }),
  };
}
