import MailComposer from 'nodemailer/lib/mail-composer';
import { detectMimeType } from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';

/**
 * src/email is the only code that touches nodemailer, as src/xlsx is for exceljs: here a message
 * is built into MIME bytes (its MailComposer), and in smtp-connection.ts carried over SMTP.
 */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

export interface MimeAttachment {
  readonly filename: string;
  readonly content: Uint8Array;
}

/**
 * An attachment as a part of a message: its headers and its content in base64 lines, built once
 * and carried as it is into every message that attaches it (the pack's documents go to every
 * author: at 1,000 metrics, 13 MB each to eleven authors).
 */
export interface EncodedAttachment {
  readonly filename: string;
  /** The MIME part, CRLF line ends. */
  readonly part: Buffer;
}

export interface MimeMessage {
  readonly from?: Mailbox | string;
  readonly to: Mailbox;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly EncodedAttachment[];
  readonly date: Date;
  /** `<...@...>` */
  readonly messageId: string;
  /** The shared part of every multipart boundary: fixed, so the same message gives the same bytes. */
  readonly boundary: string;
  /** Extra header fields, e.g. `X-Unsent`. */
  readonly headers?: Readonly<Record<string, string>>;
}

const NEWLINE = '\r\n';
/** Base64 lines of 76 characters (RFC 2045, 6.8), as nodemailer writes them. */
const LINE = 76;

/** The bytes in base64, in lines of 76 characters joined by CRLF, the last with no line end. */
function base64Lines(content: Uint8Array): Buffer {
  const encoded = Buffer.from(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64'), 'latin1');
  const lines = Math.ceil(encoded.length / LINE);
  const wrapped = Buffer.allocUnsafe(encoded.length + Math.max(lines - 1, 0) * 2);
  let to = 0;
  for (let from = 0; from < encoded.length; from += LINE) {
    to += encoded.copy(wrapped, to, from, Math.min(from + LINE, encoded.length));
    if (from + LINE < encoded.length) to += wrapped.write(NEWLINE, to, 'latin1');
  }
  return wrapped;
}

/**
 * The attachment's part as nodemailer's MailComposer writes an attachment of bytes: its type from
 * the file name, base64, `Content-Disposition: attachment` with the name; the headers written by
 * nodemailer itself, so names that need encoding are encoded as in any other part.
 */
export function encodeAttachment(attachment: MimeAttachment): EncodedAttachment {
  const parent = new MimeNode('multipart/mixed', { newline: NEWLINE });
  const node = parent.createChild(detectMimeType(attachment.filename), { filename: attachment.filename, disableFileAccess: true, disableUrlAccess: true, newline: NEWLINE });
  node.setHeader('Content-Transfer-Encoding', 'base64');
  node.setHeader('Content-Disposition', 'attachment');
  return { filename: attachment.filename, part: Buffer.concat([Buffer.from(`${node.buildHeaders()}${NEWLINE}${NEWLINE}`, 'utf8'), base64Lines(attachment.content)]) };
}

/**
 * The message as RFC 5322 bytes (CRLF line ends). Every header value is encoded by nodemailer, so a
 * line break in a name or subject is encoded into the value rather than starting a new header.
 * Nothing is read from disk or the network: attachments come encoded (see `encodeAttachment`).
 */
export async function buildMimeMessage(message: MimeMessage): Promise<Buffer> {
  // Each attachment goes in as a placeholder and its part is put in its place after: nodemailer
  // would pass every byte of every part through its line-end filter again for each message.
  const placeholders = message.attachments.map((_, i) => `packsmith-attachment-${i}-${message.boundary}`);
  const composer = new MailComposer({
    ...(message.from === undefined ? {} : { from: message.from }),
    to: { name: message.to.name, address: message.to.address },
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: placeholders.map((raw) => ({ raw })),
    date: message.date,
    messageId: message.messageId,
    baseBoundary: message.boundary,
    boundaryPrefix: '--_packsmith',
    headers: { ...message.headers },
    newline: NEWLINE,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const built = await composer.compile().build();
  const chunks: Buffer[] = [];
  let from = 0;
  message.attachments.forEach((attachment, i) => {
    const placeholder = placeholders[i] ?? '';
    const at = built.indexOf(placeholder, from, 'latin1');
    if (at === -1) throw new Error(`the message has no place for the attachment ${attachment.filename}`);
    chunks.push(built.subarray(from, at), attachment.part);
    from = at + placeholder.length;
  });
  chunks.push(built.subarray(from));
  return Buffer.concat(chunks);
}
