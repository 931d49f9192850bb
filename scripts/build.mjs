// Builds the packsmith command: src/ compiled by TypeScript to dist/ (ESM JavaScript and type
// declarations), dist/ emptied first so that no file of a removed source lingers. Run by
// `npm run build`, and by npm itself on `npm ci` and `npm pack` (the prepare script).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write(
    'packsmith: the TypeScript compiler that builds packsmith is not installed (npm ci --omit=dev leaves it out).\n' +
      'In a copy of the code, run npm ci; to install packsmith without its development tools, install the package npm pack makes (see the README).\n',
  );
  process.exit(1);
}
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
