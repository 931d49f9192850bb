import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodKey } from '../../src/model/period.js';
import { buildPack } from '../../src/pipeline.js';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { describeChanges } from '../../src/returns/describe-changes.js';
import { mergeReturns, type MergeResult } from '../../src/returns/merge-returns.js';
import { editReturn, JANUARY, mainWorkbook, modelOf, openWorkbook, printed, setCell, sheetNamed } from './support.js';

/*
 * Two authors return their narrative for January: the Urgent Care author updates Urgent Care and
 * writes Cancer for the first time; the Performance Lead rewrites Elective Care, which started
 * from December's text.
 */
let main: Buffer;
let mainCopy: Buffer;
let uc: Buffer;
let perf: Buffer;
let result: MergeResult;

beforeAll(async () => {
  main = await mainWorkbook();
  mainCopy = Buffer.from(main);
  const model = await modelOf(main);
  uc = await editReturn(await buildReturnWorkbook(model, JANUARY, 'UC'), (wb) => {
    setCell(wb, 'Narrative', 'C2', 'First update\nSecond update, revised\nThird update');
    setCell(wb, 'Narrative', 'C3', '• Cancer update');
    setCell(wb, 'Narrative', 'E3', 'Risk one\nRisk two');
  });
  perf = await editReturn(await buildReturnWorkbook(model, JANUARY, 'PERF'), (wb) => {
    setCell(wb, 'Narrative', 'C2', 'January waits fell again\nValidation sprint done\nNew clinic opened');
  });
  result = await mergeReturns({ workbook: main, workbookName: 'main.xlsx', month: JANUARY, returns: [{ name: 'returns/uc.xlsx', bytes: uc }, { name: 'returns/perf.xlsx', bytes: perf }] });
});

