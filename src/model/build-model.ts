import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { RawWorkbook } from '../xlsx/raw-workbook.js';
import type { HouseStyleNames } from './house-style.js';
import type { PackWorkbook } from './pack-workbook.js';
import { readAreas, readAuthors, readContacts, readLevels, readMeetings, readPapers } from './read-directory.js';
import { readFinance } from './read-finance.js';
import { figureRulesOf, readMetrics } from './read-metrics.js';
import { readNarratives, readThreeAs } from './read-narrative.js';
import { readSettings } from './read-settings.js';
import { readValues } from './read-values.js';
import { SourceMap } from './source-map.js';
import { IdLookup } from './id-lookup.js';

export interface BuiltModel {
  /** Undefined when the workbook has errors (they are in the diagnostics). */
  readonly workbook?: PackWorkbook;
  readonly sources: SourceMap;
  /** The house-style files the Settings sheet names, even where the workbook has errors. */
  readonly houseStyle: HouseStyleNames;
}

/** Sheets that must hold at least one row for a pack to be made. */
const NEEDS_ROWS = ['Levels', 'Authors', 'Areas', 'Metrics', 'Values'] as const;

/**
 * Validates the raw tables and builds the domain model. Every problem is added to `diagnostics`;
 * the model is returned only when there are no errors.
 */
export function buildModel(raw: RawWorkbook, diagnostics: Diagnostics): BuiltModel {
  const sources = new SourceMap();
  const sheet = (name: string) => raw.sheets.get(name);
  for (const name of NEEDS_ROWS) {
    const s = sheet(name);
    // A sheet without headings reads as empty too; the reader has already reported that.
    if (s !== undefined && s.columns.size > 0 && s.rows.length === 0) diagnostics.error(`the ${name} sheet has no rows below its header; the pack needs at least one`, { sheet: name }, 'model/empty-sheet');
  }

  const { settings, houseStyle } = readSettings(sheet('Settings'), diagnostics, sources);
  const meetings = readMeetings(sheet('Meetings'), diagnostics);
  const levels = readLevels(sheet('Levels'), diagnostics);
  // Only once every level row has read: a system level whose row has an error is still a system level.
  if (levels.length > 0 && levels.length === sheet('Levels')?.rows.length && !levels.some((l) => l.kind === 'system')) {
    diagnostics.warn('no level is of kind "system"; ratings are headlined on the first level instead', { sheet: 'Levels' }, 'model/no-system-level');
  }
  const authors = readAuthors(sheet('Authors'), diagnostics);
  const areas = readAreas(sheet('Areas'), new IdLookup(sheet('Authors'), authors.map((a) => a.id)), diagnostics);
  const areaIds = new IdLookup(sheet('Areas'), areas.map((a) => a.id));
  const metrics = readMetrics(sheet('Metrics'), areaIds, settings, diagnostics, sources);
  const metricIds = new IdLookup(sheet('Metrics'), metrics.map((m) => m.id));
  const observations = readValues(
    sheet('Values'),
    {
      metrics,
      metricIds,
      levelIds: new IdLookup(sheet('Levels'), levels.map((l) => l.id)),
      figureRules: figureRulesOf(sheet('Metrics')),
    },
    diagnostics,
    sources,
  );
  const narratives = readNarratives(sheet('Narrative'), areaIds, diagnostics);
  const threeAs = readThreeAs(sheet('3As'), { areaIds, metricIds, metrics }, diagnostics);
  const finance = readFinance(sheet('Finance'), settings?.suppressBelow ?? 5, diagnostics);
  const contacts = readContacts(sheet('Contacts'), diagnostics);
  const papers = readPapers(sheet('Papers'), diagnostics);

  if (diagnostics.hasErrors || settings === undefined) return { sources, houseStyle };
  // Levels are kept in sheet order but with system levels first: ratings headline on the system.
  const orderedLevels = [...levels.filter((l) => l.kind === 'system'), ...levels.filter((l) => l.kind !== 'system')];
  return {
    sources,
    houseStyle,
    workbook: { settings, meetings, levels: orderedLevels, authors, areas, metrics, observations, narratives, threeAs, finance, contacts, papers },
  };
}

export { Diagnostics };
