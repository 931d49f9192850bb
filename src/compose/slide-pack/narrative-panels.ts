import type { AreaView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { packTitleLines } from '../title-lines.js';
import { GUTTER, ceilInches } from './geometry.js';
import { paragraph, run } from './rich-text.js';
import { contentBody, type ComposeContext } from './slide-draft.js';
import type { Box, ParagraphView, TextBoxView } from './slide-pack-view.js';
import { TEXT_INSET, heightFor, innerHeight, innerWidth, textBox } from './text-box.js';
import { takeParagraphs, textStyle, type TextStyle } from './text-flow.js';
import { NARRATIVE_TEXT } from './styles.js';

/** One panel of an area's narrative: "Current issues" and its bullets. */
export interface NarrativeSection {
  readonly heading: string;
  readonly paragraphs: readonly ParagraphView[];
}

const HEADING_HEIGHT = 0.27;
const HEADING_INSET = 0.04;
const PANEL_GAP = 0.06;
/** A narrative column's width: a third of the body, whatever the region, so every area reads alike. */
export function narrativeColumn(body: Box): number {
  return (body.w - 2 * GUTTER) / 3;
}

/** How many narrative columns a region `w` inches wide holds: three across the body, one in a third of it. */
function narrativeColumns(w: number, body: Box): number {
  return Math.max(1, Math.round((w + GUTTER) / (narrativeColumn(body) + GUTTER)));
}
/** A panel is only started where at least this many lines of it fit. */
const MIN_LINES = 2;

/**
 * The area's narrative as the five panels of the 3As pack. Good news and patient outcomes, where
 * given, lead the updates panel. An area whose narrative is not in says whose it awaits (draft).
 */
export function narrativeSections(ctx: ComposeContext, area: AreaView): NarrativeSection[] {
  const { theme } = ctx.palette;
  const note = (text: string) => [paragraph([run(text, { italic: true, colour: theme.muted })])];
  const narrative = area.narrative;
  if (narrative === undefined) {
    const text = ctx.options.mode === 'draft' ? renderTemplate('slide-pack/narrative-awaited', { role: area.author.role }) : renderTemplate('slide-pack/narrative-missing', {});
    return [{ heading: 'Narrative', paragraphs: note(text) }];
  }
  // A line that only names a KPI or measure heads the bullets under it, as the authors mean it.
  const isTitle = packTitleLines(ctx.model);
  const bullets = (items: readonly string[], lead?: string): ParagraphView[] =>
    items.map((item) =>
      lead === undefined && isTitle(item) ? paragraph([run(item, { bold: true })]) : paragraph(lead === undefined ? [run(item)] : [run(`${lead}: `, { bold: true }), run(item)], { bullet: true }),
    );
  const panel = (heading: string, paragraphs: ParagraphView[]): NarrativeSection => ({ heading, paragraphs: paragraphs.length > 0 ? paragraphs : note('None reported.') });
  return [
    panel('Updates since previous month', [...bullets(narrative.goodNews, 'Good news'), ...bullets(narrative.patientOutcome, 'Patient outcome'), ...bullets(narrative.updates)]),
    panel('Current issues', bullets(narrative.issues)),
    panel('Risks', bullets(narrative.risks)),
    panel('Dependencies', bullets(narrative.dependencies)),
    panel('Future actions & mitigations', bullets(narrative.actions)),
  ];
}

/**
 * Pours the panels into columns (three across the body; fewer in a narrower region), newspaper fashion: down the first column, then the next,
 * then onto a further page. A panel that does not fit where it falls is split between lines and
 * continues at the top of the next column under "(continued)"; with `keepWhole`, a panel that
 * would be split moves to the next column instead, where it fits one. Returns the boxes of each
 * page; `regionFor(page)` says where the panels may go on that page.
 */
export function flowPanels(ctx: ComposeContext, sections: readonly NarrativeSection[], regionFor: (page: number) => Box, text: TextStyle = NARRATIVE_TEXT, keepWhole = false): TextBoxView[][] {
  const headingText = textStyle(Math.min(text.fontSize + 1, 11));
  const { theme } = ctx.palette;
  const pages: TextBoxView[][] = [];
  let items: TextBoxView[] = [];
  let region = regionFor(0);
  let column = 0;
  let y = region.y;
  let fresh = true;
  let columns = narrativeColumns(region.w, contentBody(ctx));
  let columnWidth = (region.w - (columns - 1) * GUTTER) / columns;
  const advance = (): void => {
    column += 1;
    if (column === columns) {
      pages.push(items);
      items = [];
      region = regionFor(pages.length);
      columns = narrativeColumns(region.w, contentBody(ctx));
      columnWidth = (region.w - (columns - 1) * GUTTER) / columns;
      column = 0;
    }
    y = region.y;
    fresh = true;
  };
  for (const section of sections) {
    let queue = section.paragraphs;
    let continued = false;
    while (queue.length > 0) {
      const x = region.x + column * (columnWidth + GUTTER);
      const heading = continued ? `${section.heading} (continued)` : section.heading;
      const headingParagraphs = [paragraph([run(heading, { bold: true })], { spaceAfter: 0 })];
      // one line in a column of the 16:9 body; a narrower column (a 4:3 template's) may take two
      const headingHeight = Math.max(HEADING_HEIGHT, heightFor(headingParagraphs, columnWidth, headingText, HEADING_INSET));
      const available = region.y + region.h - y - headingHeight;
      const wanted = Math.min(heightFor(queue, columnWidth, text), (MIN_LINES * text.lineSpacing) / 72 + 2 * TEXT_INSET);
      if (available < wanted) {
        if (fresh && region.h < headingHeight + wanted) throw new Error('a narrative region is too small for a panel');
        advance();
        continue;
      }
      // Keeping panels whole: a panel that fits an empty column but not this one moves on.
      if (keepWhole && !continued && !fresh && heightFor(queue, columnWidth, text) > available) {
        advance();
        continue;
      }
      const taken = takeParagraphs(queue, innerWidth(columnWidth), innerHeight(available), text, fresh);
      if (taken.taken.length === 0) {
        advance();
        continue;
      }
      items.push(
        textBox({
          name: `${section.heading} heading`,
          box: { x, y, w: columnWidth, h: headingHeight },
          paragraphs: headingParagraphs,
          style: headingText,
          colour: theme.onPrimary,
          fill: theme.primary,
          valign: 'middle',
          inset: HEADING_INSET,
        }),
      );
      const bodyHeight = ceilInches(taken.height + 2 * TEXT_INSET);
      items.push(textBox({ name: section.heading, box: { x, y: y + headingHeight, w: columnWidth, h: bodyHeight }, paragraphs: taken.taken, style: text, colour: theme.text, fill: theme.panel }));
      y += headingHeight + bodyHeight + PANEL_GAP;
      fresh = false;
      queue = taken.rest;
      continued = true;
    }
  }
  if (items.length > 0 || pages.length === 0) pages.push(items);
  return pages;
}

/**
 * The shortest region any of these panels can start in, in the columns `region` has: its heading
 * (with "(continued)", on as many lines as it takes there) and two lines.
 */
export function leastPanelRegion(ctx: ComposeContext, sections: readonly NarrativeSection[], region: Box, text: TextStyle = NARRATIVE_TEXT): number {
  const columns = narrativeColumns(region.w, contentBody(ctx));
  const width = (region.w - (columns - 1) * GUTTER) / columns;
  const headingText = textStyle(Math.min(text.fontSize + 1, 11));
  const headings = sections.map((s) => Math.max(HEADING_HEIGHT, heightFor([paragraph([run(`${s.heading} (continued)`, { bold: true })], { spaceAfter: 0 })], width, headingText, HEADING_INSET)));
  return Math.max(MIN_PANEL_REGION, ...headings.map((h) => h + (MIN_LINES * text.lineSpacing) / 72 + 2 * TEXT_INSET + 0.01));
}

/** The shortest region a panel can start in: its heading and two lines, at the largest size used. */
const MIN_PANEL_REGION = HEADING_HEIGHT + (MIN_LINES * textStyle(12).lineSpacing) / 72 + 2 * TEXT_INSET + 0.01;

/**
 * The panels in `region` if they fit there on one page, with the columns balanced: the region is
 * cut to the least height at which everything still fits, so the three columns end level rather
 * than one full and two empty. Panels are kept whole if any height allows it. Undefined when
 * they need more than one page.
 */
export function balancedPanels(ctx: ComposeContext, sections: readonly NarrativeSection[], region: Box, text: TextStyle = NARRATIVE_TEXT): TextBoxView[] | undefined {
  const least = leastPanelRegion(ctx, sections, region, text);
  if (region.h < least) return undefined;
  // Whole panels where they can be had, else panels split between columns.
  for (const keepWhole of [true, false]) {
    const onePage = (h: number): TextBoxView[] | undefined => {
      const pages = flowPanels(ctx, sections, (page) => (page === 0 ? { ...region, h } : region), text, keepWhole);
      const [only] = pages;
      // Each panel a heading and a body: a panel split between columns has two of each.
      const whole = only !== undefined && only.length === 2 * sections.length;
      return pages.length === 1 && (whole || !keepWhole) ? only : undefined;
    };
    let best = onePage(region.h);
    if (best === undefined) continue;
    let low = least;
    let high = region.h;
    while (high - low > 0.02) {
      const middle = (low + high) / 2;
      const fitted = onePage(middle);
      if (fitted === undefined) low = middle;
      else {
        best = fitted;
        high = middle;
      }
    }
    return best;
  }
  return undefined;
}

/** Joins a paragraph split between columns back into one. */
function rejoined(paragraphs: readonly ParagraphView[]): ParagraphView[] {
  const joined: ParagraphView[] = [];
  for (const p of paragraphs) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && !p.bullet && p.indented) joined[joined.length - 1] = { ...previous, runs: [...previous.runs, run(' '), ...p.runs] };
    else joined.push(p);
  }
  return joined;
}

