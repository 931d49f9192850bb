import { monthAbbreviation } from './periods.js';
import { flatPlan, history, seconds, trajectory, type Level, type Series } from './series.js';

/**
 * Urgent care, elective care, diagnostics and cancer: reported for the system (ICB) and the acute
 * trust (ACUTE). Latest figures are the reference pack's (January 2026 pack: A&E and RTT Dec-25,
 * ambulance handovers, flow, diagnostics and cancer Nov-25).
 */

const urgentCare: Series[] = [
  { metric: 'AE4HR', level: 'ICB', fmt: 'pct1', periods: history('2025-12'), fixed: { '2025-12': 78.9, '2025-11': 77.4 }, walk: { step: 0.25, noise: 1.4, min: 65, max: 85 }, plans: trajectory({ '2025-04': 75.0, '2025-12': 76.1, '2026-03': 78.2 }, 1) },
  { metric: 'AE4HR', level: 'ACUTE', fmt: 'pct1', periods: history('2025-12'), fixed: { '2025-12': 72.6, '2025-11': 70.1 }, walk: { step: 0.3, noise: 1.6, min: 55, max: 80 }, plans: trajectory({ '2025-04': 68.0, '2025-12': 70.4, '2026-03': 72.5 }, 1) },
  { metric: 'AE4HRT12', level: 'ICB', fmt: 'pct1', periods: history('2025-12'), fixed: { '2025-12': 65.7 }, walk: { step: 0.3, noise: 1.5, min: 50, max: 75 }, plans: trajectory({ '2025-04': 58.0, '2025-12': 61.0 }, 1) },
  { metric: 'AE4HRT12', level: 'ACUTE', fmt: 'pct1', periods: history('2025-12'), fixed: { '2025-12': 65.7 }, walk: { step: 0.3, noise: 1.5, min: 50, max: 75 }, plans: trajectory({ '2025-04': 58.0, '2025-12': 61.0 }, 1) },
  { metric: 'AE12HR', level: 'ICB', fmt: 'pct1', periods: history('2026-01'), fixed: { '2025-12': 7.5, '2026-01': 8.9 }, walk: { step: -0.05, noise: 0.8, min: 3, max: 14 } },
  { metric: 'AE12HR', level: 'ACUTE', fmt: 'pct1', periods: history('2026-01'), fixed: { '2025-12': 7.5, '2026-01': 8.9 }, walk: { step: -0.05, noise: 0.8, min: 3, max: 14 } },
  { metric: 'AMBHO', level: 'ICB', fmt: 'dur', periods: history('2025-11'), fixed: { '2025-11': seconds('00:47:14') }, walk: { step: -20, noise: 300, min: 1200, max: 4800 }, plans: flatPlan(seconds('00:15:00')) },
  // The trust's handover times were pasted in as text.
  { metric: 'AMBHO', level: 'ACUTE', fmt: 'dur', periods: history('2025-11'), fixed: { '2025-11': seconds('00:52:44') }, walk: { step: -20, noise: 330, min: 1300, max: 5200 }, plans: flatPlan(seconds('00:15:00')), cell: () => 'text-duration' },
  // Ambulance figures arrive within days: January 2026 is in. Periods typed as Jan-26; the last
  // few months' times pasted as text.
  { metric: 'CAT2', level: 'ICB', fmt: 'dur', periods: history('2026-01'), fixed: { '2025-11': seconds('00:36:10'), '2025-12': seconds('00:38:44'), '2026-01': seconds('00:31:12') }, walk: { step: -15, noise: 240, min: 1500, max: 3300 }, plans: flatPlan(seconds('00:30:00')), periodText: monthAbbreviation, cell: (p) => (p >= '2025-10' ? 'text-duration' : '') },
  { metric: 'BEDOCC', level: 'ACUTE', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 89.0 }, walk: { step: 0.05, noise: 1.3, min: 80, max: 101 }, plans: trajectory({ '2025-11': 92.0, '2026-03': 93.0 }, 1) },
  { metric: 'DRD', level: 'ACUTE', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 86.5 }, walk: { step: 0.1, noise: 0.8, min: 80, max: 92 }, plans: trajectory({ '2025-04': 85.4, '2025-11': 87.4, '2026-03': 88.3 }, 1) },
  { metric: 'DISDELAY', level: 'ACUTE', fmt: 'num1', periods: history('2025-11'), fixed: { '2025-11': 4.4 }, walk: { step: -0.02, noise: 0.3, min: 2.5, max: 6 }, plans: trajectory({ '2025-04': 4.2, '2025-11': 3.9 }, 1) },
];

