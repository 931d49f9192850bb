import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackIdentity } from '../compose/pack-identity.js';
import { DeliveryError } from './delivery-error.js';
import type { OutputFile } from './write-files.js';

/**
 * Which committee's packs a folder holds, written with them. The default folders are one a
 * committee; a folder given with --out may be any, and two committees' drafts there would share
 * file names (an author who writes for both) and one send log. So a folder holds one committee's
 * packs, and a run for another is refused before anything is built.
 */
export const OWNER_FILE = '.packsmith-pack.json';

export function ownerFile(identity: Pick<PackIdentity, 'committee'>): OutputFile {
  const text = `${JSON.stringify({ committee: identity.committee, about: "written by packsmith: this folder holds this committee's packs" }, null, 2)}\n`;
  return { name: OWNER_FILE, bytes: Buffer.from(text, 'utf8') };
}

async function ownerOf(folder: string): Promise<string | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(folder, OWNER_FILE), 'utf8')) as { committee?: unknown };
    return typeof parsed.committee === 'string' ? parsed.committee : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses a folder that holds another committee's packs (exit 5), before anything is built or written. */
export async function checkOwner(folder: string, identity: Pick<PackIdentity, 'committee'>): Promise<void> {
  const owner = await ownerOf(folder);
  if (owner === undefined || owner === identity.committee) return;
  throw new DeliveryError(
    `${folder} holds the packs of the ${owner}, so the ${identity.committee}'s pack is not written there (neither committee's files may replace the other's): leave out --out, and each committee's pack goes to its own folder under output/, or choose another folder. Nothing was written.`,
  );
}
