import { longDate } from '../words.js';
import { renderTemplate } from '../templates.js';
import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { heightFor } from './text-box.js';
import { textStyle } from './text-flow.js';
import { fittedTitle, titleBox, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { Box, TextBoxView } from './slide-pack-view.js';

/** Heights of the title slide's lines under the title, inches; "Prepared by" takes what is left. */
const LINE = { committee: 0.55, month: 0.6, meeting: 0.4 } as const;
const ORGANISATION_HEIGHT = 0.6;

/**
 * Slide 1, on the template's title slide layout: the report title in its title placeholder; the
 * committee, month, meeting and who prepared it (by role) down its subtitle area; the organisation
 * above the title where the layout leaves room there, else first under it. Its text takes the
 * layout's title colour, so it reads on the layout's background.
 */
export function composeTitleSlide(ctx: ComposeContext): SlideDraft {
  const { model } = ctx;
  const layout = ctx.frame.layouts.title;
  const colour = layout.titleColour;
  const area = layout.body;
  const line = (name: string, box: Box, text: string, sizes: readonly number[], bold = false): TextBoxView =>
    shrinkToFit({ name, box, paragraphs: [paragraph([run(text, { bold })], { spaceAfter: 0 })], sizes, colour });
  const title = layout.title;
  const roomAbove = title.y - ORGANISATION_HEIGHT - 0.1 >= 0.25;
  const roles = [...new Set(model.contacts.map((c) => c.role))];
  // A draft without contacts says what is awaited (a final pack without them is refused).
  const preparers = roles.length > 0 ? roles : [renderTemplate('slide-pack/prepared-by-awaited', {})];
  const prepared = [paragraph([run('Prepared by:', { bold: true })], { spaceAfter: 2 }), ...preparers.map((role) => paragraph([run(role)], { spaceAfter: 0 }))];
  // A short subtitle area (a template's) closes the lines up, so that every preparer shows at 10 pt
  const lines = (roomAbove ? 0 : ORGANISATION_HEIGHT) + LINE.committee + LINE.month + (model.meeting === undefined ? 0 : LINE.meeting);
  const closeUp = Math.min(1, Math.max(0.6, (area.h - 0.1 - heightFor(prepared, area.w, textStyle(10))) / lines));
  let y = area.y;
  const next = (h: number): Box => {
    const box = { x: area.x, y, w: area.w, h: h * closeUp };
    y += h * closeUp;
    return box;
  };
  const items: TextBoxView[] = [];
  const organisation = roomAbove ? { x: title.x, y: title.y - ORGANISATION_HEIGHT - 0.1, w: title.w, h: ORGANISATION_HEIGHT } : next(ORGANISATION_HEIGHT);
  items.push(line('Organisation', organisation, model.organisation, [20, 18, 16, 14], true));
  items.push(line('Committee', next(LINE.committee), model.committee, [20, 18, 16, 14]), line('Month', next(LINE.month), model.month.label, [26, 22, 20, 18]));
  if (model.meeting !== undefined) {
    const item = model.meeting.agendaItem === undefined ? '' : `, agenda item ${model.meeting.agendaItem}`;
    items.push(line('Meeting', next(LINE.meeting), `Meeting of ${longDate(model.meeting.date)}${item}`, [14, 12, 11]));
  }
  items.push(
    shrinkToFit({
      name: 'Prepared by',
      box: { x: area.x, y: y + 0.1, w: area.w, h: Math.max(0.6, area.y + area.h - y - 0.1) },
      paragraphs: prepared,
      sizes: [14, 12, 11, 10, 9],
      colour,
    }),
  );
  return { kind: 'title', layout: 'title', anchors: ['title'], title: fittedTitle(model.reportTitle, titleBox(ctx, 'title'), [36, 32, 28, 24, 20]), items };
}
