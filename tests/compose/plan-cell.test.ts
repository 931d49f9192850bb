import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { LevelFigures, MetricView } from '../../src/compose/pack-model.js';
import { planCellText } from '../../src/compose/plan-cell.js';
import { samplePackModel } from '../cover-report/sample.js';

async function metric(id: string): Promise<MetricView> {
  const found = (await samplePackModel()).areas.flatMap((a) => a.metrics).find((m) => m.id === id);
  if (found === undefined) throw new Error(`the sample has no ${id}`);
  return found;
}

function level(m: MetricView, id: string): LevelFigures {
  const found = m.levels.find((l) => l.level === id);
  if (found === undefined) throw new Error(`${m.id} has no level ${id}`);
  return found;
}

describe('what a plan cell prints (one rule for both documents)', () => {
  it('a plan in words prints as the workbook gives it, in the year-end column and as the period plan at the headline level', async () => {
    const stillbirths = await metric('MATSTILL');
    expect(planCellText(stillbirths, 'year-end')).toBe('Reduction 2023 4');
    expect(planCellText(stillbirths, 'period', level(stillbirths, 'ICB'))).toBe('Reduction 2023 4');
    expect(planCellText(stillbirths, 'period', undefined)).toBe('Reduction 2023 4');
  });

  it('a plan in words is not printed at a level other than the one the metric is rated on', async () => {
    const stillbirths = await metric('MATSTILL');
    const provider: LevelFigures = { ...level(stillbirths, 'ICB'), level: 'NEUH', levelName: 'NEUH' };
    expect(planCellText(stillbirths, 'period', provider)).toBe('–');
  });

  it('a plan figure prints as the pack formats it; a metric without a plan prints –', async () => {
    const ae = await metric('AE4HR');
    expect(planCellText(ae, 'year-end')).toBe(ae.yearEndPlan?.display);
    expect(planCellText(ae, 'period', level(ae, 'ICB'))).toBe('76.1%');
    const noPlan: MetricView = { ...ae, yearEndPlan: undefined, levels: ae.levels.map(({ plan: _plan, ...rest }) => rest) };
    expect(planCellText(noPlan, 'year-end')).toBe('–');
    expect(planCellText(noPlan, 'period', noPlan.levels[0])).toBe('–');
  });

  it('the cover report\'s Appendix A prints the plan cells by the same rule', async () => {
    const model = await samplePackModel();
    const table = composeCoverReport(model, { mode: 'draft' }).sections[1]?.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no Appendix A table');
    const metrics = model.areas.flatMap((a) => a.metrics);
    const plans = table.rows.map((row) => row[4]?.text);
    expect(plans).toEqual(metrics.map((m) => planCellText(m, 'period', m.levels.find((l) => l.level === m.headlineLevel))));
    expect(plans).toContain('Reduce 21/22 *');
  });
});
