import { AlignmentType, ExternalHyperlink, HeadingLevel, HighlightColor, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { HeadingBlockView, HeadingView, ParagraphView, TextRunView } from '../../compose/cover-report/cover-report-view.js';
import { NUMBERING } from './document-styles.js';

/** Headings, the report's paragraphs and the heading block, as Word paragraphs. */

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The outline level is set on the paragraph as well as in the style: it is what makes a heading a
 * PDF bookmark and an H tag in LibreOffice, and an organisation's template may define its heading
 * styles without one.
 */
export function headingParagraph(heading: HeadingView): Paragraph {
  return new Paragraph({ heading: HEADING_LEVELS[heading.level], outlineLevel: heading.level - 1, text: heading.text });
}

function textRun(run: TextRunView): ParagraphChild {
  if (run.link !== undefined) return new ExternalHyperlink({ link: run.link, children: [new TextRun({ text: run.text, style: 'Hyperlink' })] });
  // What is awaited is highlighted and bold: a highlight alone would be lost on a grey-scale print.
  if (run.awaited === true) return new TextRun({ text: run.text, highlight: HighlightColor.YELLOW, bold: true });
  return new TextRun(run.text);
}

const LISTS = {
  numbered: { reference: NUMBERING.paragraphs, level: 0 },
  lettered: { reference: NUMBERING.paragraphs, level: 1 },
  bullet: { reference: NUMBERING.bullets, level: 0 },
} as const;

export function bodyParagraph(paragraph: ParagraphView): Paragraph {
  const children = paragraph.runs.map(textRun);
  if (paragraph.list === 'plain') return new Paragraph({ children });
  // Bullets and lettered items sit close together, as a list; numbered paragraphs keep their space.
  const spacing = paragraph.list === 'numbered' ? {} : { spacing: { after: 80 } };
  return new Paragraph({ children, numbering: LISTS[paragraph.list], ...spacing });
}

/** The committee, the meeting date, "REPORT OF ..." and the title, as the first page opens. */
export function headingBlock(heading: HeadingBlockView): Paragraph[] {
  const bold = (text: string, after = 0) => new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { after } });
  return [
    ...(heading.agendaItem === undefined ? [] : [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: heading.agendaItem, bold: true })] })]),
    bold(heading.committee),
    bold(heading.meetingDate, 360),
    bold(heading.reportOf, 120),
    // The title is the document's first heading: its outline level makes it a level-1 heading for
    // screen readers, Word's navigation pane and the PDF (H1 and the first bookmark).
    new Paragraph({ heading: HeadingLevel.TITLE, outlineLevel: 0, text: heading.title }),
  ];
}
