import { calendarYears, financialYears, quarters } from './periods.js';
import { flatPlan, history, trajectory, type Figure, type Series } from './series.js';

/**
 * Mental health, learning disabilities and autism, community services, primary care, maternity and
 * CVD: reported for the system (ICB) only. Latest figures are the reference pack's.
 */

/** A short series given in full, oldest first. */
function given(periods: readonly string[], figures: readonly Figure[]): Record<string, Figure> {
  if (periods.length !== figures.length) throw new Error(`${periods.length} periods but ${figures.length} figures`);
  return Object.fromEntries(periods.map((p, i) => [p, figures[i] ?? '*']));
}

const plainPercent = (): string => 'plain-percent';

const mentalHealth: Series[] = [
  // Talking therapies outcomes were typed as plain numbers (45.0 meaning 45.0%).
  { metric: 'MHTTRR', level: 'ICB', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 45.0, '2025-10': 43.6 }, walk: { step: 0, noise: 1.5, min: 40, max: 52 }, plans: flatPlan(48.0), cell: plainPercent },
  { metric: 'MHTTRI', level: 'ICB', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 67.0 }, walk: { step: 0.05, noise: 1.2, min: 62, max: 72 }, plans: flatPlan(67.0), cell: plainPercent },
  { metric: 'MHOAP', level: 'ICB', fmt: 'count', periods: history('2025-11'), fixed: { '2025-11': 186 }, walk: { step: -2, noise: 40, min: 20 } },
  { metric: 'MHPERI', level: 'ICB', fmt: 'count', periods: history('2025-11'), fixed: { '2025-11': 1160 }, walk: { step: 8, noise: 20 }, plans: trajectory({ '2025-04': 1230, '2025-11': 1259 }) },
  { metric: 'MHCYP', level: 'ICB', fmt: 'count', periods: history('2025-11'), fixed: { '2025-11': 18800 }, walk: { step: 120, noise: 150 }, plans: trajectory({ '2025-04': 17400, '2025-11': 17745 }) },
  { metric: 'MHIPS', level: 'ICB', fmt: 'count', periods: history('2025-11'), fixed: { '2025-11': 780 }, walk: { step: 8, noise: 15 }, plans: trajectory({ '2025-04': 760, '2025-11': 798, '2026-03': 825 }) },
  { metric: 'MHALOS', level: 'ICB', fmt: 'num1', periods: history('2025-11'), fixed: { '2025-11': 67.0 }, walk: { step: 0.2, noise: 3.5, min: 45, max: 80 }, plans: trajectory({ '2025-04': 56.0, '2025-11': 53.9, '2026-03': 51.9 }, 1) },
];

/** Health checks bunch up at the end of the financial year. */
const HEALTH_CHECK_SEASON = [1.6, 1.8, 2.2, 0.5, 0.6, 0.7, 0.6, 0.6, 0.7, 0.9, 1.0, 0.9];

const learningDisabilities: Series[] = [
  // A flow with quarterly plans only: the pack splits each quarter's plan over its months.
  { metric: 'LDAHC', level: 'ICB', fmt: 'count', periods: history('2025-11'), fixed: { '2025-11': 408 }, walk: { step: 2, noise: 40, min: 80, season: HEALTH_CHECK_SEASON }, plans: { '2025/26 Q1': 450, '2025/26 Q2': 450, '2025/26 Q3': 1050, '2025/26 Q4': 2059 } },
  // Inpatient numbers come from the weekly census: January 2026 is in.
  { metric: 'LDINPAT', level: 'ICB', fmt: 'count', periods: history('2026-01'), fixed: { '2025-10': 14, '2025-11': 13, '2025-12': 13, '2026-01': 13 }, walk: { step: -0.1, noise: 1, min: 10, max: 18 }, plans: trajectory({ '2025-04': 16, '2025-10': 15, '2025-11': 14, '2025-12': 14, '2026-01': 12, '2026-02': 10, '2026-03': 9 }) },
  { metric: 'AUTINPAT', level: 'ICB', fmt: 'count', periods: history('2026-01'), fixed: { '2025-10': 15, '2025-11': 16, '2025-12': 16, '2026-01': 16 }, walk: { step: 0.15, noise: 1, min: 9, max: 19 }, plans: trajectory({ '2025-04': 18, '2025-12': 16, '2026-01': 15, '2026-02': 14, '2026-03': 13 }) },
  // Small counts: some months were suppressed at source (*); the rest the reader suppresses.
  {
    metric: 'LDACYP',
    level: 'ICB',
    fmt: 'count',
    periods: history('2026-01'),
    fixed: given(history('2026-01'), [4, 3, 3, '*', '*', 2, 1, 1, 1, 1, 1, '*', 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, '*', 1, 2]),
    plans: flatPlan(3),
  },
];

/** Contacts dip over the summer holidays and at Christmas. */
const COMMUNITY_SEASON = [1.0, 1.0, 1.05, 0.95, 0.98, 0.97, 0.9, 0.85, 0.97, 1.05, 1.03, 0.9];

