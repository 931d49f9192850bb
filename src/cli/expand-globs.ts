import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * File names with wildcards, expanded by packsmith itself: cmd and PowerShell pass `returns/*.xlsx`
 * on as it is typed (a POSIX shell expands it first, and leaves it as typed when nothing matches).
 * `*` is any run of characters within a name, `?` one character, `[abc]` or `[!abc]` one of (or
 * none of) a set; wildcards may stand in any part of the path. Names starting with `.` match only
 * a pattern that starts with `.`; on Windows and macOS names match whatever their case.
 */
const WILDCARD = /[*?[]/;

export function hasWildcards(pattern: string): boolean {
  return WILDCARD.test(pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|\\\]]/g, '\\$&');
}

/** A name pattern (`*.xlsx`) as a regular expression matching whole names. */
export function namePattern(part: string, caseless: boolean): RegExp {
  let source = '';
  for (let i = 0; i < part.length; i += 1) {
    const c = part[i] ?? '';
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[') {
      const end = part.indexOf(']', i + 2);
      if (end < 0) source += '\\[';
      else {
        const set = part.slice(i + 1, end);
        const negated = set.startsWith('!') || set.startsWith('^');
        source += `[${negated ? '^' : ''}${(negated ? set.slice(1) : set).replace(/[\\\]^]/g, '\\$&')}]`;
        i = end;
      }
    } else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, caseless ? 'i' : '');
}

export interface GlobOptions {
  readonly platform?: NodeJS.Platform;
  /** The folder relative patterns start from. */
  readonly cwd?: string;
}

/** The files a pattern names, sorted; the pattern itself, as one name, when it has no wildcards. */
export async function expandGlob(pattern: string, options: GlobOptions = {}): Promise<string[]> {
  if (!hasWildcards(pattern)) return [pattern];
  const platform = options.platform ?? process.platform;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const caseless = platform === 'win32' || platform === 'darwin';
  // the root (`/`, `C:\`, `\\server\share\`) or '' for a relative pattern, then the parts after it
  const root = paths.isAbsolute(pattern) ? paths.parse(pattern).root : '';
  let found = [root];
  const rest = pattern.slice(root.length).split(platform === 'win32' ? /[\\/]/ : '/');
  const cwd = options.cwd ?? process.cwd();
  for (const [index, part] of rest.entries()) {
    if (part === '') continue;
    const last = index === rest.length - 1;
    const next: string[] = [];
    for (const base of found) {
      if (!hasWildcards(part)) {
        next.push(base === '' ? part : paths.join(base, part));
        continue;
      }
      const regex = namePattern(part, caseless);
      const entries = await readdir(paths.resolve(cwd, base === '' ? '.' : base), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name.startsWith('.') && !part.startsWith('.')) continue;
        if (!regex.test(entry.name)) continue;
        if (!last && !entry.isDirectory() && !entry.isSymbolicLink()) continue;
        next.push(base === '' ? entry.name : paths.join(base, entry.name));
      }
    }
    found = next;
  }
  const files: string[] = [];
  for (const candidate of found) {
    const info = await stat(paths.resolve(cwd, candidate)).catch(() => undefined);
    if (info?.isFile() === true) files.push(candidate);
  }
  return files.sort();
}
