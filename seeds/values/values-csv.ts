import { formatCsv, readRecords } from '../lib/csv.js';
import { ACUTE_SERIES } from './acute-series.js';
import { formatFigure, generateSeries, VALUES_HEADERS, type GeneratedSeries } from './generate.js';
import { comparePeriodKeys, isMonth } from './periods.js';
import { SYSTEM_SERIES } from './system-series.js';

const LEVEL_ORDER = ['ICB', 'ACUTE'];

function rowsOf({ series, actuals, plans }: GeneratedSeries): string[][] {
  const periods = [...new Set([...series.periods, ...Object.keys(plans)])].sort(comparePeriodKeys);
  return periods.map((period) => {
    const manual = series.manual?.[period];
    const typed = series.periodText !== undefined && isMonth(period) ? series.periodText(period) : period;
    return [series.metric, series.level, typed, formatFigure(actuals.get(period), series.fmt), formatFigure(plans[period], series.fmt), manual?.[0] ?? '', manual?.[1] ?? '', series.cell?.(period) ?? ''];
  });
}

/**
 * The text of values.csv: every series generated, in the Metrics sheet's order (metrics.csv's
 * text), system level first, periods in time order. Fails where a series and the metrics disagree.
 */
export function valuesCsv(metricsCsv: string): string {
  const metricIds = readRecords(metricsCsv).records.map((r) => r.get('Id') ?? '');
  const generated = generateSeries([...ACUTE_SERIES, ...SYSTEM_SERIES]);
  for (const g of generated) if (!metricIds.includes(g.series.metric)) throw new Error(`${g.series.metric} is not in metrics.csv`);
  for (const id of metricIds) if (!generated.some((g) => g.series.metric === id)) throw new Error(`metric ${id} has no values`);
  const ordered = [...generated].sort(
    (a, b) => metricIds.indexOf(a.series.metric) - metricIds.indexOf(b.series.metric) || LEVEL_ORDER.indexOf(a.series.level) - LEVEL_ORDER.indexOf(b.series.level),
  );
  return formatCsv([[...VALUES_HEADERS], ...ordered.flatMap(rowsOf)]);
}
