import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { renderSlidePack } from '../../src/render/pptx/render-slide-pack.js';
import { FINAL, samplePackModel, sampleView } from './sample-pack.js';

describe('the same input gives the same bytes', () => {
  it('two renders of the pack are byte-identical, even with another deck made between them', async () => {
    const view = await sampleView();
    const first = await renderSlidePack(view);
    await renderSlidePack(composeSlidePack(await samplePackModel(), FINAL));
    const second = await renderSlidePack(await sampleView());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('stamps every entry and the document properties with the date of the pack (its meeting), not the clock', async () => {
    const zip = await JSZip.loadAsync(await renderSlidePack(await sampleView()));
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10)));
    expect([...dates]).toEqual(['2026-02-05']);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:modified>');
  });

  it('numbers charts from 1 in slide order and compresses the file', async () => {
    const bytes = await renderSlidePack(await sampleView());
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(charts.map((_, i) => `ppt/charts/chart${i + 1}.xml`));
    const stored = (await Promise.all(Object.values(zip.files).map((f) => f.async('uint8array')))).reduce((n, b) => n + b.length, 0);
    expect(bytes.length).toBeLessThan(stored / 4);
  });
});
