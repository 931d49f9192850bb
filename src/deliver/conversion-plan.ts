import { readSlidePack, slidePackPart, type PackageSlide, type SlidePackPackage } from '../render/pptx/package/slide-pack-parts.js';
import { estimatedOfficeBytes, slidePackBytes } from './office-memory.js';
import type { OutputFile } from './write-files.js';

/**
 * What LibreOffice converts, one LibreOffice a job: each document whole, except a slide pack that
 * would keep one LibreOffice busy for long, which is cut into parts of whole slides in order
 * (`render/pptx/package/slide-pack-parts.ts`), converted side by side as cores and memory allow
 * and merged into one PDF afterwards. Impress works on one core: converted whole, the sample's
 * slide pack took 16 s while the cover report beside it took 8 s.
 */

/** One LibreOffice's work: a document, or a part of one. */
export interface ConversionJob {
  /** The document it is (part of). */
  readonly document: OutputFile;
  /** The file LibreOffice is given: the document's name, or the part's. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The memory LibreOffice is expected to hold for it (see `office-memory.ts`). */
  readonly estimate: number;
}

/*
 * Impress's time, measured converting the sample's slide pack with parts of it taken out
 * (LibreOffice 7.4, Linux): some 1.6 ms a table cell, 50 ms a chart, and a little for each slide;
 * starting a LibreOffice costs 0.8 s, so a part is worth it only past a few seconds of work.
 */
const MS_PER_CELL = 1.6;
const MS_PER_CHART = 50;
const MS_PER_SLIDE = 15;
/** The least work a part is given, and a slide pack with less than twice it is converted whole. */
const LEAST_PART_MS = 5_000;
/** Parts per core: several, so that the parts fill the time beside the other documents. */
const PARTS_PER_CORE = 4;
/** A part's expected memory is kept this far under its share of the limit: the estimate is rough. */
const MEMORY_MARGIN = 1.25;
/**
 * The most memory a part is expected to need, whatever the limit allows: some 7,700 table cells.
 * Impress takes longer a cell the more it holds: 1.1 ms a cell up to 8,250 cells (0.9 GB), 1.3 ms
 * at 16,125 (1.6 GB), measured converting runs of the 200-metric pack's appendix alone. The
 * 1,000-metric final, whose parts had been the 1.6 GB two may hold within 4 GB, held 5.0 GB at
 * its peak and took 203 s; in parts of at most 1 GB, 3.0 GB and 190 s.
 */
const MOST_PART_BYTES = 1024 * 1024 * 1024;

function slideMs(slide: PackageSlide): number {
  return slide.cells * MS_PER_CELL + slide.charts * MS_PER_CHART + MS_PER_SLIDE;
}

/** The memory LibreOffice is expected to hold for these slides. */
function runBytes(slides: readonly PackageSlide[]): number {
  return slidePackBytes(
    slides.reduce((sum, s) => sum + s.cells, 0),
    slides.reduce((sum, s) => sum + s.charts, 0),
  );
}

/**
 * How many LibreOffices may run side by side: one a core, as far as the memory limit gives each
 * at least twice an empty office's (with the margin); one at least.
 */
export function officeLanes(memoryBytes: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(memoryBytes / (MEMORY_MARGIN * 2 * slidePackBytes(0, 0)))));
}

/**
 * The slides cut into runs in order, each run within the time and memory a part may take; one run
 * where the pack is small. A part's memory is its lane's share of the limit, and at most
 * {@link MOST_PART_BYTES}; where the share is under twice an empty office's, the memory cannot be
 * shared out, and only that most a part holds cuts the pack.
 */
export function slideRuns(slides: readonly PackageSlide[], memoryBytes: number, lanes: number): PackageSlide[][] {
  const totalMs = slides.reduce((sum, slide) => sum + slideMs(slide), 0);
  const share = memoryBytes / Math.max(1, lanes) / MEMORY_MARGIN;
  const memoryPerPart = Math.min(share < 2 * slidePackBytes(0, 0) ? Infinity : share, MOST_PART_BYTES);
  if ((lanes < 2 || totalMs < 2 * LEAST_PART_MS) && runBytes(slides) <= memoryPerPart) return [[...slides]];
  const partMs = lanes < 2 ? Infinity : Math.max(LEAST_PART_MS, totalMs / (lanes * PARTS_PER_CORE));
  const runs: PackageSlide[][] = [];
  let run: PackageSlide[] = [];
  let ms = 0;
  for (const slide of slides) {
    const fits = ms + slideMs(slide) <= partMs && runBytes([...run, slide]) <= memoryPerPart;
    if (run.length > 0 && !fits) {
      runs.push(run);
      run = [];
      ms = 0;
    }
    run.push(slide);
    ms += slideMs(slide);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The jobs of each document, in the documents' order, each document's parts in the slides' order,
 * for `lanes` LibreOffices side by side (see {@link officeLanes}).
 */
export function conversionJobs(documents: readonly OutputFile[], memoryBytes: number, lanes: number): ConversionJob[][] {
  return documents.map((document) => {
    const whole = (): ConversionJob[] => [{ document, name: document.name, bytes: document.bytes, estimate: estimatedOfficeBytes(document) }];
    if (!/\.pptx$/i.test(document.name)) return whole();
    let pack: SlidePackPackage;
    try {
      pack = readSlidePack(document.bytes);
    } catch {
      return whole(); // not a package LibreOffice can split: it will say what is wrong with it whole
    }
    const runs = pack.divisible ? slideRuns(pack.slides, memoryBytes, lanes) : [];
    if (runs.length < 2) return whole();
    const stem = document.name.replace(/\.pptx$/i, '');
    return runs.map((run, index) => {
      const first = run[0]?.number ?? 1;
      const last = run.at(-1)?.number ?? first;
      return { document, name: `${stem}.part-${index + 1}.pptx`, bytes: slidePackPart(pack, first, last), estimate: runBytes(run) };
    });
  });
}
