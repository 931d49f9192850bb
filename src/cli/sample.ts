import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The sample workbook packaged with packsmith, read when no --workbook is given: `seeds/` beside
 * `src/` (or `dist/`), shown relative to the current folder when it lies below it.
 */
export function sampleWorkbook(): string {
  const path = fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url));
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}
