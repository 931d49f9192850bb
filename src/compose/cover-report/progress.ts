import type { DocumentOptions } from '../document-options.js';
import type { AreaView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import type { BlockView } from './cover-report-view.js';
import type { IsTitleLine } from '../title-lines.js';
import { oneLine } from '../words.js';

/**
 * Recent progress, area by area: the bullets of each area's future actions & mitigations, then its
 * good news. An area that gives neither (finance, typically) is summed up by its updates since the
 * previous month, as the reference paper's "Use of Resources/Finance" bullets are. A line that only
 * names one of the pack's KPIs or metrics is a heading in the author's narrative, not progress, and
 * is left out (see `titleLines`). The bullets are the authors' text, taken as data: they are never
 * run as a template nor read for the templates' marks, so `{{` or a leading `#` prints as typed.
 */
export function areaProgress(area: AreaView, isTitle: IsTitleLine, options: DocumentOptions): BlockView[] {
  if (area.narrative === undefined) {
    // A final pack is refused while a narrative is awaited (see the pipeline), so this only drops the
    // area from a final report made without that check; a draft says whose narrative is awaited.
    if (options.mode === 'final') return [];
    const awaited = renderTemplate('cover-report/narrative-awaited', { role: oneLine(area.author.role || area.author.name) });
    return [{ kind: 'paragraph', list: 'plain', runs: [{ text: oneLine(awaited), awaited: true }] }];
  }
  const { actions, goodNews, updates } = area.narrative;
  const progress = actions.length + goodNews.length > 0 ? [...actions, ...goodNews] : updates;
  const bullets = progress.map((text) => oneLine(text)).filter((text) => text !== '' && !isTitle(text));
  if (bullets.length === 0) {
    const none = renderTemplate('cover-report/no-progress', { area: oneLine(area.name) });
    return [{ kind: 'paragraph', list: 'plain', runs: [{ text: oneLine(none) }] }];
  }
  return bullets.map((text): BlockView => ({ kind: 'paragraph', list: 'bullet', runs: [{ text }] }));
}

/** The progress of every area given, in the workbook's order, each under its name. */
export function progressBlocks(areas: readonly AreaView[], isTitle: IsTitleLine, options: DocumentOptions): BlockView[] {
  return areas.flatMap((area) => {
    const blocks = areaProgress(area, isTitle, options);
    return blocks.length === 0 ? [] : [{ kind: 'heading', level: 2, text: oneLine(area.name) } satisfies BlockView, ...blocks];
  });
}
