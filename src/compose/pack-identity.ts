import { join } from 'node:path';
import type { Author, Meeting, MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import { agendaFileNames, type AgendaFileNames } from './agenda-file-names.js';
import { fileNamePart, slug } from './file-names.js';

/**
 * What names a pack, composed once: its committee, month, meeting, the date every document of it
 * carries, and the name and folder of every file it writes. The pipeline, the renderers and
 * `deliver/` read these; none works them out again.
 */
export interface PackIdentity {
  readonly committee: string;
  /** The committee as a file-name part: `quality-performance-and-outcomes-committee`. */
  readonly committeePart: string;
  readonly month: MonthPeriod;
  /** `2026-01` */
  readonly monthKey: string;
  /** `January 2026` */
  readonly monthLabel: string;
  /** The month's meeting, from the Meetings sheet, where given. */
  readonly meeting?: { readonly date: string; readonly agendaItem?: string };
  /**
   * The pack's date, ISO `2026-02-05`: the meeting's, else the first day after the reporting
   * month. The documents, their PDFs, the drafts and the return workbooks are all dated by it, so
   * the same workbook always gives the same bytes.
   */
  readonly date: string;
  /** A draft's documents, in the pack's folder. */
  readonly draft: { readonly packModel: string; readonly coverReport: string; readonly slidePack: string };
  /** The final pack's files, named for the agenda, in the folder's `final/`. */
  readonly final: AgendaFileNames;
  /** The drafts to authors, in the folder's `drafts/`: each author's e-mail and return workbook, and the send log. */
  readonly drafts: {
    readonly sendLog: string;
    readonly email: (authorId: string) => string;
    readonly returnWorkbook: (authorId: string) => string;
  };
}

/** The folder under the output folder that the drafts to authors, their returns and the send log go in. */
export const DRAFTS_FOLDER = 'drafts';
/** What `pack --send` has sent, kept beside the drafts. */
export const SEND_LOG = `${DRAFTS_FOLDER}/send-log.json`;
/** Where a final pack goes, under the pack's folder. */
export const FINAL_FOLDER = 'final';
/** The default root of every committee's output, under the current folder. */
export const OUTPUT_ROOT = 'output';

/** `narrative-return-2026-01-uc.xlsx`: the return workbook an author is sent and sends back. */
export function returnWorkbookName(month: MonthPeriod, authorId: string): string {
  return `narrative-return-${periodKey(month)}-${slug(authorId)}.xlsx`;
}

/**
 * Each author's draft e-mail file, from their name (`Urgent Care Lead` -> `urgent-care-lead.eml`);
 * where two names give the same file name, each of those also carries its author's Id.
 */
function emailNames(authors: readonly Author[]): Map<string, string> {
  const stems = authors.map((a) => [a.id, slug(a.name)] as const);
  const count = new Map<string, number>();
  for (const [, stem] of stems) count.set(stem, (count.get(stem) ?? 0) + 1);
  return new Map(stems.map(([id, stem]) => [id, `${(count.get(stem) ?? 0) > 1 ? `${stem}-${slug(id)}` : stem}.eml`]));
}

/** The first day after a month, ISO: a pack without a meeting is dated when its month has ended. */
function dayAfter(month: MonthPeriod): string {
  return new Date(Date.UTC(month.year, month.month, 1)).toISOString().slice(0, 10);
}

function meetingOf(meetings: readonly Meeting[], key: string): PackIdentity['meeting'] {
  const meeting = meetings.find((m) => periodKey(m.month) === key);
  if (meeting === undefined) return undefined;
  return meeting.agendaItem === undefined ? { date: meeting.date } : { date: meeting.date, agendaItem: meeting.agendaItem };
}

/** The identity of a committee's pack for a month. */
export function packIdentity(workbook: { readonly settings: Pick<PackWorkbook['settings'], 'committee'> } & Pick<PackWorkbook, 'meetings' | 'authors'>, month: MonthPeriod): PackIdentity {
  const committee = workbook.settings.committee;
  const committeePart = fileNamePart(committee) || 'committee';
  const monthKey = periodKey(month);
  const meeting = meetingOf(workbook.meetings, monthKey);
  const emails = emailNames(workbook.authors);
  const draftName = (paper: string, extension: string): string => `${committeePart}-${paper}-${monthKey}.${extension}`;
  return {
    committee,
    committeePart,
    month,
    monthKey,
    monthLabel: monthLongLabel(month),
    ...(meeting === undefined ? {} : { meeting }),
    date: meeting !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? meeting.date : dayAfter(month),
    draft: { packModel: draftName('pack-model', 'json'), coverReport: draftName('cover-report', 'docx'), slidePack: draftName('3as-pack', 'pptx') },
    final: agendaFileNames({ committeePart, monthKey, ...(meeting === undefined ? {} : { meeting }) }),
    drafts: {
      sendLog: SEND_LOG,
      email: (authorId) => `${DRAFTS_FOLDER}/${emails.get(authorId) ?? `${slug(authorId)}.eml`}`,
      returnWorkbook: (authorId) => `${DRAFTS_FOLDER}/${returnWorkbookName(month, authorId)}`,
    },
  };
}

/**
 * Where a pack is written: `--out` as given, else `output/<committee>/<month>/` under the current
 * folder, so that each committee's packs have their own folder and no run touches another's.
 */
export function packFolder(identity: Pick<PackIdentity, 'committeePart' | 'monthKey'>, outDir?: string): string {
  return outDir ?? join(OUTPUT_ROOT, identity.committeePart, identity.monthKey);
}
