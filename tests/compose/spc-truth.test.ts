import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessPack } from '../../src/assess/assess-pack.js';
import { composePackModel } from '../../src/compose/compose-pack-model.js';
import { packIdentity } from '../../src/compose/pack-identity.js';
import type { MetricView, PackModel, SpcPointView } from '../../src/compose/pack-model.js';
import { loadWorkbook } from '../../src/pipeline.js';
import { writeWorkbook } from '../../src/xlsx/write-workbook.js';
import { largeWorkbook } from '../../bench/large-workbook.js';

/**
 * Every SPC sentence the pack model carries is true of the series beside it. These checks walk
 * whole packs and work each rule out again from the points, independently of the engine: an
 * assurance reading never contradicts the latest six points, is never read from limits a change
 * of process has left, and a target appears only on a month a plan covers.
 */

const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));

async function packModel(bytes: Uint8Array, year: number, month: number): Promise<PackModel> {
  const { workbook, sources } = await loadWorkbook(bytes);
  if (workbook === undefined || sources === undefined) throw new Error('the workbook did not validate');
  const period = { kind: 'month', year, month } as const;
  const assessment = assessPack(workbook, period);
  return composePackModel({ workbook, assessment, sources, identity: packIdentity(workbook, period), file: { name: 'workbook.xlsx', sha256: '' }, warnings: [] });
}

const meets = (p: SpcPointView, direction: string): boolean | undefined =>
  p.value === undefined || p.target === undefined ? undefined : direction === 'higher is better' ? p.value >= p.target : p.value <= p.target;

/** The latest six points with a value: each met its target (true), each missed it (false), or neither. */
function latestSix(metric: MetricView): boolean | undefined {
  const recent = (metric.spc?.series ?? []).filter((p) => p.value !== undefined).slice(-6);
  if (recent.length < 6) return undefined;
  const results = recent.map((p) => meets(p, metric.direction));
  if (results.every((r) => r === true)) return true;
  if (results.every((r) => r === false)) return false;
  return undefined;
}

/** The run of points before and at the latest value for which `keep` holds. */
function trailing(points: readonly SpcPointView[], keep: (p: SpcPointView, previous: SpcPointView | undefined) => boolean): number {
  const valued = points.slice(0, points.findLastIndex((p) => p.value !== undefined) + 1);
  let n = 0;
  for (let i = valued.length - 1; i >= 0; i -= 1) {
    const point = valued[i];
    if (point === undefined || point.value === undefined || !keep(point, valued[i - 1])) break;
    n += 1;
  }
  return n;
}

/** Whether a shift of 7, three beyond a limit, or a trend of 7 reaches the latest point of the current limits. */
function changedAtLatest(metric: MetricView): boolean {
  const series = metric.spc?.series ?? [];
  const last = series[series.length - 1];
  if (last === undefined) return false;
  const current = series.filter((p) => p.mean === last.mean && p.upperLimit === last.upperLimit);
  const latest = current.findLast((p) => p.value !== undefined);
  if (latest?.value === undefined) return false;
  const above = latest.value > latest.mean;
  const sameSide = trailing(current, (p) => (p.value ?? 0) !== p.mean && (p.value ?? 0) > p.mean === above);
  const beyond = trailing(current, (p) => (above ? (p.value ?? 0) > p.upperLimit : (p.value ?? 0) < p.lowerLimit));
  const rising = trailing(current, (p, previous) => previous?.value !== undefined && (p.value ?? 0) > previous.value) + 1;
  const falling = trailing(current, (p, previous) => previous?.value !== undefined && (p.value ?? 0) < previous.value) + 1;
  return sameSide >= 7 || beyond >= 3 || rising >= 7 || falling >= 7;
}

function checkPack(model: PackModel): string[] {
  const problems: string[] = [];
  for (const metric of model.areas.flatMap((a) => a.metrics)) {
    const spc = metric.spc;
    if (spc === undefined) continue;
    const code = spc.assurance?.code;
    const six = latestSix(metric);
    if (code === 'consistently-failing' && six === true) problems.push(`${metric.id}: consistently failing, yet each of the latest six met its target`);
    if (code === 'consistently-passing' && six === false) problems.push(`${metric.id}: consistently passing, yet each of the latest six missed its target`);
    const changed = changedAtLatest(metric);
    if ((code === 'consistently-failing' || code === 'consistently-passing' || code === 'hit-and-miss') && changed) problems.push(`${metric.id}: ${code} read from limits a change of process has left`);
    if (code === 'process-changed' && !changed) problems.push(`${metric.id}: process changed, yet no change reaches the latest point`);
    const level = metric.levels.find((l) => l.level === spc.level);
    const plans = new Map(level?.history.map((h) => [h.period.key, h.plan?.value]));
    for (const point of spc.series) {
      if (!plans.has(point.period.key)) continue;
      const plan = plans.get(point.period.key);
      if (point.target !== plan) problems.push(`${metric.id} ${point.period.label}: target ${String(point.target)} where the plan for the month is ${String(plan)}`);
    }
    if ((spc.status === 'too-few' || spc.status === 'constant' || spc.status === 'not-monthly') && (spc.variation !== undefined || spc.assurance !== undefined)) problems.push(`${metric.id}: ${spc.status}, yet an icon`);
  }
  return problems;
}

describe('no SPC reading contradicts its own series', () => {
  it('the sample, January 2026: the three metrics seen read truthfully, and no metric breaks a rule', async () => {
    const model = await packModel(SAMPLE, 2026, 1);
    expect(checkPack(model)).toEqual([]);
    const find = (id: string) => model.areas.flatMap((a) => a.metrics).find((m) => m.id === id);
    // CYP access: above plan for months and rising, no longer "consistently failing"
    expect(find('MHCYP')?.spc?.assurance?.code).toBe('process-changed');
    expect(find('MHCYP')?.spc?.change?.since.label).toBe('Nov-24');
    // under-18s waiting 18 weeks or less: 61.7% against 58.0%
    expect(find('RTT18PCTU18')?.spc?.assurance?.code).not.toBe('consistently-failing');
    // bed occupancy: above the upper limit and climbing, no longer "consistently passing"
    expect(find('BEDOCC')?.spc?.assurance?.code).toBe('process-changed');
    // the annual plan of community contacts is never drawn against its monthly counts
    expect(find('COMMCON')?.spc?.series.every((p) => p.target === undefined || p.target < 200_000)).toBe(true);
  });

  it('the sample, December 2025', async () => {
    expect(checkPack(await packModel(SAMPLE, 2025, 12))).toEqual([]);
  });

  it('the 1,000-metric benchmark workbook', async () => {
    const bytes = await writeWorkbook(largeWorkbook());
    const model = await packModel(bytes, 2026, 1);
    expect(model.areas.flatMap((a) => a.metrics)).toHaveLength(1000);
    expect(checkPack(model)).toEqual([]);
  });
});
