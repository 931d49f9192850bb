import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendDrafts, type SendEvent, type SendOutcome } from '../../src/deliver/send-drafts.js';
import type { SendLog } from '../../src/deliver/send-log.js';
import type { SmtpSettings } from '../../src/model/smtp-settings.js';
import { buildPack } from '../../src/pipeline.js';
import type { DraftEmail } from '../../src/render/email/render-draft-email.js';
import { fixtureWorkbook, setCell, sheetOf, type FixtureSheets } from '../fixtures/fixture-workbook.js';
import { parseEml } from '../email/parse-eml.js';
import { startHangingUpServer, startSmtpServer, type TestSmtpOptions, type TestSmtpServer } from './smtp-test-server.js';

const JANUARY = { kind: 'month', year: 2026, month: 1 } as const;
const AUTH = { user: 'performance', password: 'S3cret-Pa55word' };
const SENT_AT = new Date(Date.UTC(2026, 0, 20, 10, 30, 0));

/** The fixture with a third author, so that one failure leaves others to go. */
function threeAuthors(sheets: FixtureSheets): void {
  sheetOf(sheets, 'Authors').rows.push({ Id: 'CAN', Name: 'Cancer Lead', Role: 'Head of Cancer Services', Email: 'cancer.lead@example.org' });
  sheetOf(sheets, 'Areas').rows.push({ Id: 'CANC', Name: 'Cancer', Author: 'CAN' });
}

async function drafts(change: (sheets: FixtureSheets) => void = () => {}): Promise<readonly DraftEmail[]> {
  const result = await buildPack({ workbook: await fixtureWorkbook((s) => (threeAuthors(s), change(s))), workbookName: 'fixture.xlsx', month: JANUARY });
  if (result.drafts === undefined) throw new Error('no drafts');
  return result.drafts;
}

let built: readonly DraftEmail[] = [];
let folder = '';
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  built = await drafts();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  if (folder !== '') await rm(folder, { recursive: true, force: true });
});

async function server(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const started = await startSmtpServer({ auth: AUTH, ...options });
  servers.push(started);
  return started;
}

function settings(port: number): SmtpSettings {
  return { host: '127.0.0.1', port, tls: 'none', auth: AUTH, from: 'performance.team@example.org' };
}

async function send(port: number, list: readonly DraftEmail[] = built): Promise<{ outcome: SendOutcome; events: SendEvent[] }> {
  const events: SendEvent[] = [];
  const outcome = await sendDrafts({ folder, drafts: list, smtp: settings(port), onEvent: (e) => events.push(e), now: () => SENT_AT });
  return { outcome, events };
}

function statuses(outcome: SendOutcome): string[] {
  return outcome.kind === 'done' ? outcome.results.map((r) => `${r.status} ${r.file}`) : [outcome.reason];
}

async function sendLog(): Promise<SendLog> {
  return JSON.parse(await readFile(join(folder, 'drafts/send-log.json'), 'utf8')) as SendLog;
}

