import type { SlideTemplate, TemplateLayout } from './slide-template.js';

/**
 * Which of a template's layouts each kind of slide is drawn on. For each role the first layout,
 * in the template's order, whose type is one of the role's types; failing that, the first whose
 * name is one of the role's names (ignoring case and spaces), for templates whose layouts are all
 * custom. Only layouts with a title placeholder count: a slide's title goes into it.
 *
 * - title: the title slide (type `title`, "Title Slide");
 * - content: every slide of figures and text (type `titleOnly` or `obj`, "Title Only" or "Title
 *   and Content"); the content is laid out in the content area of that layout;
 * - section: the appendix dividers (type `secHead`, "Section Header"); a template without one
 *   draws them on its content layout.
 */
export type LayoutRole = 'title' | 'content' | 'section';

interface RoleRule {
  readonly types: readonly string[];
  readonly names: readonly string[];
  /** How an officer adds such a layout, for the message when a template has none. */
  readonly described: string;
}

export const LAYOUT_RULES: Readonly<Record<LayoutRole, RoleRule>> = {
  title: { types: ['title'], names: ['Title Slide'], described: 'a "Title Slide" layout (for the title slide)' },
  content: { types: ['titleOnly', 'obj'], names: ['Title Only', 'Title and Content'], described: 'a "Title Only" or "Title and Content" layout (for the slides of figures and text)' },
  section: { types: ['secHead'], names: ['Section Header'], described: 'a "Section Header" layout (for the appendix dividers)' },
};

/** Roles a template must have a layout for; the others fall back to the content layout. */
export const REQUIRED_ROLES: readonly LayoutRole[] = ['title', 'content'];

export type ChosenLayouts = Readonly<Record<LayoutRole, TemplateLayout>>;

const TITLE_TYPES = new Set(['title', 'ctrTitle']);

/** The layout's title placeholder, where it has one. */
export function titlePlaceholderOf(layout: TemplateLayout) {
  return layout.placeholders.find((p) => TITLE_TYPES.has(p.type));
}

const nameKey = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

function layoutFor(layouts: readonly TemplateLayout[], rule: RoleRule): TemplateLayout | undefined {
  const titled = layouts.filter((l) => titlePlaceholderOf(l) !== undefined);
  for (const type of rule.types) {
    const byType = titled.find((l) => l.type === type);
    if (byType !== undefined) return byType;
  }
  const names = rule.names.map(nameKey);
  for (const name of names) {
    const byName = titled.find((l) => nameKey(l.name) === name);
    if (byName !== undefined) return byName;
  }
  return undefined;
}

/** The layout for each role, or the roles the template has no layout for. */
export function chooseLayouts(template: SlideTemplate): { readonly chosen: ChosenLayouts } | { readonly missing: readonly LayoutRole[] } {
  const title = layoutFor(template.layouts, LAYOUT_RULES.title);
  const content = layoutFor(template.layouts, LAYOUT_RULES.content);
  const missing = REQUIRED_ROLES.filter((role) => (role === 'title' ? title : content) === undefined);
  if (title === undefined || content === undefined) return { missing };
  return { chosen: { title, content, section: layoutFor(template.layouts, LAYOUT_RULES.section) ?? content } };
}
