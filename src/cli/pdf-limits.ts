import { UsageError } from './console.js';
import type { Env } from './invocation.js';

/** A whole number of at least 1 from an environment variable, or undefined where it is not set. */
function positive(env: Env, name: string, unit: string, example: string): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name} must be a whole number of ${unit}, e.g. ${example}; got "${text}"`);
  return Number(text);
}

/**
 * The limits of a final pack's PDF conversion the officer may set: PACKSMITH_PDF_TIMEOUT in
 * seconds, PACKSMITH_PDF_MEMORY in megabytes (LibreOffice's memory, all its processes together).
 */
export function pdfLimits(env: Env): { timeoutMs?: number; memoryBytes?: number } {
  const seconds = positive(env, 'PACKSMITH_PDF_TIMEOUT', 'seconds', '900');
  const megabytes = positive(env, 'PACKSMITH_PDF_MEMORY', 'megabytes', '8192');
  return { ...(seconds === undefined ? {} : { timeoutMs: seconds * 1000 }), ...(megabytes === undefined ? {} : { memoryBytes: megabytes * 1024 * 1024 }) };
}
