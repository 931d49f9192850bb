import { linkRun, paragraph, run } from './rich-text.js';
import type { ComposeContext } from './slide-draft.js';
import type { Box, RunView, TextBoxView } from './slide-pack-view.js';
import { shrinkToFit } from './shrink-to-fit.js';

/** The strip along the bottom of the body that holds "Back to summary" and similar links. */
export const LINK_ROW_HEIGHT = 0.3;
export function linkRowBox(body: Box): Box {
  return { x: body.x, y: body.y + body.h - LINK_ROW_HEIGHT, w: body.w, h: LINK_ROW_HEIGHT };
}

/** The body above the link row. */
export function bodyAboveLinks(body: Box): Box {
  return { ...body, h: body.h - LINK_ROW_HEIGHT };
}

/**
 * Links back (to the area, to the summary), right-aligned at the foot of the body; in smaller
 * type where an area's name is long (the format keeps names short enough to fit at 8 pt).
 */
export function linkRow(ctx: ComposeContext, links: readonly { readonly text: string; readonly anchor: string }[]): TextBoxView {
  const runs: RunView[] = [];
  links.forEach((link, index) => {
    if (index > 0) runs.push(run('   |   ', { colour: ctx.palette.theme.muted }));
    runs.push(linkRun(link.text, ctx.links.to(link.anchor), { colour: ctx.palette.theme.link }));
  });
  return shrinkToFit({ name: 'Links', box: linkRowBox(ctx.frame.layouts.content.body), paragraphs: [paragraph(runs, { align: 'right', spaceAfter: 0 })], sizes: [10, 9, 8], colour: ctx.palette.theme.text, valign: 'middle' });
}
