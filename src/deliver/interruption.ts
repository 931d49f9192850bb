/**
 * Ctrl+C (SIGINT) or a stop from a scheduler (SIGTERM) must not leave half-written output. While a
 * step that owns temporary things runs, these guards hold the signal: `cleanUpOnInterrupt` tidies
 * up and then lets the signal end the process as it would have; `deferInterrupt` lets a short
 * critical step (renaming staged files into place) finish first.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof SIGNALS)[number];

function reraise(signal: StopSignal): void {
  // with our listener gone, the default action ends the process with the signal's exit status
  process.kill(process.pid, signal);
}

/** Runs `step`; if the process is interrupted meanwhile, runs `cleanUp` (synchronously) and stops. */
export async function cleanUpOnInterrupt<T>(cleanUp: () => void, step: () => Promise<T>): Promise<T> {
  const listener = (signal: StopSignal): void => {
    for (const s of SIGNALS) process.removeListener(s, listener);
    try {
      cleanUp();
    } finally {
      reraise(signal);
    }
  };
  for (const s of SIGNALS) process.on(s, listener);
  try {
    return await step();
  } finally {
    for (const s of SIGNALS) process.removeListener(s, listener);
  }
}

/** Runs `step` to its end even if interrupted meanwhile; the interruption takes effect after. */
export async function deferInterrupt<T>(step: () => Promise<T>): Promise<T> {
  let received: StopSignal | undefined;
  const listener = (signal: StopSignal): void => {
    received ??= signal;
  };
  for (const s of SIGNALS) process.on(s, listener);
  try {
    return await step();
  } finally {
    for (const s of SIGNALS) process.removeListener(s, listener);
    if (received !== undefined) reraise(received);
  }
}
