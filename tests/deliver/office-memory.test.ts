import { describe, expect, it } from 'vitest';
import { estimatedOfficeBytes, farPastLimit, officeEstimate } from '../../src/deliver/office-memory.js';
import { convertToPdf } from '../../src/deliver/convert-to-pdf.js';
import { writeZip, zipEntry } from '../../src/render/zip/zip-archive.js';
import type { OutputFile } from '../../src/deliver/write-files.js';

const KB = 1024;
const MB = 1024 * KB;
const DATE = new Date('2026-01-31T00:00:00Z');

/**
 * A package with `charts` chart parts under `folder` (ppt for a slide pack, word for a report) and
 * `cells` table cells: on one slide, or in the report's body.
 */
function documentWith(name: string, folder: 'ppt' | 'word', charts: number, cells = 0): OutputFile {
  const encode = (text: string) => new TextEncoder().encode(text);
  const entries = [zipEntry('[Content_Types].xml', encode('<Types/>'), true)];
  for (let n = 1; n <= charts; n += 1) entries.push(zipEntry(`${folder}/charts/chart${n}.xml`, encode('<c:chartSpace/>'), true));
  if (folder === 'ppt') {
    // cells written both ways a table cell starts, bare and with attributes
    const row = (n: number) => `<a:tr h="1">${'<a:tc><a:txBody><a:p><a:r><a:t>1</a:t></a:r></a:p></a:txBody></a:tc>'.repeat(n - Math.floor(n / 2))}${'<a:tc marL="0"><a:txBody/></a:tc>'.repeat(Math.floor(n / 2))}</a:tr>`;
    entries.push(zipEntry('ppt/slides/slide1.xml', encode(`<p:sld><a:tbl><a:tblPr/>${row(cells)}</a:tbl></p:sld>`), true));
    // a table outside the slides (a layout's) is not counted
    entries.push(zipEntry('ppt/slideLayouts/slideLayout1.xml', encode('<p:sldLayout><a:tbl><a:tr><a:tc/></a:tr></a:tbl></p:sldLayout>'), true));
  } else {
    entries.push(zipEntry('word/document.xml', encode(`<w:document><w:tbl><w:tr>${'<w:tc><w:p/></w:tc>'.repeat(cells)}</w:tr></w:tbl></w:document>`), true));
  }
  return { name, bytes: writeZip(entries, DATE) };
}

describe('the memory LibreOffice is expected to hold for a document', () => {
  it("estimates an office by the table cells and charts the package holds, a slide pack's cells far more than a report's", () => {
    expect(estimatedOfficeBytes(documentWith('a.pptx', 'ppt', 0))).toBe(300 * MB);
    expect(officeEstimate(documentWith('a.pptx', 'ppt', 200, 29_001))).toEqual({ bytes: 300 * MB + 29_001 * 96 * KB + 200 * MB, cells: 29_001, charts: 200 });
    expect(officeEstimate(documentWith('a.docx', 'word', 100, 1_800))).toEqual({ bytes: 300 * MB + 1_800 * 16 * KB + 100 * 2 * MB, cells: 1_800, charts: 100 });
    expect(estimatedOfficeBytes({ name: 'a.docx', bytes: new TextEncoder().encode('not a package') })).toBe(300 * MB);
  });
});

describe('a document far past the memory limit', () => {
  it('is one whose estimate passes twice the limit; one somewhat past it is tried', () => {
    const thousand = documentWith('slides.pptx', 'ppt', 1000, 144_000);
    const three = documentWith('slides.pptx', 'ppt', 300, 40_000);
    expect(farPastLimit([documentWith('report.docx', 'word', 500), thousand], 4096 * MB)).toEqual({ document: thousand, bytes: 300 * MB + 144_000 * 96 * KB + 1000 * MB, cells: 144_000, charts: 1000 });
    expect(farPastLimit([three], 4096 * MB)).toBeUndefined();
  });

  it('is refused before LibreOffice is started, with the memory to set (a slide pack is cut into parts instead)', async () => {
    // were LibreOffice started, this one would fail with another message
    const refused = convertToPdf([documentWith('report.docx', 'word', 4000, 10_000)], { soffice: '/bin/false', memoryBytes: 4096 * MB });
    await expect(refused).rejects.toThrow(
      'report.docx has 10,000 table cells and 4,000 charts: LibreOffice is expected to need some 8,457 MB to convert it to PDF, far more than the 4,096 MB it may use, so it was not started. Set PACKSMITH_PDF_MEMORY to 9216 if this computer has that much memory (and PACKSMITH_PDF_TIMEOUT higher: such a pack takes LibreOffice many minutes). Nothing was written.',
    );
  });
});
