import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFolder, packIdentity } from '../../src/compose/pack-identity.js';
import type { Author, Meeting, MonthPeriod } from '../../src/model/pack-workbook.js';

const JANUARY: MonthPeriod = { kind: 'month', year: 2026, month: 1 };
const DECEMBER: MonthPeriod = { kind: 'month', year: 2025, month: 12 };

function identityOf(committee: string, meetings: readonly Meeting[], authors: readonly Author[] = [], month = JANUARY) {
  return packIdentity({ settings: { committee }, meetings, authors }, month);
}

const author = (id: string, name: string): Author => ({ id, name, role: name, email: `${id.toLowerCase()}@example.org` });

describe("a pack's identity", () => {
  it('final pack names: committee, meeting date and item, then the paper', () => {
    const identity = identityOf('Quality, Performance & Outcomes Committee', [{ month: JANUARY, date: '2026-02-05', agendaItem: '7.2' }]);
    expect(identity.final).toEqual({
      packModel: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-pack-model.json',
      coverReport: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-cover-report.docx',
      coverReportPdf: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-cover-report.pdf',
      slidePack: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-3as-pack.pptx',
      slidePackPdf: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-3as-pack.pdf',
      manifest: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-manifest.json',
    });
  });

  it('no item: the date alone; an item in words is made safe for every file system', () => {
    expect(identityOf('Health Overview Committee', [{ month: JANUARY, date: '2026-02-05' }]).final.coverReportPdf).toBe('health-overview-committee-2026-02-05-cover-report.pdf');
    expect(identityOf('HOSC', [{ month: JANUARY, date: '2026-02-05', agendaItem: 'Item 9 (b)/ii' }]).final.slidePack).toBe('hosc-2026-02-05-item-9-b-ii-3as-pack.pptx');
  });

  it("the pack's one date: the month's meeting, else the first day after the month", () => {
    const meetings: Meeting[] = [{ month: DECEMBER, date: '2026-01-08' }, { month: JANUARY, date: '2026-02-05' }];
    expect(identityOf('QPC', meetings).date).toBe('2026-02-05');
    expect(identityOf('QPC', meetings, [], DECEMBER).date).toBe('2026-01-08');
    expect(identityOf('QPC', []).date).toBe('2026-02-01');
    expect(identityOf('QPC', [], [], DECEMBER).date).toBe('2026-01-01');
  });

  it("the draft's names, the drafts and return workbooks beside them, and the send log", () => {
    const identity = identityOf('Quality and Performance Committee', [], [author('UC', 'Head of Urgent Care'), author('PERF', 'Performance Lead'), author('PERF2', 'Performance Lead')]);
    expect(identity.draft).toEqual({
      packModel: 'quality-and-performance-committee-pack-model-2026-01.json',
      coverReport: 'quality-and-performance-committee-cover-report-2026-01.docx',
      slidePack: 'quality-and-performance-committee-3as-pack-2026-01.pptx',
    });
    expect(['UC', 'PERF', 'PERF2'].map((id) => identity.drafts.email(id))).toEqual(['drafts/head-of-urgent-care.eml', 'drafts/performance-lead-perf.eml', 'drafts/performance-lead-perf2.eml']);
    expect(identity.drafts.returnWorkbook('UC')).toBe('drafts/narrative-return-2026-01-uc.xlsx');
    expect(identity.drafts.sendLog).toBe('drafts/send-log.json');
  });

  it('the default folder is one a committee and month, under output/; --out is taken as given', () => {
    const a = identityOf('Quality and Performance Committee', []);
    const b = identityOf('Finance & Investment Committee', []);
    expect(packFolder(a)).toBe(join('output', 'quality-and-performance-committee', '2026-01'));
    expect(packFolder(b)).toBe(join('output', 'finance-investment-committee', '2026-01'));
    expect(packFolder(a, 'papers/january')).toBe('papers/january');
  });
});
