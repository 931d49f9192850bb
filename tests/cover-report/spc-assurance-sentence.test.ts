import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { ParagraphView } from '../../src/compose/cover-report/cover-report-view.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import { samplePackModel } from './sample.js';

/** The summary's paragraph after the RAG counts of the measures: the SPC assurance sentence. */
function summaryParagraph(model: PackModel): string {
  const paragraphs = composeCoverReport(model, { mode: 'draft' })
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is ParagraphView => b.kind === 'paragraph')
    .map((p) => p.runs.map((r) => r.text).join(''));
  const counts = paragraphs.findIndex((text) => text.startsWith('The performance report attached as Appendix 1'));
  const found = counts < 0 ? undefined : paragraphs[counts + 1];
  if (found === undefined) throw new Error('no summary paragraph');
  return found;
}

function withAssurance(model: PackModel, consistentlyPassing: number, hitAndMiss: number, consistentlyFailing: number, processChanged = 0): PackModel {
  return { ...model, summarySpcAssurance: { metrics: consistentlyPassing + hitAndMiss + consistentlyFailing + processChanged, consistentlyPassing, hitAndMiss, consistentlyFailing, processChanged } };
}

describe('the cover report says how many summary metrics SPC assures, after the RAG summary', () => {
  it('the sample: counts of the summary metrics with an assurance icon', async () => {
    const model = await samplePackModel();
    const text = summaryParagraph(model);
    const { metrics, consistentlyPassing, hitAndMiss, consistentlyFailing, processChanged } = model.summarySpcAssurance;
    expect([metrics, consistentlyPassing, hitAndMiss, consistentlyFailing, processChanged]).toEqual([25, 1, 8, 10, 6]);
    expect(text).toMatch(
      /^Of the 25 measures with enough data and a target, 1 consistently passes, 8 are hit and miss, 10 consistently fail and 6 have changed since their limits were set, so SPC cannot yet say whether they will meet their targets \(statistical process control, as Making Data Count reads it\)\.$/,
    );
  });

  it('one of each reads in the singular', async () => {
    expect(summaryParagraph(withAssurance(await samplePackModel(), 1, 1, 1))).toContain('Of the 3 measures with enough data and a target, 1 consistently passes, 1 is hit and miss and 1 consistently fails');
    expect(summaryParagraph(withAssurance(await samplePackModel(), 0, 1, 0))).toContain('Of the 1 measure with enough data and a target, 0 consistently pass, 1 is hit and miss and 0 consistently fail');
  });

  it('metrics whose process has changed are counted apart, never as passing or failing', async () => {
    expect(summaryParagraph(withAssurance(await samplePackModel(), 1, 2, 3, 4))).toContain(
      'Of the 10 measures with enough data and a target, 1 consistently passes, 2 are hit and miss, 3 consistently fail and 4 have changed since their limits were set, so SPC cannot yet say whether they will meet their targets',
    );
    expect(summaryParagraph(withAssurance(await samplePackModel(), 0, 0, 0, 1))).toContain('0 consistently fail and 1 has changed since its limits were set, so SPC cannot yet say whether it will meet its target');
  });

  it('none with enough data and a target says so', async () => {
    expect(summaryParagraph(withAssurance(await samplePackModel(), 0, 0, 0))).toBe('No measure yet has enough data and a target for statistical process control to say whether it can be relied on to meet its target.');
  });
});