function elective(level: Level, f: { total: [number, number]; w65: [number, number]; w52: [number, number]; w18: number; first: number; u18: [number, number, number] }, p: { total: [number, number, number]; w52: [number, number, number]; w52pct: [number, number, number]; w18: [number, number, number]; w18pct: [number, number, number]; first: [number, number, number]; u18?: { w18: [number, number, number]; pct: [number, number, number] } }): Series[] {
  const plan = ([apr, dec, mar]: [number, number, number], decimals = 0) => trajectory({ '2025-04': apr, '2025-12': dec, '2026-03': mar }, decimals);
  const months = history('2025-12');
  const series: Series[] = [
    { metric: 'RTTTOTAL', level, fmt: 'count', periods: months, fixed: { '2025-12': f.total[0], '2025-11': f.total[1] }, walk: { step: 0, noise: 1500 }, plans: plan(p.total) },
    { metric: 'RTT65', level, fmt: 'count', periods: months, fixed: { '2025-12': f.w65[0], '2025-11': f.w65[1] }, walk: { step: -6, noise: 15, min: 60 }, plans: flatPlan(0) },
    { metric: 'RTT52', level, fmt: 'count', periods: months, fixed: { '2025-12': f.w52[0], '2025-11': f.w52[1] }, walk: { step: -40, noise: 120, min: 1500 }, plans: plan(p.w52) },
    { metric: 'RTT52PCT', level, fmt: 'pct1', periods: months, fixed: {}, derive: { kind: 'ratio', of: ['RTT52', 'RTTTOTAL'] }, plans: plan(p.w52pct, 1) },
    { metric: 'RTT18', level, fmt: 'count', periods: months, fixed: { '2025-12': f.w18 }, walk: { step: 150, noise: 600 }, plans: plan(p.w18) },
    { metric: 'RTT18PCT', level, fmt: 'pct1', periods: months, fixed: {}, derive: { kind: 'ratio', of: ['RTT18', 'RTTTOTAL'] }, plans: plan(p.w18pct, 1) },
    { metric: 'RTTFIRST', level, fmt: 'pct1', periods: months, fixed: { '2025-12': f.first }, walk: { step: 0.1, noise: 0.9, min: 50, max: 75 }, plans: plan(p.first, 1) },
    { metric: 'RTTU18', level, fmt: 'count', periods: months, fixed: { '2025-12': f.u18[0] }, walk: { step: 0, noise: 180 } },
    { metric: 'RTT52U18', level, fmt: 'count', periods: months, fixed: { '2025-12': f.u18[1] }, walk: { step: -3, noise: 12, min: 40 } },
    { metric: 'RTT18U18', level, fmt: 'count', periods: months, fixed: { '2025-12': f.u18[2] }, walk: { step: 20, noise: 110 }, ...(p.u18 ? { plans: plan(p.u18.w18) } : {}) },
    { metric: 'RTT18PCTU18', level, fmt: 'pct1', periods: months, fixed: {}, derive: { kind: 'ratio', of: ['RTT18U18', 'RTTU18'] }, ...(p.u18 ? { plans: plan(p.u18.pct, 1) } : {}) },
  ];
  return series;
}

const electiveCare: Series[] = [
  ...elective(
    'ICB',
    { total: [123213, 125190], w65: [107, 131], w52: [2540, 2710], w18: 69811, first: 59.0, u18: [11429, 187, 7055] },
    {
      total: [126500, 121743, 119942],
      w52: [2900, 1396, 1083],
      w52pct: [2.4, 1.4, 1.2],
      w18: [70500, 72540, 74746],
      w18pct: [57.0, 60.4, 62.3],
      first: [63.0, 66.8, 69.8],
      u18: { w18: [6200, 6358, 6582], pct: [56.0, 58.0, 59.0] },
    },
  ),
  ...elective(
    'ACUTE',
    { total: [107775, 109610], w65: [92, 118], w52: [2812, 2980], w18: 60139, first: 60.4, u18: [9959, 166, 6210] },
    {
      total: [111200, 106849, 105300],
      w52: [2700, 1226, 1000],
      w52pct: [2.6, 1.1, 1.0],
      w18: [61000, 63479, 65400],
      w18pct: [56.0, 59.4, 61.5],
      first: [61.5, 64.9, 67.5],
    },
  ),
];

