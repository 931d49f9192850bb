import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { BODY, BUILT_IN_FRAME } from '../support/slide-frame.js';
import { paletteOf } from '../../src/compose/slide-pack/palette.js';
import { tableStyle } from '../../src/compose/slide-pack/styles.js';
import { SPC_COLOURS } from '../../src/compose/spc-colours.js';
import { cell, layoutTable, type ColumnSpec } from '../../src/compose/slide-pack/table-layout.js';
import { DRAFT, cellText, samplePackModel, tables, varied } from './sample-pack.js';

const COLUMNS: readonly ColumnSpec[] = [
  { header: 'Priority', width: 3 },
  { header: 'Actual', width: 1, align: 'right' },
];
const style = tableStyle({ palette: paletteOf({ primary: '#005EB8', green: '#00A499', amber: '#FFB81C', red: '#DA291C', spc: SPC_COLOURS }), frame: BUILT_IN_FRAME });
const wording = (i: number) => `Priority ${i}: ${'reduce waiting times for planned care '.repeat((i % 4) + 1)}`;

describe('tables are paginated by our own code', () => {
  const rows = Array.from({ length: 60 }, (_, i) => [cell(wording(i)), cell(String(i))]);
  const pages = layoutTable(COLUMNS, rows, style, (page) => (page === 0 ? 2 : 3));

  it('no row is cut: every row is on exactly one page, in order', () => {
    expect(pages.length).toBeGreaterThan(3);
    const shown = pages.flatMap((p) => p.rows.map((r) => cellText(r.cells[1]!)));
    expect(shown).toEqual(rows.map((_, i) => String(i)));
    pages.forEach((page, index) => expect(page.first).toBe(pages.slice(0, index).reduce((n, p) => n + p.rows.length, 0)));
  });

  it('the header row is on every page', () => {
    for (const page of pages) expect(page.header.cells.map(cellText)).toEqual(['Priority', 'Actual']);
  });

  it('each page is no taller than the height it was given, header included', () => {
    pages.forEach((page, index) => {
      expect(page.h).toBeCloseTo(page.header.h + page.rows.reduce((sum, r) => sum + r.h, 0), 5);
      expect(page.h).toBeLessThanOrEqual((index === 0 ? 2 : 3) + 1e-6);
    });
  });

  it('a page takes as many rows as fit: the next row would not have', () => {
    pages.slice(0, -1).forEach((page, index) => {
      const next = pages[index + 1]?.rows[0];
      expect(page.h + (next?.h ?? 0)).toBeGreaterThan(index === 0 ? 2 : 3);
    });
  });
});

describe('the summary tables of a large pack', () => {
  it('run over as many slides as needed, each titled, each with the header row, no row lost', async () => {
    const sample = await samplePackModel();
    const model = varied(sample, (m) => {
      for (const area of m.areas) for (const metric of area.metrics) metric.onSummary = true;
      const first = m.areas[0];
      if (first !== undefined) first.metrics = [...first.metrics, ...first.metrics, ...first.metrics].map((metric, i) => ({ ...metric, id: `${metric.id}-${i}` }));
    });
    const view = composeSlidePack(model, DRAFT);
    const summary = view.slides.filter((s) => s.kind === 'summary-table');
    expect(summary.length).toBeGreaterThanOrEqual(4);
    expect(summary.map((s) => s.title.text)).toEqual(summary.map((_, i) => `Summary of performance against plan (${i + 1} of ${summary.length})`));
    const pages = summary.map((s) => tables(s)[0]);
    for (const table of pages) {
      expect(table?.header.cells.map(cellText)).toEqual(['Area', 'Measure', 'Month', 'Plan', 'Actual', 'Rating', 'Variation', 'Assurance']);
      expect(table?.h).toBeLessThanOrEqual(BODY.h + 1e-6);
    }
    const total = model.areas.reduce((n, a) => n + a.metrics.length, 0);
    expect(pages.reduce((n, t) => n + (t?.rows.length ?? 0), 0)).toBe(total);
  });

  it('each summary row links to its area slide', async () => {
    const view = composeSlidePack(await samplePackModel(), DRAFT);
    const rows = view.slides.filter((s) => s.kind === 'summary-table').flatMap((s) => tables(s)[0]?.rows ?? []);
    for (const row of rows) {
      const link = row.cells[0]?.runs[0]?.link;
      const target = view.slides[(link?.slide ?? 0) - 1];
      expect(target?.title.text.startsWith(`Performance against plan: ${cellText(row.cells[0]!)}`)).toBe(true);
    }
  });

  it('an area table too long for one slide continues with its header and title, then the narrative', async () => {
    const model = varied(await samplePackModel(), (m) => {
      const elective = m.areas[1];
      if (elective !== undefined) elective.metrics = [...elective.metrics, ...elective.metrics, ...elective.metrics].map((metric, i) => ({ ...metric, id: `${metric.id}-${i}` }));
    });
    const view = composeSlidePack(model, DRAFT);
    const elective = view.slides.filter((s) => s.title.text.startsWith('Performance against plan: Elective Care'));
    expect(elective.length).toBeGreaterThanOrEqual(3);
    const pages = elective.map((s) => tables(s)[0]).filter((t) => t !== undefined);
    expect(pages.reduce((n, t) => n + t.rows.length, 0)).toBe(33);
    for (const t of pages) expect(cellText(t.header.cells[0]!)).toBe('Elective RTT Measures');
  });
});
