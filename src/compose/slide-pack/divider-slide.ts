import { paragraph, run } from './rich-text.js';
import { shrinkToFit } from './shrink-to-fit.js';
import { slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';

/**
 * The divider between the pack's main body and its appendices, saying what the appendices hold:
 * the charts of the measures the main body does not discuss, and every figure, area by area.
 */
export function composeDivider(ctx: ComposeContext, holds: { readonly otherCharts: boolean; readonly figures: boolean }): SlideDraft {
  const lines = [
    'How to read SPC: what the Making Data Count charts and icons show, and how to read them.',
    ...(holds.otherCharts ? ['Appendix A: the charts of the other measures, area by area, each with its reading in words.'] : []),
    ...(holds.figures ? ['Appendix B: every figure the pack draws on, area by area: each period\u2019s actual and plan at each level.'] : []),
  ];
  // the section layout's text area
  const box = ctx.frame.layouts.section.body;
  const text = shrinkToFit({
    name: 'What the appendices hold',
    box,
    paragraphs: lines.map((line) => paragraph([run(line)], { spaceAfter: 12 })),
    sizes: [20, 18, 16, 14, 12],
    colour: ctx.palette.theme.text,
    valign: 'middle',
  });
  return slideDraft(ctx, 'divider', 'Appendices', [text], ['appendices'], 'section');
}