const communityServices: Series[] = [
  { metric: 'COMMCON', level: 'ICB', fmt: 'count', periods: history('2025-10'), fixed: { '2025-10': 113720 }, walk: { step: 300, noise: 2500, season: COMMUNITY_SEASON }, plans: trajectory({ '2025-04': 92000, '2025-10': 93060, '2026-03': 94500 }) },
  { metric: 'COMMCYP52', level: 'ICB', fmt: 'count', periods: history('2025-10'), fixed: { '2025-10': 6380 }, walk: { step: 60, noise: 40, min: 3000 }, plans: trajectory({ '2025-04': 6100, '2025-10': 6587, '2026-03': 7527 }) },
  { metric: 'COMMADU52', level: 'ICB', fmt: 'count', periods: history('2025-10'), fixed: given(history('2025-10'), [3, 2, 2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), plans: flatPlan(0) },
];

const GP_SEASON = [1.03, 1.0, 1.03, 0.97, 0.99, 1.0, 0.99, 0.93, 1.0, 1.05, 1.03, 0.9];
const dentalQuarters = quarters(2023, 1, 2025, 2);

const primaryCare: Series[] = [
  // Quarterly plans only (Q3 = 709,816 a month, Q4 = 693,477 a month).
  { metric: 'GPAPPT', level: 'ICB', fmt: 'count', periods: history('2025-10'), fixed: { '2025-10': 657793 }, walk: { step: 1000, noise: 15000, season: GP_SEASON }, plans: { '2025/26 Q1': 1900000, '2025/26 Q2': 1850000, '2025/26 Q3': 2129448, '2025/26 Q4': 2080431 } },
  { metric: 'DENTUDA', level: 'ICB', fmt: 'count', periods: dentalQuarters, fixed: { '2025/26 Q2': 365959 }, walk: { step: 2500, noise: 3000 }, plans: { '2025/26 Q1': 354000, '2025/26 Q2': 356049, '2025/26 Q3': 356049, '2025/26 Q4': 356049 } },
  { metric: 'DENTADULT', level: 'ICB', fmt: 'count', periods: dentalQuarters, fixed: { '2025/26 Q2': 385204 }, walk: { step: 1500, noise: 2000 }, plans: { '2025/26 Q1': 386000, '2025/26 Q2': 389213, '2025/26 Q3': 393600, '2025/26 Q4': 398059 } },
  { metric: 'DENTCHILD', level: 'ICB', fmt: 'count', periods: dentalQuarters, fixed: { '2025/26 Q2': 164112 }, walk: { step: 900, noise: 1200 }, plans: { '2025/26 Q1': 161200, '2025/26 Q2': 162423, '2025/26 Q3': 163600, '2025/26 Q4': 164777 } },
  // Pharmacy First began at the end of January 2024.
  { metric: 'PHARMFIRST', level: 'ICB', fmt: 'count', periods: history('2025-10', '2024-02'), fixed: { '2025-10': 17333 }, walk: { step: 450, noise: 600, min: 2000 }, plans: trajectory({ '2025-04': 12000, '2025-10': 12841, '2026-03': 12545 }) },
];

const stillbirthQuarters = quarters(2023, 1, 2025, 2);
const maternity: Series[] = [
  {
    metric: 'MATSTILL',
    level: 'ICB',
    fmt: 'num1',
    periods: stillbirthQuarters,
    fixed: given(stillbirthQuarters, [4.3, 4.4, 4.2, 4.0, 4.1, 4.3, 4.2, 4.1, 4.0, 4.0]),
    manual: {
      '2025/26 Q1': ['Amber', 'Rolling rate level with the 2023 baseline of 4.0 per 1,000; no reduction yet. Rated by the LMNS.'],
      '2025/26 Q2': ['Amber', 'Rolling rate level with the 2023 baseline of 4.0 per 1,000; the reduction the ambition asks for is not yet showing. Rated by the LMNS.'],
    },
  },
  // 2022 was typed as a number, as Excel stores a typed year.
  { metric: 'MATNEO', level: 'ICB', fmt: 'num1', periods: calendarYears(2019, 2023), fixed: given(calendarYears(2019, 2023), [2.9, 2.7, 2.4, 2.6, 2.4]), cell: (p) => (p === '2022' ? 'number-period' : '') },
  {
    metric: 'MATMAT',
    level: 'ICB',
    fmt: 'count',
    periods: financialYears(2020, 2023),
    fixed: given(financialYears(2020, 2023), ['*', '*', '*', 0]),
    manual: { '2023/24': ['Green', 'No maternal deaths in 2023/24 (MBRRACE-UK); below the 2021/22 baseline. Rated by the LMNS.'] },
  },
];

const cvdQuarters = quarters(2023, 1, 2025, 2);
const cvd: Series[] = [
  { metric: 'CVDP002HYP', level: 'ICB', fmt: 'pct2', periods: cvdQuarters, fixed: { '2025/26 Q2': 65.96 }, walk: { step: 0.6, noise: 1.0, max: 80 } },
  { metric: 'CVDP003HYP', level: 'ICB', fmt: 'pct2', periods: cvdQuarters, fixed: { '2025/26 Q2': 80.82 }, walk: { step: 0.3, noise: 0.6, max: 90 } },
  {
    metric: 'CVDP007HYP',
    level: 'ICB',
    fmt: 'pct2',
    periods: cvdQuarters,
    fixed: { '2025/26 Q2': 68.95 },
    walk: { step: 0.6, noise: 1.0, max: 80 },
    manual: {
      '2025/26 Q1': ['Red', 'No local trajectory agreed; rated against the national ambition for 80% of patients to be treated to target.'],
      '2025/26 Q2': ['Red', 'No local trajectory agreed; rated against the national ambition for 80% of patients to be treated to target, which the current rate of improvement will not reach.'],
    },
  },
  // Typed as plain numbers (66.82 meaning 66.82%).
  { metric: 'CVDP003CHOL', level: 'ICB', fmt: 'pct2', periods: cvdQuarters, fixed: { '2025/26 Q2': 66.82 }, walk: { step: 0.7, noise: 0.8, max: 75 }, cell: plainPercent },
];

export const SYSTEM_SERIES: readonly Series[] = [...mentalHealth, ...learningDisabilities, ...communityServices, ...primaryCare, ...maternity, ...cvd];
