import { describe, expect, it } from 'vitest';
import { loadPdf, savePdf } from '../../src/render/pdf/pdf-document.js';
import { pdfPageCount } from '../../src/render/pdf/pdf-pages.js';
import { stablePdf } from '../../src/render/pdf/stable-pdf.js';
import { minimalPdf } from '../support/minimal-pdf.js';

const MEETING = new Date('2026-02-05T00:00:00Z');

describe('stable PDFs', () => {
  it('two conversions that differ only in their clock stamps and identifiers give the same bytes', () => {
    const first = stablePdf(minimalPdf(3, '20261130101112', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), MEETING);
    const second = stablePdf(minimalPdf(3, '20261201235959', 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'), MEETING);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('the same holds for a PDF written again by pdf-lib, as a slide pack merged from parts is', async () => {
    const rewritten = async (stamp: string, id: string) => stablePdf(await savePdf(await loadPdf(minimalPdf(3, stamp, id))), MEETING);
    const first = Buffer.from(await rewritten('20261130101112', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    const second = Buffer.from(await rewritten('20261201235959', 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'));
    expect(first.toString('latin1')).toContain("/CreationDate (D:20260205000000Z')");
    expect(first.toString('latin1')).not.toContain('20261130');
    expect(first.equals(second)).toBe(true);
  });

  it('dates the PDF by the document, keeps every byte offset, and derives the identifier from the content', () => {
    const original = minimalPdf(2);
    const stable = Buffer.from(stablePdf(original, MEETING)).toString('latin1');
    expect(stable.length).toBe(original.length);
    expect(stable).toContain("/CreationDate(D:20260205000000Z')");
    expect(stable).toContain('<xmp:CreateDate>2026-02-05T00:00:00Z</xmp:CreateDate>');
    expect(stable).not.toContain('20261130');
    expect(stable).not.toContain('0123456789ABCDEF0123456789ABCDEF');
    const other = Buffer.from(stablePdf(minimalPdf(3), MEETING)).toString('latin1');
    const idOf = (pdf: string) => /\/ID \[ <([0-9A-F]{32})>/.exec(pdf)?.[1];
    expect(idOf(stable)).toMatch(/^[0-9A-F]{32}$/);
    expect(idOf(other)).not.toBe(idOf(stable));
  });

  it('counts pages from the page tree, not from other /Count entries such as bookmarks', () => {
    expect(pdfPageCount(minimalPdf(1))).toBe(1);
    expect(pdfPageCount(minimalPdf(12))).toBe(12);
    const withOutlines = Buffer.from(minimalPdf(2).toString('latin1').replace('%PDF-1.6\n', '%PDF-1.6\n99 0 obj\n<</Type/Outlines/Count 40>>\nendobj\n'), 'latin1');
    expect(pdfPageCount(withOutlines)).toBe(2);
    expect(pdfPageCount(Buffer.from('not a pdf'))).toBeUndefined();
  });
});
