// packsmith's own Word template, drawn with the docx package; scripts/build-report-template.ts
// writes it to templates/cover-report/packsmith.dotx.
import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, SimpleField, TextRun } from 'docx';
import { DOCUMENT_LANGUAGE } from '../src/compose/document-language.js';
import { documentNumbering, documentStyles } from '../src/render/docx/document-styles.js';
import { RUNNING_HEAD_PROPERTY } from '../src/render/docx/page-furniture.js';
import { BUILT_IN_ACCENT } from '../src/render/docx/template/report-template.js';
import { wordTemplateBytes } from './word-template-package.js';

/** A4 in twips, 2 cm margins, header and footer 1 cm from the edge. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134, furniture: 567 } as const;

/** packsmith's own Word template, as bytes. */
export async function packsmithReportTemplate(): Promise<Uint8Array> {
  const document = new Document({
    title: 'packsmith cover report template',
    creator: 'packsmith',
    styles: documentStyles(BUILT_IN_ACCENT, DOCUMENT_LANGUAGE),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.furniture, footer: PAGE.furniture },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ style: 'RunningHead', alignment: AlignmentType.RIGHT, children: [new SimpleField(`DOCPROPERTY "${RUNNING_HEAD_PROPERTY}" \\* MERGEFORMAT`, RUNNING_HEAD_PROPERTY)] })] }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ style: 'RunningHead', alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: [
          new Paragraph({ heading: 'Title', text: 'Cover report template' }),
          new Paragraph({ text: 'packsmith draws the cover report on this template when the Settings sheet names no Report template. Its styles, page setup, header and footer are what the report uses; its text is not.' }),
        ],
      },
    ],
  });
  return wordTemplateBytes(document, new Date('2026-01-01T00:00:00Z'), DOCUMENT_LANGUAGE);
}
