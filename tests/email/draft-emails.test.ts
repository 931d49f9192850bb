import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPack, type PackResult } from '../../src/pipeline.js';
import { fixtureWorkbook, setCell, sheetOf, type FixtureSheets } from '../fixtures/fixture-workbook.js';
import { mailboxes, parseEml, zipEntries } from './parse-eml.js';

const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;

/** The fixture with a sender, and an area name holding HTML's special characters. */
function withSenderAndMarkup(sheets: FixtureSheets): void {
  sheetOf(sheets, 'Settings').rows.push({ Setting: 'Drafts from', Value: 'performance.team@example.org' });
  setCell(sheets, 'Areas', 2, 'Name', 'Urgent & <Emergency> "Care"');
}

async function draftPack(change: (sheets: FixtureSheets) => void = withSenderAndMarkup): Promise<PackResult> {
  const result = await buildPack({ workbook: await fixtureWorkbook(change), workbookName: 'fixture.xlsx', month: JANUARY });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  return result;
}

function eml(result: PackResult, name: string): Uint8Array {
  const file = result.files.find((f) => f.name === `drafts/${name}`);
  if (file === undefined) throw new Error(`no drafts/${name} among ${result.files.map((f) => f.name).join(', ')}`);
  return file.bytes;
}

describe('drafts to authors', () => {
  it('one .eml per author, named from the author, parsed back: recipient, sender, subject, unsent mark, fixed date', async () => {
    const result = await draftPack();
    expect(result.files.filter((f) => f.name.startsWith('drafts/')).map((f) => f.name)).toEqual(['drafts/head-of-urgent-care.eml', 'drafts/performance-lead.eml', 'drafts/narrative-return-2026-01-uc.xlsx', 'drafts/narrative-return-2026-01-perf.xlsx']);
    const mail = await parseEml(eml(result, 'head-of-urgent-care.eml'));
    expect(mailboxes(mail.to)).toEqual(['Head of Urgent Care <urgent.care@example.org>']);
    expect(mailboxes(mail.from)).toEqual([' <performance.team@example.org>']);
    expect(mail.subject).toBe('Draft January 2026 pack for the Quality and Performance Committee: Urgent & <Emergency> "Care", narrative due 22 January');
    expect(mail.headers.get('x-unsent')).toBe('1');
    // the pack's date (its meeting's), as every document of the pack
    expect(mail.date?.toISOString()).toBe('2026-02-05T09:00:00.000Z');
    expect(mail.messageId).toMatch(/^<packsmith\.2026-01\.head-of-urgent-care\.[0-9a-f]{24}@example\.org>$/);
  });

  it('the text body lists the metrics with rating words and movement, the narrative awaited and the deadline', async () => {
    const result = await draftPack();
    const elective = await parseEml(eml(result, 'performance-lead.eml'));
    expect(elective.text).toContain('Dear Performance Lead,');
    expect(elective.text).toContain('- 52 week waits (Dec-25, ICB): 2,540 against a plan of 1,396. Rating: Red (more than 5% from plan). Since the previous pack: newly rated.');
    expect(elective.text).toContain('The pack still awaits your narrative for Elective Care: the draft shows "[Narrative awaited from Senior Performance Manager]" in its place.');
    expect(elective.text).toContain('by Thursday 22 January 2026 (10 working days before the committee meets on Thursday 5 February 2026)');
    const urgent = await parseEml(eml(result, 'head-of-urgent-care.eml'));
    expect(urgent.text).toContain('Your narrative is in the draft.');
    expect(urgent.text).toContain('Rating: Green (plan met)');
    expect(urgent.text).toContain('Narrative: given.');
  });

  it('the HTML body escapes workbook text, and gives each rating as a word in a table with headers', async () => {
    const result = await draftPack();
    const mail = await parseEml(eml(result, 'head-of-urgent-care.eml'));
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toMatch(/<h2 style="[^"]*color: #005EB8;[^"]*">Urgent &amp; &lt;Emergency&gt; &quot;Care&quot;<\/h2>/);
    expect(html).not.toContain('<Emergency>');
    expect(html).toContain('<th scope="col"');
    expect(html).toMatch(/background-color: #00A499; color: #000000; font-weight: bold;">Green <span/);
    expect(html).toContain('<html lang="en">');
  });

  it('attaches the draft DOCX and PPTX and the author\'s return workbook, which open as documents', async () => {
    const result = await draftPack();
    const mail = await parseEml(eml(result, 'performance-lead.eml'));
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['quality-and-performance-committee-cover-report-2026-01.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['quality-and-performance-committee-3as-pack-2026-01.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['narrative-return-2026-01-perf.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const [docx, pptx, returnWorkbook] = mail.attachments;
    expect(await zipEntries(returnWorkbook?.content ?? new Uint8Array())).toContain('xl/workbook.xml');
    expect(await zipEntries(docx?.content ?? new Uint8Array())).toContain('word/document.xml');
    expect(await zipEntries(pptx?.content ?? new Uint8Array())).toContain('ppt/presentation.xml');
    // The attachments are the very files written beside the drafts.
    expect(Buffer.compare(docx?.content ?? Buffer.alloc(0), Buffer.from(result.files[1]?.bytes ?? []))).toBe(0);
    const onDisk = result.files.find((f) => f.name === 'drafts/narrative-return-2026-01-perf.xlsx');
    expect(Buffer.compare(returnWorkbook?.content ?? Buffer.alloc(0), Buffer.from(onDisk?.bytes ?? []))).toBe(0);
    expect(mail.text).toContain('- quality-and-performance-committee-cover-report-2026-01.docx: the draft cover report (Word)');
    expect(mail.text).toContain('- narrative-return-2026-01-perf.xlsx: your narrative return workbook: update it and send it back');
  });

  it('the same workbook gives the same bytes', async () => {
    const [a, b] = [await draftPack(), await draftPack()];
    expect(Buffer.from(eml(a, 'performance-lead.eml')).equals(Buffer.from(eml(b, 'performance-lead.eml')))).toBe(true);
  });

  it('without "Drafts from" a draft has no sender; without a meeting it has no deadline, and a warning says so', async () => {
    const result = await draftPack((sheets) => {
      sheetOf(sheets, 'Meetings').rows.splice(1, 1);
    });
    expect(result.diagnostics.filter((d) => d.rule === 'drafts/no-deadline').map((d) => formatDiagnostic(d))).toEqual([
      'Meetings: warning: the drafts to authors give no date to return their narrative by, as there is no meeting date for January 2026; add it to the Meetings sheet [drafts/no-deadline]',
    ]);
    const mail = await parseEml(eml(result, 'performance-lead.eml'));
    expect(mail.from).toBeUndefined();
    expect(mail.subject).toBe('Draft January 2026 pack for the Quality and Performance Committee: Elective Care');
    expect(mail.text).toContain('write your narrative in the return workbook attached (one bullet a line), and send it back as soon as you can.');
    expect(mail.text).not.toContain('working days');
  });

  it('a final pack has no drafts', async () => {
    const result = await buildPack({ workbook: await fixtureWorkbook((sheets) => sheetOf(sheets, 'Narrative').rows.push({ Month: '2026-01', Area: 'ELEC', 'Updates since previous month': 'Done' })), workbookName: 'fixture.xlsx', month: JANUARY, mode: 'final' });
    expect(result.ok).toBe(true);
    expect(result.drafts).toBeUndefined();
    expect(result.files.some((f) => f.name.startsWith('drafts/'))).toBe(false);
  });
});
