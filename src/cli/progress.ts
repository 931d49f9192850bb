import type { ProgressEvent } from '../deliver/progress-event.js';

/**
 * What a long step is doing, on standard error. On a terminal: one live line, rewritten as the
 * step moves on (with the seconds it has taken), cut to the width and cleared before anything
 * else is printed. In a log (CI, a file): no rewriting, which makes a log unreadable; passing
 * steps are left out and only a long step's milestones are written, a plain line each.
 */
export interface Progress {
  /** Shows what is happening now: the live line on a terminal, nothing in a log. */
  step(text: string): void;
  /** A long step's progress (PDF conversion): the live line on a terminal, a plain line in a log. */
  report(event: ProgressEvent): void;
  /** Clears the live line, before other output. */
  done(): void;
}

/** The part of a stream progress needs: `process.stderr` is one. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const TICK_MS = 1000;

function describe(event: ProgressEvent): string {
  return event.total === undefined || event.done === undefined ? event.step : `${event.step} (${event.done} of ${event.total})`;
}

export function progressOn(stream: ProgressStream = process.stderr, clock: () => number = Date.now): Progress {
  if (stream.isTTY !== true) {
    return { step: () => undefined, report: (event) => void stream.write(`${describe(event)}\n`), done: () => undefined };
  }
  let text = '';
  let since = 0;
  let shown = false;
  let timer: NodeJS.Timeout | undefined;
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  const draw = (): void => {
    clear();
    const seconds = Math.floor((clock() - since) / 1000);
    const line = seconds > 0 ? `${text} ${seconds}s` : text;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(line.length > width ? `${line.slice(0, width - 3)}...` : line);
    shown = true;
  };
  const done = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    clear();
  };
  const show = (next: string, restart: boolean): void => {
    if (restart || timer === undefined) since = clock();
    text = next;
    timer ??= setInterval(draw, TICK_MS).unref();
    draw();
  };
  return {
    step: (next) => show(next, true),
    report: (event) => (event.finished === true ? done() : show(describe(event), event.done === 0)),
    done,
  };
}
