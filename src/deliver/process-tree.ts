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

/** Stops the child and every process it started, at once. Synchronous, for signal handlers. */
export function killGroup(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
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
 * Linux: the memory a process holds, in bytes: its proportional share (PSS) of the pages it
 * holds, each page shared with other processes counted once among them all. Resident memory
 * (RSS) would count a shared page in every process that maps it: LibreOffice forks (to ask gpg
 * for signing keys as it writes a PDF) at 3.2 GB, and its fork, sharing those pages until it
 * execs, doubled the count for a moment and tripped the memory limit of a pack that fits it. RSS
 * where smaps_rollup cannot be read (kernels before 4.14).
 */
export function linuxProcessMemory(pid: string, fields: readonly string[] = statFields(pid)): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = /^Pss:\s+(\d+) kB$/m.exec(rollup);
    if (pss !== null) return Number(pss[1]) * 1024;
  } catch {
    // not readable: resident memory below
  }
  return Number(fields[21]) * PAGE_BYTES;
}

/** Linux: the memory of the processes of group `pgid`, in bytes, from /proc (see {@link linuxProcessMemory}). */
function linuxGroupMemory(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(entry);
      if (Number(fields[2]) === pgid) total += linuxProcessMemory(entry, fields);
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
 * The memory the child and the processes it started hold now, in bytes; undefined where it
 * cannot be measured (Windows), where no limit is kept.
 */
export function groupMemory(child: ChildProcess): number | undefined {
  if (child.pid === undefined || process.platform === 'win32') return undefined;
  return process.platform === 'linux' ? linuxGroupMemory(child.pid) : psGroupMemory(child.pid);
}
