#!/usr/bin/env node
// Stands in for LibreOffice's soffice in tests of what happens around a conversion (folders,
// refusals, failures, limits): writes a two-page PDF for each document, or fails when
// FAKE_SOFFICE_FAIL is set. Like the real soffice, it can start a process of its own that does
// the work (FAKE_SOFFICE_OFFICE_PIDS: a file to write that process's id to), take its time
// (FAKE_SOFFICE_SLEEP_MS) and hold memory (FAKE_SOFFICE_MEMORY_MB). Asked only to set up its
// profile (--terminate_after_init), it marks the profile set up and ends at once, as LibreOffice
// does in a fraction of a second; FAKE_SOFFICE_CALLS names a file where each conversion notes the
// files it was given and whether its profile was set up. The real conversion is tested with
// LibreOffice itself.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const env = process.env;
if (env.FAKE_SOFFICE_FAIL) {
  process.stderr.write('Error: source file could not be loaded\n');
  process.exit(1);
}
const profile = fileURLToPath(args.find((a) => a.startsWith('-env:UserInstallation=')).slice('-env:UserInstallation='.length));
const marker = join(profile, 'user', 'set-up-by-fake-soffice');
if (args.includes('--terminate_after_init')) {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(marker, '');
  process.exit(0);
}
const inputs = args.filter((a) => /\.(docx|pptx)$/.test(a));
if (env.FAKE_SOFFICE_CALLS) appendFileSync(env.FAKE_SOFFICE_CALLS, `${existsSync(marker) ? 'set up' : 'empty'}: ${inputs.map((input) => basename(input)).join(' ')}\n`);
if (env.FAKE_SOFFICE_OFFICE_PIDS) {
  // the "office": a process of the launcher's that outlives it unless its group is stopped
  const office = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  appendFileSync(env.FAKE_SOFFICE_OFFICE_PIDS, `${office.pid}\n`);
  appendFileSync(env.FAKE_SOFFICE_OFFICE_PIDS, `${process.pid}\n`);
}
const held = env.FAKE_SOFFICE_MEMORY_MB ? Buffer.alloc(Number(env.FAKE_SOFFICE_MEMORY_MB) * 1024 * 1024, 1) : undefined;
await new Promise((resolve) => setTimeout(resolve, Number(env.FAKE_SOFFICE_SLEEP_MS ?? 0)));
const outdir = args[args.indexOf('--outdir') + 1];
for (const input of inputs) {
  const pdf = `%PDF-1.6\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>\nendobj\n3 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\ntrailer\n<</Root 1 0 R/Info<</Title(${basename(input)})/CreationDate(D:${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z')>>>>\n%%EOF\n`;
  writeFileSync(join(outdir, basename(input).replace(/\.[^.]+$/, '.pdf')), pdf);
}
if (held !== undefined) process.stdout.write(String(held.length));
