import { sheetSpec, type ColumnSpec } from '../format/workbook-format.js';
import { NARRATIVE_SECTIONS, type NarrativeSection } from '../model/pack-workbook.js';

/**
 * The narrative return workbook: what goes to each author and what the merge reads back. Both
 * ends read this one definition, as the pack's reader and template read the workbook format.
 *
 * - About: what the workbook is and how to return it, then the facts that identify it, each a
 *   label in column A and its value in column B.
 * - Narrative: the main workbook's Narrative columns, a row per area of the author's.
 */
export const ABOUT_SHEET = 'About';
export const NARRATIVE_SHEET = 'Narrative';

/** The order messages about a return are listed in. */
export const RETURN_SHEET_ORDER: readonly string[] = [ABOUT_SHEET, NARRATIVE_SHEET];

/** The facts that identify a return, by the label in column A of the About sheet. */
export const ABOUT_FACTS = {
  committee: 'Committee',
  month: 'Reporting month',
  authorId: 'Author Id',
} as const;
export type AboutFact = keyof typeof ABOUT_FACTS;

/** The heading above the identifying facts. */
export const FACTS_HEADING = 'About this return (do not edit)';

/** The Narrative sheet's columns, exactly as the main workbook's format has them. */
export const NARRATIVE_COLUMNS: readonly ColumnSpec[] = sheetSpec('Narrative').columns;

/** The column that holds a section, for the change list: "Updates since previous month". */
export function sectionHeader(section: NarrativeSection): string {
  return NARRATIVE_COLUMNS.find((c) => c.key === section)?.header ?? section;
}

/** 0-based positions of the section columns: the cells an author edits. */
export const SECTION_POSITIONS: readonly number[] = NARRATIVE_COLUMNS.flatMap((c, index) => ((NARRATIVE_SECTIONS as readonly string[]).includes(c.key) ? [index] : []));
