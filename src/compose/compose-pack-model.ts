import type { FinanceRating, HistoryPoint, LevelAssessment, MetricAssessment, PackAssessment } from '../assess/assessment.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { FinanceFigures, FinanceKpi, Metric, Narrative, PackWorkbook, Unit } from '../model/pack-workbook.js';
import { financialYearLabel, monthLongLabel, periodKey, periodLabel, periodOfMonthIndex, startMonth } from '../model/period.js';
import { metricKey, type SourceMap } from '../model/source-map.js';
import { formatFigure, formatNumber, formatYearEndPlan, type FigureStyle } from './format-figure.js';
import type { AreaView, FinanceView, HistoryPointView, LevelFigures, MetricView, NarrativeView, PackModel, RatingCounts, RatingView, SpcAssuranceCounts } from './pack-model.js';
import { RATING_WORDS, ratingView, suppressedBecause } from './rating-words.js';
import { DIRECTION_WORDS } from './direction-words.js';
import { SPC_COLOURS } from './spc-colours.js';
import { spcView } from './spc-view.js';
import { packsmithVersion } from '../version.js';
import type { PackIdentity } from './pack-identity.js';
import type { DocumentMode } from './document-options.js';
import { threeAsItems } from './three-as/three-as-items.js';

const UNIT_WORDS: Record<Unit, string> = {
  percent: 'percent',
  count: 'count',
  duration: 'duration',
  'gbp-millions': '£m',
  'gbp-thousands': '£000',
  'rate-per-1000': 'per 1,000',
  ratio: 'ratio',
  number: 'number',
};

export interface PackContext {
  readonly workbook: PackWorkbook;
  readonly assessment: PackAssessment;
  readonly sources: SourceMap;
  readonly file: { readonly name: string; readonly sha256: string };
  readonly warnings: readonly Diagnostic[];
  /** What names the pack: its month, meeting and date. */
  readonly identity: PackIdentity;
  /** A draft (the default) drafts the 3As boxes the officers left empty; a final pack does not. */
  readonly mode?: DocumentMode;
}

function style(metric: Metric): FigureStyle {
  return { unit: metric.unit, decimals: metric.decimals, withUnit: true };
}

function levelFigures(metric: Metric, assessment: MetricAssessment, level: LevelAssessment, context: PackContext, labelOf: (id: string) => string): LevelFigures {
  const period = assessment.currentPeriod;
  const cite = (field: 'actual' | 'plan') => (period === undefined ? undefined : context.sources.citeObservation(metric.id, level.levelId, period, field));
  const planSource = level.plan === undefined ? undefined : context.sources.citeObservation(metric.id, level.levelId, level.plan.givenFor, 'plan');
  const levelName = context.workbook.levels.find((l) => l.id === level.levelId)?.shortName ?? level.levelId;
  return {
    level: level.levelId,
    levelName,
    ...(level.actual === undefined
      ? {}
      : {
          actual: {
            suppressed: level.actual.kind === 'suppressed',
            ...(level.actual.kind === 'number' ? { value: level.actual.value } : {}),
            display: formatFigure(level.actual, style(metric)),
            ...withSource(cite('actual')),
          },
        }),
    ...(level.plan === undefined
      ? {}
      : {
          plan: {
            value: level.plan.value,
            display: formatNumber(level.plan.value, style(metric)),
            givenFor: periodLabel(level.plan.givenFor),
            how: level.plan.source,
            ...withSource(planSource),
          },
        }),
    rating: ratingView(level.rating, level.basis, metric, labelOf),
    history: (assessment.history.find((h) => h.levelId === level.levelId)?.points ?? []).map((point) => historyPoint(metric, level.levelId, point, context)),
  };
}

function historyPoint(metric: Metric, levelId: string, point: HistoryPoint, context: PackContext): HistoryPointView {
  const actual = point.actual;
  return {
    period: { key: periodKey(point.period), label: periodLabel(point.period) },
    ...(actual === undefined
      ? {}
      : {
          actual: {
            suppressed: actual.kind === 'suppressed',
            ...(actual.kind === 'number' ? { value: actual.value } : {}),
            display: formatFigure(actual, style(metric)),
            ...withSource(context.sources.citeObservation(metric.id, levelId, point.period, 'actual')),
          },
        }),
    ...(point.plan === undefined ? {} : { plan: { value: point.plan.value, display: formatNumber(point.plan.value, style(metric)) } }),
  };
}

function withSource(source: string | undefined): { source?: string } {
  return source === undefined ? {} : { source };
}

