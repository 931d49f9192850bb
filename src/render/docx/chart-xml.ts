import type { ChartMarkerView, ChartSeriesView } from '../../compose/charts/chart-series.js';
import type { ChartView } from '../../compose/cover-report/cover-report-view.js';
import { columnLetters } from '../../diagnostics/place.js';

/*
 * A cover report chart as the parts of a Word document: the chart part (DrawingML chart,
 * `c:chartSpace`), the workbook embedded behind it, and the drawing that places it in a paragraph.
 * Written as the docx package (9.15) writes a line chart with the options packsmith gives it, byte
 * for byte, so that a chart reads and looks the same in Word and LibreOffice as it did: building
 * the package's object model for 46 charts took two thirds of the report's time.
 */

/** Text and attribute values escaped as the docx package escapes them: the five entities, and control characters left out. */
function escaped(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const EMUS_PER_POINT = 12_700;
const EMUS_PER_PIXEL = 9_525;
const SHEET = 'Sheet1';

/** How a chart is drawn in the report: its labels' font, its size in pixels, its text sizes. */
export interface ChartLook {
  readonly font: string;
  readonly width: number;
  readonly height: number;
}

/** Point sizes of the chart's text: the axes' labels and title, and the legend. */
const TEXT_SIZE = 8;
const CATEGORY_LABEL_ROTATION = -45;

/** A column's letters from its 0-based index, as the chart's formulas name it. */
function columnName(column: number): string {
  return columnLetters(column + 1);
}

/** `Sheet1!$B$1`, or `Sheet1!$B$2:$B$25` for more than one row. */
function reference(column: number, firstRow: number, rows = 1): string {
  const first = `$${columnName(column)}$${firstRow + 1}`;
  return rows === 1 ? `${SHEET}!${first}` : `${SHEET}!${first}:$${columnName(column)}$${firstRow + rows}`;
}

/** A drawn series: a line of the view, or the points of one kind a line draws unlike the rest. */
interface DrawnSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
  readonly width: number;
  /** Absent for a series of points: no pattern is written for its line. */
  readonly dash?: string;
  readonly marker?: { readonly symbol: string; readonly size: number };
  readonly inLegend: boolean;
}

function lineSeries(view: ChartSeriesView): DrawnSeries {
  const { marker } = view;
  return { name: view.name, values: view.values, colour: view.colour, width: view.width, dash: view.dash, inLegend: view.inLegend, ...(marker.symbol === 'none' ? {} : { marker: { symbol: marker.symbol, size: marker.size } }) };
}

/**
 * The points a series draws unlike the rest (special causes), each kind a series of its own over the
 * line, with values at its points only, named for the legend ("Improvement"), its marker in the
 * point's colour: Word draws every point of a series alike.
 */
function pointSeries(view: ChartSeriesView): DrawnSeries[] {
  const kinds = [...new Set(view.points.map((p) => p.label))];
  return kinds.flatMap((label) => {
    const points = view.points.filter((p) => p.label === label);
    const first = points[0];
    if (first === undefined) return [];
    const at = new Set(points.map((p) => p.index));
    const marker: ChartMarkerView = first.marker;
    return [{ name: label, values: view.values.map((v, i) => (at.has(i) ? v : null)), colour: marker.fill, width: view.width, inLegend: true, marker: { symbol: marker.symbol === 'none' ? 'circle' : marker.symbol, size: marker.size } }];
  });
}

/** Every series the chart draws, in order: each line, then the special points it marks. */
function drawnSeries(chart: ChartView): DrawnSeries[] {
  return chart.series.flatMap((s) => [lineSeries(s), ...pointSeries(s)]);
}

const value = (name: string, val: string | number): string => `<${name} val="${typeof val === 'string' ? escaped(val) : val}"/>`;
const solidFill = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
/** Text at `percent` of the way from the background to the theme's text colour. */
const themeText = (percent: number): string => `<a:solidFill><a:schemeClr val="tx1"><a:lumMod val="${percent * 1000}"/><a:lumOff val="${(100 - percent) * 1000}"/></a:schemeClr></a:solidFill>`;
const NO_SHAPE = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr>';
const AXIS_LINE = `<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr">${themeText(15)}<a:round/></a:ln>`;

function textRunProperties(font: string, size: number): string {
  return `<a:pPr><a:defRPr sz="${Math.round(size * 100)}" b="0" i="0" u="none" strike="noStrike" kern="1200" baseline="0">${themeText(65)}<a:latin typeface="${escaped(font)}"/><a:ea typeface="+mn-ea"/><a:cs typeface="${escaped(font)}"/></a:defRPr></a:pPr>`;
}

function bodyProperties(rotation: number): string {
  return `<a:bodyPr rot="${rotation}" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/>`;
}

