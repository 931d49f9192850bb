import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { CoverReportView, SectionView } from '../../compose/cover-report/cover-report-view.js';
import { FONT, PAGE } from './document-styles.js';

/**
 * What every page carries: the committee and month at the head, "Page X of Y" at the foot, and in
 * a draft the DRAFT watermark. Each section gets its own header and footer (a landscape appendix
 * needs the watermark sized to its page), with the same text, so the page numbers run on.
 */
function header(view: CoverReportView, orientation: SectionView['orientation']): Header {
  const watermark =
    view.watermark === undefined
      ? []
      : [new TextWatermark({ text: view.watermark, font: FONT, color: 'C0C0C0', opacity: 0.5, width: orientation === 'landscape' ? 620 : 440 })];
  return new Header({
    children: [new Paragraph({ style: 'RunningHead', alignment: AlignmentType.RIGHT, children: [...watermark, new TextRun(view.runningHead)] })],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'RunningHead',
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The page, margins, header and footer of a section in its orientation. */
export function sectionPage(view: CoverReportView, orientation: SectionView['orientation']): { properties: ISectionPropertiesOptions; headers: { default: Header }; footers: { default: Footer } } {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        // the docx package takes the portrait size and swaps width and height itself for landscape
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
      },
    },
    headers: { default: header(view, orientation) },
    footers: { default: footer() },
  };
}