function metricView(metric: Metric, assessment: MetricAssessment, context: PackContext, labelOf: (id: string) => string): MetricView {
  const plan = metric.yearEndPlan;
  return {
    id: metric.id,
    label: metric.label,
    priority: metric.priority,
    unit: UNIT_WORDS[metric.unit],
    unitCode: metric.unit,
    decimals: metric.decimals,
    suppressBelow: metric.suppressBelow,
    direction: DIRECTION_WORDS[metric.direction],
    frequency: metric.frequency,
    onSummary: metric.onSummary,
    ...(metric.note === undefined ? {} : { note: metric.note }),
    ...(plan === undefined
      ? {}
      : { yearEndPlan: { display: formatYearEndPlan(plan, style(metric)), ...(plan.kind === 'number' ? { value: plan.value } : {}), ...withSource(context.sources.cite(metricKey(metric.id, 'yearEndPlan'))) } }),
    ...(assessment.currentPeriod === undefined ? {} : { currentPeriod: { key: periodKey(assessment.currentPeriod), label: periodLabel(assessment.currentPeriod) } }),
    ...(assessment.headlineLevelId === undefined ? {} : { headlineLevel: assessment.headlineLevelId }),
    rating: ratingView(assessment.rating, assessment.basis, metric, labelOf),
    previousRating: RATING_WORDS[assessment.previousRating],
    movement: assessment.movement,
    levels: assessment.levels.map((level) => levelFigures(metric, assessment, level, context, labelOf)),
    ...withSource(context.sources.cite(metricKey(metric.id))),
    spc: spcView(metric, assessment.spc, context.workbook.levels[0]?.id ?? '', context.workbook.settings.spc.shiftLength),
  };
}

function narrativeView(narrative: Narrative | undefined): NarrativeView | undefined {
  return narrative?.sections;
}

function countRatings(metrics: readonly MetricAssessment[]): RatingCounts {
  const count = (r: string) => metrics.filter((m) => m.rating === r).length;
  const green = count('green');
  const amber = count('amber');
  const red = count('red');
  return { green, amber, red, notRated: count('not-rated'), rated: green + amber + red };
}

function countAssurance(metrics: readonly MetricAssessment[]): SpcAssuranceCounts {
  const count = (kind: string) => metrics.filter((m) => m.spc.assurance?.kind === kind).length;
  const consistentlyPassing = count('consistently-passing');
  const hitAndMiss = count('hit-and-miss');
  const consistentlyFailing = count('consistently-failing');
  const processChanged = count('process-changed');
  return { metrics: consistentlyPassing + hitAndMiss + consistentlyFailing + processChanged, consistentlyPassing, hitAndMiss, consistentlyFailing, processChanged };
}

/** Why a finance figure the workbook did not rate is not rated: what the rule lacked. */
function notRatedBecause(figures: FinanceFigures, direction: FinanceKpi['direction']): string {
  if (direction === 'neither') return 'not rated: neither higher nor lower is better';
  if (figures.target === undefined) return 'not rated: no target to rate against';
  return 'not rated: no figure to rate';
}

function financeRating(rating: FinanceRating, figures: FinanceFigures, kpi: FinanceKpi, suppressBelow: number): RatingView {
  if (rating.suppressed === true) return { rating: rating.rating, word: RATING_WORDS[rating.rating], because: suppressedBecause(suppressBelow), basis: 'suppressed', setByHand: false };
  if (rating.given) return { rating: rating.rating, word: RATING_WORDS[rating.rating], because: 'as given in the workbook', basis: 'given', setByHand: true };
  const rated = rating.rating !== 'not-rated';
  return {
    rating: rating.rating,
    word: RATING_WORDS[rating.rating],
    because: rated ? 'worked out from target and direction' : notRatedBecause(figures, kpi.direction),
    basis: rated ? 'against-target' : 'not-rated',
    setByHand: false,
  };
}

/**
 * Finance KPIs print as finance papers print them: to the KPI's decimals (85.65, 50.42%, 1,973,611),
 * the unit left to the column heading, negatives in brackets (41.91); a KPI that counts has its
 * small counts as `*`.
 */
function financeStyle(kpi: FinanceKpi): FigureStyle {
  return { unit: kpi.unit, decimals: kpi.decimals, negatives: 'brackets' };
}

