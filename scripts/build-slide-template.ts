// Writes packsmith's own slide template, templates/slide-pack/packsmith.potx, from its description
// in scripts/slide-template/packsmith-template.ts: `npm run slide-template`. The bytes depend only on
// the description, so the file can be checked against a fresh build (tests/slide-pack/templates.test.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACKSMITH_TEMPLATE } from './slide-template/packsmith-template.js';
import { templateBytes } from './slide-template/template-parts.js';

const target = fileURLToPath(new URL('../templates/slide-pack/packsmith.potx', import.meta.url));
writeFileSync(target, templateBytes(PACKSMITH_TEMPLATE));
process.stdout.write(`wrote ${target}\n`);
