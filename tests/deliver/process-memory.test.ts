import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { groupMemory, killGroup, spawnGroup } from '../../src/deliver/process-tree.js';

/*
 * The memory limit of the PDF conversion counts what LibreOffice's processes hold together. A
 * process that forks shares its pages with the fork until one of them writes: counted in each by
 * resident memory, they were counted twice, and a conversion holding 3.2 GB was stopped as past
 * 4 GB. Past the limit by resident memory, the conversion counts again proportionally.
 */
const MB = 1024 * 1024;
/** Holds 200 MB (every page touched), forks, and both wait. */
const HOLD_AND_FORK = 'import os, time\nb = bytearray(200 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint(os.fork(), flush=True)\ntime.sleep(60)\n';

function membersOf(pgid: number): number {
  return readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid;
    } catch {
      return false;
    }
  }).length;
}

const started: ReturnType<typeof spawnGroup>[] = [];
afterEach(() => {
  for (const child of started.splice(0)) killGroup(child);
});

describe.runIf(process.platform === 'linux')('the memory of a group of processes', () => {
  it('counts the pages a process shares with its fork once, not once in each', async () => {
    const child = spawnGroup('python3', ['-c', HOLD_AND_FORK], { stdio: ['ignore', 'pipe', 'ignore'] });
    started.push(child);
    // both have printed (the fork its 0, the parent the fork's id): the pages are held and shared
    await new Promise<void>((resolve) => {
      let lines = 0;
      child.stdout?.on('data', (chunk: Buffer) => {
        lines += chunk.toString('utf8').split('\n').filter(Boolean).length;
        if (lines >= 2) resolve();
      });
    });
    expect(membersOf(child.pid ?? -1)).toBe(2);
    // resident memory counts the shared pages in both: cheap, and never less than the real count
    expect(groupMemory(child, 'resident') ?? 0).toBeGreaterThan(390 * MB);
    const held = groupMemory(child, 'proportional') ?? 0;
    expect(held).toBeGreaterThan(190 * MB);
    expect(held).toBeLessThan(300 * MB);
  });
});

describe.runIf(process.platform === 'linux')('stopping a group whose launcher has ended', () => {
  it('stops the process the launcher left running, as LibreOffice\'s launcher may leave the office', async () => {
    // the launcher starts a long sleep in its group and ends at once
    const child = spawnGroup('sh', ['-c', 'sleep 60 & exit 0'], { stdio: 'ignore' });
    started.push(child);
    await new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const pgid = child.pid ?? 0;
    expect(membersOf(pgid)).toBe(1);
    killGroup(child);
    // stopped: gone, or a zombie waiting for the system to reap it
    const alive = (): number =>
      readdirSync('/proc').filter((entry) => {
        try {
          const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
          return /^\d+$/.test(entry) && Number(fields[2]) === pgid && fields[0] !== 'Z';
        } catch {
          return false;
        }
      }).length;
    for (let tries = 0; tries < 20 && alive() > 0; tries += 1) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(0);
  });
});
