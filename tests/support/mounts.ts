import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/*
 * Small disks for the tests of a full or read-only disk: a tmpfs mounted as root. Where mounting
 * is not possible (not root, no mount in this container), the tests that need one are skipped
 * and say so.
 */

function mount(args: readonly string[]): boolean {
  return spawnSync('mount', [...args], { stdio: 'ignore' }).status === 0;
}

/** Mounts a tmpfs of `sizeKb` at `dir`, read-only if asked; false where this machine cannot. */
export function mountTmpfs(dir: string, sizeKb: number, readOnly = false): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  mkdirSync(dir, { recursive: true });
  if (!mount(['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])) return false;
  if (readOnly && !mount(['-o', 'remount,ro', dir])) {
    unmount(dir);
    return false;
  }
  return true;
}

export function unmount(dir: string): void {
  spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}

/** Whether this machine lets the tests mount a small disk. */
export const CAN_MOUNT = ((): boolean => {
  const probe = `/tmp/packsmith-mount-probe-${process.pid}`;
  const ok = mountTmpfs(probe, 64);
  if (ok) unmount(probe);
  else rmSync(probe, { recursive: true, force: true });
  return ok;
})();
