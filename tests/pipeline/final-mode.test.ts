import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack } from '../../src/pipeline.js';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';

const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;

describe('final mode', () => {
  it('final: refused while any narrative, the 3As or a rating set by hand is missing, all listed, nothing built', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, '3As').rows.length = 0;
      const metrics = sheetOf(sheets, 'Metrics').rows;
      const wl52 = metrics.find((r) => r['Id'] === 'WL52');
      if (wl52 !== undefined) wl52['Rating rule'] = 'manual';
    });
    const result = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY, mode: 'final' });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([
      'Values: WL52 (52 week waits) is rated by hand but has no manual rating for Dec-25; a final pack needs it [pack/manual-rating-missing]',
      'Narrative: no narrative for Elective Care for January 2026 yet (awaited from Senior Performance Manager); a final pack needs it [pack/narrative-missing]',
      "'3As': no 3As items (Alert, Assure, Advise) for January 2026 yet; a final pack needs it [pack/three-as-missing]",
    ]);
  });

  it('final: refused while the officers to contact are not given, every gap listed at once with the sheet to fill', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, 'Contacts').rows.length = 0;
      sheetOf(sheets, 'Meetings').rows.splice(1, 1);
      sheetOf(sheets, 'Narrative').rows.push({ Month: '2026-01', Area: 'ELEC', 'Updates since previous month': 'Validation complete' });
    });
    const result = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY, mode: 'final' });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([
      'Meetings: no meeting date is given for January 2026; add a row to the Meetings sheet; a final pack needs it for its heading and its file names [pack/no-meeting]',
      'Contacts: no officers to contact are listed; add a row for each to the Contacts sheet (Name, Role and Email): the cover report lists them under "Officers to Contact" and the title slide names their roles under "Prepared by"; a final pack needs it [pack/contacts-missing]',
    ]);
  });

  it('draft: no officers to contact is a warning, and the draft marks the gap as awaited', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, 'Contacts').rows.length = 0;
    });
    const result = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.rule === 'pack/contacts-missing').map((d) => formatDiagnostic(d))).toEqual([
      'Contacts: warning: no officers to contact are listed; add a row for each to the Contacts sheet (Name, Role and Email): the cover report lists them under "Officers to Contact" and the title slide names their roles under "Prepared by" [pack/contacts-missing]',
    ]);
    if (result.model === undefined) throw new Error('no model');
    const report = composeCoverReport(result.model, { mode: 'draft' });
    const awaited = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph' && b.runs.some((r) => r.awaited === true));
    expect(awaited).toContainEqual({ kind: 'paragraph', list: 'plain', runs: [{ text: "The officers to contact are awaited from the workbook's Contacts sheet.", awaited: true }] });
  });

  it('draft: the same gaps are warnings and the draft is built', async () => {
    const workbook = await fixtureWorkbook((sheets) => {
      sheetOf(sheets, '3As').rows.length = 0;
    });
    const result = await buildPack({ workbook, workbookName: 'fixture.xlsx', month: JANUARY });
    expect(result.ok).toBe(true);
    expect(result.files.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['pack/narrative-missing', 'pack/three-as-missing']);
  });

  it('final: the complete sample builds', async () => {
    const sample = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));
    const result = await buildPack({ workbook: sample, workbookName: 'example-icb.xlsx', month: JANUARY, mode: 'final' });
    // nothing is missing; the only messages are the sample's six changed processes, with the rebase to set
    expect(result.diagnostics.filter((d) => d.rule !== 'spc/suggest-rebase')).toEqual([]);
    expect(result.diagnostics.map((d) => d.place === undefined ? '' : `${d.place.sheet}!${d.place.row}`)).toEqual(['Metrics!7', 'Metrics!11', 'Metrics!20', 'Metrics!31', 'Metrics!38', 'Metrics!39']);
    expect(result.ok).toBe(true);
  });
});
