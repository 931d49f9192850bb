/**
 * A chart's series as both documents draw them: each line's colour, pattern and width, its
 * markers, and the points drawn unlike the rest (special causes). Colours are `RRGGBB`.
 */
/** A line's pattern, as DrawingML names it: `sysDash` short dashes, `lgDash` long ones. */
export type LineDash = 'solid' | 'dash' | 'sysDash' | 'sysDot' | 'lgDash';

/** A marker's shape, as DrawingML names it. */
export type MarkerSymbol = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

export interface ChartMarkerView {
  readonly symbol: MarkerSymbol;
  /** Points (2 to 72). */
  readonly size: number;
  readonly fill: string;
  readonly line: string;
}

/** One point drawn unlike the rest of its series (`c:dPt`): a special cause, in its MDC colour. */
export interface ChartPointView {
  /** The category's index. */
  readonly index: number;
  readonly marker: ChartMarkerView;
  /** What the point is, for a legend that keys points by series (`Improvement`). */
  readonly label: string;
}

export interface ChartSeriesView {
  readonly name: string;
  /** Null where there is no figure (not reported, no plan, or suppressed): a gap in the line. */
  readonly values: readonly (number | null)[];
  readonly colour: string;
  readonly dash: LineDash;
  /** The line's width, points. */
  readonly width: number;
  readonly marker: ChartMarkerView;
  /** Points marked unlike the series' own marker. */
  readonly points: readonly ChartPointView[];
  /**
   * False for a line the legend already names: the lower limit beside the upper, or the limits
   * recalculated after a rebase, drawn as a series of their own so the line steps there.
   */
  readonly inLegend: boolean;
}