function textProperties(font: string, rotation: number): string {
  return `<c:txPr>${bodyProperties(rotation)}<a:lstStyle/><a:p>${textRunProperties(font, TEXT_SIZE)}<a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function textPoints(points: readonly string[]): string {
  return points.map((point, i) => `<c:pt idx="${i}"><c:v>${escaped(point)}</c:v></c:pt>`).join('');
}

function markerXml(series: DrawnSeries): string {
  if (series.marker === undefined) return '<c:marker><c:symbol val="none"/></c:marker>';
  const shape = `<c:spPr>${solidFill(series.colour)}<a:ln w="9525">${solidFill(series.colour)}</a:ln><a:effectLst/></c:spPr>`;
  return `<c:marker>${value('c:symbol', series.marker.symbol)}${value('c:size', Math.round(series.marker.size))}${shape}</c:marker>`;
}

function seriesXml(series: DrawnSeries, index: number, categories: readonly string[]): string {
  const column = index + 1;
  const dash = series.dash === undefined ? '' : value('a:prstDash', series.dash);
  const line = `<a:ln w="${Math.round(series.width * EMUS_PER_POINT)}" cap="rnd">${solidFill(series.colour)}${dash}<a:round/></a:ln>`;
  const points = series.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`)).join('');
  return (
    `<c:ser>${value('c:idx', index)}${value('c:order', index)}` +
    `<c:tx><c:strRef><c:f>${reference(column, 0)}</c:f><c:strCache><c:ptCount val="1"/>${textPoints([series.name])}</c:strCache></c:strRef></c:tx>` +
    `<c:spPr>${line}<a:effectLst/></c:spPr>${markerXml(series)}` +
    `<c:cat><c:strRef><c:f>${reference(0, 1, categories.length)}</c:f><c:strCache><c:ptCount val="${categories.length}"/>${textPoints(categories)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${reference(column, 1, categories.length)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${categories.length}"/>${points}</c:numCache></c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

/** The value axis' title, reading from bottom to top. */
function axisTitle(text: string, font: string): string {
  const rotation = -5_400_000;
  const paragraphs = text
    .split('\n')
    .map((line) => `<a:p>${textRunProperties(font, TEXT_SIZE)}<a:r><a:rPr lang="en-US"/><a:t>${escaped(line)}</a:t></a:r></a:p>`)
    .join('');
  return `<c:title><c:tx><c:rich>${bodyProperties(rotation)}<a:lstStyle/>${paragraphs}</c:rich></c:tx><c:overlay val="0"/>${NO_SHAPE}${textProperties(font, rotation)}</c:title>`;
}

function axisEnd(font: string, rotation: number, line: string, crossAxis: number): string {
  return `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:noFill/>${line}<a:effectLst/></c:spPr>${textProperties(font, rotation)}${value('c:crossAx', crossAxis)}<c:crosses val="autoZero"/>`;
}

function categoryAxis(font: string): string {
  return (
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    axisEnd(font, Math.round(CATEGORY_LABEL_ROTATION * 60_000), AXIS_LINE, 2) +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

function valueAxis(chart: ChartView, font: string): string {
  const { minimum, maximum, interval, numberFormat, title } = chart.valueAxis;
  const scaling = `<c:orientation val="minMax"/>${maximum === undefined ? '' : value('c:max', String(maximum))}${minimum === undefined ? '' : value('c:min', String(minimum))}`;
  const gridlines = `<c:majorGridlines><c:spPr>${AXIS_LINE}<a:effectLst/></c:spPr></c:majorGridlines>`;
  return (
    `<c:valAx><c:axId val="2"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="l"/>${gridlines}${title === undefined ? '' : axisTitle(title, font)}` +
    `<c:numFmt formatCode="${escaped(numberFormat)}" sourceLinked="0"/>${axisEnd(font, -60_000_000, '<a:ln><a:noFill/></a:ln>', 1)}` +
    `<c:crossBetween val="between"/>${interval === undefined ? '' : value('c:majorUnit', String(interval))}</c:valAx>`
  );
}

/** The legend below the plot, without the entries of lines it already names (a lower limit beside the upper). */
function legend(series: readonly DrawnSeries[], font: string): string {
  const hidden = new Set(series.filter((s) => !s.inLegend).map((s) => s.name));
  const entries = series.map((s, i) => (hidden.has(s.name) ? `<c:legendEntry>${value('c:idx', i)}<c:delete val="1"/></c:legendEntry>` : '')).join('');
  return `<c:legend><c:legendPos val="b"/>${entries}<c:overlay val="0"/>${NO_SHAPE}${textProperties(font, 0)}</c:legend>`;
}

/** The chart part (`word/charts/chartN.xml`); `workbook`: the relationship id of its embedded workbook. */
export function chartPartXml(chart: ChartView, font: string, workbook: string): string {
  const series = drawnSeries(chart);
  const markers = series.some((s) => s.marker !== undefined) ? '<c:marker val="1"/>' : '';
  const dataLabels = '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const lineChart = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.map((s, i) => seriesXml(s, i, chart.categories)).join('')}${dataLabels}${markers}<c:axId val="1"/><c:axId val="2"/></c:lineChart>`;
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELATIONSHIPS_NS}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>${lineChart}${categoryAxis(font)}${valueAxis(chart, font)}${NO_SHAPE}</c:plotArea>` +
    `${legend(series, font)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill>${AXIS_LINE}<a:effectLst/></c:spPr>` +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
    `<c:externalData r:id="${workbook}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}

/** The chart in a paragraph: a drawing inline with the text, its alt text on it; `relationship`: the id of the chart part. */
export function chartDrawingXml(chart: ChartView, look: ChartLook, relationship: string): string {
  const name = escaped(chart.name);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${Math.round(look.width * EMUS_PER_PIXEL)}" cy="${Math.round(look.height * EMUS_PER_PIXEL)}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="0" name="${name}" descr="${escaped(chart.altText)}" title="${name}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${RELATIONSHIPS_NS}" r:id="${relationship}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

/** The embedded workbook's sheet: the series' names in row 1 from B, the categories in column A from row 2, each series' values below its name. */
function sheetRows(chart: ChartView, series: readonly DrawnSeries[]): (string | number | undefined)[][] {
  return [[undefined, ...series.map((s) => s.name)], ...chart.categories.map((category, row) => [category, ...series.map((s) => s.values[row] ?? undefined)])];
}

function relationshipsXml(relationships: readonly (readonly [string, string])[]): string {
  return `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS_NS}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/** The parts of the workbook embedded behind the chart, so "Edit Data" in Word opens its figures: one sheet, its text in shared strings. */
export function chartWorkbookParts(chart: ChartView): { readonly name: string; readonly xml: string }[] {
  const rows = sheetRows(chart, drawnSeries(chart));
  const texts = rows.flat().filter((cell): cell is string => typeof cell === 'string');
  const strings = [...new Set(texts)];
  const index = new Map(strings.map((text, i) => [text, i]));
  const columns = Math.max(...rows.map((row) => row.length));
  const cells = rows.flatMap((row, r) => {
    const written = row.flatMap((cell, c) => {
      if (cell === undefined) return [];
      const ref = `${columnName(c)}${r + 1}`;
      return [typeof cell === 'string' ? `<c r="${ref}" t="s"><v>${index.get(cell) ?? 0}</v></c>` : `<c r="${ref}"><v>${String(cell)}</v></c>`];
    });
    return written.length === 0 ? [] : [`<row r="${r + 1}">${written.join('')}</row>`];
  });
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}`;
  const overrides = [
    ['/xl/workbook.xml', type('sheet.main+xml')],
    ['/xl/worksheets/sheet1.xml', type('worksheet+xml')],
    ['/xl/styles.xml', type('styles+xml')],
    ['/xl/sharedStrings.xml', type('sharedStrings+xml')],
  ];
  const sharedStrings = strings.map((text) => (/^\s|\s$/.test(text) ? `<si><t xml:space="preserve">${escaped(text)}</t></si>` : `<si><t>${escaped(text)}</t></si>`)).join('');
  return [
    {
      name: '[Content_Types].xml',
      xml: `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, contentType]) => `<Override PartName="${part}" ContentType="${contentType}"/>`).join('')}</Types>`,
    },
    { name: '_rels/.rels', xml: relationshipsXml([['officeDocument', 'xl/workbook.xml']]) },
    { name: 'xl/workbook.xml', xml: `${DECLARATION}<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}"><sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      xml: relationshipsXml([
        ['worksheet', 'worksheets/sheet1.xml'],
        ['styles', 'styles.xml'],
        ['sharedStrings', 'sharedStrings.xml'],
      ]),
    },
    { name: 'xl/worksheets/sheet1.xml', xml: `${DECLARATION}<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}"><dimension ref="A1:${columnName(columns - 1)}${rows.length}"/><sheetData>${cells.join('')}</sheetData></worksheet>` },
    {
      name: 'xl/styles.xml',
      xml: `${DECLARATION}<styleSheet xmlns="${SPREADSHEET_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    },
    { name: 'xl/sharedStrings.xml', xml: `${DECLARATION}<sst xmlns="${SPREADSHEET_NS}" count="${texts.length}" uniqueCount="${strings.length}">${sharedStrings}</sst>` },
  ];
}
