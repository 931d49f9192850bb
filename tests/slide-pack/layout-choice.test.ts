import { describe, expect, it } from 'vitest';
import { chooseLayouts } from '../../src/house-style/layout-choice.js';
import type { SlideTemplate, TemplateLayout, TemplatePlaceholder } from '../../src/house-style/slide-template.js';
import { templateFrame } from '../../src/house-style/template-frame.js';

/*
 * Which template layout each kind of slide is drawn on: by the layout's type, else by its name
 * (organisations' templates often have only custom layouts), among layouts with a title.
 */
const EMU = 914_400;
const title: TemplatePlaceholder = { type: 'title', box: { x: 0.5 * EMU, y: 0.3 * EMU, w: 9 * EMU, h: 0.8 * EMU } };

function layout(part: number, name: string, type: string, placeholders: readonly TemplatePlaceholder[] = [title]): TemplateLayout {
  return { part: `ppt/slideLayouts/slideLayout${part}.xml`, name, type, master: 'ppt/slideMasters/slideMaster1.xml', placeholders };
}

function template(layouts: readonly TemplateLayout[], master: readonly TemplatePlaceholder[] = [title]): SlideTemplate {
  return { pkg: { parts: new Map() }, presentation: 'ppt/presentation.xml', width: 10 * EMU, height: 7.5 * EMU, masters: [{ part: 'ppt/slideMasters/slideMaster1.xml', placeholders: master }], layouts };
}

const names = (choice: ReturnType<typeof chooseLayouts>) => ('chosen' in choice ? { title: choice.chosen.title.name, content: choice.chosen.content.name, section: choice.chosen.section.name } : choice);

describe('the layout each slide is drawn on', () => {
  it('by type first, whatever the layouts are called', () => {
    const choice = chooseLayouts(template([layout(1, 'Cover', 'title'), layout(2, 'Heading and body', 'obj'), layout(3, 'Just a heading', 'titleOnly'), layout(4, 'Divider', 'secHead')]));
    expect(names(choice)).toEqual({ title: 'Cover', content: 'Just a heading', section: 'Divider' });
  });

  it('by name where the layouts are all custom, ignoring capitals and spaces', () => {
    const choice = chooseLayouts(template([layout(1, 'title slide', 'cust'), layout(2, 'TitleOnly', 'cust'), layout(3, 'Section Header', 'cust')]));
    expect(names(choice)).toEqual({ title: 'title slide', content: 'TitleOnly', section: 'Section Header' });
  });

  it('never a layout without a title placeholder; the dividers fall back to the content layout', () => {
    const choice = chooseLayouts(template([layout(1, 'Title Slide', 'title'), layout(2, 'Title Only', 'titleOnly', []), layout(3, 'Title and Content', 'obj')]));
    expect(names(choice)).toEqual({ title: 'Title Slide', content: 'Title and Content', section: 'Title and Content' });
  });

  it('says which it lacks', () => {
    expect(chooseLayouts(template([layout(1, 'Blank', 'blank', []), layout(2, 'Section Header', 'secHead')]))).toEqual({ missing: ['title', 'content'] });
    expect(chooseLayouts(template([layout(1, 'Title Only', 'titleOnly')]))).toEqual({ missing: ['title'] });
  });

  it('a template with no footer or slide number anywhere: both along the slide\'s foot, the content area above them', () => {
    const chosen = chooseLayouts(template([layout(1, 'Title Slide', 'title'), layout(2, 'Title Only', 'titleOnly')]));
    if (!('chosen' in chosen)) throw new Error('no layouts');
    const frame = templateFrame(template([]), chosen.chosen);
    const content = frame.layouts.content;
    expect(content.footer).toEqual({ box: { x: 0.5, y: 7.05, w: 8, h: 0.3 } });
    expect(content.slideNumber).toEqual({ box: { x: 8.7, y: 7.05, w: 0.8, h: 0.3 } });
    expect(content.body.y).toBeCloseTo(1.25, 3);
    expect(content.body.y + content.body.h).toBeLessThanOrEqual(7.05);
  });
});