describe('sending the drafts over SMTP', () => {
  it('delivers every draft: dated when sent, from the sender, without the unsent mark; logs each; a re-run sends nothing', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const smtp = await server();
    const { outcome, events } = await send(smtp.port);
    expect(statuses(outcome)).toEqual(['sent drafts/head-of-urgent-care.eml', 'sent drafts/performance-lead.eml', 'sent drafts/cancer-lead.eml']);
    expect(events.filter((e) => e.kind === 'sending').map((e) => `${e.index + 1}/${e.total} ${e.recipient}`)).toEqual([
      '1/3 Head of Urgent Care <urgent.care@example.org>',
      '2/3 Performance Lead <performance@example.org>',
      '3/3 Cancer Lead <cancer.lead@example.org>',
    ]);
    expect(smtp.received.map((m) => [m.from, m.to])).toEqual([
      ['performance.team@example.org', ['urgent.care@example.org']],
      ['performance.team@example.org', ['performance@example.org']],
      ['performance.team@example.org', ['cancer.lead@example.org']],
    ]);
    const first = smtp.received[0]?.raw ?? Buffer.alloc(0);
    const mail = await parseEml(first);
    expect(mail.headers.has('x-unsent')).toBe(false);
    expect(mail.date?.toISOString()).toBe(SENT_AT.toISOString());
    expect(mail.from?.value[0]?.address).toBe('performance.team@example.org');
    expect(mail.attachments.map((a) => a.filename?.split('.').pop())).toEqual(['docx', 'pptx', 'xlsx']);

    const log = await sendLog();
    expect(log.sent.map((e) => [e.file, e.recipient, e.messageHash, e.sentAt])).toEqual(built.map((d) => [d.file, d.to.address, d.hash, '2026-01-20T10:30:00.000Z']));
    expect(log.sent.every((e) => e.response.includes('OK queued as test'))).toBe(true);

    const again = await send(smtp.port);
    expect(statuses(again.outcome)).toEqual(['already-sent drafts/head-of-urgent-care.eml', 'already-sent drafts/performance-lead.eml', 'already-sent drafts/cancer-lead.eml']);
    expect(smtp.received).toHaveLength(3);
  });

  it('a refused recipient is reported and the others still go; the re-run sends only that one', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const refusing = await server({ refuse: ['performance@example.org'] });
    const { outcome } = await send(refusing.port);
    expect(statuses(outcome)).toEqual(['sent drafts/head-of-urgent-care.eml', 'failed drafts/performance-lead.eml', 'sent drafts/cancer-lead.eml']);
    const failed = outcome.kind === 'done' ? outcome.results[1]?.detail : '';
    expect(failed).toMatch(/^the server refused the recipient: the server replied "550 5\.1\.1 <performance@example\.org>: mailbox unavailable"$/);
    expect((await sendLog()).sent.map((e) => e.file)).toEqual(['drafts/head-of-urgent-care.eml', 'drafts/cancer-lead.eml']);

    const accepting = await server();
    const rerun = await send(accepting.port);
    expect(statuses(rerun.outcome)).toEqual(['already-sent drafts/head-of-urgent-care.eml', 'sent drafts/performance-lead.eml', 'already-sent drafts/cancer-lead.eml']);
    expect(accepting.received.map((m) => m.to)).toEqual([['performance@example.org']]);
    expect((await sendLog()).sent.map((e) => e.file)).toEqual(['drafts/head-of-urgent-care.eml', 'drafts/cancer-lead.eml', 'drafts/performance-lead.eml']);
  });

  it('a connection dropped in the middle of a message is reported, and the next message still goes', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const dropping = await server({ dropOn: ['performance@example.org'] });
    const { outcome } = await send(dropping.port);
    expect(statuses(outcome)).toEqual(['sent drafts/head-of-urgent-care.eml', 'failed drafts/performance-lead.eml', 'sent drafts/cancer-lead.eml']);
    expect(outcome.kind === 'done' ? outcome.results[1]?.detail : '').toMatch(/^127\.0\.0\.1:\d+ (closed|dropped) the connection/);
  });

  it('a server that turns the connection away: every draft reported not sent, and no log written', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const hangingUp = await startHangingUpServer();
    servers.push(hangingUp);
    const { outcome } = await send(hangingUp.port);
    expect(statuses(outcome)).toEqual(['failed drafts/head-of-urgent-care.eml', 'failed drafts/performance-lead.eml', 'failed drafts/cancer-lead.eml']);
    expect(outcome.kind === 'done' ? outcome.results[0]?.detail : '').toMatch(/^127\.0\.0\.1:\d+ is not accepting mail now: the server replied "421 4\.3\.2 Service shutting down"; try again later$/);
    expect(existsSync(join(folder, 'drafts/send-log.json'))).toBe(false);
  });

  it('a wrong password: reported without the password, though the server quotes it back', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const smtp = await server({ auth: { user: AUTH.user, password: 'another' } });
    const { outcome, events } = await send(smtp.port);
    expect(statuses(outcome)).toEqual(['failed drafts/head-of-urgent-care.eml', 'failed drafts/performance-lead.eml', 'failed drafts/cancer-lead.eml']);
    const everything = JSON.stringify({ outcome, events });
    expect(everything).toContain('the server did not accept the user name and password');
    expect(everything).toContain('[hidden]');
    expect(everything).not.toContain(AUTH.password);
    expect(everything).not.toContain(Buffer.from(AUTH.password).toString('base64'));
  });

  it('a draft changed since it was sent goes again, and says why', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const smtp = await server();
    await send(smtp.port);
    const changed = await drafts((sheets) => setCell(sheets, 'Authors', 4, 'Email', 'cancer.services@example.org'));
    const { outcome } = await send(smtp.port, changed);
    expect(statuses(outcome)).toEqual(['already-sent drafts/head-of-urgent-care.eml', 'already-sent drafts/performance-lead.eml', 'sent-again drafts/cancer-lead.eml']);
    expect(outcome.kind === 'done' ? outcome.results[2]?.detail : '').toMatch(/^the address changed from cancer\.lead@example\.org since it was sent on 2026-01-20T10:30:00\.000Z; 250 /);

    const reworded = built.map((d) => (d.file === 'drafts/performance-lead.eml' ? { ...d, hash: 'f'.repeat(64) } : d));
    const second = await send(smtp.port, reworded);
    expect(statuses(second.outcome)[1]).toBe('sent-again drafts/performance-lead.eml');
    expect(second.outcome.kind === 'done' ? second.outcome.results[1]?.detail : '').toMatch(/^the draft changed since it was sent on 2026-01-20T10:30:00\.000Z; 250 /);
  });

  it('not started without a sender, or with a damaged log; nothing sent', async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-send-'));
    const smtp = await server();
    const noSender = await sendDrafts({ folder, drafts: built, smtp: { host: '127.0.0.1', port: smtp.port, tls: 'none', auth: AUTH } });
    expect(noSender).toEqual({ kind: 'not-started', reason: 'the drafts have no sender: set PACKSMITH_SMTP_FROM, or "Drafts from" on the Settings sheet' });
    await send(smtp.port, built.slice(0, 1));
    await writeFile(join(folder, 'drafts/send-log.json'), '{"version":1,"sent":[{"file":');
    const damaged = await send(smtp.port);
    expect(statuses(damaged.outcome)).toEqual(['drafts/send-log.json is damaged, so what was already sent is not known; restore it, or move it away to send every draft again']);
    expect(smtp.received).toHaveLength(1);
  });
});
