import type { ValueAxis } from '../charts/chart-axis.js';
import type { ChartSeriesView } from '../charts/chart-series.js';
import type { DocumentLanguage } from '../document-language.js';
import type { DocumentMode } from '../document-options.js';

/**
 * The cover report as the renderer draws it: plain, JSON-serialisable data, already in words and
 * printed figures, so the renderer decides nothing but the look. Snapshot it to review the paper's
 * wording without opening Word.
 */
export interface CoverReportView {
  readonly mode: DocumentMode;
  readonly metadata: CoverReportMetadata;
  /** Hex colours without `#`: headings (primary) and RAG shading. */
  readonly colours: { readonly primary: string; readonly green: string; readonly amber: string; readonly red: string };
  /** The running header's text; the footer adds "Page X of Y" to it. */
  readonly runningHead: string;
  /** DRAFT across every page, in draft mode only. */
  readonly watermark?: string;
  readonly heading: HeadingBlockView;
  /** The report, then the appendices; each section starts a new page in its own orientation. */
  readonly sections: readonly SectionView[];
}

export interface CoverReportMetadata {
  readonly title: string;
  readonly subject: string;
  /** The organisation that writes the report (Word's "Author"). */
  readonly creator: string;
  readonly description: string;
  readonly keywords: string;
  /** BCP 47: the language screen readers read the paper in. */
  readonly language: DocumentLanguage;
  /** ISO date-time written as the document's created and modified dates, so two runs give the same bytes. */
  readonly date: string;
}

/** The block at the top of the first page, as committee papers open. */
export interface HeadingBlockView {
  readonly agendaItem?: string;
  /** In capitals, with the trailing colon: `QUALITY, PERFORMANCE AND OUTCOMES COMMITTEE:`. */
  readonly committee: string;
  /** `5 FEBRUARY 2026` */
  readonly meetingDate: string;
  /** `REPORT OF THE CHIEF OPERATING OFFICER ...` */
  readonly reportOf: string;
  /** The report's title, in capitals. */
  readonly title: string;
}

export interface SectionView {
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly BlockView[];
}

export type BlockView = HeadingView | ParagraphView | TableView | ChartView;

export interface HeadingView {
  readonly kind: 'heading';
  /** 1: sections and appendices; 2: areas; 3: a metric in Appendix C. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

/**
 * How a paragraph is numbered. Numbered paragraphs run 1, 2, 3 ... through the whole report,
 * across headings; lettered ones (a, b ...) sit under the numbered paragraph before them and start
 * again at a under each.
 */
export type ParagraphList = 'numbered' | 'lettered' | 'bullet' | 'plain';

export interface ParagraphView {
  readonly kind: 'paragraph';
  readonly list: ParagraphList;
  readonly runs: readonly TextRunView[];
}

export interface TextRunView {
  readonly text: string;
  /** A link the run points to (background papers). */
  readonly link?: string;
  /** Marks what is still awaited in a draft, highlighted so authors see it. */
  readonly awaited?: true;
}

export type CellAlignment = 'left' | 'right' | 'centre';

export interface ColumnView {
  readonly heading: string;
  /** Share of the text width, in percent; a table's columns add up to 100. */
  readonly width: number;
  readonly align: CellAlignment;
}

export type RatingKey = 'green' | 'amber' | 'red' | 'not-rated';

export interface CellView {
  readonly text: string;
  /** A rating cell: shaded in the pack's colour, and its text is the rating's word. */
  readonly rating?: RatingKey;
  /**
   * A Making Data Count icon's circle (●) printed before the text in the icon's colour (`RRGGBB`);
   * the text is the icon's word, so the reading survives black-and-white print.
   */
  readonly icon?: { readonly colour: string };
}

export interface TableView {
  readonly kind: 'table';
  /** The table's name for screen readers (Word's alt-text title). */
  readonly title: string;
  /** What the table holds, for screen readers (the table's alt-text description). */
  readonly caption: string;
  readonly columns: readonly ColumnView[];
  readonly rows: readonly (readonly CellView[])[];
  /** Share of the text width the table takes, in percent. */
  readonly width: number;
}

/** A metric's trend as a native Word line chart: its SPC chart, or actual against plan (see `metricChart`). */
export interface ChartView {
  readonly kind: 'chart';
  /** The chart's name in Word's selection pane. */
  readonly name: string;
  /** The alt text: what the chart shows, in words, for screen readers and the PDF's tags. */
  readonly altText: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesView[];
  readonly valueAxis: ValueAxis;
}