function financeView(kpi: FinanceKpi, ytd: FinanceRating, fy: FinanceRating, suppressBelow: number): FinanceView {
  const style = financeStyle(kpi);
  const target = (f: FinanceFigures) => (f.target === undefined ? undefined : formatNumber(f.target, style));
  const value = (f: FinanceFigures) => (f.value === undefined ? undefined : formatFigure(f.value, style));
  const optional = <K extends string>(key: K, text: string | undefined) => (text === undefined ? {} : ({ [key]: text } as Record<K, string>));
  return {
    kpi: kpi.kpi,
    unit: UNIT_WORDS[kpi.unit],
    unitCode: kpi.unit,
    decimals: kpi.decimals,
    asAt: periodLabel(kpi.asAt),
    yearToDate: { ...optional('target', target(kpi.yearToDate)), ...optional('actual', value(kpi.yearToDate)), rating: financeRating(ytd, kpi.yearToDate, kpi, suppressBelow) },
    fullYear: { ...optional('target', target(kpi.fullYear)), ...optional('forecast', value(kpi.fullYear)), rating: financeRating(fy, kpi.fullYear, kpi, suppressBelow) },
  };
}

/** Composes the pack model of the reporting month from the workbook and its assessment. */
export function composePackModel(context: PackContext): PackModel {
  const { workbook, assessment } = context;
  const { identity } = context;
  const month = identity.month;
  const metricsById = new Map(workbook.metrics.map((m) => [m.id, m]));
  const labelOf = (id: string) => metricsById.get(id)?.label ?? id;
  const byMetric = new Map(assessment.metrics.map((a) => [a.metricId, a]));
  const { monthKey, meeting } = identity;
  const areas: AreaView[] = workbook.areas.map((area) => {
    const author = workbook.authors.find((a) => a.id === area.authorId);
    const metrics = workbook.metrics.filter((m) => m.areaId === area.id).flatMap((m) => {
      const a = byMetric.get(m.id);
      return a === undefined ? [] : [metricView(m, a, context, labelOf)];
    });
    const narrative = narrativeView(workbook.narratives.find((n) => n.areaId === area.id && periodKey(n.month) === monthKey));
    return {
      id: area.id,
      name: area.name,
      ...(area.tableHeading === undefined ? {} : { tableHeading: area.tableHeading }),
      author: { name: author?.name ?? '', role: author?.role ?? '', email: author?.email ?? '' },
      metrics,
      ...(narrative === undefined ? {} : { narrative }),
    };
  });
  const movement = (kind: string) => assessment.metrics.filter((m) => m.movement === kind).length;
  return {
    generator: { name: 'packsmith', version: packsmithVersion(), modelVersion: 1 },
    month: {
      key: monthKey,
      label: identity.monthLabel,
      previous: periodKey(periodOfMonthIndex(startMonth(month) - 1)),
      previousLabel: monthLongLabel(periodOfMonthIndex(startMonth(month) - 1)),
    },
    workbook: { file: context.file.name, sha256: context.file.sha256 },
    organisation: workbook.settings.organisation,
    system: workbook.settings.system,
    committee: workbook.settings.committee,
    reportTitle: workbook.settings.reportTitle,
    reportOf: workbook.settings.reportOf,
    financialYear: financialYearLabel(workbook.settings.financialYear),
    amberTolerance: workbook.settings.amberTolerance,
    suppressBelow: workbook.settings.suppressBelow,
    chartSlides: workbook.settings.chartSlides,
    colours: { ...workbook.settings.colours, spc: SPC_COLOURS },
    ...(meeting === undefined ? {} : { meeting }),
    date: identity.date,
    levels: workbook.levels.map((l) => ({ id: l.id, name: l.name, shortName: l.shortName, kind: l.kind })),
    counts: countRatings(assessment.metrics),
    summaryCounts: countRatings(assessment.metrics.filter((a) => metricsById.get(a.metricId)?.onSummary === true)),
    spcAssurance: countAssurance(assessment.metrics),
    summarySpcAssurance: countAssurance(assessment.metrics.filter((a) => metricsById.get(a.metricId)?.onSummary === true)),
    movement: { improved: movement('improved'), worsened: movement('worsened'), unchanged: movement('unchanged'), new: movement('new'), notRated: movement('not-rated') },
    areas,
    threeAs: threeAsItems(workbook.threeAs, areas, monthKey, context.mode ?? 'draft'),
    finance: assessment.finance.map((f) => financeView(f.kpi, f.yearToDate, f.fullYear, workbook.settings.suppressBelow)),
    contacts: workbook.contacts,
    papers: workbook.papers,
    warnings: context.warnings.map((w) => formatDiagnostic(w)),
  };
}
