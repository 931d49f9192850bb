import { metricChart, type ChartColours, type MetricChart, type NoMetricChart } from '../charts/metric-chart.js';
import { NO_FIGURE } from '../format-figure.js';
import type { MetricView, PackModel } from '../pack-model.js';
import { spcColoursForRender } from '../spc-marks.js';
import { oneLine } from '../words.js';
import type { BlockView, TableView } from './cover-report-view.js';
import { reportChart } from './report-chart.js';

/**
 * Appendix C: each metric's trend, area by area, drawn as the slide pack draws it (see
 * `metricChart`): a Making Data Count SPC chart where the metric's SPC has limits, actual against
 * plan where a line shows a trend without them, and otherwise the sentence saying why there is no
 * chart, with its periods as a table where they are few.
 *
 * A paper has room for so many charts: past {@link MOST_CHARTS} the appendix draws the metrics the
 * committee looks at first (red, then amber, on the summary tables, then the rest of the summary,
 * then the others) and says how many it leaves out. Each chart costs the docx package a chart part
 * and an embedded workbook (about 5 ms and 5 KB), so the limit also keeps a 1,000-metric report
 * rendering in about a second rather than eight.
 */
export const MOST_CHARTS = 100;

export interface Trends {
  readonly blocks: readonly BlockView[];
  readonly charts: number;
  /** Metrics given as a sentence (and a table of their periods) instead of a chart. */
  readonly tables: number;
  /** Metrics with a chart this appendix does not draw (past the limit). */
  readonly notDrawn: number;
}

/** The plan's grey, as the cover report has always drawn it. */
const PLAN_GREY = '768692';

function chartColours(model: PackModel): ChartColours {
  const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();
  return {
    spc: spcColoursForRender(model.colours.spc),
    primary: hex(model.colours.primary),
    plan: PLAN_GREY,
    target: hex(model.colours.red),
  };
}

/** Lower first: red and amber metrics on the summary, the rest of the summary, then the others. */
function concern(metric: MetricView): number {
  if (!metric.onSummary) return 3;
  return metric.rating.rating === 'red' ? 0 : metric.rating.rating === 'amber' ? 1 : 2;
}

/** The ids of the metrics drawn as charts: those with a chart to draw, up to the limit, by concern. */
function chartedMetrics(charts: ReadonlyMap<string, MetricChart>, metrics: readonly MetricView[]): Set<string> {
  const drawable = metrics.filter((m) => charts.get(m.id)?.kind !== 'none' && charts.has(m.id));
  const byConcern = drawable.map((metric, order) => ({ metric, order })).sort((a, b) => concern(a.metric) - concern(b.metric) || a.order - b.order);
  return new Set(byConcern.slice(0, MOST_CHARTS).map((m) => m.metric.id));
}

function periodsTable(metric: MetricView, chart: NoMetricChart): TableView | undefined {
  if (chart.periods === undefined) return undefined;
  const { levelName } = chart.level;
  return {
    kind: 'table',
    title: `${oneLine(metric.label)} (${levelName}) by period`,
    caption: `${oneLine(metric.label)} (${levelName}): plan and actual for each period reported.`,
    columns: [
      { heading: 'Period', width: 40, align: 'left' },
      { heading: 'Plan', width: 30, align: 'right' },
      { heading: 'Actual', width: 30, align: 'right' },
    ],
    rows: chart.periods.map((p) => [{ text: p.period.label }, { text: p.plan?.display ?? NO_FIGURE }, { text: p.actual?.display ?? NO_FIGURE }]),
    width: 50,
  };
}

/** The trends of every metric with a history, under a heading per area. */
export function trends(model: PackModel): Trends {
  const colours = chartColours(model);
  const charts = new Map(model.areas.flatMap((a) => a.metrics).flatMap((m): [string, MetricChart][] => {
    const chart = metricChart(m, colours);
    return chart === undefined ? [] : [[m.id, chart]];
  }));
  const charted = chartedMetrics(charts, model.areas.flatMap((a) => a.metrics));
  let [drawnCharts, tables, notDrawn] = [0, 0, 0];
  const blocks = model.areas.flatMap((area): BlockView[] => {
    const drawn = area.metrics.flatMap((metric): BlockView[] => {
      const chart = charts.get(metric.id);
      if (chart === undefined) return [];
      const heading: BlockView = { kind: 'heading', level: 3, text: `${oneLine(metric.label)} (${chart.level.levelName})` };
      if (chart.kind === 'none') {
        tables += 1;
        const table = periodsTable(metric, chart);
        return [heading, { kind: 'paragraph', list: 'plain', runs: [{ text: chart.sentence }] }, ...(table === undefined ? [] : [table])];
      }
      if (!charted.has(metric.id)) {
        notDrawn += 1;
        return [];
      }
      drawnCharts += 1;
      return [heading, reportChart(metric, chart)];
    });
    return drawn.length === 0 ? [] : [{ kind: 'heading', level: 2, text: oneLine(area.name) }, ...drawn];
  });
  return { blocks, charts: drawnCharts, tables, notDrawn };
}
