import { paragraphsOf, renderTemplate } from '../templates.js';
import { flowText } from './flow-text.js';
import { templateParagraphs } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';

const TITLE = 'The 3As: what they are and how to read this pack';

/** Slide 2: what Alert, Assure and Advise mean and how to read the pack (template text). */
export function composeGuideSlides(ctx: ComposeContext): SlideDraft[] {
  const text = renderTemplate('slide-pack/three-as-guide', { committee: ctx.model.committee, draft: ctx.options.mode === 'draft' });
  const boxes = flowText({ name: 'About the 3As', paragraphs: templateParagraphs(paragraphsOf(text)), sizes: [16, 15, 14, 13, 12], boxFor: () => ctx.frame.layouts.content.body, colour: ctx.palette.theme.text });
  return boxes.map((box, index) => slideDraft(ctx, 'three-as-guide', pageTitle(TITLE, index, boxes.length), [box], index === 0 ? ['guide'] : []));
}
