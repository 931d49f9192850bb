import { readZip } from '../render/zip/zip-archive.js';
import type { OutputFile } from './write-files.js';

/*
 * LibreOffice's memory for a conversion grows with the charts it draws, and it keeps each chart's
 * model until the document is closed. Measured converting the 200-metric benchmark pack on Linux
 * (LibreOffice 7.4, proportional memory): the slide pack, 143 slides and 200 charts, held 3.2 GB;
 * the cover report, 100 charts, 0.28 GB. Impress keeps far more of a chart than Writer does, so
 * each is estimated by its own kind; documents are converted side by side only while their
 * estimates fit the limit together.
 */

/** An office with a document open and nothing drawn yet, bytes. */
const OFFICE_BYTES = 300 * 1024 * 1024;
const MB = 1024 * 1024;
/** What each chart adds while the document is converted, bytes, by the package's folder: Impress 3.2 GB over 200 charts, rounded up; Writer and Calc, a little. */
const CHART_BYTES: Readonly<Record<string, number>> = { ppt: 16 * MB, word: 2 * MB, xl: 2 * MB };
const CHART_PART = /^(ppt|word|xl)\/charts\/chart\d+\.xml$/;

/** How much memory converting the document is expected to take, from the charts its package holds, and how many charts those are. */
export function officeEstimate(document: OutputFile): { readonly bytes: number; readonly charts: number } {
  let chartBytes = 0;
  let charts = 0;
  try {
    for (const entry of readZip(document.bytes)) {
      const folder = CHART_PART.exec(entry.name)?.[1];
      if (folder === undefined) continue;
      charts += 1;
      chartBytes += CHART_BYTES[folder] ?? 16 * MB;
    }
  } catch {
    // not a package: LibreOffice will say what is wrong with it; estimate it as an empty office
  }
  return { bytes: OFFICE_BYTES + chartBytes, charts };
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
export function farPastLimit(documents: readonly OutputFile[], memoryBytes: number): { readonly document: OutputFile; readonly bytes: number; readonly charts: number } | undefined {
  for (const document of documents) {
    const estimate = officeEstimate(document);
    if (estimate.bytes > TRIED_PAST_LIMIT * memoryBytes) return { document, ...estimate };
  }
  return undefined;
}

/**
 * The documents in groups to convert one group after another, each group's documents side by
 * side: a document joins the group before it while their estimated memory together stays within
 * the limit; a document that alone passes it goes on its own (the limit then decides).
 */
export function conversionBatches(documents: readonly OutputFile[], memoryBytes: number): OutputFile[][] {
  const batches: OutputFile[][] = [];
  let current: OutputFile[] = [];
  let held = 0;
  for (const document of documents) {
    const needs = estimatedOfficeBytes(document);
    if (current.length > 0 && held + needs > memoryBytes) {
      batches.push(current);
      current = [];
      held = 0;
    }
    current.push(document);
    held += needs;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
