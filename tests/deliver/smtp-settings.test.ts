import { describe, expect, it } from 'vitest';
import { readSmtpSettings } from '../../src/model/smtp-settings.js';

const PASSWORD = 'correct horse battery staple';

describe('PACKSMITH_SMTP_* settings', () => {
  it('defaults: starttls on port 587; tls on 465; none on 25; no sign-in without user and password', () => {
    expect(readSmtpSettings({ PACKSMITH_SMTP_HOST: 'smtp.example.org' })).toEqual({ ok: true, settings: { host: 'smtp.example.org', port: 587, tls: 'starttls' }, warnings: [] });
    expect(readSmtpSettings({ PACKSMITH_SMTP_HOST: 'smtp.example.org', PACKSMITH_SMTP_TLS: 'TLS' })).toMatchObject({ ok: true, settings: { port: 465, tls: 'tls' } });
    expect(readSmtpSettings({ PACKSMITH_SMTP_HOST: '127.0.0.1', PACKSMITH_SMTP_TLS: 'none', PACKSMITH_SMTP_PORT: '2525' })).toMatchObject({ ok: true, settings: { host: '127.0.0.1', port: 2525, tls: 'none' } });
  });

  it('all given: sign-in and sender', () => {
    const read = readSmtpSettings({ PACKSMITH_SMTP_HOST: ' smtp.example.org ', PACKSMITH_SMTP_USER: 'performance', PACKSMITH_SMTP_PASSWORD: PASSWORD, PACKSMITH_SMTP_FROM: 'performance.team@example.org' });
    expect(read).toEqual({ ok: true, settings: { host: 'smtp.example.org', port: 587, tls: 'starttls', auth: { user: 'performance', password: PASSWORD }, from: 'performance.team@example.org' }, warnings: [] });
  });

  it('every problem at once, in plain words, naming the variable', () => {
    const read = readSmtpSettings({ PACKSMITH_SMTP_PORT: 'smtp', PACKSMITH_SMTP_TLS: 'ssl', PACKSMITH_SMTP_USER: 'performance', PACKSMITH_SMTP_FROM: 'the team' });
    expect(read).toEqual({
      ok: false,
      problems: [
        "PACKSMITH_SMTP_HOST is not set: set it to your mail server's name, e.g. smtp.example.org",
        'PACKSMITH_SMTP_TLS must be starttls, tls or none, got "ssl"',
        'PACKSMITH_SMTP_PORT must be a port number from 1 to 65535, got "smtp"',
        'PACKSMITH_SMTP_USER is set but PACKSMITH_SMTP_PASSWORD is not: set both to sign in to the server, or neither',
        'PACKSMITH_SMTP_FROM must be an e-mail address like name@example.org, got "the team"',
      ],
    });
  });

  it('a host with a space or a scheme, a port out of range', () => {
    expect(readSmtpSettings({ PACKSMITH_SMTP_HOST: 'smtp://smtp.example.org', PACKSMITH_SMTP_PORT: '70000' })).toEqual({
      ok: false,
      problems: ['PACKSMITH_SMTP_HOST must be a server name like smtp.example.org, got "smtp://smtp.example.org"', 'PACKSMITH_SMTP_PORT must be a port number from 1 to 65535, got "70000"'],
    });
  });

  it('never quotes the password back, even when it is the problem', () => {
    const cases = [
      { PACKSMITH_SMTP_PASSWORD: PASSWORD },
      { PACKSMITH_SMTP_HOST: 'smtp.example.org', PACKSMITH_SMTP_PASSWORD: `${PASSWORD}\n`, PACKSMITH_SMTP_USER: 'performance' },
    ];
    for (const env of cases) {
      const read = readSmtpSettings(env);
      expect(read.ok).toBe(false);
      expect(JSON.stringify(read)).not.toContain('horse');
    }
    expect(readSmtpSettings(cases[1] ?? {})).toEqual({ ok: false, problems: ['PACKSMITH_SMTP_PASSWORD contains a line break or another control character; retype it'] });
  });

  it('warns when a password would go unencrypted', () => {
    const read = readSmtpSettings({ PACKSMITH_SMTP_HOST: 'smtp.example.org', PACKSMITH_SMTP_TLS: 'none', PACKSMITH_SMTP_USER: 'performance', PACKSMITH_SMTP_PASSWORD: PASSWORD });
    expect(read.ok && read.warnings).toEqual(['PACKSMITH_SMTP_TLS is none, so the password goes to smtp.example.org unencrypted; use starttls or tls where the server offers it']);
  });
});
