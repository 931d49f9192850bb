import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { TableView as ReportTable } from '../../src/compose/cover-report/cover-report-view.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import type { TableRowView, TableView as SlideTable } from '../../src/compose/slide-pack/slide-pack-view.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack } from '../../src/pipeline.js';
import { fixtureWorkbook, sheetOf, type FixtureRow } from '../fixtures/fixture-workbook.js';

/*
 * Finance as finance papers print it, in the pack model and both documents: the unit once, in the
 * column headings (£m, £'000); each cell the bare figure, negatives in brackets; each KPI to its
 * Decimals (blank: 2 for £m and percent, whole numbers for £'000 and counts); small counts as *.
 */
const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
const DRAFT = { mode: 'draft' } as const;

const row = (kpi: string, unit: string, figures: FixtureRow, extra: FixtureRow = {}): FixtureRow => ({
  Month: '2026-01',
  'As at': '2025-11',
  KPI: kpi,
  Unit: unit,
  Direction: 'higher is better',
  ...figures,
  ...extra,
});

const KPIS: readonly FixtureRow[] = [
  row('System surplus (deficit)', '£m', { 'YTD target': -38.5, 'YTD actual': -41.914, 'Full-year target': -51.2, 'Forecast outturn': -51.2 }),
  row('Capital expenditure', '£m', { 'YTD target': 52.5, 'YTD actual': 37.11, 'Full-year target': 105.21, 'Forecast outturn': 104.59 }),
  row('Efficiency savings', '£m', { 'YTD target': 12.25, 'YTD actual': 11.04, 'Full-year target': 20, 'Forecast outturn': 19.6 }, { Decimals: 1 }),
  row('Running costs', '£000', { 'YTD target': 1_950_000, 'YTD actual': 1_973_611, 'Full-year target': -50_000, 'Forecast outturn': -51_679 }),
  row('CIP delivery as a % of FOT', 'percent', { 'YTD target': '50.42%', 'YTD actual': '50.00%' }),
  row('Serious incidents (finance related)', 'count', { 'YTD target': 10, 'YTD actual': 3, 'Full-year target': 15, 'Forecast outturn': 12 }),
];

let model: PackModel;

beforeAll(async () => {
  const workbook = await fixtureWorkbook((sheets) => {
    sheetOf(sheets, 'Finance').rows.splice(0, Infinity, ...KPIS.map((r) => ({ ...r })));
  });
  const result = await buildPack({ workbook, workbookName: 'finance.xlsx', month: JANUARY });
  if (!result.ok || result.model === undefined) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  model = result.model;
});

const figures = (rows: readonly (readonly string[])[]) => rows.map((r) => [r[0], r[1], r[2], r[4], r[5]]);

const EXPECTED_HEADINGS = ['KPI', 'Year-to-date target (£m)', 'Year-to-date actual (£m)', 'Year-to-date rating', 'Full-year target (£m)', 'Forecast outturn (£m)', 'Full-year rating'];

const EXPECTED_ROWS = [
  ['System surplus (deficit)', '(38.50)', '(41.91)', '(51.20)', '(51.20)'],
  ['Capital expenditure', '52.50', '37.11', '105.21', '104.59'],
  ['Efficiency savings', '12.3', '11.0', '20.0', '19.6'],
  ["Running costs (£'000)", '1,950,000', '1,973,611', '(50,000)', '(51,679)'],
  ['CIP delivery as a % of FOT', '50.42%', '50.00%', '–', '–'],
  ['Serious incidents (finance related) (number)', '10', '*', '15', '12'],
];

