import type { LineChartView } from '../../../compose/slide-pack/slide-pack-view.js';
import { xmlEscape } from './xml-text.js';
import { ZipWriter } from './zip-writer.js';

/**
 * The workbook embedded behind a chart, so "Edit data" in PowerPoint opens its figures: the
 * categories in column A and a column per series from B, where the chart's formulas look for
 * them, stamped with the pack's date so the bytes repeat. A gap (no figure, suppressed) is an absent cell: no
 * suppressed count can be read back from the file.
 */
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STATIC_PARTS: readonly { readonly name: string; readonly xml: string }[] = [
  {
    name: '[Content_Types].xml',
    xml: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  },
  {
    name: '_rels/.rels',
    xml: `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  },
  {
    name: 'xl/workbook.xml',
    xml: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    xml: `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  },
  {
    name: 'xl/styles.xml',
    xml: `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  },
];

/** A spreadsheet column's name from its 0-based index: 0 -> A, 26 -> AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function text(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(value)}</t></is></c>`;
}

function sheet(chart: LineChartView): string {
  const rows: string[] = [`<row r="1">${text('A1', '')}${chart.series.map((s, i) => text(`${columnName(i + 1)}1`, s.name)).join('')}</row>`];
  chart.categories.forEach((category, index) => {
    const r = index + 2;
    const values = chart.series.map((s, i) => {
      const value = s.values[index];
      return value === null || value === undefined || !Number.isFinite(value) ? '' : `<c r="${columnName(i + 1)}${r}"><v>${value}</v></c>`;
    });
    rows.push(`<row r="${r}">${text(`A${r}`, category)}${values.join('')}</row>`);
  });
  return `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** The xlsx bytes behind `chart`, stamped with `date`. */
export function chartWorkbook(chart: LineChartView, date: Date): Uint8Array {
  const parts = [...STATIC_PARTS, { name: 'xl/worksheets/sheet1.xml', xml: sheet(chart) }];
  // Stored, not deflated: the pack's own zip deflates it with everything else.
  const zip = new ZipWriter(date, { deflate: false });
  for (const part of parts) zip.add(part.name, Buffer.from(part.xml, 'utf8'));
  return zip.bytes();
}
