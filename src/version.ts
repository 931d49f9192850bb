import { readFileSync } from 'node:fs';

/**
 * packsmith's version, from its package.json: one level above this module both in the sources
 * (`src/`) and in the built package (`dist/`). Read once, when first asked for.
 */
let version: string | undefined;

export function packsmithVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
