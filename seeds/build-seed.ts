/**
 * `npm run seed`: builds seeds/example-icb.xlsx from the readable files in seeds/source/.
 * Values come from seeds/source/values.csv, which seeds/generate-values.ts writes.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSampleWorkbook } from './sample-workbook.js';

const SOURCE = fileURLToPath(new URL('./source/', import.meta.url));
const TARGET = fileURLToPath(new URL('./example-icb.xlsx', import.meta.url));

const bytes = await buildSampleWorkbook(SOURCE);
// Written beside the target and renamed, so a reader never sees half a file.
writeFileSync(`${TARGET}.tmp`, bytes);
renameSync(`${TARGET}.tmp`, TARGET);
console.log(`seeds/example-icb.xlsx: ${bytes.length} bytes`);
