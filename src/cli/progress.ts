/**
 * What a long step is doing, on standard error. On a terminal: one live line, rewritten as each
 * step starts and cleared before anything else is printed. In a log (not a terminal) nothing:
 * lines that are rewritten make a log unreadable, and the lasting lines (each recipient's result,
 * the summary) are printed there anyway.
 */
export interface Progress {
  /** Shows what is happening now. */
  step(text: string): void;
  /** Clears the live line, before other output. */
  done(): void;
}

/** The part of a stream progress needs: `process.stderr` is one. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export function progressOn(stream: ProgressStream = process.stderr): Progress {
  if (stream.isTTY !== true) return { step: () => undefined, done: () => undefined };
  let shown = false;
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    step(text) {
      clear();
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(text.length > width ? `${text.slice(0, width - 3)}...` : text);
      shown = true;
    },
    done: clear,
  };
}
