import type { ValueAxis } from '../charts/chart-axis.js';
import type { ChartSeriesView } from '../charts/chart-series.js';
import type { DocumentLanguage } from '../document-language.js';
import type { FrameLayoutName, FramePlaceholder } from './slide-frame.js';

/**
 * The slide pack as the renderer draws it: every slide in order with its number, title, tables
 * (already paginated), text boxes (already fitted), charts, sparklines, links and alt texts.
 * Positions and sizes are in inches from the slide's top-left corner; colours are `RRGGBB`.
 * Plain data, so it can be written as JSON and snapshot-tested; the renderer decides nothing.
 */
export interface SlidePackView {
  /** The document's title property: committee, report title and month. */
  readonly title: string;
  readonly subject: string;
  readonly organisation: string;
  /** BCP 47: the language of every run of text and of the presentation itself. */
  readonly language: DocumentLanguage;
  /** The document's created and modified date (ISO), fixed by the month so the bytes repeat. */
  readonly documentDate: string;
  /** Printed along the foot of every content slide. */
  readonly footer: string;
  /** "DRAFT" on every slide of a draft; absent from a final pack. */
  readonly draftMark?: { readonly text: string; readonly fill: string; readonly colour: string };
  readonly theme: ThemeView;
  /** The template theme's typefaces: headings (the titles take theirs from the template) and all other text. */
  readonly fonts: { readonly heading: string; readonly body: string };
  /** The slide's size, inches: the template's. */
  readonly width: number;
  readonly height: number;
  /** The template's layouts the slides are drawn on: where the title, footer, slide number and draft mark sit. */
  readonly layouts: readonly LayoutView[];
  /** The logo on the title slide, where Settings names one and no slide template (which carries its own). */
  readonly logo?: PictureView;
  readonly slides: readonly SlideView[];
}

export type LayoutName = FrameLayoutName;

export interface LayoutView {
  readonly name: LayoutName;
  /** The template layout's part the slides are drawn on, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  readonly part: string;
  /** The type of the layout's title placeholder, which the slide's title fills. */
  readonly titleType: 'title' | 'ctrTitle';
  /** Where the title goes: the layout's title placeholder, less the DRAFT mark's room in a draft. */
  readonly titleBox: Box;
  /** The footer and slide number: into the layout's placeholders where it has them, else drawn in their place. */
  readonly footer?: FramePlaceholder;
  readonly slideNumber?: FramePlaceholder;
  readonly draftMarkBox?: Box;
}

/** A picture from the house style (the logo), placed; its bytes are the house style's. */
export interface PictureView extends Box {
  readonly name: string;
  readonly altText: string;
}

export interface ThemeView {
  /** The organisation's colour: title band, headings, table headers. */
  readonly primary: string;
  /** Text on the primary colour, black or white by contrast. */
  readonly onPrimary: string;
  readonly text: string;
  readonly muted: string;
  /** Panel backgrounds and table rules. */
  readonly panel: string;
  readonly rule: string;
  readonly link: string;
}

export type SlideKind =
  | 'title'
  | 'three-as-guide'
  | 'executive-summary'
  | 'contents'
  | 'performance-notes'
  | 'summary-table'
  | 'area'
  | 'metric-chart'
  | 'finance'
  | 'divider'
  | 'appendix';

export interface SlideView {
  /** 1-based, as printed in the corner and as links address it. */
  readonly number: number;
  readonly kind: SlideKind;
  readonly layout: LayoutName;
  /** Whom links to this slide name: `summary`, `area:UEC`, `chart:AE4HR`. */
  readonly anchors: readonly string[];
  /** The title placeholder's text and the size it fits at. */
  readonly title: { readonly text: string; readonly fontSize: number };
  /** Items in reading order, after the title. */
  readonly items: readonly SlideItemView[];
}

export type SlideItemView = TextBoxView | TableView | LineChartView | SparklineView | IconView;

/** A place on the slide, in inches. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type Align = 'left' | 'center' | 'right';

/** A link to another slide; `slide` is filled in once every slide has its number. */
export interface LinkView {
  readonly anchor: string;
  readonly slide: number;
}

export interface RunView {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour?: string;
  readonly link?: LinkView;
}

export interface ParagraphView {
  readonly runs: readonly RunView[];
  readonly bullet: boolean;
  /** Indented as a bullet is; a bullet continued from the previous box is indented without one. */
  readonly indented: boolean;
  /** Points after the paragraph. */
  readonly spaceAfter: number;
  readonly align: Align;
}

/** How a text box's content measured against its box: the proof that it does not overflow. */
export interface FittedText {
  readonly lines: number;
  /** Inches, insets included; never more than the box's height. */
  readonly height: number;
}

export interface TextBoxView extends Box {
  readonly kind: 'text';
  readonly name: string;
  readonly paragraphs: readonly ParagraphView[];
  readonly fontSize: number;
  /** Exact line pitch in points, as measured. */
  readonly lineSpacing: number;
  readonly colour: string;
  readonly fill?: string;
  readonly valign: 'top' | 'middle';
  /** Inset on every side, inches. */
  readonly inset: number;
  readonly fitted: FittedText;
}

export interface TableCellView {
  readonly runs: readonly RunView[];
  readonly align: Align;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly colour?: string;
  /** Inches of room left before the text (beyond the table's inset) for an icon drawn there. */
  readonly indent?: number;
}

export interface TableRowView {
  /** Inches: tall enough for the cell with most lines. */
  readonly h: number;
  readonly cells: readonly TableCellView[];
}

export interface TableView {
  readonly kind: 'table';
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Column widths in inches; the table is as wide as their sum. */
  readonly columns: readonly number[];
  readonly fontSize: number;
  readonly lineSpacing: number;
  /** Cell insets, inches. */
  readonly insetX: number;
  readonly insetY: number;
  /** Every other body row is shaded this colour (where a cell has no fill of its own). */
  readonly band: string;
  /** Inches: the header row plus every body row. */
  readonly h: number;
  /** Repeated on every page of a paginated table; marked as the header row in the file. */
  readonly header: TableRowView;
  readonly rows: readonly TableRowView[];
}

export type { ChartMarkerView, ChartPointView, ChartSeriesView, LineDash } from '../charts/chart-series.js';

export interface LineChartView extends Box {
  readonly kind: 'line-chart';
  readonly name: string;
  readonly altText: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesView[];
  /** Excel number format of the figures: `0.0%`, `#,##0`, `[h]:mm:ss`. */
  readonly valueFormat: string;
  /** The value axis: fitted to the lines, on round steps (see `valueAxisFor`). */
  readonly valueAxis: ValueAxis;
  /** The axis labels' size, points; the legend's is one more. */
  readonly fontSize: number;
  /** Whether the chart draws its own legend; a slide of small charts has one key for them all. */
  readonly legend: boolean;
}

/** A small trend line drawn as a shape: each segment a run of points without a gap. */
export interface SparklineView extends Box {
  readonly kind: 'sparkline';
  readonly name: string;
  readonly altText: string;
  readonly colour: string;
  /** Points in inches from the sparkline's own top-left corner. */
  readonly segments: readonly (readonly { readonly x: number; readonly y: number }[])[];
}

/**
 * A Making Data Count icon as a native shape: a circle in the icon's colour with its letter, beside
 * the word in the table cell under it (the shape's alt text says the same).
 */
export interface IconView extends Box {
  readonly kind: 'icon';
  readonly name: string;
  readonly altText: string;
  readonly fill: string;
  /** H, L, P, F, ? or none. */
  readonly letter: string;
  readonly letterColour: string;
  readonly fontSize: number;
}
