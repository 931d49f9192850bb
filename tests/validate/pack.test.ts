import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack } from '../../src/pipeline.js';
import { fixtureWorkbook, setCell } from '../fixtures/fixture-workbook.js';
import { addRow, messagesFor } from './messages.js';

const JANUARY_2026 = { kind: 'month', year: 2026, month: 1 } as const;

async function packFor(bytes: Uint8Array, month: { kind: 'month'; year: number; month: number } = JANUARY_2026) {
  const result = await buildPack({ workbook: bytes, workbookName: 'fixture.xlsx', month });
  return { ...result, messages: result.diagnostics.map((d) => formatDiagnostic(d)) };
}

describe('the pack for a month', () => {
  test('a month that has no data', async () => {
    const result = await packFor(await fixtureWorkbook(), { kind: 'month', year: 2024, month: 1 });
    expect(result.messages).toEqual([
      'the workbook has nothing for January 2024: no meeting, narrative, 3As or finance rows for that month and no actuals in it (its actuals run from Nov-25 to Dec-25); check the reporting month [pack/month-without-data]',
    ]);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
  });

  test('warnings do not stop a draft: an area without narrative this month', async () => {
    const result = await packFor(await fixtureWorkbook());
    expect(result.messages).toEqual([
      'Narrative: warning: no narrative for Elective Care for January 2026 yet (awaited from Senior Performance Manager) [pack/narrative-missing]',
    ]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.name)).toEqual([
      'quality-and-performance-committee-pack-model-2026-01.json',
      'quality-and-performance-committee-cover-report-2026-01.docx',
      'quality-and-performance-committee-3as-pack-2026-01.pptx',
      'drafts/head-of-urgent-care.eml',
      'drafts/performance-lead.eml',
      'drafts/narrative-return-2026-01-uc.xlsx',
      'drafts/narrative-return-2026-01-perf.xlsx',
    ]);
  });

  test('a workbook with errors gives no files', async () => {
    const result = await packFor(await fixtureWorkbook((sheets) => setCell(sheets, 'Values', 3, 'Actual', 'TBC')));
    expect(result.messages).toEqual(['Values!D3: the actual must be a percentage like 57.3% or \'*\', got "TBC" [model/bad-number]']);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.model).toBeUndefined();
  });

  test('a file that cannot be read gives no files', async () => {
    const result = await packFor(new Uint8Array(0));
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
  });
});

describe('every problem at once', () => {
  test('errors across sheets are all reported, sorted by sheet order, then row, then column', async () => {
    // Made in an order unlike the sheets', to show that the report is sorted.
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Finance', 2, 'YTD target', 'TBC');
      setCell(sheets, '3As', 2, 'Box', 'Alarm');
      setCell(sheets, 'Narrative', 2, 'Area', 'CANCER');
      setCell(sheets, 'Values', 3, 'Plan', 'TBC');
      setCell(sheets, 'Values', 3, 'Level', 'TRUST');
      setCell(sheets, 'Values', 2, 'Actual', 'TBC');
      setCell(sheets, 'Values', 6, 'Actual', -3);
      setCell(sheets, 'Metrics', 4, 'Direction', 'up');
      setCell(sheets, 'Areas', 3, 'Author', 'NOBODY');
      setCell(sheets, 'Authors', 2, 'Email', 'nobody');
      setCell(sheets, 'Levels', 3, 'Name', 'Example\nAcute Trust');
      setCell(sheets, 'Settings', 6, 'Value', '2025-26');
      addRow(sheets, 'Values', { Metric: 'AE5', Level: 'ICB', Period: 'Q3' });
    });
    expect(messages).toEqual([
      'Settings!B6: the financial year must be written like 2025/26, got "2025-26" [model/bad-financial-year]',
      'Levels!B3: the level name must be on one line; remove the line break (Alt+Enter in Excel) from "Example ↵ Acute Trust" [model/line-break]',
      'Authors!D2: "nobody" is not an e-mail address like name@example.org [model/bad-email]',
      'Areas!C3: no author has the Id "NOBODY"; use an Id from the Authors sheet (UC, PERF) [model/unknown-author]',
      'Metrics!G4: the direction must be one of higher is better; lower is better; neither, got "up" [model/bad-choice]',
      'Values!D2: the actual must be a percentage like 57.3% or \'*\', got "TBC" [model/bad-number]',
      'Values!B3: no level has the Id "TRUST"; use an Id from the Levels sheet (ICB, ACUTE) [model/unknown-level]',
      'Values!E3: the plan must be a percentage like 57.3%, got "TBC" [model/bad-number]',
      'Values!D6: the actual is a count, so it must be a whole number of 0 or more, got -3 [model/bad-count]',
      'Values!A7: no metric has the Id "AE5"; use an Id from the Metrics sheet (AE4, HANDOVER, WL52) [model/unknown-metric]',
      'Values!C7: "Q3" needs its financial year, e.g. 2025/26 Q3 [model/bad-period]',
      'Narrative!B2: no area has the Id "CANCER"; use an Id from the Areas sheet (UEC, ELEC) [model/unknown-area]',
      `'3As'!B2: the box must be one of Alert; Assure; Advise; Update, risk and learning, got "Alarm" [model/bad-choice]`,
      'Finance!F2: the YTD target must be an amount in £m like 85.65, got "TBC" [model/bad-number]',
    ]);
  });
});
