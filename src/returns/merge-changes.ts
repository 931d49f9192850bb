import type { MonthPeriod, NarrativeSection } from '../model/pack-workbook.js';

/**
 * What a merge did, per return, area and section: the change list the officer reads, and what
 * tests pin. Bullet counts are of the bullets the pack prints (one a line of the cell).
 */
export type SectionStatus = 'added' | 'changed' | 'unchanged' | 'blank';

export interface SectionChange {
  readonly section: NarrativeSection;
  /** added: blank before; changed: different bullets (possibly none now); blank: none before or after. */
  readonly status: SectionStatus;
  readonly before: number;
  readonly after: number;
}

/**
 * added: the workbook had no row for the area and month; changed / unchanged: it had one;
 * blank: the return's row was blank in every section; missing: the return had no row for it.
 * Blank and missing areas are left as the workbook has them.
 */
export type AreaStatus = 'added' | 'changed' | 'unchanged' | 'blank' | 'missing';

export interface AreaChange {
  readonly areaId: string;
  readonly areaName: string;
  readonly status: AreaStatus;
  readonly sections: readonly SectionChange[];
  /** The workbook's Narrative row written (added or changed areas), once the copy is made. */
  readonly row?: number;
}

export interface ReturnChange {
  /** The return's file name as given. */
  readonly file: string;
  readonly authorId: string;
  /** The author as the pack names them: role (name). */
  readonly author: string;
  readonly areas: readonly AreaChange[];
}

export interface MergeChanges {
  readonly committee: string;
  readonly month: MonthPeriod;
  /** In order of file name. */
  readonly returns: readonly ReturnChange[];
}
