import { Document, Packer, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { BlockView, CoverReportView, SectionView } from '../../compose/cover-report/cover-report-view.js';
import { renderChart } from './chart.js';
import { deterministicPackage } from './deterministic-package.js';
import { TEXT_WIDTH, documentNumbering, documentStyles } from './document-styles.js';
import { sectionPage } from './page-furniture.js';
import { bodyParagraph, headingBlock, headingParagraph } from './paragraphs.js';
import { renderTable } from './table.js';
import { withTableCaptions } from './table-captions.js';

/**
 * Draws the composed cover report as a Word document: view model in, DOCX bytes out, nothing
 * written anywhere. The same view always gives the same bytes.
 */
function blockContent(block: BlockView, view: CoverReportView, textWidth: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'table':
      // an empty paragraph after a table keeps the next table or heading from running into it
      return [renderTable(block, textWidth, view.colours), new Paragraph({ spacing: { after: 120 } })];
    case 'chart':
      return [renderChart(block)];
  }
}

function section(view: CoverReportView, content: SectionView, first: boolean): ISectionOptions {
  const textWidth = TEXT_WIDTH[content.orientation];
  return {
    ...sectionPage(view, content.orientation),
    children: [...(first ? headingBlock(view.heading) : []), ...content.blocks.flatMap((block) => blockContent(block, view, textWidth))],
  };
}

function tableCaptions(view: CoverReportView): { title: string; description: string }[] {
  return view.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [{ title: b.title, description: b.caption }] : [])));
}

/** The cover report as DOCX bytes. */
export async function renderCoverReport(view: CoverReportView): Promise<Uint8Array> {
  const { metadata } = view;
  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.creator,
    lastModifiedBy: metadata.creator,
    description: metadata.description,
    keywords: metadata.keywords,
    styles: documentStyles(view.colours.primary, metadata.language),
    numbering: documentNumbering(),
    sections: view.sections.map((s, i) => section(view, s, i === 0)),
  });
  const bytes = await Packer.toBuffer(document);
  const captions = tableCaptions(view);
  return deterministicPackage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { date: new Date(metadata.date), language: metadata.language, editDocument: (xml) => withTableCaptions(xml, captions) });
}
