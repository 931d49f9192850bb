/**
 * Writes seeds/source/values.csv: the sample's Values sheet, from the reference pack's latest
 * figures and a seeded random walk back to January 2024. Run it when the series in
 * seeds/values/ change (`npx tsx seeds/generate-values.ts`); the CSV is committed, and
 * `npm run seed` reads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { valuesCsv } from './values/values-csv.js';

const SOURCE = fileURLToPath(new URL('./source/', import.meta.url));

const csv = valuesCsv(readFileSync(`${SOURCE}metrics.csv`, 'utf8'));
writeFileSync(`${SOURCE}values.csv`, csv);
console.log(`seeds/source/values.csv: ${csv.split('\n').length - 2} rows`);
