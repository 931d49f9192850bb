import type { CommandSpec, OptionSpec } from './command-spec.js';
import { EXIT_CODE_WORDS } from './console.js';
import { commandLine, type Env } from './invocation.js';

const WIDTH = 96;
const COLUMN = 25;

/** Words wrapped to the help's width, every line after the first indented to `indent`. */
function wrap(text: string, indent: number, first = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const limit = WIDTH - (lines.length === 0 ? first : indent);
    if (line !== '' && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** `  --month YYYY-MM        the reporting month ...`, the description in a column. */
function entry(left: string, text: string, column = COLUMN): string {
  const head = `  ${left}`;
  const pad = head.length < column ? head.padEnd(column) : `${head}\n${' '.repeat(column)}`;
  return `${pad}${wrap(text, column)}`;
}

function optionEntry(option: OptionSpec): string {
  return entry(`--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`, option.help);
}

function exitCodes(): string {
  return ['Exit codes:', ...EXIT_CODE_WORDS.map(([code, words]) => entry(String(code), words, 8))].join('\n');
}

/** `packsmith --help`: what it is, its commands, and its exit codes. */
export function generalHelp(commands: readonly CommandSpec[]): string {
  return [
    "packsmith: builds a committee's monthly performance pack (cover report, 3As slide pack, drafts to the authors) from its Excel workbook.",
    '',
    'Usage: packsmith COMMAND [options]     (in the code folder: npm run COMMAND -- [options])',
    '',
    'Commands:',
    ...commands.map((c) => entry(c.name, c.summary)),
    '',
    'Options:',
    entry('-h, --help', 'show this help; packsmith COMMAND --help shows a command\'s options'),
    entry('--version', "show packsmith's version"),
    '',
    exitCodes(),
    '',
    'Example: packsmith pack --month 2026-01 --workbook our-workbook.xlsx',
    '',
  ].join('\n');
}

/** `packsmith pack --help`: the command's usage, options and notes. */
export function commandHelp(spec: CommandSpec, env: Env = process.env): string {
  const usage = `${commandLine(spec.name, env)} ${spec.usage}`;
  return [
    `packsmith ${spec.name}: ${spec.summary}.`,
    '',
    `Usage: ${usage}`,
    '',
    ...(spec.about ?? []).flatMap((paragraph) => [wrap(paragraph, 0), '']),
    'Options:',
    ...spec.options.map(optionEntry),
    ...(spec.positionals === undefined ? [] : [entry(spec.positionals.value, spec.positionals.help)]),
    entry('-h, --help', 'show this help'),
    ...(spec.environment === undefined ? [] : ['', 'Environment:', ...spec.environment.map(([name, text]) => entry(name, text))]),
    '',
    'Exit codes: see packsmith --help.',
    '',
  ].join('\n');
}
