import { describe, expect, it } from 'vitest';
import { conversionBatches, estimatedOfficeBytes, farPastLimit } from '../../src/deliver/conversion-batches.js';
import { convertToPdf } from '../../src/deliver/convert-to-pdf.js';
import { writeZip, zipEntry } from '../../src/render/zip/zip-archive.js';
import type { OutputFile } from '../../src/deliver/write-files.js';

const MB = 1024 * 1024;
const DATE = new Date('2026-01-31T00:00:00Z');

/** A package with `charts` chart parts under `folder` (ppt for a slide pack, word for a report). */
function documentWith(name: string, folder: 'ppt' | 'word', charts: number): OutputFile {
  const entries = [zipEntry('[Content_Types].xml', new TextEncoder().encode('<Types/>'), true)];
  for (let n = 1; n <= charts; n += 1) entries.push(zipEntry(`${folder}/charts/chart${n}.xml`, new TextEncoder().encode('<c:chartSpace/>'), true));
  return { name, bytes: writeZip(entries, DATE) };
}

describe('which documents LibreOffice converts side by side', () => {
  it("estimates an office by the charts the package holds, a slide pack's far more than a report's", () => {
    expect(estimatedOfficeBytes(documentWith('a.pptx', 'ppt', 0))).toBe(300 * MB);
    expect(estimatedOfficeBytes(documentWith('a.pptx', 'ppt', 200))).toBe(300 * MB + 200 * 16 * MB);
    expect(estimatedOfficeBytes(documentWith('a.docx', 'word', 100))).toBe(300 * MB + 100 * 2 * MB);
    expect(estimatedOfficeBytes({ name: 'a.docx', bytes: new TextEncoder().encode('not a package') })).toBe(300 * MB);
  });

  it('a small pack: both documents at once', () => {
    const report = documentWith('report.docx', 'word', 25);
    const slides = documentWith('slides.pptx', 'ppt', 60);
    expect(conversionBatches([report, slides], 4096 * MB).map((b) => b.map((d) => d.name))).toEqual([['report.docx', 'slides.pptx']]);
  });

  it('the 200-metric pack (100 charts in the report, 200 on the slides): both at once within 4 GB', () => {
    const report = documentWith('report.docx', 'word', 100);
    const slides = documentWith('slides.pptx', 'ppt', 200);
    expect(conversionBatches([report, slides], 4096 * MB).map((b) => b.map((d) => d.name))).toEqual([['report.docx', 'slides.pptx']]);
  });

  it('a larger pack: one after the other, so the peak is one office, not both', () => {
    const report = documentWith('report.docx', 'word', 110);
    const slides = documentWith('slides.pptx', 'ppt', 220);
    expect(conversionBatches([report, slides], 4096 * MB).map((b) => b.map((d) => d.name))).toEqual([['report.docx'], ['slides.pptx']]);
  });

  it('a document over the limit on its own still goes, alone, for the limit to decide', () => {
    const slides = documentWith('slides.pptx', 'ppt', 300);
    expect(conversionBatches([slides], 1024 * MB)).toHaveLength(1);
  });
});

describe('a document far past the memory limit', () => {
  it('is one whose estimate passes twice the limit; one somewhat past it is tried', () => {
    const thousand = documentWith('slides.pptx', 'ppt', 1000);
    const three = documentWith('slides.pptx', 'ppt', 300);
    expect(farPastLimit([documentWith('report.docx', 'word', 500), thousand], 4096 * MB)).toEqual({ document: thousand, bytes: 300 * MB + 1000 * 16 * MB, charts: 1000 });
    expect(farPastLimit([three], 4096 * MB)).toBeUndefined();
  });

  it('is refused before LibreOffice is started, with the memory to set', async () => {
    // were LibreOffice started, this one would fail with another message
    const refused = convertToPdf([documentWith('pack.pptx', 'ppt', 1000)], { soffice: '/bin/false', memoryBytes: 4096 * MB });
    await expect(refused).rejects.toThrow(
      'pack.pptx has 1,000 charts: LibreOffice is expected to need some 16,300 MB to convert it to PDF, far more than the 4,096 MB it may use, so it was not started. Set PACKSMITH_PDF_MEMORY to 16384 if this computer has that much memory (and PACKSMITH_PDF_TIMEOUT higher: such a pack takes LibreOffice many minutes). Nothing was written.',
    );
  });
});

