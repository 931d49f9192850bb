import type { LevelFigures, MetricView, PackModel } from '../pack-model.js';
import { NO_FIGURE } from './appendix-tables.js';
import type { BlockView, TableView } from './cover-report-view.js';
import { showsATrend, trendChart } from './trend-chart.js';
import { oneLine } from '../words.js';

/**
 * Appendix C: each metric's trend, area by area, as a native Word chart; where a line would show
 * no trend (most periods suppressed, a few yearly figures, zero every month) the metric is a table
 * of its periods instead.
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
  readonly tables: number;
  /** Metrics with a trend this appendix does not draw (past the limit). */
  readonly notDrawn: number;
}

function headlineLevel(metric: MetricView): LevelFigures | undefined {
  const level = metric.levels.find((l) => l.level === metric.headlineLevel);
  return level === undefined || level.history.length === 0 ? undefined : level;
}

/** Lower first: red and amber metrics on the summary, the rest of the summary, then the others. */
function concern(metric: MetricView): number {
  if (!metric.onSummary) return 3;
  return metric.rating.rating === 'red' ? 0 : metric.rating.rating === 'amber' ? 1 : 2;
}

/** The ids of the metrics drawn as charts: those with enough figures, up to the limit, by concern. */
function chartedMetrics(metrics: readonly MetricView[]): Set<string> {
  const drawable = metrics.filter((m) => {
    const level = headlineLevel(m);
    return level !== undefined && showsATrend(level.history);
  });
  const byConcern = drawable.map((metric, order) => ({ metric, order })).sort((a, b) => concern(a.metric) - concern(b.metric) || a.order - b.order);
  return new Set(byConcern.slice(0, MOST_CHARTS).map((m) => m.metric.id));
}

function periodsTable(metric: MetricView, level: LevelFigures): TableView {
  return {
    kind: 'table',
    title: `${oneLine(metric.label)} (${level.levelName}) by period`,
    caption: `${oneLine(metric.label)} (${level.levelName}): plan and actual for each period reported.`,
    columns: [
      { heading: 'Period', width: 40, align: 'left' },
      { heading: 'Plan', width: 30, align: 'right' },
      { heading: 'Actual', width: 30, align: 'right' },
    ],
    rows: level.history.map((p) => [{ text: p.period.label }, { text: p.plan?.display ?? NO_FIGURE }, { text: p.actual?.display ?? NO_FIGURE }]),
    width: 50,
  };
}

/** The trends of every metric with a history, under a heading per area. */
export function trends(model: PackModel): Trends {
  const charted = chartedMetrics(model.areas.flatMap((a) => a.metrics));
  let [charts, tables, notDrawn] = [0, 0, 0];
  const blocks = model.areas.flatMap((area): BlockView[] => {
    const drawn = area.metrics.flatMap((metric): BlockView[] => {
      const level = headlineLevel(metric);
      if (level === undefined) return [];
      const heading: BlockView = { kind: 'heading', level: 3, text: `${oneLine(metric.label)} (${level.levelName})` };
      if (charted.has(metric.id)) {
        charts += 1;
        return [heading, trendChart(metric, level)];
      }
      if (!showsATrend(level.history)) {
        tables += 1;
        return [heading, periodsTable(metric, level)];
      }
      notDrawn += 1;
      return [];
    });
    return drawn.length === 0 ? [] : [{ kind: 'heading', level: 2, text: oneLine(area.name) }, ...drawn];
  });
  return { blocks, charts, tables, notDrawn };
}
