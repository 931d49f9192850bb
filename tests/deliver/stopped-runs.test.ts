import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/packsmith-cli.js';
import { startSmtpServer, type TestSmtpServer } from './smtp-test-server.js';

/*
 * A run stopped as a scheduler or an officer stops it: SIGTERM to `npm run pack` alone (npm runs
 * the script through `sh -c`, and a signal to npm never reaches node), to its whole process
 * group, or to the command itself; at several moments: while the pack is built, while its files
 * are written, while the drafts are sent. Each time every process ends, no e-mail is begun after
 * the stop, and the output folder holds either nothing new or the whole pack, never a part.
 */
type Target = 'npm alone' | 'process group' | 'the command';
type Moment = 'building' | 'writing' | 'sending';

let base = '';
let server: TestSmtpServer;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'packsmith-stopped-'));
  // each message takes a while to be accepted, so that a stop can come in the middle of sending
  server = await startSmtpServer({ acceptDelayMs: 250 });
});
afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

/** The processes whose command line mentions `text` (on Linux, from /proc). */
function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (cmdline.includes(text) && !/^\d+ \(.*\) Z /.test(state)) found.push(Number(entry));
    } catch {
      // ended while we looked
    }
  }
  return found;
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return condition();
}

const staging = (out: string): boolean => existsSync(out) && readdirSync(out).some((n) => n.startsWith('.packsmith-staging-'));

function start(target: Target, out: string): ChildProcess {
  const args = ['pack', '--month', '2026-01', '--out', out, '--send'];
  const env = { ...process.env, PACKSMITH_SMTP_HOST: '127.0.0.1', PACKSMITH_SMTP_PORT: String(server.port), PACKSMITH_SMTP_TLS: 'none', PACKSMITH_SMTP_FROM: 'performance.team@example.org' };
  if (target === 'the command') return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: 'ignore' });
  // npm leads a process group of its own, as under a scheduler, so that the group can be stopped
  return spawn('npm', ['run', '--silent', ...args.slice(0, 1), '--', ...args.slice(1)], { cwd: ROOT, env, stdio: 'ignore', detached: true });
}

async function reach(moment: Moment, out: string): Promise<void> {
  const begun = server.begun.length;
  const reached =
    moment === 'building'
      ? (await until(() => processesMentioning(out).some((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('bin.js')), 20_000)) && (await new Promise((r) => setTimeout(r, 300)), true)
      : moment === 'writing'
        ? await until(() => staging(out) || server.begun.length > begun, 60_000)
        : await until(() => server.begun.length > begun, 60_000);
  expect(reached).toBe(true);
}

const PACK_FILES = 3 + 11 + 11;

async function stopAt(target: Target, moment: Moment): Promise<void> {
  const out = join(base, `${target.replace(/ /g, '-')}-${moment}`);
  const child = start(target, out);
  await reach(moment, out);
  const begunAtStop = server.begun.length;
  if (target === 'process group') process.kill(-(child.pid ?? 0), 'SIGTERM');
  else child.kill('SIGTERM');

  // every process of the run ends, promptly
  expect(await until(() => processesMentioning(out).length === 0, 15_000)).toBe(true);
  // a message accepted late was begun before the stop; none is begun after it
  await new Promise((r) => setTimeout(r, 600));
  expect(server.begun.length).toBe(begunAtStop);

  // the folder: nothing new, or the whole pack; never a part, never staging or the lock
  const left = existsSync(out) ? await readdir(out, { recursive: true }) : [];
  expect(left.filter((n) => n.includes('.packsmith-staging-') || n.includes('.packsmith-lock'))).toEqual([]);
  const files = left.filter((n) => /\.(json|docx|pptx|eml|xlsx)$/.test(n) && !n.startsWith('.') && !n.endsWith('send-log.json'));
  if (moment === 'building') expect(files).toEqual([]);
  else expect([0, PACK_FILES]).toContain(files.length);
  if (moment === 'sending') expect(files.length).toBe(PACK_FILES);
}

describe.skipIf(process.platform !== 'linux')('a run stopped part way', () => {
  for (const target of ['npm alone', 'process group'] as const) {
    for (const moment of ['building', 'writing', 'sending'] as const) {
      it(`SIGTERM to ${target} while ${moment}`, () => stopAt(target, moment), 90_000);
    }
  }
  it('SIGTERM to the command itself while sending', () => stopAt('the command', 'sending'), 90_000);
});
