import { occurrences } from '../render/zip/occurrences.js';
import { TABLE_CELL_STARTS } from '../render/pptx/package/slide-pack-parts.js';
import { contentOf, readZip } from '../render/zip/zip-archive.js';
import type { OutputFile } from './write-files.js';

/*
 * LibreOffice's memory for a conversion grows with the table cells and the charts it lays out, and
 * it keeps them all until the document is closed. Measured on Linux (LibreOffice 7.4, largest
 * process), each kind of content taken out of the sample pack in turn:
 * - Impress: 296 MB for the slide pack's 52 slides without tables or charts; its 6,268 table cells
 *   add 580 MB (about 92 KB a cell, the same with a half or a quarter of the rows); its 56 charts
 *   add 21 MB. The 200-metric pack, 29,002 cells and 200 charts, held 3.1 GB.
 * - Writer: 158 MB for the cover report without its charts; its 46 charts add 78 MB (1.7 MB a
 *   chart); its 616 table cells add 8 MB.
 * Each document is estimated by its own kind, rounded up; LibreOffices are run side by side only
 * while their estimates fit the limit together (`convert-to-pdf.ts`).
 */

/** An office with a document open and nothing laid out yet, bytes. */
const OFFICE_BYTES = 300 * 1024 * 1024;
const KB = 1024;
const MB = 1024 * KB;

interface Costs {
  readonly chartBytes: number;
  /** Where the document's tables are, how a cell starts in them, and what each cell costs. */
  readonly tables?: { readonly parts: RegExp; readonly cellStarts: readonly string[]; readonly cellBytes: number };
}

/** By the package's folder: a slide pack's (Impress), a report's (Writer), a workbook's (Calc: its charts only). */
const COSTS: Readonly<Record<string, Costs>> = {
  ppt: { chartBytes: 1 * MB, tables: { parts: /^ppt\/slides\/slide\d+\.xml$/, cellStarts: TABLE_CELL_STARTS, cellBytes: 96 * KB } },
  word: { chartBytes: 2 * MB, tables: { parts: /^word\/document\.xml$/, cellStarts: ['<w:tc>', '<w:tc '], cellBytes: 16 * KB } },
  xl: { chartBytes: 2 * MB },
};
const FOLDER = /^(ppt|word|xl)\//;
const CHART_PART = /^(?:ppt|word|xl)\/charts\/chart\d+\.xml$/;

/** The memory LibreOffice is expected to hold converting a slide pack (or a part of one) with these table cells and charts, bytes; an empty office's with none. */
export function slidePackBytes(cells: number, charts: number): number {
  const costs = COSTS['ppt'];
  return OFFICE_BYTES + cells * (costs?.tables?.cellBytes ?? 0) + charts * (costs?.chartBytes ?? 0);
}

/** What converting a document is expected to take: memory, and the table cells and charts it is estimated from. */
export interface OfficeEstimate {
  readonly bytes: number;
  readonly cells: number;
  readonly charts: number;
}

const estimates = new WeakMap<OutputFile, OfficeEstimate>();

/** How much memory converting the document is expected to take, from the table cells and charts its package holds. */
export function officeEstimate(document: OutputFile): OfficeEstimate {
  const known = estimates.get(document);
  if (known !== undefined) return known;
  let bytes = OFFICE_BYTES;
  let cells = 0;
  let charts = 0;
  try {
    for (const entry of readZip(document.bytes)) {
      const costs = COSTS[FOLDER.exec(entry.name)?.[1] ?? ''];
      if (costs === undefined) continue;
      if (CHART_PART.test(entry.name)) {
        charts += 1;
        bytes += costs.chartBytes;
      } else if (costs.tables?.parts.test(entry.name) === true) {
        const found = occurrences(Buffer.from(contentOf(entry)).toString('latin1'), costs.tables.cellStarts);
        cells += found;
        bytes += found * costs.tables.cellBytes;
      }
    }
  } catch {
    // not a package: LibreOffice will say what is wrong with it; estimate it as an empty office
  }
  const estimate = { bytes, cells, charts };
  estimates.set(document, estimate);
  return estimate;
}

/** How much memory converting the document is expected to take (see {@link officeEstimate}). */
export function estimatedOfficeBytes(document: OutputFile): number {
  return officeEstimate(document).bytes;
}

/**
 * How far past the limit a document's estimate may be and LibreOffice still be started on it: the
 * estimate errs high, so a document somewhat over it is tried, the limit then deciding; one over
 * twice the limit would only be stopped minutes later.
 */
const TRIED_PAST_LIMIT = 2;

/** The first document expected to need more than twice the memory allowed, with its estimate; none where all may fit. */
export function farPastLimit(documents: readonly OutputFile[], memoryBytes: number): ({ readonly document: OutputFile } & OfficeEstimate) | undefined {
  for (const document of documents) {
    const estimate = officeEstimate(document);
    if (estimate.bytes > TRIED_PAST_LIMIT * memoryBytes) return { document, ...estimate };
  }
  return undefined;
}