/** Tests in the month fall away in August and December. */
const DIAGNOSTIC_SEASON = [1.0, 0.97, 1.05, 0.95, 1.0, 1.0, 1.0, 0.93, 1.0, 1.02, 1.0, 0.88];

/** [metric, ICB Nov-25 plan, ICB actual, Mar-26 plan, ACUTE plan, ACUTE actual] from the reference pack. */
const MODALITIES: readonly (readonly [string, number, number, number, number, number])[] = [
  ['DIAGMRI', 7189, 6151, 7283, 6535, 6454],
  ['DIAGCT', 11817, 11402, 11981, 10780, 10177],
  ['DIAGNOUS', 12048, 12612, 12332, 9475, 8662],
  ['DIAGCOLON', 1175, 1258, 1031, 1116, 916],
  ['DIAGFLEXI', 405, 452, 394, 372, 307],
  ['DIAGGASTRO', 1020, 1344, 837, 964, 943],
  ['DIAGECHO', 3418, 3219, 3614, 2393, 2262],
  ['DIAGDEXA', 1018, 1335, 1128, 920, 583],
  ['DIAGAUDIO', 2065, 2393, 1658, 1463, 1583],
];

function modality(metric: string, level: Level, novPlan: number, actual: number, marPlan: number): Series {
  return {
    metric,
    level,
    fmt: 'count',
    periods: history('2025-11'),
    fixed: { '2025-11': actual },
    walk: { step: actual * 0.003, noise: actual * 0.04, min: actual * 0.5, season: DIAGNOSTIC_SEASON },
    plans: trajectory({ '2025-04': Math.round(novPlan * 0.97), '2025-11': novPlan, '2026-03': marPlan }),
  };
}

const diagnostics: Series[] = [
  ...MODALITIES.map(([metric, plan, actual, mar]) => modality(metric, 'ICB', plan, actual, mar)),
  ...MODALITIES.map(([metric, plan, , mar, acutePlan, acuteActual]) => modality(metric, 'ACUTE', acutePlan, acuteActual, Math.round((mar * acutePlan) / plan))),
  ...(['ICB', 'ACUTE'] as const).map((level): Series => ({ metric: 'DIAGTOTAL', level, fmt: 'count', periods: history('2025-11'), fixed: {}, derive: { kind: 'sum', of: MODALITIES.map(([m]) => m) } })),
];

// Cancer periods were typed as Excel dates.
const asDates = (): string => 'date-period';
const cancer: Series[] = [
  { metric: 'CAN62', level: 'ICB', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 58.7, '2025-10': 56.9 }, walk: { step: 0.15, noise: 1.8, min: 50, max: 75 }, plans: trajectory({ '2025-04': 62.0, '2025-11': 64.1, '2026-03': 70.3 }, 1), cell: asDates },
  { metric: 'CAN62', level: 'ACUTE', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 55.7, '2025-10': 54.0 }, walk: { step: 0.15, noise: 1.9, min: 48, max: 75 }, plans: trajectory({ '2025-04': 63.5, '2025-11': 66.2, '2026-03': 70.3 }, 1), cell: asDates },
  { metric: 'CAN31', level: 'ICB', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 77.8 }, walk: { step: 0, noise: 1.5, min: 70, max: 92 }, plans: trajectory({ '2025-04': 76.0, '2025-11': 78.5, '2026-03': 90.0 }, 1), cell: asDates },
  { metric: 'CAN31', level: 'ACUTE', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 75.0 }, walk: { step: 0, noise: 1.6, min: 68, max: 92 }, plans: trajectory({ '2025-04': 77.0, '2025-11': 79.3, '2026-03': 90.0 }, 1), cell: asDates },
  { metric: 'CAN28', level: 'ICB', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 69.5, '2025-10': 67.8 }, walk: { step: 0.1, noise: 2.0, min: 60, max: 82 }, plans: trajectory({ '2025-04': 76.0, '2025-11': 77.0, '2026-03': 80.0 }, 1), cell: asDates },
  { metric: 'CAN28', level: 'ACUTE', fmt: 'pct1', periods: history('2025-11'), fixed: { '2025-11': 69.0, '2025-10': 67.1 }, walk: { step: 0.1, noise: 2.0, min: 60, max: 82 }, plans: trajectory({ '2025-04': 77.0, '2025-11': 78.0, '2026-03': 80.0 }, 1), cell: asDates },
];

export const ACUTE_SERIES: readonly Series[] = [...urgentCare, ...electiveCare, ...diagnostics, ...cancer];
