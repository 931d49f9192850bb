import { THEME_TEXT_FONT } from '../theme-font.js';
import type { ChartMarkerView, ChartPointView, ChartSeriesView, LineChartView } from '../../../compose/slide-pack/slide-pack-view.js';
import { columnName } from './embedded-workbook.js';
import { emu } from './units.js';
import { xmlEscape } from './xml-text.js';

/**
 * A native, editable line chart (DrawingML chart part), written directly: pptxgenjs builds a
 * workbook per chart with JSZip and base64, about 5 ms a chart, and keeps a chart counter across
 * decks. A gap (no figure, suppressed) is an absent point, shown as a gap (`dispBlanksAs`).
 */
const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** The series' column in the chart's workbook: categories in A, series from B. */
function column(index: number): string {
  return columnName(index + 1);
}

function textProperties(size: number, rotation = 0): string {
  const rot = rotation === 0 ? '' : ` rot="${rotation * 60_000}" vert="horz"`;
  return `<c:txPr><a:bodyPr${rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}"><a:solidFill><a:srgbClr val="404040"/></a:solidFill><a:latin typeface="${THEME_TEXT_FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}

function markerXml(marker: ChartMarkerView): string {
  if (marker.symbol === 'none') return '<c:marker><c:symbol val="none"/></c:marker>';
  return `<c:marker><c:symbol val="${marker.symbol}"/><c:size val="${marker.size}"/><c:spPr><a:solidFill><a:srgbClr val="${marker.fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="${marker.line}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
}

function lineXml(series: ChartSeriesView): string {
  return `<a:ln w="${Math.round(series.width * 12_700)}" cap="rnd"><a:solidFill><a:srgbClr val="${series.colour}"/></a:solidFill><a:prstDash val="${series.dash}"/><a:round/></a:ln>`;
}

/**
 * A point drawn unlike its series: its own marker, the line to it as the series draws it. The
 * point's fill is repeated in its shape properties because LibreOffice colours a line chart's
 * point from there and ignores the marker's own fill; PowerPoint draws no fill on a line.
 */
function pointXml(series: ChartSeriesView, point: ChartPointView): string {
  return `<c:dPt><c:idx val="${point.index}"/>${markerXml(point.marker)}<c:bubble3D val="0"/><c:spPr>${lineXml({ ...series, colour: point.marker.fill })}</c:spPr></c:dPt>`;
}

function seriesXml(chart: LineChartView, series: ChartSeriesView, index: number): string {
  const last = chart.categories.length + 1;
  const categories = chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(c)}</c:v></c:pt>`).join('');
  const points = series.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>Sheet1!$${column(index)}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlEscape(series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr>${lineXml(series)}</c:spPr>${markerXml(series.marker)}${series.points.map((point) => pointXml(series, point)).join('')}` +
    `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${last}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>${categories}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Sheet1!$${column(index)}$2:$${column(index)}$${last}</c:f><c:numCache><c:formatCode>${xmlEscape(chart.valueFormat)}</c:formatCode><c:ptCount val="${chart.categories.length}"/>${points}</c:numCache></c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

/** Legend entries removed for lines the legend already names (a lower limit, a rebased baseline). */
function hiddenLegendEntries(chart: LineChartView): string {
  return chart.series.map((s, i) => (s.inLegend ? '' : `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`)).join('');
}

/** The chart part (`ppt/charts/chartN.xml`); its workbook is relationship rId1. */
export function chartPartXml(chart: LineChartView): string {
  const axisLine = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="888888"/></a:solidFill></a:ln></c:spPr>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>' +
    '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${chart.series.map((s, i) => seriesXml(chart, s, i)).join('')}<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisLine}${textProperties(chart.fontSize, -45)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.valueAxis.maximum}"/><c:min val="${chart.valueAxis.minimum}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${xmlEscape(chart.valueAxis.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProperties(chart.fontSize)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="${chart.valueAxis.interval}"/></c:valAx>` +
    `</c:plotArea>${chart.legend ? `<c:legend><c:legendPos val="b"/>${hiddenLegendEntries(chart)}<c:overlay val="0"/>${textProperties(chart.fontSize + 1)}</c:legend>` : ''}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProperties(chart.fontSize)}<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}

/** The chart's graphic frame on the slide, with its alt text; `relationshipId` names the chart part. */
export function chartFrameXml(chart: LineChartView, relationshipId: string, shapeId: number): string {
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${shapeId}" name="${xmlEscape(chart.name)}" descr="${xmlEscape(chart.altText)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    `<p:xfrm><a:off x="${emu(chart.x)}" y="${emu(chart.y)}"/><a:ext cx="${emu(chart.w)}" cy="${emu(chart.h)}"/></p:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relationshipId}"/></a:graphicData></a:graphic></p:graphicFrame>`
  );
}