describe('finance as finance papers print it', () => {
  it('the pack model: bare figures, negatives in brackets, to each KPI\'s decimals, small counts as *', () => {
    expect(model.finance.map((k) => [k.kpi, k.unitCode, k.decimals, k.yearToDate.target, k.yearToDate.actual, k.fullYear.target, k.fullYear.forecast])).toEqual([
      ['System surplus (deficit)', 'gbp-millions', 2, '(38.50)', '(41.91)', '(51.20)', '(51.20)'],
      ['Capital expenditure', 'gbp-millions', 2, '52.50', '37.11', '105.21', '104.59'],
      ['Efficiency savings', 'gbp-millions', 1, '12.3', '11.0', '20.0', '19.6'],
      ['Running costs', 'gbp-thousands', 0, '1,950,000', '1,973,611', '(50,000)', '(51,679)'],
      ['CIP delivery as a % of FOT', 'percent', 2, '50.42%', '50.00%', undefined, undefined],
      ['Serious incidents (finance related)', 'count', 0, '10', '*', '15', '12'],
    ]);
    const printed = model.finance.flatMap((k) => [k.yearToDate.target, k.yearToDate.actual, k.fullYear.target, k.fullYear.forecast]);
    for (const text of printed) expect(text ?? '').not.toMatch(/£|k$|m$|-\d/);
  });

  it('a KPI the rule cannot rate says what it lacks', () => {
    const cip = model.finance.find((k) => k.unitCode === 'percent');
    expect(cip?.fullYear.rating).toMatchObject({ word: 'N/A', because: 'not rated: no target to rate against', basis: 'not-rated' });
  });

  it('the cover report\'s Appendix B: the unit in the headings, the figures bare', () => {
    const table = composeCoverReport(model, DRAFT).sections[2]?.blocks.find((b): b is ReportTable => b.kind === 'table');
    expect(table?.columns.map((c) => c.heading)).toEqual(EXPECTED_HEADINGS);
    expect(table?.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
    expect(figures(table?.rows.map((r) => r.map((c) => c.text)) ?? [])).toEqual(EXPECTED_ROWS);
    const note = composeCoverReport(model, DRAFT).sections[2]?.blocks.find((b) => b.kind === 'paragraph');
    expect(note?.kind === 'paragraph' ? note.runs.map((r) => r.text).join('') : '').toContain(
      'Figures are in £m, as the column headings say, except percentages and any KPI that names its own unit after its wording. Negative figures are in brackets, as finance papers print them.',
    );
  });

  it('the slide pack\'s finance dashboard: the same headings and figures', () => {
    const slide = composeSlidePack(model, DRAFT).slides.find((s) => s.kind === 'finance');
    expect(slide?.title.text).toBe('Use of resources: finance dashboard (as at Nov-25)');
    const table = slide?.items.find((i): i is SlideTable => i.kind === 'table');
    const texts = (r: TableRowView) => r.cells.map((c) => c.runs.map((run) => run.text).join(''));
    expect(table === undefined ? [] : texts(table.header)).toEqual(EXPECTED_HEADINGS);
    expect(figures(table?.rows.map(texts) ?? [])).toEqual(EXPECTED_ROWS);
  });

  it('KPIs as at different months say so on their row; a table of £\'000 KPIs is headed £\'000', () => {
    const mixed: PackModel = {
      ...model,
      finance: model.finance.filter((k) => k.unitCode === 'gbp-thousands').flatMap((k) => [k, { ...k, kpi: 'Agency spend', asAt: 'Oct-25' }]),
    };
    const table = composeCoverReport(mixed, DRAFT).sections[2]?.blocks.find((b): b is ReportTable => b.kind === 'table');
    expect(table?.columns[1]?.heading).toBe("Year-to-date target (£'000)");
    expect(table?.rows.map((r) => r[0]?.text)).toEqual(['Running costs (as at Nov-25)', 'Agency spend (as at Oct-25)']);
  });

  it('a Decimals cell that is not a whole number from 0 to 6 is an error at its cell', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, 'Finance').rows.splice(0, Infinity, { ...KPIS[0], Decimals: 'two' }, { ...KPIS[1], Decimals: 7 });
    });
    const result = await buildPack({ workbook, workbookName: 'finance.xlsx', month: JANUARY });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([
      'Finance!L2: the number of decimals must be a whole number, got "two" [model/bad-number]',
      'Finance!L3: the number of decimals must be between 0 and 6, got 7 [model/out-of-range]',
    ]);
  });
});
