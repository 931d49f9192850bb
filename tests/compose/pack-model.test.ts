import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PackModel } from '../../src/compose/pack-model.js';
import { buildPack } from '../../src/pipeline.js';
import { packModelOutline } from '../support/outline.js';

const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));

async function packFor(year: number, month: number) {
  const result = await buildPack({ workbook: SAMPLE, workbookName: 'example-icb.xlsx', month: { kind: 'month', year, month } });
  if (!result.ok || result.model === undefined) throw new Error('the sample did not build');
  return result;
}

function metric(model: PackModel, id: string) {
  const found = model.areas.flatMap((a) => a.metrics).find((m) => m.id === id);
  if (found === undefined) throw new Error(`no metric ${id}`);
  return found;
}

describe('the pack model of the bundled sample', () => {
  it("January 2026 matches its reviewed outline: every metric's figures, rating and why, and SPC reading", async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    await expect(packModelOutline(model)).toMatchFileSnapshot('../outlines/pack-model-2026-01.txt');
  });

  it('December 2025 matches its reviewed outline', async () => {
    const { model } = await packFor(2025, 12);
    if (model === undefined) throw new Error('no model');
    await expect(packModelOutline(model)).toMatchFileSnapshot('../outlines/pack-model-2025-12.txt');
  });

  it('writes the model as the JSON a reader can parse back to the same model', async () => {
    const { files, model } = await packFor(2026, 1);
    expect(JSON.parse(Buffer.from(files[0]?.bytes ?? []).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('every metric carries its SPC, and the assurance counts are of the metrics with an assurance icon', async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    const metrics = model.areas.flatMap((a) => a.metrics);
    expect(metrics.every((m) => m.spc !== undefined)).toBe(true);
    const count = (list: typeof metrics, code: string) => list.filter((m) => m.spc?.assurance?.code === code).length;
    for (const [counts, list] of [[model.spcAssurance, metrics], [model.summarySpcAssurance, metrics.filter((m) => m.onSummary)]] as const) {
      expect(counts).toEqual({
        metrics: list.filter((m) => m.spc?.assurance !== undefined).length,
        consistentlyPassing: count(list, 'consistently-passing'),
        hitAndMiss: count(list, 'hit-and-miss'),
        consistentlyFailing: count(list, 'consistently-failing'),
        processChanged: count(list, 'process-changed'),
      });
    }
    expect(metric(model, 'AE4HR').spc).toMatchObject({ status: 'trial', baselinePoints: 9, baselineFrom: 'Apr-25', rebasedFrom: ['Apr-25'] });
    expect(metric(model, 'BEDOCC').spc).toMatchObject({ status: 'ok', baselinePoints: 12, baselineFrom: 'Jan-24' });
    expect(metric(model, 'DENTUDA').spc?.status).toBe('not-monthly');
    expect(model.colours.spc).toEqual({ improvement: '#0090C5', concern: '#DA670A', commonCause: '#888888', neutral: '#490092', changed: '#404040' });
  });

  it('no suppressed count reaches the SPC series', async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    for (const m of model.areas.flatMap((a) => a.metrics)) {
      const suppressed = new Set(m.levels.find((l) => l.level === m.spc?.level)?.history.filter((h) => h.actual?.suppressed === true).map((h) => h.period.key));
      for (const point of m.spc?.series ?? []) if (suppressed.has(point.period.key)) expect(point).not.toHaveProperty('value');
    }
  });

  it('the same workbook gives the same bytes', async () => {
    const [a, b] = [await packFor(2026, 1), await packFor(2026, 1)];
    expect(a.files.map((f) => f.name)).toEqual(b.files.map((f) => f.name));
    expect(Buffer.from(a.files[0]?.bytes ?? []).equals(Buffer.from(b.files[0]?.bytes ?? []))).toBe(true);
  });

  it('cites the cell of every figure it shows', async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    const ae = metric(model, 'AE4HR');
    expect(ae.currentPeriod?.label).toBe('Dec-25');
    expect(ae.levels[0]?.actual).toMatchObject({ display: '78.9%', source: expect.stringMatching(/^Values!D\d+$/) });
    expect(ae.levels[0]?.plan).toMatchObject({ display: '76.1%', how: 'period', source: expect.stringMatching(/^Values!E\d+$/) });
    for (const m of model.areas.flatMap((a) => a.metrics)) {
      for (const level of m.levels) {
        if (level.actual !== undefined) expect(level.actual.source, `${m.id} ${level.level} actual`).toMatch(/^Values![A-Z]+\d+$/);
        if (level.plan !== undefined) expect(level.plan.source, `${m.id} ${level.level} plan`).toMatch(/^Values![A-Z]+\d+$/);
      }
    }
  });

  it('a quarterly plan split over a month says so: GP appointments Q3 plan / 3', async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    expect(metric(model, 'GPAPPT').levels[0]?.plan).toMatchObject({ display: '709,816', how: 'split', givenFor: 'Q3 25/26' });
  });

  it('a suppressed count carries no number anywhere in the pack model', async () => {
    const { model, files } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    const cyp = metric(model, 'LDACYP');
    expect(cyp.levels[0]?.actual).toEqual({ suppressed: true, display: '*', source: expect.any(String) });
    expect(cyp.rating.word).toBe('N/A');
    const json = JSON.parse(Buffer.from(files[0]?.bytes ?? []).toString('utf8')) as PackModel;
    const actuals = json.areas.flatMap((a) => a.metrics).flatMap((m) => m.levels.map((l) => l.actual));
    for (const actual of actuals) if (actual?.suppressed === true) expect(Object.keys(actual).sort()).toEqual(['display', 'source', 'suppressed']);
  });

  it('counts the summary tables\' ratings apart from all metrics', async () => {
    const { model } = await packFor(2026, 1);
    if (model === undefined) throw new Error('no model');
    const onSummary = model.areas.flatMap((a) => a.metrics).filter((m) => m.onSummary);
    expect(model.summaryCounts.rated).toBe(onSummary.filter((m) => m.rating.rating !== 'not-rated').length);
    expect(model.counts.green + model.counts.amber + model.counts.red + model.counts.notRated).toBe(model.areas.flatMap((a) => a.metrics).length);
  });
});
