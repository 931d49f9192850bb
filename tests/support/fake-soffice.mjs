#!/usr/bin/env node
// Stands in for LibreOffice's soffice in tests of what happens around a conversion (folders,
// refusals, failures): writes a two-page PDF for each document, or fails when FAKE_SOFFICE_FAIL
// is set. The real conversion is tested with LibreOffice itself.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
if (process.env.FAKE_SOFFICE_FAIL) {
  process.stderr.write('Error: source file could not be loaded\n');
  process.exit(1);
}
const outdir = args[args.indexOf('--outdir') + 1];
for (const input of args.filter((a) => /\.(docx|pptx)$/.test(a))) {
  const pdf = `%PDF-1.6\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>\nendobj\n3 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\ntrailer\n<</Root 1 0 R/Info<</Title(${basename(input)})/CreationDate(D:${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z')>>>>\n%%EOF\n`;
  writeFileSync(join(outdir, basename(input).replace(/\.[^.]+$/, '.pdf')), pdf);
}
