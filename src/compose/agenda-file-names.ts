import { fileNamePart } from './file-names.js';

/** The documents of a final pack, each with its file name for the agenda papers. */
export interface AgendaFileNames {
  readonly packModel: string;
  readonly coverReport: string;
  readonly coverReportPdf: string;
  readonly slidePack: string;
  readonly slidePackPdf: string;
  readonly manifest: string;
}

/**
 * Names that sort and read as agenda papers do: committee, meeting date, item, then the paper,
 * e.g. `quality-performance-and-outcomes-committee-2026-02-05-item-7.2-cover-report.pdf`. A final
 * pack needs its meeting (the pipeline refuses one without), so the date is always there; the
 * month stands in for it otherwise. Part of the pack's identity (see `packIdentity`).
 */
export function agendaFileNames(pack: { readonly committeePart: string; readonly monthKey: string; readonly meeting?: { readonly date: string; readonly agendaItem?: string } }): AgendaFileNames {
  const date = pack.meeting?.date ?? pack.monthKey;
  // "Item 7.2" and "7.2" both give item-7.2
  const item = pack.meeting?.agendaItem === undefined ? '' : fileNamePart(pack.meeting.agendaItem.replace(/^\s*item\b/i, ''), '.');
  const base = `${pack.committeePart}-${date}${item === '' ? '' : `-item-${item}`}`;
  return {
    packModel: `${base}-pack-model.json`,
    coverReport: `${base}-cover-report.docx`,
    coverReportPdf: `${base}-cover-report.pdf`,
    slidePack: `${base}-3as-pack.pptx`,
    slidePackPdf: `${base}-3as-pack.pdf`,
    manifest: `${base}-manifest.json`,
  };
}
