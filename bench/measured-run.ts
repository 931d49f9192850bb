import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { linuxProcessMemory, type MemoryCount } from '../src/deliver/process-tree.js';

/**
 * One command run as an officer runs it, in a fresh process: its wall time from start to exit,
 * and the peak memory of it and every process it starts (LibreOffice's among them, which runs in
 * a process group of its own). Linux only: memory is read from /proc.
 */
export interface MeasuredRun {
  readonly ms: number;
  /** The largest sum of memory (proportional: a page shared by several processes counted once) over the process and its descendants, in MB. */
  readonly peakMb: number;
  /** CPU seconds (user and system) of the process and the processes it waited for; NaN without GNU time. */
  readonly cpuSeconds: number;
  readonly code: number | null;
  readonly stderr: string;
}

const SAMPLE_MS = 50;
const PROPORTIONAL_EVERY_MS = 1000;

interface ProcessInfo {
  readonly ppid: number;
  readonly pgrp: number;
  readonly fields: readonly string[];
}

function processes(): Map<number, ProcessInfo> {
  const all = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // the fields after the command name, which is in parentheses and may hold spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(entry), { ppid: Number(fields[1]), pgrp: Number(fields[2]), fields });
    } catch {
      // the process ended while we looked
    }
  }
  return all;
}

/** GNU time: the command's own peak resident memory, exactly, however short its life. */
const GNU_TIME = '/usr/bin/time';

/**
 * The memory of the tree now: the root, its descendants, and every process in a group one of
 * them leads (the launcher of LibreOffice may end before the office it started does).
 */
function treeMemory(root: number, groups: Set<number>, count: MemoryCount): number {
  const all = processes();
  const inTree = new Set<number>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of all) {
      if (!inTree.has(pid) && (inTree.has(info.ppid) || groups.has(info.pgrp))) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of inTree) {
    const info = all.get(pid);
    if (info === undefined) continue;
    if (pid !== root && info.pgrp === pid) groups.add(pid);
    try {
      total += linuxProcessMemory(String(pid), count, info.fields);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/**
 * Runs `command args` to its end, sampling its tree's memory every 50 ms; where GNU time is
 * installed, the command's own peak is taken from it too (a sample may miss a short peak).
 */
export function measuredRun(command: string, args: readonly string[], options: { readonly env?: NodeJS.ProcessEnv; readonly timeoutMs?: number } = {}): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'packsmith-bench-'));
  const timeFile = join(scratch, 'time');
  const [program, programArgs] = existsSync(GNU_TIME) ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  /** GNU time's last line: peak KB, user and system seconds. */
  const timed = (): { peakBytes: number; cpuSeconds: number } => {
    try {
      const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      return { peakBytes: (kb ?? 0) * 1024, cpuSeconds: (user ?? NaN) + (system ?? NaN) };
    } catch {
      return { peakBytes: 0, cpuSeconds: NaN };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // a group of its own, so that a run past its time can be stopped whole (GNU time and all)
    const child = spawn(program, programArgs, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env, detached: true });
    const root = child.pid;
    if (root === undefined) {
      reject(new Error(`${command} could not be started`));
      return;
    }
    const groups = new Set<number>();
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    // resident memory every 50 ms (cheap); where it would raise the peak, the proportional count,
    // which a fork's shared pages do not inflate, at most once a second (36 ms for a 3 GB office)
    let counted = 0;
    const sample = (): void => {
      const now = performance.now();
      if (treeMemory(root, groups, 'resident') <= peak || now - counted < PROPORTIONAL_EVERY_MS) return;
      counted = now;
      peak = Math.max(peak, treeMemory(root, groups, 'proportional'));
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const limit = options.timeoutMs === undefined ? undefined : setTimeout(() => process.kill(-root, 'SIGTERM'), options.timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      clearInterval(timer);
      if (limit !== undefined) clearTimeout(limit);
      const own = timed();
      resolve({ ms, peakMb: Math.max(peak, own.peakBytes) / 1024 / 1024, cpuSeconds: own.cpuSeconds, code, stderr });
    });
  });
}
