// Makes packsmith's own Word template, templates/cover-report/packsmith.dotx: the cover report's
// styles (Arial, Heading 1-3 and Title in NHS Blue, which the report draws in the Settings sheet's
// primary colour, Table Text), A4 with 2 cm margins, the running
// head at the top right of every page (the report's "Running head" document property) and
// "Page X of Y" at the foot. The report is drawn on it when the Settings sheet names no Report
// template, by the same steps as an organisation's own. Run: npx tsx scripts/build-report-template.ts
import { writeFileSync } from 'node:fs';
import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, SimpleField, TextRun } from 'docx';
import { DOCUMENT_LANGUAGE } from '../src/compose/document-language.js';
import { documentNumbering, documentStyles } from '../src/render/docx/document-styles.js';
import { RUNNING_HEAD_PROPERTY } from '../src/render/docx/page-furniture.js';
import { BUILT_IN_ACCENT, BUILT_IN_REPORT_TEMPLATE } from '../src/render/docx/template/report-template.js';
import { wordTemplateBytes } from './word-template-package.js';

/** A4 in twips, 2 cm margins, header and footer 1 cm from the edge. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134, furniture: 567 } as const;

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

writeFileSync(BUILT_IN_REPORT_TEMPLATE, await wordTemplateBytes(document, new Date('2026-01-01T00:00:00Z'), DOCUMENT_LANGUAGE));
process.stdout.write(`wrote ${BUILT_IN_REPORT_TEMPLATE}\n`);
