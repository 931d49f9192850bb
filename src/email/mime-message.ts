import MailComposer from 'nodemailer/lib/mail-composer';

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

export interface MimeMessage {
  readonly from?: Mailbox | string;
  readonly to: Mailbox;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly MimeAttachment[];
  readonly date: Date;
  /** `<...@...>` */
  readonly messageId: string;
  /** The shared part of every multipart boundary: fixed, so the same message gives the same bytes. */
  readonly boundary: string;
  /** Extra header fields, e.g. `X-Unsent`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The message as RFC 5322 bytes (CRLF line ends). Every header value is encoded by nodemailer, so a
 * line break in a name or subject is encoded into the value rather than starting a new header.
 * Nothing is read from disk or the network: attachments are bytes.
 */
export async function buildMimeMessage(message: MimeMessage): Promise<Buffer> {
  const composer = new MailComposer({
    ...(message.from === undefined ? {} : { from: message.from }),
    to: { name: message.to.name, address: message.to.address },
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content) })),
    date: message.date,
    messageId: message.messageId,
    baseBoundary: message.boundary,
    boundaryPrefix: '--_packsmith',
    headers: { ...message.headers },
    newline: '\r\n',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
