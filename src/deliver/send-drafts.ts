import { SmtpFailure, smtpServer, type SmtpServer } from '../email/smtp-connection.js';
import type { SmtpSettings } from '../model/smtp-settings.js';
import { stopIfParentGone } from './interruption.js';
import { lastSent, readSendLog, writeSendLog, type SendLog, type SendLogEntry } from './send-log.js';

/** A draft to send: what `buildPack` gives for each author (see `DraftEmail`). */
export interface OutgoingDraft {
  /** Relative to the output folder: `drafts/urgent-care-lead.eml`. */
  readonly file: string;
  readonly to: { readonly name: string; readonly address: string };
  /** The workbook's "Drafts from". */
  readonly from?: string;
  /** SHA-256 of the draft .eml. */
  readonly hash: string;
  /** The message to send: dated when sent, from the sender, without the unsent mark. */
  readonly forSending: (sentAt: Date, from: string) => Promise<Uint8Array>;
}

/**
 * sent: sent now for the first time; sent-again: sent before, but the draft (or its recipient)
 * has changed since, so sent now again; already-sent: sent before as it stands, so skipped;
 * failed: not sent (see `detail`), and tried again on the next run.
 */
export type SendStatus = 'sent' | 'sent-again' | 'already-sent' | 'failed';

export interface SendResult {
  readonly file: string;
  /** `Urgent Care Lead <urgent.care.lead@example.org>` */
  readonly recipient: string;
  readonly status: SendStatus;
  /** The server's reply; when it was sent before; or why it failed. */
  readonly detail: string;
}

export type SendEvent =
  | { readonly kind: 'sending'; readonly index: number; readonly total: number; readonly file: string; readonly recipient: string }
  | { readonly kind: 'result'; readonly index: number; readonly total: number; readonly result: SendResult };

export interface SendRequest {
  /** The output folder the drafts were written to; the send log is kept in its `drafts/`. */
  readonly folder: string;
  readonly drafts: readonly OutgoingDraft[];
  readonly smtp: SmtpSettings;
  /** Told as each message starts and ends, for progress and a line a recipient. */
  readonly onEvent?: (event: SendEvent) => void;
  /** The clock; tests pass their own. */
  readonly now?: () => Date;
  /** The mail server; tests may pass one with short timeouts. */
  readonly server?: SmtpServer;
}

export type SendOutcome =
  | { readonly kind: 'not-started'; readonly reason: string }
  | { readonly kind: 'done'; readonly results: readonly SendResult[] };

function recipientOf(draft: OutgoingDraft): string {
  return `${draft.to.name} <${draft.to.address}>`;
}

/** Why a draft sent before goes again, or undefined when it need not. */
function changedSince(draft: OutgoingDraft, entry: SendLogEntry): string | undefined {
  if (entry.recipient !== draft.to.address) return `the address changed from ${entry.recipient} since it was sent on ${entry.sentAt}`;
  if (entry.messageHash !== draft.hash) return `the draft changed since it was sent on ${entry.sentAt}`;
  return undefined;
}

/** What to do with a draft: skip it (sent as it stands), or send it, saying why where it goes again. */
type Step = { readonly draft: OutgoingDraft; readonly sentBefore: SendLogEntry } | { readonly draft: OutgoingDraft; readonly again?: string };

function planSends(drafts: readonly OutgoingDraft[], log: SendLog): Step[] {
  return drafts.map((draft) => {
    const entry = lastSent(log, draft.file);
    if (entry === undefined) return { draft };
    const again = changedSince(draft, entry);
    return again === undefined ? { draft, sentBefore: entry } : { draft, again };
  });
}

/** Connects and signs in; the failure, if any, is every unsent draft's result. */
async function check(server: SmtpServer): Promise<SmtpFailure | undefined> {
  try {
    await server.check();
    return undefined;
  } catch (error) {
    if (error instanceof SmtpFailure) return error;
    throw error;
  }
}

/**
 * Sends each author's draft over SMTP, in order, skipping those the send log shows were sent as
 * they stand. One failure does not stop the others; each result is told through `onEvent` as it
 * comes, and the log is rewritten after every message the server accepts, so an interrupted run
 * loses nothing. The sender and the log are checked before connecting, and the connection and
 * sign-in before the first message.
 */
export async function sendDrafts(request: SendRequest): Promise<SendOutcome> {
  if (request.drafts.some((d) => (request.smtp.from ?? d.from) === undefined)) return { kind: 'not-started', reason: 'the drafts have no sender: set PACKSMITH_SMTP_FROM, or "Drafts from" on the Settings sheet' };
  const read = await readSendLog(request.folder);
  if (!read.ok) return { kind: 'not-started', reason: read.reason };
  let log: SendLog = read.log;
  const now = request.now ?? (() => new Date());
  const total = request.drafts.length;
  const results: SendResult[] = [];
  const report = (index: number, draft: OutgoingDraft, status: SendStatus, detail: string): void => {
    const result = { file: draft.file, recipient: recipientOf(draft), status, detail };
    results.push(result);
    request.onEvent?.({ kind: 'result', index, total, result });
  };

  const plan = planSends(request.drafts, log);
  const server = plan.every((step) => 'sentBefore' in step) ? undefined : (request.server ?? smtpServer(request.smtp));
  try {
    const unreachable = server === undefined ? undefined : await check(server);
    for (const [index, step] of plan.entries()) {
      const { draft } = step;
      if ('sentBefore' in step) report(index, draft, 'already-sent', `already sent on ${step.sentBefore.sentAt}`);
      else if (server === undefined || unreachable !== undefined) report(index, draft, 'failed', unreachable?.message ?? 'not sent');
      else {
        // nothing is sent once the run has been stopped (npm gone between two looks of the watch)
        stopIfParentGone();
        request.onEvent?.({ kind: 'sending', index, total, file: draft.file, recipient: recipientOf(draft) });
        const from = request.smtp.from ?? draft.from ?? '';
        try {
          const sentAt = now();
          const response = await server.send(await draft.forSending(sentAt, from), { from, to: draft.to.address });
          log = { version: 1, sent: [...log.sent, { file: draft.file, recipient: draft.to.address, messageHash: draft.hash, sentAt: sentAt.toISOString(), response }] };
          await writeSendLog(request.folder, log);
          report(index, draft, step.again === undefined ? 'sent' : 'sent-again', step.again === undefined ? response : `${step.again}; ${response}`);
        } catch (error) {
          if (!(error instanceof SmtpFailure)) throw error;
          report(index, draft, 'failed', error.message);
        }
      }
    }
  } finally {
    server?.close();
  }
  return { kind: 'done', results };
}
