import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * The paper's look: Arial as NHS papers use it (LibreOffice substitutes the metric-compatible
 * Liberation Sans), real Heading 1-3 styles so screen readers and the PDF's bookmarks can navigate,
 * and one numbering for the report's paragraphs so they run 1, 2, 3 ... across headings.
 */
export const FONT = 'Arial';

export const NUMBERING = { paragraphs: 'report-paragraphs', bullets: 'report-bullets' } as const;

/** Half-points, as Word measures font sizes. */
const SIZE = { body: 22, table: 18, small: 18, title: 32, heading1: 28, heading2: 24, heading3: 22 } as const;

/** Word writes the default language into styles.xml: the paper is in British English. */
export function documentStyles(primary: string, language: string): IStylesOptions {
  // the outline level is what makes a heading a PDF bookmark in LibreOffice and a navigation
  // pane entry in Word; the style's name alone is not enough for LibreOffice
  const heading = (size: number, before: number, colour: string, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: colour },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: language } },
        // the rule is explicit: LibreOffice reads a bare w:line as an exact height, which clips charts
        paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: SIZE.title, bold: true, color: primary }, paragraph: { spacing: { before: 240, after: 360 } } },
      heading1: heading(SIZE.heading1, 360, primary, 0),
      heading2: heading(SIZE.heading2, 240, primary, 1),
      heading3: heading(SIZE.heading3, 200, '000000', 2),
      hyperlink: { run: { color: '005EB8', underline: {} } },
    },
    paragraphStyles: [
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE.table },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'RunningHead',
        name: 'Running Head',
        basedOn: 'Normal',
        run: { font: FONT, size: SIZE.small, color: '425563' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** Numbered paragraphs (1., then a. under them) and bullets, indented as the reference paper. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING.paragraphs,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
          { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1_134, hanging: 567 } } } },
        ],
      },
      {
        reference: NUMBERING.bullets,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1_134, hanging: 397 } } } }],
      },
    ],
  };
}
