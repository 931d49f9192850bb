import { createHash } from 'node:crypto';
import type { DraftEmailView } from '../../compose/email/draft-email-view.js';
import type { OutputFile } from '../../deliver/write-files.js';
import { buildMimeMessage, encodeAttachment, type EncodedAttachment, type MimeMessage } from '../../email/mime-message.js';

/** A file attached to an author's draft: its name, its bytes and, for the body, what it is. */
export interface DraftAttachment extends OutputFile {
  readonly description?: string;
}

/** An author's draft, rendered: the .eml to write, and the message to send in its place. */
export interface DraftEmail {
  readonly authorId: string;
  /** Path in the output folder: `drafts/urgent-care-lead.eml`. */
  readonly file: string;
  readonly to: { readonly name: string; readonly address: string };
  /** The "Drafts from" setting, if given. */
  readonly from?: string;
  /** The unsent draft, marked `X-Unsent: 1`, with the fixed Date described at {@link draftDate}. */
  readonly eml: Uint8Array;
  /** SHA-256 of `eml`: a changed draft has a changed hash (worked out when first asked, for sending). */
  readonly hash: string;
  /** The message as sent: dated `sentAt`, from `from`, without the X-Unsent mark. */
  readonly forSending: (sentAt: Date, from: string) => Promise<Uint8Array>;
}

/**
 * The Date of every draft of a pack: 09:00 UTC on the pack's date (see `packIdentity`). A draft is
 * a document, not a message yet: its date is fixed by the input so that the same workbook gives
 * the same bytes. The sent message carries the real time it was sent.
 */
export function draftDate(view: Pick<DraftEmailView, 'date'>): Date {
  return new Date(`${view.date}T09:00:00Z`);
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An attachment ready for any number of messages: its part, encoded once, and the SHA-256 of its bytes. */
interface ReadyAttachment {
  readonly name: string;
  readonly sha256: string;
  readonly encoded: EncodedAttachment;
}

/** Makes attachments ready, each file (its bytes under its name) once however many drafts carry it. */
export type AttachmentEncoder = (attachment: DraftAttachment) => ReadyAttachment;

/**
 * An encoder for one pack's drafts: the pack's documents go to every author, and are hashed and
 * encoded once for all of them.
 */
export function attachmentEncoder(): AttachmentEncoder {
  const ready = new WeakMap<Uint8Array, Map<string, ReadyAttachment>>();
  return (attachment) => {
    let byName = ready.get(attachment.bytes);
    if (byName === undefined) ready.set(attachment.bytes, (byName = new Map()));
    let made = byName.get(attachment.name);
    if (made === undefined) {
      const filename = attachment.name.split('/').pop() ?? attachment.name;
      made = { name: attachment.name, sha256: sha256(attachment.bytes), encoded: encodeAttachment({ filename, content: attachment.bytes }) };
      byName.set(attachment.name, made);
    }
    return made;
  };
}

/** A fingerprint of everything the message says and carries, for its Message-ID and boundaries. */
function contentHash(view: DraftEmailView, attachments: readonly ReadyAttachment[]): string {
  const parts = { to: view.to, from: view.from ?? null, subject: view.subject, text: view.text, html: view.html, month: view.month, attachments: attachments.map((a) => [a.name, a.sha256]) };
  return sha256(JSON.stringify(parts));
}

/** `<packsmith.2026-01.urgent-care-lead.3f2a...@example.org>`: from the content, so it changes when the draft does. */
function messageId(view: DraftEmailView, hash: string, from: string | undefined): string {
  const domain = from?.split('@')[1] ?? 'packsmith.invalid';
  const stem = (view.file.split('/').pop() ?? view.file).replace(/\.eml$/, '');
  return `<packsmith.${view.month}.${stem}.${hash.slice(0, 24)}@${domain}>`;
}

function message(view: DraftEmailView, attachments: readonly ReadyAttachment[], hash: string, from: string | undefined, date: Date, unsent: boolean): MimeMessage {
  return {
    ...(from === undefined ? {} : { from }),
    to: view.to,
    subject: view.subject,
    text: view.text,
    html: view.html,
    attachments: attachments.map((a) => a.encoded),
    date,
    messageId: messageId(view, hash, from),
    boundary: hash.slice(0, 32),
    // X-Unsent: 1 makes Outlook open the file as a new message, ready to send.
    ...(unsent ? { headers: { 'X-Unsent': '1' } } : {}),
  };
}

/**
 * Renders an author's draft e-mail with its attachments into an .eml, deterministically. Drafts of
 * one pack share an `encode`, so that the documents every author gets are encoded once.
 */
export async function renderDraftEmail(view: DraftEmailView, files: readonly DraftAttachment[], encode: AttachmentEncoder = attachmentEncoder()): Promise<DraftEmail> {
  const attachments = files.map(encode);
  const hash = contentHash(view, attachments);
  const eml = await buildMimeMessage(message(view, attachments, hash, view.from, draftDate(view), true));
  // a draft's .eml carries the pack's documents (17 MB for 1,000 metrics): hashed only when sent
  let emlHash: string | undefined;
  return {
    authorId: view.authorId,
    file: view.file,
    to: view.to,
    ...(view.from === undefined ? {} : { from: view.from }),
    eml,
    get hash() {
      emlHash ??= sha256(eml);
      return emlHash;
    },
    forSending: (sentAt, from) => buildMimeMessage(message(view, attachments, hash, from, sentAt, false)),
  };
}
