import type { MetricAssessment, PackAssessment } from '../../src/assess/assessment.js';
import type {
  FinanceKpi,
  GivenRating,
  Level,
  Metric,
  MonthPeriod,
  Observation,
  PackWorkbook,
  Settings,
} from '../../src/model/pack-workbook.js';
import type { Period } from '../../src/model/period.js';

/** Small workbooks built in code, with figures worked by hand in each test. */

export const SYSTEM = 'icb';
export const PROVIDER = 'trust';

export const LEVELS: readonly Level[] = [
  { id: SYSTEM, name: 'Example Integrated Care Board', shortName: 'ICB', kind: 'system' },
  { id: PROVIDER, name: 'Example Hospitals NHS Trust', shortName: 'Trust', kind: 'provider' },
];

export function month(year: number, monthOfYear: number): MonthPeriod {
  return { kind: 'month', year, month: monthOfYear };
}

export function quarter(fyStart: number, q: 1 | 2 | 3 | 4): Period {
  return { kind: 'quarter', fyStart, quarter: q };
}

export function financialYear(fyStart: number): Period {
  return { kind: 'financial-year', fyStart };
}

export const JAN_26 = month(2026, 1);
export const DEC_25 = month(2025, 12);
export const NOV_25 = month(2025, 11);
export const OCT_25 = month(2025, 10);
export const FEB_26 = month(2026, 2);
export const Q1_25 = quarter(2025, 1);
export const Q2_25 = quarter(2025, 2);
export const Q3_25 = quarter(2025, 3);
export const FY_25 = financialYear(2025);

/** A monthly flow metric, higher is better, rated against plan; override what the test is about. */
export function aMetric(id: string, overrides: Partial<Metric> = {}): Metric {
  return {
    id,
    areaId: 'planned-care',
    priority: `Priority for ${id}`,
    label: id,
    unit: 'count',
    decimals: 0,
    direction: 'higher',
    rule: { kind: 'against-plan' },
    frequency: 'month',
    measureType: 'flow',
    onSummary: true,
    suppressBelow: 0,
    allowOver100: false,
    spc: { rebase: [] },
    ...overrides,
  };
}

export interface RowFields {
  readonly level?: string;
  readonly actual?: number | '*';
  readonly plan?: number;
  readonly manual?: { readonly rating: GivenRating; readonly reason: string };
}

/** A Values row; at the system level unless `level` says otherwise. */
export function aRow(metricId: string, period: Period, fields: RowFields = {}): Observation {
  const { level = SYSTEM, actual, plan, manual } = fields;
  return {
    metricId,
    levelId: level,
    period,
    ...(actual !== undefined && { actual: actual === '*' ? { kind: 'suppressed' as const } : { kind: 'number' as const, value: actual } }),
    ...(plan !== undefined && { plan }),
    ...(manual !== undefined && { manualRating: manual }),
  };
}

export const SETTINGS: Settings = {
  organisation: 'Example ICB',
  system: 'Example system',
  committee: 'Quality and Performance Committee',
  reportTitle: 'Performance report',
  reportOf: 'Director of Performance',
  financialYear: 2025,
  amberTolerance: 0.05,
  financeTolerance: 0.05,
  suppressBelow: 5,
  colours: { primary: '#005EB8', green: '#009639', amber: '#FFB81C', red: '#DA291C' },
  returnWorkingDays: 5,
  spc: { shiftLength: 7, screenMovingRanges: false, autoRebase: false },
  chartSlides: 'exceptions',
};

export interface WorkbookParts {
  readonly metrics: readonly Metric[];
  readonly observations?: readonly Observation[];
  readonly finance?: readonly FinanceKpi[];
  readonly levels?: readonly Level[];
}

export function aWorkbook(parts: WorkbookParts): PackWorkbook {
  return {
    settings: SETTINGS,
    meetings: [],
    levels: parts.levels ?? LEVELS,
    authors: [],
    areas: [],
    metrics: parts.metrics,
    observations: parts.observations ?? [],
    narratives: [],
    threeAs: [],
    finance: parts.finance ?? [],
    contacts: [],
    papers: [],
  };
}

/** The assessment of one metric, failing the test when it is missing. */
export function metricIn(pack: PackAssessment, metricId: string): MetricAssessment {
  const found = pack.metrics.find((metric) => metric.metricId === metricId);
  if (found === undefined) throw new Error(`no assessment for metric ${metricId}`);
  return found;
}

/** The level entry of one metric's assessment, failing the test when it is missing. */
export function levelIn(assessment: MetricAssessment, levelId: string) {
  const found = assessment.levels.find((level) => level.levelId === levelId);
  if (found === undefined) throw new Error(`no level ${levelId} for metric ${assessment.metricId}`);
  return found;
}
