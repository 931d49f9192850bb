import { beforeAll, describe, expect, it } from 'vitest';
import { buildReturnWorkbook } from '../../src/returns/build-return-workbook.js';
import { convertToPdf, WITHOUT_LIBREOFFICE, type ConvertedPdf } from '../support/libreoffice.js';
import { JANUARY, mainWorkbook, modelOf, WITHOUT_CALC } from './support.js';

function flat(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe.skipIf(WITHOUT_LIBREOFFICE || WITHOUT_CALC)('LibreOffice opens the return workbook and prints it', () => {
  let pdf: ConvertedPdf;
  beforeAll(async () => {
    const bytes = await buildReturnWorkbook(await modelOf(await mainWorkbook()), JANUARY, 'UC', { deadline: '2026-01-22' });
    pdf = await convertToPdf(bytes, 'narrative-return.xlsx');
  }, 180_000);

  it('prints the About sheet first: what it is, by when, and the facts', () => {
    const about = flat(pdf.pageTexts[0]);
    expect(about).toContain('Narrative return: January 2026');
    expect(about).toContain('Return by Thursday 22 January 2026');
    expect(about).toContain('About this return (do not edit)');
    expect(about).toMatch(/Reporting month 2026-01 Author Id UC/);
  });

  it('prints the Narrative sheet with its headings and the pre-filled text', () => {
    const narrative = flat(pdf.pageTexts.slice(1).join(' '));
    expect(narrative).toContain('Month Area Updates since previous month');
    expect(narrative).toMatch(/2026-01 UEC First update Second update/);
    expect(narrative).toContain('CANC');
    for (const page of pdf.pageTexts.slice(1)) expect(flat(page)).toMatch(/^Month Area /);
  });
});
