import type { PackModel } from '../pack-model.js';
import { paragraphsOf, renderTemplate } from '../templates.js';
import { BODY, GUTTER } from './geometry.js';
import { flowText } from './flow-text.js';
import { templateParagraphs } from './rich-text.js';
import { pageTitle, slideDraft, type ComposeContext, type SlideDraft } from './slide-draft.js';
import type { SlideItemView } from './slide-pack-view.js';
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

const LEGEND_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Rating', width: 1.6, align: 'center' },
  { header: 'Meaning', width: 8.4 },
];

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
  const style = { ...tableStyle(palette), text: textStyle(12), insetY: 0.05 };
  const legendRows: CellSpec[][] = [
    [shaded('green', 'Green (G)'), cell('The plan is met.')],
    [shaded('amber', 'Amber (A)'), cell(`The plan is missed by no more than ${tolerance} of the plan (or the measure's own tolerance).`)],
    [shaded('red', 'Red (R)'), cell(`The plan is missed by more than ${tolerance}.`)],
    [shaded('not-rated', 'N/A'), cell('Not rated: no plan, a plan in words, or a suppressed figure.')],
  ];
  const [legend] = layoutTable(LEGEND_COLUMNS, legendRows, style, () => BODY.h);
  const legendHeight = legend?.h ?? 0;
  const flowed = flowText({
    name: 'How ratings are decided',
    paragraphs: templateParagraphs(paragraphsOf(text)),
    sizes: [14, 13, 12, 11],
    boxFor: (page) => (page === 0 ? { ...BODY, h: BODY.h - legendHeight - GUTTER } : BODY),
    colour: palette.theme.text,
  });
  // The text box ends where its text does, and the legend follows it.
  const boxes = flowed.map((box) => ({ ...box, h: box.fitted.height }));
  return boxes.map((box, index) => {
    const items: SlideItemView[] = [box];
    if (index === 0 && legend !== undefined) items.push(placeTable('Rating legend', BODY.x, box.y + box.h + GUTTER, LEGEND_COLUMNS, style, legend));
    return slideDraft('performance-notes', pageTitle(TITLE, index, boxes.length), items, index === 0 ? ['notes'] : []);
  });
}
