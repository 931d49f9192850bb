import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/pipeline.js';
import { mergeReturns } from '../../src/returns/merge-returns.js';
import { fixtureWorkbook } from '../fixtures/fixture-workbook.js';
import { editReturn, JANUARY, setCell } from '../returns/support.js';
import { parseEml } from './parse-eml.js';

/*
 * The month's loop end to end, in memory: the draft's e-mail carries the author's return
 * workbook; the author fills it in; the officer merges it; the next draft has the narrative and
 * no longer awaits it.
 */
describe('draft, return, merge, draft again', () => {
  it('the return workbook attached to an author\'s draft comes back and fills the pack', async () => {
    const workbook = await fixtureWorkbook();
    const first = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY });
    expect(first.diagnostics.map((d) => d.rule)).toContain('pack/narrative-missing');
    const draft = first.drafts?.find((d) => d.authorId === 'PERF');
    expect(draft).toBeDefined();
    const mail = await parseEml(Buffer.from(draft?.eml ?? new Uint8Array()));
    const attached = mail.attachments.find((a) => a.filename === 'narrative-return-2026-01-perf.xlsx');
    expect(attached).toBeDefined();

    const returned = await editReturn(attached?.content ?? Buffer.alloc(0), (wb) => setCell(wb, 'Narrative', 'C2', 'Waiting list validated\nNew clinic opened'));
    const merged = await mergeReturns({ workbook, workbookName: 'fixture.xlsx', month: JANUARY, returns: [{ name: 'perf.xlsx', bytes: returned }] });
    expect(merged.ok).toBe(true);

    const second = await buildPack({ workbook: merged.merged ?? new Uint8Array(), workbookName: 'fixture-merged.xlsx', month: JANUARY });
    expect(second.diagnostics.map((d) => d.rule)).not.toContain('pack/narrative-missing');
    const elective = second.model?.areas.find((a) => a.id === 'ELEC');
    expect(elective?.narrative?.updates).toEqual(['Waiting list validated', 'New clinic opened']);
  });
});
