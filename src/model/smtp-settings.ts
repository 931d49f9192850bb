import { z } from 'zod';

/**
 * How `pack --send` reaches the mail server: read from environment variables, never from the
 * workbook or the command line, so that credentials stay out of files and shell history. Every
 * problem is reported at once, in plain words, before anything is built or sent; no message ever
 * repeats the password.
 */
export const SMTP_VARIABLES = {
  host: 'PACKSMITH_SMTP_HOST',
  port: 'PACKSMITH_SMTP_PORT',
  tls: 'PACKSMITH_SMTP_TLS',
  user: 'PACKSMITH_SMTP_USER',
  password: 'PACKSMITH_SMTP_PASSWORD',
  from: 'PACKSMITH_SMTP_FROM',
} as const;

export const TLS_MODES = ['starttls', 'tls', 'none'] as const;
export type TlsMode = (typeof TLS_MODES)[number];

/** The port each way of securing the connection usually listens on. */
export const DEFAULT_PORTS: Readonly<Record<TlsMode, number>> = { starttls: 587, tls: 465, none: 25 };

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** starttls: upgrade a plain connection, and refuse to go on without TLS; tls: TLS from the start; none: no encryption. */
  readonly tls: TlsMode;
  readonly auth?: { readonly user: string; readonly password: string };
  /** The sender of every message sent; wins over the workbook's "Drafts from". */
  readonly from?: string;
}

export type SmtpSettingsResult =
  | { readonly ok: true; readonly settings: SmtpSettings; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const V = SMTP_VARIABLES;
// The same shape of address the Authors sheet accepts.
const EMAIL = /^[^\s@<>(),;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]+\]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A variable's value with surrounding spaces dropped; unset and blank are the same. */
const variable = z.string().optional().transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Text quoted back to the officer: never used for the password. */
function shown(value: string): string {
  const oneLine = value.replace(/[\u0000-\u001F\u007F]/g, '?');
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}"`;
}

const SmtpEnvironmentSchema = z
  .object({ [V.host]: variable, [V.port]: variable, [V.tls]: variable, [V.user]: variable, [V.password]: z.string().optional(), [V.from]: variable })
  .transform((env, ctx): SmtpSettings => {
    const problem = (message: string): void => ctx.addIssue({ code: 'custom', message });
    const host = env[V.host];
    if (host === undefined) problem(`${V.host} is not set: set it to your mail server's name, e.g. smtp.example.org`);
    else if (!HOST.test(host)) problem(`${V.host} must be a server name like smtp.example.org, got ${shown(host)}`);

    const tlsText = env[V.tls]?.toLowerCase() ?? 'starttls';
    const tls = TLS_MODES.find((m) => m === tlsText);
    if (tls === undefined) problem(`${V.tls} must be starttls, tls or none, got ${shown(env[V.tls] ?? '')}`);

    const portText = env[V.port];
    const port = portText === undefined ? DEFAULT_PORTS[tls ?? 'starttls'] : Number(portText);
    if (portText !== undefined && (!/^\d+$/.test(portText) || port < 1 || port > 65535)) problem(`${V.port} must be a port number from 1 to 65535, got ${shown(portText)}`);

    const user = env[V.user];
    // The password is taken as typed (spaces may belong to it), and never quoted back.
    const password = env[V.password] === '' ? undefined : env[V.password];
    if (user !== undefined && password === undefined) problem(`${V.user} is set but ${V.password} is not: set both to sign in to the server, or neither`);
    if (user === undefined && password !== undefined) problem(`${V.password} is set but ${V.user} is not: set both to sign in to the server, or neither`);
    if (user !== undefined && CONTROL.test(user)) problem(`${V.user} contains a control character; retype it`);
    if (password !== undefined && CONTROL.test(password)) problem(`${V.password} contains a line break or another control character; retype it`);

    const from = env[V.from];
    if (from !== undefined && !EMAIL.test(from)) problem(`${V.from} must be an e-mail address like name@example.org, got ${shown(from)}`);

    return {
      host: host ?? '',
      port,
      tls: tls ?? 'starttls',
      ...(user !== undefined && password !== undefined ? { auth: { user, password } } : {}),
      ...(from === undefined ? {} : { from }),
    };
  });

/** Reads and checks the PACKSMITH_SMTP_* variables of `env` (e.g. `process.env`). */
export function readSmtpSettings(env: Readonly<Record<string, string | undefined>>): SmtpSettingsResult {
  const picked = Object.fromEntries(Object.values(V).map((name) => [name, env[name]]));
  const result = SmtpEnvironmentSchema.safeParse(picked);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => issue.message) };
  const settings = result.data;
  const warnings = settings.tls === 'none' && settings.auth !== undefined ? [`${V.tls} is none, so the password goes to ${settings.host} unencrypted; use starttls or tls where the server offers it`] : [];
  return { ok: true, settings, warnings };
}
