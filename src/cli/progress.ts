/**
 * Progress on standard error. On a terminal one live line, rewritten as each step starts and
 * cleared when done; in a log (not a terminal) nothing is rewritten, so only lines that say
 * something lasting are printed there (see {@link Progress.line}).
 */
export interface Progress {
  /** Shows what is happening now: the live line on a terminal; nothing in a log. */
  step(text: string): void;
  /** A lasting line: printed in both, below the live line on a terminal. */
  line(text: string): void;
  /** Clears the live line. */
  done(): void;
}

export function progressOn(stream: NodeJS.WriteStream = process.stderr): Progress {
  const live = stream.isTTY === true;
  let shown = false;
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    step(text) {
      if (!live) return;
      clear();
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(text.length > width ? `${text.slice(0, width - 3)}...` : text);
      shown = true;
    },
    line(text) {
      clear();
      stream.write(`${text}\n`);
    },
    done: clear,
  };
}
