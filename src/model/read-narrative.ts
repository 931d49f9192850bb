import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { THREE_AS_CATEGORIES, type ThreeAsCategoryWord } from '../format/choices.js';
import { cellOf, type RawRow, type RawSheet } from '../xlsx/raw-workbook.js';
import { choiceCell, idCell, monthCell, optionalId, optionalText, requiredText } from './cell-schemas.js';
import type { IdLookup } from './id-lookup.js';
import { NARRATIVE_SECTIONS, type Metric, type Narrative, type NarrativeSection, type ThreeAsBox, type ThreeAsItem } from './pack-workbook.js';
import { parseRows } from './parse-rows.js';
import { periodKey, periodLabel } from './period.js';
import { uniqueRows } from './unique.js';

/** A cell of narrative as bullets: one a line, with any typed bullet marks taken off. */
export function bulletsOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[•\u2022\u25CF\u25AA\-*–]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

const narrativeText = optionalText({ what: 'the narrative' });

/** A Narrative row: its month, its area and each section's text, checked as every reader of the sheet checks them. */
export const NarrativeRow = z.object({
  month: monthCell(),
  area: idCell('the area Id'),
  ...(Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, narrativeText])) as Record<NarrativeSection, typeof narrativeText>),
});

/** Reads the Narrative sheet: each area's narrative for each month. */
export function readNarratives(sheet: RawSheet | undefined, areas: IdLookup, diagnostics: Diagnostics): Narrative[] {
  if (sheet === undefined) return [];
  const rows = uniqueRows(parseRows(sheet, NarrativeRow, diagnostics), (d) => `${periodKey(d.month)}|${d.area}`, (d) => `the narrative for ${d.area} for ${periodLabel(d.month)}`, diagnostics, { fix: 'put it all on one row' });
  const narratives: Narrative[] = [];
  for (const { row, data } of rows) {
    if (!areas.check(data.area, cellOf(row, 'area', sheet.columns).place, 'area', diagnostics, 'model/unknown-area')) continue;
    const sections = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, bulletsOf(data[s])])) as Record<NarrativeSection, string[]>;
    narratives.push({ month: data.month, areaId: data.area, sections });
  }
  return narratives;
}

/** Each box as the 3As sheet's Box column words it. */
export const THREE_AS_BOX_WORDS: Readonly<Record<ThreeAsBox, ThreeAsCategoryWord>> = { alert: 'Alert', assure: 'Assure', advise: 'Advise', update: 'Update, risk and learning' };

const BOX_OF_WORD = Object.fromEntries(Object.entries(THREE_AS_BOX_WORDS).map(([box, word]) => [word, box])) as Record<ThreeAsCategoryWord, ThreeAsBox>;

const ThreeAsRow = z.object({
  month: monthCell(),
  box: choiceCell(THREE_AS_CATEGORIES, 'the box', true),
  area: optionalId('the area Id'),
  text: requiredText({ what: 'the text' }),
  metric: optionalId('the metric Id'),
});

/** What a 3As row's Area and Metric are checked against. */
export interface ThreeAsLookups {
  readonly areaIds: IdLookup;
  readonly metricIds: IdLookup;
  /** The metrics that read without errors, for the area each belongs to. */
  readonly metrics: readonly Pick<Metric, 'id' | 'areaId'>[];
}

/**
 * A 3As row's metric, checked: a known Id, and where the row names an area too, a metric of that
 * area. False, with the error reported at the cell, where it is not.
 */
function checkedMetric(metricId: string, areaId: string | undefined, row: RawRow, sheet: RawSheet, lookups: ThreeAsLookups, diagnostics: Diagnostics): boolean {
  const place = cellOf(row, 'metric', sheet.columns).place;
  if (!lookups.metricIds.check(metricId, place, 'metric', diagnostics, 'model/unknown-metric')) return false;
  const inArea = lookups.metrics.find((m) => m.id === metricId)?.areaId;
  if (areaId === undefined || inArea === undefined || inArea === areaId) return true;
  diagnostics.error(`the metric ${metricId} belongs to the area ${inArea}, not ${areaId}; correct the Area or the Metric`, place, 'model/metric-in-other-area');
  return false;
}

/** Reads the 3As sheet: the executive summary items, in the order typed. */
export function readThreeAs(sheet: RawSheet | undefined, lookups: ThreeAsLookups, diagnostics: Diagnostics): ThreeAsItem[] {
  if (sheet === undefined) return [];
  const items: ThreeAsItem[] = [];
  for (const { row, data } of parseRows(sheet, ThreeAsRow, diagnostics)) {
    if (data.area !== undefined && !lookups.areaIds.check(data.area, cellOf(row, 'area', sheet.columns).place, 'area', diagnostics, 'model/unknown-area')) continue;
    if (data.metric !== undefined && !checkedMetric(data.metric, data.area, row, sheet, lookups, diagnostics)) continue;
    const text = data.text.replace(/\s*[\r\n]+\s*/g, ' ');
    items.push({ month: data.month, box: BOX_OF_WORD[data.box], ...(data.area === undefined ? {} : { areaId: data.area }), ...(data.metric === undefined ? {} : { metricId: data.metric }), text });
  }
  return items;
}
