import type { ProgressEvent, ProgressListener } from '../deliver/progress-event.js';

const TICK_MS = 1000;

function describe(event: ProgressEvent): string {
  return event.total === undefined || event.done === undefined ? event.step : `${event.step} (${event.done} of ${event.total})`;
}

/**
 * Shows a long step's progress on standard error: on a terminal, one live line with the seconds
 * elapsed, rewritten in place; in a log (CI, a file), a plain line for each event and no
 * rewriting, so the log reads cleanly.
 */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): ProgressListener & { stop(): void } {
  const live = stream.isTTY === true;
  let started = 0;
  let text = '';
  let timer: NodeJS.Timeout | undefined;
  const draw = (): void => {
    stream.write(`\r\x1b[2K${text} ${Math.round((Date.now() - started) / 1000)}s`);
  };
  const stop = (): void => {
    if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
      draw();
      stream.write('\n');
    }
  };
  const listener = (event: ProgressEvent): void => {
    text = describe(event);
    if (!live) {
      stream.write(`${text}\n`);
      return;
    }
    if (timer === undefined) {
      started = Date.now();
      timer = setInterval(draw, TICK_MS);
      timer.unref();
    }
    draw();
    if (event.finished === true) stop();
  };
  return Object.assign(listener, { stop });
}
