import { describe, expect, it } from 'vitest';
import { agendaFileNames } from '../../src/compose/agenda-file-names.js';

const month = { key: '2026-01', label: 'January 2026', previous: '2025-12', previousLabel: 'December 2025' };

describe('final pack file names for the agenda', () => {
  it('committee, meeting date and item, then the paper', () => {
    const names = agendaFileNames({ committee: 'Quality, Performance & Outcomes Committee', meeting: { date: '2026-02-05', agendaItem: '7.2' }, month });
    expect(names).toEqual({
      packModel: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-pack-model.json',
      coverReport: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-cover-report.docx',
      coverReportPdf: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-cover-report.pdf',
      slidePack: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-3as-pack.pptx',
      slidePackPdf: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-3as-pack.pdf',
      manifest: 'quality-performance-outcomes-committee-2026-02-05-item-7.2-manifest.json',
    });
  });

  it('no item: the date alone; an item in words is made safe for every file system', () => {
    expect(agendaFileNames({ committee: 'Health Overview Committee', meeting: { date: '2026-02-05' }, month }).coverReportPdf).toBe('health-overview-committee-2026-02-05-cover-report.pdf');
    expect(agendaFileNames({ committee: 'HOSC', meeting: { date: '2026-02-05', agendaItem: 'Item 9 (b)/ii' }, month }).slidePack).toBe('hosc-2026-02-05-item-9-b-ii-3as-pack.pptx');
  });
});
