import { longDate } from '../words.js';
import { renderTemplate } from '../templates.js';
import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { fittedTitle, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, LayoutView, TextBoxView } from './slide-pack-view.js';
import { DRAFT_MARK_BOX } from './geometry.js';

/** The title slide's title placeholder: the report title, large, on the organisation's colour. */
export const TITLE_SLIDE_TITLE_BOX: Box = { x: 0.8, y: 2.2, w: 11.7, h: 1.5 };

export function titleLayout(ctx: Pick<ComposeContext, 'palette'>): LayoutView {
  return { name: 'title', background: ctx.palette.theme.primary, titleBox: TITLE_SLIDE_TITLE_BOX, titleColour: ctx.palette.theme.onPrimary, draftMarkBox: DRAFT_MARK_BOX };
}

/** Slide 1: organisation, committee, report title, month, meeting and who prepared it (by role). */
export function composeTitleSlide(ctx: ComposeContext): SlideDraft {
  const { model, palette } = ctx;
  const colour = palette.theme.onPrimary;
  const line = (name: string, box: Box, text: string, sizes: readonly number[], bold = false): TextBoxView =>
    shrinkToFit({ name, box, paragraphs: [paragraph([run(text, { bold })], { spaceAfter: 0 })], sizes, colour });
  const items: TextBoxView[] = [
    line('Organisation', { x: 0.8, y: 0.9, w: 11.7, h: 0.6 }, model.organisation, [20, 18, 16], true),
    line('Committee', { x: 0.8, y: 3.8, w: 11.7, h: 0.55 }, model.committee, [20, 18, 16]),
    line('Month', { x: 0.8, y: 4.4, w: 11.7, h: 0.6 }, model.month.label, [26]),
  ];
  if (model.meeting !== undefined) {
    const item = model.meeting.agendaItem === undefined ? '' : `, agenda item ${model.meeting.agendaItem}`;
    items.push(line('Meeting', { x: 0.8, y: 5.0, w: 11.7, h: 0.4 }, `Meeting of ${longDate(model.meeting.date)}${item}`, [14, 12]));
  }
  const roles = [...new Set(model.contacts.map((c) => c.role))];
  // A draft without contacts says what is awaited (a final pack without them is refused).
  const preparers = roles.length > 0 ? roles : [renderTemplate('slide-pack/prepared-by-awaited', {})];
  items.push(
    shrinkToFit({
      name: 'Prepared by',
      box: { x: 0.8, y: 5.5, w: 11.7, h: 1.5 },
      paragraphs: [paragraph([run('Prepared by:', { bold: true })], { spaceAfter: 2 }), ...preparers.map((role) => paragraph([run(role)], { spaceAfter: 0 }))],
      sizes: [14, 12, 11, 10],
      colour,
    }),
  );
  return { kind: 'title', layout: 'title', anchors: ['title'], title: fittedTitle(model.reportTitle, TITLE_SLIDE_TITLE_BOX, [36, 32, 28, 24, 20]), items };
}
