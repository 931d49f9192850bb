import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { findSoffice } from '../src/deliver/convert-to-pdf.js';
import { runPack } from '../src/run-pack.js';

/**
 * The final pack of the sample as `npm run pack -- --month 2026-01 --final` makes it, PDFs
 * included: the whole run and the PDF conversion's share, median of three fresh builds into a
 * scratch folder. Skipped, and said so, without LibreOffice.
 */
const RUNS = 3;
const OUT = 'output/bench/final';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function once(): Promise<{ totalMs: number; pdfMs: number }> {
  await rm(OUT, { recursive: true, force: true });
  let pdfStart = 0;
  let pdfEnd = 0;
  const start = performance.now();
  const outcome = await runPack({
    workbookPath: 'seeds/example-icb.xlsx',
    month: { kind: 'month', year: 2026, month: 1 },
    mode: 'final',
    outDir: OUT,
    onProgress: (event) => {
      if (pdfStart === 0) pdfStart = performance.now();
      if (event.finished === true) pdfEnd = performance.now();
    },
  });
  const totalMs = performance.now() - start;
  if (outcome.kind !== 'written') throw new Error(`the final pack was not written: ${JSON.stringify(outcome)}`);
  return { totalMs, pdfMs: pdfEnd - pdfStart };
}

if (findSoffice() === undefined) {
  process.stdout.write('final pack with PDFs: skipped, LibreOffice (soffice) is not installed\n');
} else {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await once());
  const total = median(runs.map((r) => r.totalMs));
  const pdf = median(runs.map((r) => r.pdfMs));
  process.stdout.write(`final pack of the sample with PDFs (median of ${RUNS}): ${(total / 1000).toFixed(1)} s in all, of which ${(pdf / 1000).toFixed(1)} s converting both documents to PDF with LibreOffice\n`);
}
