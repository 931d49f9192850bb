import type { ParsedArgs } from './arguments.js';

/**
 * What the command line knows about a command without loading it: its options, its help and how
 * to load its code. The code of a command (and the libraries it needs: exceljs, docx, pptxgenjs,
 * nodemailer) is imported only when that command runs, so `--help` and `--version` start at once.
 */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** The value's form in help and messages: `YYYY-MM`, `FILE`. */
  readonly value?: string;
  readonly help: string;
}

/** A command's code, loaded on demand. */
export interface CommandModule {
  run(args: ParsedArgs): Promise<number>;
}

export interface CommandSpec {
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** After `packsmith <name> `. */
  readonly usage: string;
  /** Paragraphs of `--help` after the usage, where the summary and options do not say enough. */
  readonly about?: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Files named after the options (merge's returns); absent where the command takes none. */
  readonly positionals?: { readonly value: string; readonly help: string };
  /** The environment variables the command reads, each with what it sets. */
  readonly environment?: readonly (readonly [string, string])[];
  readonly load: () => Promise<CommandModule>;
}
