import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { buildMimeMessage, encodeAttachment, type MimeAttachment } from '../../src/email/mime-message.js';

/*
 * A draft's attachments are encoded once and carried into every author's message as they are.
 * The message must be the one nodemailer builds from the attachments' bytes, byte for byte: the
 * same part headers (names that need encoding too) and the same base64 lines.
 */

/** Bytes 0, 1, 2, ... of the length: base64 line ends fall at 57 bytes a line. */
function bytesOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 37) % 256);
}

const MESSAGE = {
  to: { name: 'Head of Urgent Care', address: 'head.of.urgent.care@example.org' },
  from: 'performance.team@example.org',
  subject: 'Draft pack for January 2026',
  text: 'Hello\nThe draft is attached.\n',
  html: '<p>Hello</p>\n',
  date: new Date(Date.UTC(2026, 1, 5, 9)),
  messageId: '<packsmith.2026-01.head-of-urgent-care.0123@example.org>',
  boundary: '0123456789abcdef',
  headers: { 'X-Unsent': '1' },
};

/** The message as nodemailer builds it from each attachment's bytes. */
async function fromBytes(attachments: readonly MimeAttachment[]): Promise<Buffer> {
  const composer = new MailComposer({
    from: MESSAGE.from,
    to: MESSAGE.to,
    subject: MESSAGE.subject,
    text: MESSAGE.text,
    html: MESSAGE.html,
    attachments: attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content) })),
    date: MESSAGE.date,
    messageId: MESSAGE.messageId,
    baseBoundary: MESSAGE.boundary,
    boundaryPrefix: '--_packsmith',
    headers: MESSAGE.headers,
    newline: '\r\n',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

describe('attachments encoded once', () => {
  it('give the message nodemailer builds from their bytes, whatever their length and name', async () => {
    const attachments: MimeAttachment[] = [
      { filename: 'cover-report-2026-01.docx', content: bytesOf(0) },
      { filename: '3as-pack-2026-01.pptx', content: bytesOf(57) },
      { filename: 'narrative-return-2026-01-uc.xlsx', content: bytesOf(58) },
      { filename: 'Réturn – Urgent Care (January 2026) with a name long enough to be folded.xlsx', content: bytesOf(57 * 40 + 1) },
      { filename: 'pack-model.json', content: bytesOf(100_003) },
    ];
    const built = await buildMimeMessage({ ...MESSAGE, attachments: attachments.map(encodeAttachment) });
    expect(built.equals(await fromBytes(attachments))).toBe(true);
  });

  it('one encoded attachment goes into any number of messages unchanged', async () => {
    const attachment = { filename: 'cover-report-2026-01.docx', content: bytesOf(5000) };
    const encoded = encodeAttachment(attachment);
    const first = await buildMimeMessage({ ...MESSAGE, attachments: [encoded] });
    const second = await buildMimeMessage({ ...MESSAGE, attachments: [encoded] });
    expect(first.equals(second)).toBe(true);
    expect(first.equals(await fromBytes([attachment]))).toBe(true);
  });
});
