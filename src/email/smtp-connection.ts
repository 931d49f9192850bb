import nodemailer, { type NodemailerError } from 'nodemailer';
import type { SmtpSettings } from '../model/smtp-settings.js';

/**
 * The mail server, reached with nodemailer's SMTP transport: one connection per message, so a
 * connection the server drops loses only the message on it. Used only by src/deliver, the code
 * that decides what is sent; here is only how.
 */
export interface SmtpServer {
  /** Connects and signs in, to find a wrong host or password before any message is sent. */
  check(): Promise<void>;
  /** Sends a built message to one recipient; resolves with the server's reply. */
  send(message: Uint8Array, envelope: { readonly from: string; readonly to: string }): Promise<string>;
  close(): void;
}

/** A send or check the server refused or could not complete, in plain words, with no secret in them. */
export class SmtpFailure extends Error {
  override readonly name = 'SmtpFailure';
}

export interface SmtpTimeouts {
  /** Milliseconds to wait for the connection, the greeting and each reply. */
  readonly connection: number;
  readonly greeting: number;
  readonly socket: number;
}

const TIMEOUTS: SmtpTimeouts = { connection: 30_000, greeting: 30_000, socket: 120_000 };

function isNodemailerError(error: unknown): error is NodemailerError {
  return error instanceof Error;
}

/**
 * Takes the password out of a text a server may have echoed it into: as typed, and base64-encoded
 * as AUTH PLAIN and AUTH LOGIN send it. (The user name is not a secret, and is often part of an
 * address the text must keep.)
 */
export function redact(text: string, auth: SmtpSettings['auth']): string {
  if (auth === undefined || auth.password === '') return text;
  const base64 = (value: string): string => Buffer.from(value, 'utf8').toString('base64');
  const forms = [base64(`\u0000${auth.user}\u0000${auth.password}`), base64(auth.password), auth.password];
  return forms.reduce((out, form) => out.split(form).join('[hidden]'), text);
}

/** What went wrong, as an officer can act on it. */
function describe(error: unknown, settings: SmtpSettings): string {
  const where = `${settings.host}:${settings.port}`;
  if (!isNodemailerError(error)) return `sending failed: ${String(error)}`;
  const reply = error.response === undefined ? '' : `: the server replied "${error.response.trim()}"`;
  const original = error.originalCode ?? error.code;
  // 421: the server is closing the connection (RFC 5321, 4.2.3), at any step.
  if (error.responseCode === 421) return `${where} is not accepting mail now${reply}; try again later`;
  switch (error.code) {
    case 'EENVELOPE':
      return `the server refused the recipient${reply}`;
    case 'EMESSAGE':
      return `the server refused the message${reply}`;
    case 'EAUTH':
      return `the server did not accept the user name and password${reply}`;
    case 'ENOAUTH':
      return 'the server needs a user name and password: set PACKSMITH_SMTP_USER and PACKSMITH_SMTP_PASSWORD';
    case 'EDNS':
      return `no mail server called ${settings.host} could be found; check PACKSMITH_SMTP_HOST`;
    case 'ETIMEDOUT':
      return `${where} did not answer in time; check PACKSMITH_SMTP_HOST and PACKSMITH_SMTP_PORT`;
    case 'ETLS':
      return `a secure (TLS) connection to ${where} could not be made; check PACKSMITH_SMTP_TLS and PACKSMITH_SMTP_PORT`;
    case 'EPROTOCOL':
      return `${where} gave an answer that is not SMTP${reply}; check PACKSMITH_SMTP_PORT and PACKSMITH_SMTP_TLS`;
    case 'ECONNECTION':
      return `${where} closed the connection${reply}`;
    case 'ESOCKET':
      if (original === 'ECONNREFUSED') return `${where} refused the connection; check PACKSMITH_SMTP_HOST and PACKSMITH_SMTP_PORT`;
      if (original === 'ECONNRESET' || original === 'EPIPE') return `${where} dropped the connection`;
      return `the connection to ${where} failed (${original ?? 'socket error'})`;
    default:
      return `sending failed (${error.code ?? 'error'})${reply || `: ${error.message}`}`;
  }
}

/** Opens the way to the mail server the settings describe. Nothing connects until a call. */
export function smtpServer(settings: SmtpSettings, timeouts: SmtpTimeouts = TIMEOUTS): SmtpServer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'tls',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.auth === undefined ? {} : { auth: { user: settings.auth.user, pass: settings.auth.password } }),
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const failure = (error: unknown): SmtpFailure => new SmtpFailure(redact(describe(error, settings), settings.auth));
  return {
    async check() {
      try {
        await transport.verify();
      } catch (error) {
        throw failure(error);
      }
    },
    async send(message, envelope) {
      try {
        const info = await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw: Buffer.from(message) });
        return redact(info.response, settings.auth);
      } catch (error) {
        throw failure(error);
      }
    },
    close() {
      transport.close();
    },
  };
}
