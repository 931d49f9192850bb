/**
 * Ctrl+C (SIGINT), a stop from a scheduler or a time-out (SIGTERM), a closed terminal (SIGHUP), or
 * npm ending above us must stop the run without leaving anything half done. One coordinator holds
 * the signals for the whole process:
 * - steps that own temporary things (a staging folder, LibreOffice, the folder's lock) register a
 *   synchronous clean-up; on a stop every clean-up runs, newest first, and then the signal ends
 *   the process as it would have (exit status 128 + the signal's number);
 * - a short critical step (moving staged files into place) defers the stop until it has finished,
 *   so that the output folder holds either the old files or all the new ones;
 * - started by npm, the run also stops when npm goes: `npm run` starts scripts through `sh -c`, and
 *   a SIGTERM to npm ends the shell but never reaches node, which would carry on alone (and send
 *   e-mails after the scheduler had stopped the run). A parent that changes is npm gone.
 */
type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
const SIGNALS: readonly StopSignal[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

const cleanUps: (() => void)[] = [];
let deferring = 0;
let pending: StopSignal | undefined;
let listening = false;
let parent: number | undefined;
let watcher: NodeJS.Timeout | undefined;

function listener(signal: StopSignal): void {
  if (deferring > 0) pending ??= signal;
  else stopNow(signal);
}

function listen(): void {
  if (listening) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, listener);
}

/** Runs every clean-up, newest first, then ends the process with the signal. */
function stopNow(signal: StopSignal): void {
  if (watcher !== undefined) clearInterval(watcher);
  for (const cleanUp of cleanUps.splice(0).reverse()) {
    try {
      cleanUp();
    } catch {
      // one failed clean-up must not keep the others from running
    }
  }
  for (const s of SIGNALS) process.removeListener(s, listener);
  listening = false;
  // with our listener gone, the default action ends the process with the signal's exit status
  process.kill(process.pid, process.platform === 'win32' ? 'SIGTERM' : signal);
}

/** Registers a synchronous clean-up to run if the run is stopped; returns a function that unregisters it. */
export function onInterrupt(cleanUp: () => void): () => void {
  listen();
  cleanUps.push(cleanUp);
  return () => {
    const at = cleanUps.lastIndexOf(cleanUp);
    if (at >= 0) cleanUps.splice(at, 1);
  };
}

/** Runs `step`; if the run is stopped meanwhile, runs `cleanUp` (with the others) and ends the process. */
export async function cleanUpOnInterrupt<T>(cleanUp: () => void, step: () => Promise<T>): Promise<T> {
  const off = onInterrupt(cleanUp);
  try {
    return await step();
  } finally {
    off();
  }
}

/** Runs `step` to its end even if the run is stopped meanwhile; the stop takes effect after it. */
export async function deferInterrupt<T>(step: () => Promise<T>): Promise<T> {
  listen();
  stopIfParentGone();
  deferring += 1;
  try {
    return await step();
  } finally {
    deferring -= 1;
    if (deferring === 0 && pending !== undefined) stopNow(pending);
  }
}

/** True when the process that started packsmith has ended since `watchParent` was called. */
function parentGone(): boolean {
  return parent !== undefined && process.ppid !== parent;
}

/**
 * Stops the run now if its parent has gone: called before each step that cannot be taken back
 * (an e-mail sent, files moved into place), so that nothing is done after npm was stopped, even
 * between two looks of the watch.
 */
export function stopIfParentGone(): void {
  if (parentGone() && deferring === 0) stopNow('SIGTERM');
}

/** Watches the parent process (npm) and stops the run as if by SIGTERM once it has gone. */
export function watchParent(intervalMs = 100): void {
  if (parent !== undefined) return;
  parent = process.ppid;
  listen();
  watcher = setInterval(() => {
    if (parentGone()) {
      if (deferring > 0) pending ??= 'SIGTERM';
      else stopNow('SIGTERM');
    }
  }, intervalMs);
  watcher.unref();
}
