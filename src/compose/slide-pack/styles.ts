import type { ComposeContext } from './slide-draft.js';
import type { TableStyle } from './table-layout.js';
import { textStyle, type TextStyle } from './text-flow.js';

/** The type sizes of the pack, in points. */
export const TABLE_TEXT: TextStyle = textStyle(9);
/** One size for every area's narrative panels: the committee reads them at arm's length. */
export const NARRATIVE_TEXT: TextStyle = textStyle(10);

/** A table in the pack's house style; `minRowHeight` makes room for a sparkline. */
export function tableStyle(ctx: Pick<ComposeContext, 'palette' | 'frame'>, minRowHeight = 0): TableStyle {
  const { palette } = ctx;
  return {
    text: TABLE_TEXT,
    insetX: 0.05,
    insetY: 0.03,
    minRowHeight,
    maxRowHeight: ctx.frame.layouts.content.body.h / 2,
    headerFill: palette.theme.primary,
    headerColour: palette.theme.onPrimary,
    band: palette.theme.panel,
  };
}
