import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { HouseStyle, HouseStyleKey, HouseStyleNames, NamedFile } from '../model/house-style.js';
import { checkHouseStyle, type LoadedFile } from './check-house-style.js';

async function load(key: HouseStyleKey, named: NamedFile, folder: string): Promise<LoadedFile> {
  const path = resolve(folder, named.name);
  try {
    return { key, named, path, content: new Uint8Array(await readFile(path)) };
  } catch (cause) {
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
    const fault = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable';
    return { key, named, path, content: { fault } };
  }
}

/**
 * Reads the house-style files the Settings sheet names, from paths taken from the workbook's
 * folder, and checks them; every fault goes to `diagnostics` at its Settings cell.
 */
export async function readHouseStyle(names: HouseStyleNames, workbookFolder: string, diagnostics: Diagnostics): Promise<HouseStyle> {
  const keys: readonly HouseStyleKey[] = ['slideTemplate', 'reportTemplate', 'logo'];
  const files = await Promise.all(keys.flatMap((key) => {
    const named = names[key];
    return named === undefined ? [] : [load(key, named, workbookFolder)];
  }));
  return checkHouseStyle(files, diagnostics);
}
