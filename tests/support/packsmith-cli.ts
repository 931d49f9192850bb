import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The command as officers run it: the built `dist/bin.js` (tests/support/build-dist.ts builds it
 * before the tests where the sources are newer), in a Node process of its own.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist', 'bin.js');

export interface CommandRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  /** Added to this process's environment, or in place of it with `onlyEnv`. */
  readonly env?: Readonly<Record<string, string>>;
  readonly onlyEnv?: boolean;
  readonly cwd?: string;
}

function environment(options: CommandOptions): NodeJS.ProcessEnv {
  const base = options.onlyEnv === true ? { PATH: process.env['PATH'] ?? '' } : process.env;
  // a run started by npm names its script here; the tests run the command itself
  const { npm_lifecycle_event: _event, npm_command: _command, ...rest } = base;
  return { ...rest, ...options.env };
}

/** Runs packsmith to its end, blocking. */
export function packsmith(args: readonly string[], options: CommandOptions = {}): CommandRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 120_000, env: environment(options) });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** Runs packsmith without blocking this process (a server in it must go on answering). */
export function packsmithAsync(args: readonly string[], options: CommandOptions = {}): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: environment(options) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
