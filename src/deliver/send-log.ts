import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEND_LOG } from '../compose/pack-identity.js';
import { writeFilesAtomically } from './write-files.js';

/**
 * The record of what `pack --send` has sent, kept beside the drafts as `drafts/send-log.json`, so
 * that a second run sends only what the first did not, and a draft changed since it was sent goes
 * again. One entry a message sent, oldest first.
 */
export interface SendLogEntry {
  /** The draft, relative to the output folder: `drafts/urgent-care-lead.eml`. */
  readonly file: string;
  /** The address it went to. */
  readonly recipient: string;
  /** SHA-256 of the draft .eml that was sent. */
  readonly messageHash: string;
  /** When the server accepted it, ISO 8601 UTC. */
  readonly sentAt: string;
  /** The server's reply, e.g. `250 2.0.0 OK queued`. */
  readonly response: string;
}

export interface SendLog {
  readonly version: 1;
  readonly sent: readonly SendLogEntry[];
}

export { SEND_LOG };

export type SendLogRead = { readonly ok: true; readonly log: SendLog } | { readonly ok: false; readonly reason: string };

function isEntry(value: unknown): value is SendLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['file', 'recipient', 'messageHash', 'sentAt', 'response'].every((key) => typeof entry[key] === 'string');
}

/** The log in `folder`; an empty one where none has been written yet. */
export async function readSendLog(folder: string): Promise<SendLogRead> {
  let text: string;
  try {
    text = await readFile(join(folder, SEND_LOG), 'utf8');
  } catch (cause) {
    if (cause instanceof Error && 'code' in cause && cause.code === 'ENOENT') return { ok: true, log: { version: 1, sent: [] } };
    return { ok: false, reason: `${SEND_LOG} cannot be read` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const sent = typeof parsed === 'object' && parsed !== null && (parsed as Record<string, unknown>)['version'] === 1 ? (parsed as Record<string, unknown>)['sent'] : undefined;
  if (!Array.isArray(sent) || !sent.every(isEntry)) {
    // Guessing what was sent could send an author the same e-mail twice, or not at all.
    return { ok: false, reason: `${SEND_LOG} is damaged, so what was already sent is not known; restore it, or move it away to send every draft again` };
  }
  return { ok: true, log: { version: 1, sent } };
}

/** Writes the log atomically: an interrupted write leaves the previous log whole. */
export async function writeSendLog(folder: string, log: SendLog): Promise<void> {
  await writeFilesAtomically(folder, [{ name: SEND_LOG, bytes: Buffer.from(`${JSON.stringify(log, null, 2)}\n`, 'utf8') }]);
}

/** The latest entry for a draft, if it has been sent. */
export function lastSent(log: SendLog, file: string): SendLogEntry | undefined {
  return log.sent.findLast((entry) => entry.file === file);
}
