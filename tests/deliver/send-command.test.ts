import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureWorkbook, sheetOf } from '../fixtures/fixture-workbook.js';
import { packsmithAsync, type CommandRun } from '../support/packsmith-cli.js';
import { startSmtpServer, type TestSmtpOptions } from './smtp-test-server.js';

/*
 * `pack --send` end to end: a Node process per run against an SMTP server in this process (so
 * the run is spawned asynchronously: a blocking spawn would stall the server).
 */
const PASSWORD = 'Tr0ub4dor-and-3';
const AUTH = { user: 'performance', password: PASSWORD };

function packsmith(args: readonly string[], env: Record<string, string>): Promise<CommandRun> {
  return packsmithAsync(args, { env, onlyEnv: true });
}

let folder = '';
let workbook = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'packsmith-send-cli-'));
  workbook = join(folder, 'workbook.xlsx');
  await writeFile(workbook, await fixtureWorkbook((sheets) => sheetOf(sheets, 'Settings').rows.push({ Setting: 'Drafts from', Value: 'performance.team@example.org' })));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function sendRun(out: string, server: TestSmtpOptions, password = PASSWORD) {
  const smtp = await startSmtpServer({ auth: AUTH, ...server });
  try {
    const env = { PACKSMITH_SMTP_HOST: '127.0.0.1', PACKSMITH_SMTP_PORT: String(smtp.port), PACKSMITH_SMTP_TLS: 'none', PACKSMITH_SMTP_USER: AUTH.user, PACKSMITH_SMTP_PASSWORD: password };
    const run = await packsmith(['pack', '--month', '2026-01', '--workbook', workbook, '--out', out, '--send'], env);
    return { ...run, received: smtp.received };
  } finally {
    await smtp.close();
  }
}

describe('pack --send', () => {
  test('mail settings missing or wrong: exit 2, every problem listed, nothing built', async () => {
    const out = join(folder, 'not-built');
    const run = await packsmith(['pack', '--month', '2026-01', '--workbook', workbook, '--out', out, '--send'], { PACKSMITH_SMTP_PORT: 'twenty-five', PACKSMITH_SMTP_USER: 'performance' });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      "packsmith: PACKSMITH_SMTP_HOST is not set: set it to your mail server's name, e.g. smtp.example.org",
      'packsmith: PACKSMITH_SMTP_PORT must be a port number from 1 to 65535, got "twenty-five"',
      'packsmith: PACKSMITH_SMTP_USER is set but PACKSMITH_SMTP_PASSWORD is not: set both to sign in to the server, or neither',
      'Nothing was built or sent. The variables are described in the README, under "Sending the drafts".',
    ]);
    expect(existsSync(out)).toBe(false);
    const final = await packsmith(['pack', '--month', '2026-01', '--final', '--send'], {});
    expect([final.status, final.stderr.split('\n')[0]]).toEqual([2, 'packsmith: --send e-mails the drafts to their authors, so it cannot be used with --final']);
  });

  test('a refused recipient: a line each, exit 4; the re-run sends only that one and exits 0; the password never printed', async () => {
    const out = join(folder, 'refused');
    const first = await sendRun(out, { refuse: ['performance@example.org'] });
    expect(first.status).toBe(4);
    const lines = first.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('  ['))).toEqual([
      expect.stringMatching(/^ {2}\[1\/2\] sent to Head of Urgent Care <urgent\.care@example\.org>: 250 /),
      '  [2/2] NOT SENT to Performance Lead <performance@example.org>: the server refused the recipient: the server replied "550 5.1.1 <performance@example.org>: mailbox unavailable"',
    ]);
    expect(lines).toContain('2 drafts to authors: 1 sent, 0 already sent before, 1 not sent');
    expect(first.stderr).toContain('Some drafts were not sent (listed above). Run the same command again to send only those.');
    expect(first.received.map((m) => m.to)).toEqual([['urgent.care@example.org']]);

    const second = await sendRun(out, {});
    expect(second.status).toBe(0);
    expect(second.stdout.split('\n').filter((l) => l.startsWith('  ['))).toEqual([
      expect.stringMatching(/^ {2}\[1\/2\] not sent again to Head of Urgent Care <urgent\.care@example\.org>: already sent on \d{4}-\d\d-\d\dT/),
      expect.stringMatching(/^ {2}\[2\/2\] sent to Performance Lead <performance@example\.org>: 250 /),
    ]);
    expect(second.received.map((m) => m.to)).toEqual([['performance@example.org']]);
    const log = JSON.parse(await readFile(join(out, 'drafts/send-log.json'), 'utf8')) as { sent: { recipient: string }[] };
    expect(log.sent.map((e) => e.recipient)).toEqual(['urgent.care@example.org', 'performance@example.org']);
    for (const run of [first, second]) expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });

  test('a wrong password: exit 4, said in plain words, and neither password printed though the server quotes one back', async () => {
    const run = await sendRun(join(folder, 'wrong-password'), {}, 'Not-The-Password-9');
    expect(run.status).toBe(4);
    const output = run.stdout + run.stderr;
    expect(output).toContain('NOT SENT to Head of Urgent Care <urgent.care@example.org>: the server did not accept the user name and password: the server replied "535 Invalid login for performance with [hidden]"');
    expect(output).not.toContain('Not-The-Password-9');
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain(Buffer.from('Not-The-Password-9').toString('base64'));
    expect(output).not.toContain('    at ');
  });
});
