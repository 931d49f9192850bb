import { AlignmentType, Document, ImageRun, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { BlockView, CoverReportView, SectionView } from '../../compose/cover-report/cover-report-view.js';
import type { LogoImage, TemplateFile } from '../../model/house-style.js';
import { renderChart } from './chart.js';
import { ReportCharts } from './chart-parts.js';
import { deterministicPackage } from './deterministic-package.js';
import { documentEntries } from './document-parts.js';
import { FONT, documentNumbering, documentStyles } from './document-styles.js';
import { RUNNING_HEAD_PROPERTY, fieldValues, watermarkHeader } from './page-furniture.js';
import { bodyParagraph, headingBlock, headingParagraph } from './paragraphs.js';
import { renderTable } from './table.js';
import { withTableCaptions } from './table-captions.js';
import { applyTemplate } from './template/apply-template.js';
import { reportTemplate } from './template/report-template.js';
import { pageGeometry, textWidth, type PageGeometry } from './template/template-section.js';
import { bodyFont, findStyle, styleColour } from './template/template-styles.js';
import type { WordTemplate } from './template/word-template.js';

/**
 * Draws the composed cover report as a Word document on a Word template (the organisation's, or
 * packsmith's own): view model in, DOCX bytes out, nothing written anywhere. The same view and
 * template always give the same bytes.
 */
export interface ReportHouseStyle {
  /** The organisation's Word template, checked by `checkReportTemplate`; packsmith's own where absent. */
  readonly reportTemplate?: TemplateFile;
  /** A logo for the first page, used where no template is given (a template brings its own). */
  readonly logo?: LogoImage;
}

/**
 * How tables are drawn: the RAG shading in the pack's colours (it carries meaning), the header row
 * in the template's Heading 1 colour, borders from the template's "Table Grid" style where it has one.
 */
interface TableLook {
  readonly colours: CoverReportView['colours'];
  readonly styleId?: string;
}

/** What every section is drawn with, worked out once from the view and the template. */
interface Drawing {
  readonly view: CoverReportView;
  readonly page: PageGeometry;
  readonly tables: TableLook;
  /** The template's text font, for the charts. */
  readonly font: string;
  /** What stands above the heading block on the first page (the logo). */
  readonly opening: readonly Paragraph[];
  /** The charts, each written into the package once the document is (see chart-parts.ts). */
  readonly charts: ReportCharts;
}

function blockContent(block: BlockView, { tables, font, charts }: Drawing, width: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'table':
      // an empty paragraph after a table keeps the next table or heading from running into it
      return [renderTable(block, width, tables.colours, tables.styleId), new Paragraph({ spacing: { after: 120 } })];
    case 'chart':
      return [renderChart(block, charts, font, width)];
  }
}

/** The logo, top right of the first page, at most 4 by 2 cm, its proportions kept. */
function logoParagraph(logo: LogoImage, organisation: string): Paragraph {
  const scale = Math.min(151 / logo.widthPx, 76 / logo.heightPx);
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 240 },
    children: [
      new ImageRun({
        type: logo.type === 'jpeg' ? 'jpg' : 'png',
        data: logo.bytes,
        transformation: { width: Math.round(logo.widthPx * scale), height: Math.round(logo.heightPx * scale) },
        altText: { name: 'Logo', title: `${organisation} logo`, description: `${organisation} logo` },
      }),
    ],
  });
}

function section(drawing: Drawing, content: SectionView, first: boolean): ISectionOptions {
  const { view, page, opening } = drawing;
  const width = textWidth(page, content.orientation);
  return {
    ...(first ? watermarkHeader(view) : {}),
    children: [...(first ? [...opening, ...headingBlock(view.heading)] : []), ...content.blocks.flatMap((block) => blockContent(block, drawing, width))],
  };
}

function tableCaptions(view: CoverReportView): { title: string; description: string }[] {
  return view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [{ title: b.title, description: b.caption }] : [])));
}

function themeOf(template: WordTemplate): string | undefined {
  const part = template.documentPartOf('theme');
  return part === undefined ? undefined : template.text(part);
}

function tableLook(styles: string, colours: CoverReportView['colours']): TableLook {
  const grid = findStyle(styles, 'Table Grid', 'table');
  return { colours: { ...colours, primary: styleColour(styles, 'heading 1') ?? colours.primary }, ...(grid === undefined ? {} : { styleId: grid.id }) };
}

/** The cover report as DOCX bytes. */
export async function renderCoverReport(view: CoverReportView, style: ReportHouseStyle = {}): Promise<Uint8Array> {
  const { metadata } = view;
  const template = reportTemplate(style.reportTemplate, view.colours.primary);
  const drawing: Drawing = {
    view,
    page: pageGeometry(template.section),
    tables: tableLook(template.styles, view.colours),
    font: bodyFont(template.styles, themeOf(template)) ?? FONT,
    opening: style.logo !== undefined && style.reportTemplate === undefined ? [logoParagraph(style.logo, metadata.creator)] : [],
    charts: new ReportCharts(),
  };
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.creator,
    lastModifiedBy: metadata.creator,
    description: metadata.description,
    keywords: metadata.keywords,
    customProperties: [{ name: RUNNING_HEAD_PROPERTY, value: view.runningHead }],
    styles: documentStyles(view.colours.primary, metadata.language),
    numbering: documentNumbering(),
    sections: view.sections.map((s, i) => section(drawing, s, i === 0)),
  });
  const entries = applyTemplate(drawing.charts.addTo(await documentEntries(document), new Date(metadata.date)), {
    template,
    sections: view.sections.map((s) => s.orientation),
    language: metadata.language,
    fields: fieldValues(view),
  });
  const captions = tableCaptions(view);
  return deterministicPackage(entries, { date: new Date(metadata.date), language: metadata.language, editDocument: (xml) => withTableCaptions(xml, captions) });
}
