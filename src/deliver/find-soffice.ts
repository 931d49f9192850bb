import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where LibreOffice's `soffice` is: `PACKSMITH_SOFFICE` if set, else on the PATH, else where its
 * installers put it on each system. Pure but for `exists`, so that tests can simulate Windows and
 * macOS from any machine.
 */
export interface SofficeSearch {
  readonly platform?: NodeJS.Platform;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly exists?: (path: string) => boolean;
  /** The user's home folder, for ~/Applications on macOS. */
  readonly home?: string;
}

/** Windows: both Program Files folders, as the environment names them, and their usual places. */
function windowsPlaces(env: Readonly<Record<string, string | undefined>>): string[] {
  const roots = [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
  const unique = [...new Set(roots.filter((r): r is string => r !== undefined && r !== ''))];
  return unique.map((root) => path.win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
}

function macPlaces(home: string | undefined): string[] {
  const bundle = path.posix.join('LibreOffice.app', 'Contents', 'MacOS', 'soffice');
  return [path.posix.join('/Applications', bundle), ...(home === undefined ? [] : [path.posix.join(home, 'Applications', bundle)])];
}

const LINUX_PLACES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice', '/usr/local/bin/soffice'];

/** The names a program may have on the PATH: with each of PATHEXT's extensions on Windows. */
function programNames(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  const names = ['soffice', 'libreoffice'];
  if (platform !== 'win32') return names;
  const extensions = (env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '');
  // soffice.exe before soffice.com: the .com is a console wrapper around it
  const ordered = [...extensions.filter((e) => e.toUpperCase() === '.EXE'), ...extensions.filter((e) => e.toUpperCase() !== '.EXE')];
  return names.flatMap((name) => ordered.map((extension) => `${name}${extension.toLowerCase()}`));
}

/** Every place looked in, in order. */
export function sofficeCandidates(search: SofficeSearch = {}): string[] {
  const platform = search.platform ?? process.platform;
  const env = search.env ?? process.env;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const pathVariable = env['PATH'] ?? env['Path'] ?? '';
  const dirs = pathVariable.split(platform === 'win32' ? ';' : ':').filter((d) => d !== '').map((d) => d.replace(/^"(.*)"$/, '$1'));
  const onPath = dirs.flatMap((dir) => programNames(platform, env).map((name) => paths.join(dir, name)));
  const known = platform === 'win32' ? windowsPlaces(env) : platform === 'darwin' ? macPlaces(search.home ?? env['HOME']) : LINUX_PLACES;
  return [...onPath, ...known];
}

/** LibreOffice's `soffice`: `PACKSMITH_SOFFICE` if set (undefined if it is not there), else the first place that has it. */
export function findSoffice(search: SofficeSearch = {}): string | undefined {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  const chosen = env['PACKSMITH_SOFFICE'];
  if (chosen !== undefined && chosen !== '') return exists(chosen) ? chosen : undefined;
  return sofficeCandidates(search).find((candidate) => exists(candidate));
}

/**
 * A folder as the file URL LibreOffice's `-env:UserInstallation=` takes: `file:///tmp/packsmith-x`,
 * `file:///C:/Users/Officer/AppData/Local/Temp/packsmith-x` (never `file://C:\...`), spaces and
 * other characters percent-encoded, as Node's pathToFileURL does for each system.
 */
export function folderUrl(folder: string, platform: NodeJS.Platform = process.platform): string {
  return pathToFileURL(folder, { windows: platform === 'win32' }).href;
}
