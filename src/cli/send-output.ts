import { sendDrafts, type OutgoingDraft, type SendEvent, type SendResult } from '../deliver/send-drafts.js';
import { readSmtpSettings, type SmtpSettings } from '../model/smtp-settings.js';
import { complain, EXIT, plural, say } from './console.js';
import type { Progress } from './progress.js';

/**
 * `pack --send`: the mail server settings checked before anything is built, then a line a
 * recipient as each result comes, and the exit code: 4 when any draft was not sent.
 */

/** The PACKSMITH_SMTP_* settings, or undefined after printing every problem with them. */
export function smtpSettingsOrComplain(env: Readonly<Record<string, string | undefined>>): SmtpSettings | undefined {
  const read = readSmtpSettings(env);
  if (!read.ok) {
    for (const problem of read.problems) complain(`packsmith: ${problem}`);
    complain('Nothing was built or sent. The variables are described in the README, under "Sending the drafts".');
    return undefined;
  }
  for (const warning of read.warnings) complain(`packsmith: warning: ${warning}`);
  return read.settings;
}

const STATUS_WORDS: Readonly<Record<SendResult['status'], string>> = { sent: 'sent to', 'sent-again': 'sent again to', 'already-sent': 'not sent again to', failed: 'NOT SENT to' };

function resultLine(index: number, total: number, result: SendResult): string {
  return `  [${index + 1}/${total}] ${STATUS_WORDS[result.status]} ${result.recipient}: ${result.detail}`;
}

function summary(results: readonly SendResult[]): string {
  const count = (status: SendResult['status']): number => results.filter((r) => r.status === status).length;
  const parts = [`${count('sent') + count('sent-again')} sent`, `${count('already-sent')} already sent before`, `${count('failed')} not sent`];
  return `${plural(results.length, 'draft')} to authors: ${parts.join(', ')}`;
}

/** Sends the drafts written to `folder`, printing each result; returns the exit code. */
export async function sendAndReport(folder: string, drafts: readonly OutgoingDraft[], smtp: SmtpSettings, progress: Progress): Promise<number> {
  say(`Sending the drafts via ${smtp.host}:${smtp.port} (${smtp.tls === 'none' ? 'not encrypted' : smtp.tls})${smtp.auth === undefined ? '' : ', signed in'}`);
  const onEvent = (event: SendEvent): void => {
    if (event.kind === 'sending') progress.step(`sending ${event.index + 1} of ${event.total} to ${event.recipient} ...`);
    else {
      progress.done();
      say(resultLine(event.index, event.total, event.result));
    }
  };
  const outcome = await sendDrafts({ folder, drafts, smtp, onEvent });
  progress.done();
  if (outcome.kind === 'not-started') {
    complain(`packsmith: nothing was sent: ${outcome.reason}`);
    return EXIT.notAllSent;
  }
  say(summary(outcome.results));
  if (outcome.results.some((r) => r.status === 'failed')) {
    complain('Some drafts were not sent (listed above). Run the same command again to send only those.');
    return EXIT.notAllSent;
  }
  return EXIT.ok;
}
