import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A helper program and everything it starts, as one thing to stop. LibreOffice's `soffice` is a
 * launcher (a script, then oosplash) that starts `soffice.bin`, the office itself: killing the
 * launcher alone leaves the office running. So it is started in a process group of its own, and
 * stopped as a group; on Windows, as a process tree (taskkill /T).
 */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(command, [...args], { ...options, detached: process.platform !== 'win32', windowsHide: true });
}

/**
 * Stops the child and every process it started, at once. Synchronous, for signal handlers. On
 * Linux and macOS the group is stopped even where the child has ended: the launcher may end while
 * the office it started runs on in its group.
 */
export function killGroup(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    // a process tree is found through its root, which must still run
    if (child.exitCode === null && child.signalCode === null) spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group has gone already
  }
}

const PAGE_BYTES = 4096;

/** The process's fields after its command name (which is in parentheses and may hold spaces), from /proc. */
function statFields(pid: string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * How memory is counted. `resident` (RSS) is cheap to read, but counts a page shared by several
 * processes in each of them; `proportional` (PSS) shares it out among them, counting it once, and
 * costs some 36 ms to read for a LibreOffice of 3 GB. LibreOffice forks as it writes a PDF (to
 * ask gpg for signing keys), and its fork, sharing all its pages until it execs, doubled the
 * resident count for a moment: a 200-metric pack that holds 3.2 GB was stopped as past 4 GB.
 */
export type MemoryCount = 'resident' | 'proportional';

/** Linux: the memory a process holds, in bytes, counted as asked; resident where smaps_rollup cannot be read (kernels before 4.14). */
export function linuxProcessMemory(pid: string, count: MemoryCount, fields: readonly string[] = statFields(pid)): number {
  if (count === 'proportional') {
    try {
      const pss = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (pss !== null) return Number(pss[1]) * 1024;
    } catch {
      // not readable: resident memory below
    }
  }
  return Number(fields[21]) * PAGE_BYTES;
}

/** Linux: the memory of the processes of group `pgid`, in bytes, from /proc. */
function linuxGroupMemory(pgid: number, count: MemoryCount): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(entry);
      if (Number(fields[2]) === pgid) total += linuxProcessMemory(entry, count, fields);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** macOS (and other systems with ps): the resident memory of group `pgid`, in bytes. */
function psGroupMemory(pgid: number): number | undefined {
  const run = spawnSync('ps', ['-A', '-o', 'pgid=,rss='], { encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return run.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([group]) => group === pgid)
    .reduce((sum, [, kb]) => sum + (kb ?? 0) * 1024, 0);
}

/**
 * The memory the child and the processes it started hold now, in bytes, counted as asked (see
 * {@link MemoryCount}; elsewhere than Linux, resident); undefined where it cannot be measured
 * (Windows), where no limit is kept.
 */
export function groupMemory(child: ChildProcess, count: MemoryCount = 'resident'): number | undefined {
  if (child.pid === undefined || process.platform === 'win32') return undefined;
  return process.platform === 'linux' ? linuxGroupMemory(child.pid, count) : psGroupMemory(child.pid);
}
