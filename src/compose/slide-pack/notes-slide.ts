import type { PackModel } from '../pack-model.js';
import { paragraphsOf, renderTemplate } from '../templates.js';
import { GUTTER } from './geometry.js';
import { flowText } from './flow-text.js';
import { templateParagraphs } from './rich-text.js';
import { contentBody, pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { SlideItemView } from './slide-pack-view.js';
import { iconLegends } from './spc-notes-slide.js';
import { tableStyle } from './styles.js';
import { cell, layoutTable, placeTable, type CellSpec, type ColumnSpec } from './table-layout.js';
import { textStyle } from './text-flow.js';

const TITLE = 'Notes for performance tables';

/** 0.05 -> "5%", 0.025 -> "2.5%". */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** Metrics rated by another metric, from the reason their rating gives. */
function ratedBy(model: PackModel): { metric: string; area: string; by: string }[] {
  const prefix = 'rated by ';
  return model.areas.flatMap((area) =>
    area.metrics.filter((m) => m.rating.because.startsWith(prefix)).map((m) => ({ metric: m.label, area: area.name, by: m.rating.because.slice(prefix.length) })),
  );
}

/** Metrics rated by another that the notes name; beyond this they are counted. */
const MAX_NAMED = 6;

/** The notes' column, half the body at most; the legends of the ratings and the SPC icons take the rest of the body. */
const TEXT_WIDTH = 6.3;
const RATING_COLUMN = 1.6;

/** Slide 5: how ratings are decided (tolerance, direction, rated-by, quarterly plans, suppression) and the legend. */
export function composePerformanceNotes(ctx: ComposeContext): SlideDraft[] {
  const { model, palette } = ctx;
  const tolerance = percentText(model.amberTolerance);
  const by = ratedBy(model);
  // A long list would crowd out the notes: name a few, count the rest.
  const named = by.length > MAX_NAMED ? by.slice(0, MAX_NAMED - 1) : by;
  const text = renderTemplate('slide-pack/performance-notes', {
    tolerance,
    hasRatedBy: by.length > 0,
    ratedBy: named,
    othersRatedBy: by.length - named.length,
    suppression: model.suppressBelow > 1,
    suppressTop: model.suppressBelow - 1,
  });
  const shaded = (rating: 'green' | 'amber' | 'red' | 'not-rated', word: string): CellSpec => {
    const shade = palette.rating[rating];
    return cell(word, { bold: true, ...(shade.fill === undefined ? {} : { fill: shade.fill, colour: shade.colour }) });
  };
  const style = { ...tableStyle(ctx), insetY: 0.03 };
  const BODY = contentBody(ctx);
  const textWidth = Math.min(TEXT_WIDTH, (BODY.w - GUTTER) / 2);
  const LEGEND_X = BODY.x + textWidth + GUTTER;
  const LEGEND_WIDTH = BODY.w - textWidth - GUTTER;
  const LEGEND_COLUMNS: readonly ColumnSpec[] = [
    { header: 'Rating', width: Math.min(RATING_COLUMN, LEGEND_WIDTH / 3), align: 'center' },
    { header: 'Meaning', width: LEGEND_WIDTH - Math.min(RATING_COLUMN, LEGEND_WIDTH / 3) },
  ];
  const legendRows: CellSpec[][] = [
    [shaded('green', 'Green (G)'), cell('The plan is met.')],
    [shaded('amber', 'Amber (A)'), cell(`The plan is missed by no more than ${tolerance} of the plan (or the measure's own tolerance).`)],
    [shaded('red', 'Red (R)'), cell(`The plan is missed by more than ${tolerance}.`)],
    [shaded('not-rated', 'N/A'), cell('Not rated: no plan, a plan in words, or a suppressed figure.')],
  ];
  const [legend] = layoutTable(LEGEND_COLUMNS, legendRows, style, () => BODY.h);
  const ratingLegend = legend === undefined ? [] : [placeTable('Rating legend', LEGEND_X, BODY.y, LEGEND_COLUMNS, style, legend)];
  const iconStyle = { ...tableStyle(ctx, 0.24), insetY: 0.03 };
  const under = iconLegends(ctx, LEGEND_X, BODY.y + (legend?.h ?? 0) + GUTTER, LEGEND_WIDTH, iconStyle, true);
  // where the body is too short for all three legends (a 4:3 template's), the SPC icons' go on the next slide
  const besideRatings = under.bottom <= BODY.y + BODY.h + 1e-6;
  const icons = besideRatings ? under : iconLegends(ctx, LEGEND_X, BODY.y, LEGEND_WIDTH, iconStyle, true);
  const flowed = flowText({
    name: 'How ratings are decided',
    paragraphs: templateParagraphs(paragraphsOf(text)),
    sizes: [13, 12, 11, 10],
    boxFor: () => ({ ...BODY, w: textWidth }),
    colour: palette.theme.text,
  });
  const pages: SlideItemView[][] = flowed.map((box) => [box]);
  pages[0]?.push(...ratingLegend, ...(besideRatings ? icons.items : []));
  if (!besideRatings) {
    if (pages.length === 1) pages.push([]);
    pages[1]?.push(...icons.items);
  }
  return pages.map((items, index) => slideDraft(ctx, 'performance-notes', pageTitle(TITLE, index, pages.length), items, index === 0 ? ['notes'] : []));
}