/**
 * The panels of a page as sections again (a panel split between the page's columns made whole),
 * so the page can be poured afresh.
 */
function sectionsOf(boxes: readonly TextBoxView[]): NarrativeSection[] {
  const sections: { heading: string; name: string; paragraphs: ParagraphView[] }[] = [];
  for (let index = 0; index + 1 < boxes.length; index += 2) {
    const heading = boxes[index];
    const body = boxes[index + 1];
    if (heading === undefined || body === undefined) continue;
    const last = sections[sections.length - 1];
    if (last !== undefined && last.name === body.name) last.paragraphs.push(...body.paragraphs);
    else sections.push({ heading: heading.paragraphs[0]?.runs.map((r) => r.text).join('') ?? body.name, name: body.name, paragraphs: [...body.paragraphs] });
  }
  return sections.map((s) => ({ heading: s.heading, paragraphs: rejoined(s.paragraphs) }));
}

/**
 * Panels over several pages with the last page's columns balanced, so a page that holds only the
 * tail of the narrative spreads it over three columns instead of filling one.
 */
export function flowPanelsBalanced(ctx: ComposeContext, sections: readonly NarrativeSection[], regionFor: (page: number) => Box, text: TextStyle = NARRATIVE_TEXT): TextBoxView[][] {
  const pages = flowPanels(ctx, sections, regionFor, text);
  const last = pages[pages.length - 1];
  if (pages.length < 2 || last === undefined) return pages;
  const balanced = balancedPanels(ctx, sectionsOf(last), regionFor(pages.length - 1), text);
  return balanced === undefined ? pages : [...pages.slice(0, -1), balanced];
}
