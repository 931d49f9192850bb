import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { ParagraphView } from '../../src/compose/cover-report/cover-report-view.js';
import type { PackModel } from '../../src/compose/pack-model.js';
import { samplePackModel } from './sample.js';

/** The summary's first paragraph: the RAG counts, then the SPC assurance sentence. */
function summaryParagraph(model: PackModel): string {
  const paragraphs = composeCoverReport(model, { mode: 'draft' })
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is ParagraphView => b.kind === 'paragraph')
    .map((p) => p.runs.map((r) => r.text).join(''));
  const found = paragraphs.find((text) => text.startsWith('The performance tables attached'));
  if (found === undefined) throw new Error('no summary paragraph');
  return found;
}

function withAssurance(model: PackModel, consistentlyPassing: number, hitAndMiss: number, consistentlyFailing: number): PackModel {
  return { ...model, summarySpcAssurance: { metrics: consistentlyPassing + hitAndMiss + consistentlyFailing, consistentlyPassing, hitAndMiss, consistentlyFailing } };
}

describe('the cover report says how many summary metrics SPC assures, after the RAG summary', () => {
  it('the sample: counts of the summary metrics with an assurance icon', async () => {
    const model = await samplePackModel();
    const text = summaryParagraph(model);
    const { metrics, consistentlyPassing, hitAndMiss, consistentlyFailing } = model.summarySpcAssurance;
    expect([metrics, consistentlyPassing, hitAndMiss, consistentlyFailing]).toEqual([25, 3, 7, 15]);
    expect(text).toMatch(/red\/under\..*Of the 25 metrics with enough data and a target, 3 consistently pass, 7 are hit and miss and 15 consistently fail \(statistical process control, as Making Data Count reads it\)\.$/);
  });

  it('one of each reads in the singular', async () => {
    expect(summaryParagraph(withAssurance(await samplePackModel(), 1, 1, 1))).toContain('Of the 3 metrics with enough data and a target, 1 consistently passes, 1 is hit and miss and 1 consistently fails');
    expect(summaryParagraph(withAssurance(await samplePackModel(), 0, 1, 0))).toContain('Of the 1 metric with enough data and a target, 0 consistently pass, 1 is hit and miss and 0 consistently fail');
  });

  it('none with enough data and a target says so', async () => {
    expect(summaryParagraph(withAssurance(await samplePackModel(), 0, 0, 0))).toMatch(/No metric yet has enough data and a target for statistical process control to say whether it can be relied on to meet its target\.$/);
  });
});