describe('merging good returns', () => {
  it('has no problems to report', () => {
    expect(result.ok).toBe(true);
    expect(printed(result.messages)).toEqual([]);
  });

  it('lists what changed per return, area and section, returns by file name', () => {
    expect(result.changes === undefined ? [] : describeChanges(result.changes)).toEqual([
      'January 2026 narrative for the Quality and Performance Committee: 2 returns',
      '  returns/perf.xlsx: Senior Performance Manager (Performance Lead), PERF',
      '    Elective Care (ELEC): added as Narrative row 4',
      '      Updates since previous month: added, 3 bullets',
      '      Current issues: added, 1 bullet',
      '      blank: Risks, Dependencies, Future actions & mitigations, Good news, Patient outcome',
      '  returns/uc.xlsx: Head of Urgent Care, UC',
      '    Urgent Care (UEC): changed (Narrative row 2)',
      '      Updates since previous month: changed, 2 -> 3 bullets',
      '      blank: Current issues, Risks, Dependencies, Future actions & mitigations, Good news, Patient outcome',
      '    Cancer (CANC): added as Narrative row 5',
      '      Updates since previous month: added, 1 bullet',
      '      Risks: added, 2 bullets',
      '      blank: Current issues, Dependencies, Future actions & mitigations, Good news, Patient outcome',
      '  1 area changed, 2 added, 0 unchanged; 0 returns changed nothing',
    ]);
  });

  it('writes the returned narrative into the copy, and leaves December\'s and the input bytes as they were', async () => {
    expect(main.equals(mainCopy)).toBe(true);
    const merged = await modelOf(result.merged ?? new Uint8Array());
    const january = merged.narratives.filter((n) => periodKey(n.month) === '2026-01').map((n) => [n.areaId, n.sections.updates, n.sections.issues, n.sections.risks]);
    expect(january).toEqual([
      ['UEC', ['First update', 'Second update, revised', 'Third update'], [], []],
      ['ELEC', ['January waits fell again', 'Validation sprint done', 'New clinic opened'], ['Theatre staffing'], []],
      ['CANC', ['Cancer update'], [], ['Risk one', 'Risk two']],
    ]);
    const original = await modelOf(main);
    expect(merged.narratives.filter((n) => periodKey(n.month) === '2025-12')).toEqual(original.narratives.filter((n) => periodKey(n.month) === '2025-12'));
  });

  it('gives a copy the pack is built from: the returned narrative shows and the missing-narrative warnings go', async () => {
    const missing = (r: Awaited<ReturnType<typeof buildPack>>) => r.diagnostics.filter((d) => d.rule === 'pack/narrative-missing').map((d) => d.reason);
    const before = await buildPack({ workbook: main, workbookName: 'main.xlsx', month: JANUARY });
    expect(missing(before)).toEqual([
      'no narrative for Elective Care for January 2026 yet (awaited from Senior Performance Manager)',
      'no narrative for Cancer for January 2026 yet (awaited from Head of Urgent Care)',
    ]);
    const after = await buildPack({ workbook: result.merged ?? new Uint8Array(), workbookName: 'merged.xlsx', month: JANUARY });
    expect(after.ok).toBe(true);
    expect(missing(after)).toEqual([]);
    expect(after.model?.areas.map((a) => [a.id, a.narrative?.updates[0]])).toEqual([
      ['UEC', 'First update'],
      ['ELEC', 'January waits fell again'],
      ['CANC', 'Cancer update'],
    ]);
    const report = after.files.find((f) => f.name.endsWith('.docx'));
    const documentXml = await (await JSZip.loadAsync(report?.bytes ?? new Uint8Array())).file('word/document.xml')?.async('string');
    expect(documentXml).toContain('Validation sprint done');
  });

  it('gives the same bytes each time', async () => {
    const again = await mergeReturns({ workbook: main, workbookName: 'main.xlsx', month: JANUARY, returns: [{ name: 'returns/perf.xlsx', bytes: perf }, { name: 'returns/uc.xlsx', bytes: uc }] });
    expect(Buffer.from(again.merged ?? []).equals(Buffer.from(result.merged ?? []))).toBe(true);
  });

  it('says a return changed nothing when it matches the workbook, and gives no copy when nothing changes', async () => {
    const unchanged = await buildReturnWorkbook(await modelOf(result.merged ?? new Uint8Array()), JANUARY, 'UC');
    const again = await mergeReturns({ workbook: result.merged ?? new Uint8Array(), workbookName: 'merged.xlsx', month: JANUARY, returns: [{ name: 'uc.xlsx', bytes: unchanged }] });
    expect(again.ok).toBe(true);
    expect(again.merged).toBeUndefined();
    expect(again.changes === undefined ? [] : describeChanges(again.changes)).toEqual([
      'January 2026 narrative for the Quality and Performance Committee: 1 return',
      '  uc.xlsx: Head of Urgent Care, UC: changed nothing',
      '    Urgent Care (UEC): unchanged',
      '    Cancer (CANC): unchanged',
      '  0 areas changed, 0 added, 2 unchanged; 1 return changed nothing',
    ]);
  });

  it('wraps the new rows\' text when the Narrative sheet has no rows to take their look from', async () => {
    const empty = await mainWorkbook((sheets) => {
      const narrative = sheets.get('Narrative');
      if (narrative !== undefined) narrative.rows = [];
    });
    const ret = await editReturn(await buildReturnWorkbook(await modelOf(empty), JANUARY, 'PERF'), (wb) => setCell(wb, 'Narrative', 'C2', 'One\nTwo\nThree'));
    const merged = await mergeReturns({ workbook: empty, workbookName: 'main.xlsx', month: JANUARY, returns: [{ name: 'perf.xlsx', bytes: ret }] });
    const sheet = sheetNamed(await openWorkbook(merged.merged ?? new Uint8Array()), 'Narrative');
    expect([sheet.getCell('B2').value, sheet.getCell('C2').value]).toEqual(['ELEC', 'One\nTwo\nThree']);
    expect(sheet.getCell('C2').alignment).toEqual({ vertical: 'top', wrapText: true });
    expect(sheet.getRow(2).height).toBe(45);
  });

  it('warns where a return is word for word last month\'s, and where an area is left blank or out', async () => {
    const model = await modelOf(main);
    const asSent = await buildReturnWorkbook(model, JANUARY, 'PERF');
    const ucBlank = await editReturn(await buildReturnWorkbook(model, JANUARY, 'UC'), (wb) => {
      wb.getWorksheet('Narrative')?.spliceRows(2, 1);
    });
    const merged = await mergeReturns({ workbook: main, workbookName: 'main.xlsx', month: JANUARY, returns: [{ name: 'perf.xlsx', bytes: asSent }, { name: 'uc.xlsx', bytes: ucBlank }] });
    expect(printed(merged.messages)).toEqual([
      'perf.xlsx: Narrative!B2: warning: the narrative for Elective Care is word for word December 2025\'s; check that its author has brought it up to date for January 2026 [return/same-as-previous-month]',
      'uc.xlsx: Narrative: warning: there is no row for Urgent Care (UEC), one of this author\'s areas, so the workbook keeps what it has for it [return/area-not-returned]',
      'uc.xlsx: Narrative!B2: warning: the row for Cancer (CANC) is blank in every section, so it is left out and the workbook keeps what it has for the area [return/blank-row]',
    ]);
    expect(merged.changes === undefined ? [] : describeChanges(merged.changes).slice(6)).toEqual([
      '  uc.xlsx: Head of Urgent Care, UC: changed nothing',
      '    Urgent Care (UEC): not in the return, left as it was',
      '    Cancer (CANC): returned blank, left as it was',
      '  0 areas changed, 1 added, 0 unchanged, 2 left as they were; 1 return changed nothing',
    ]);
  });
});
