import { parseArgs } from 'node:util';
import type { CommandSpec, OptionSpec } from './command-spec.js';
import { UsageError } from './console.js';
import { closest } from './did-you-mean.js';
import { commandLine, type Env } from './invocation.js';

/** A command line read against its command's options. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

function optionName(arg: string): string {
  return arg.slice(2).split('=')[0] ?? '';
}

/** `--mnth`: unknown here; say which option was meant, or which command has it. */
function unknownOption(arg: string, spec: CommandSpec, others: readonly CommandSpec[]): UsageError {
  const name = optionName(arg);
  const known = [...spec.options.map((o) => o.name), 'help'];
  const meant = closest(name, known);
  if (meant !== undefined) return new UsageError(`unknown option --${name}; did you mean --${meant}?`);
  const owner = others.find((other) => other.options.some((o) => o.name === name));
  if (owner !== undefined) return new UsageError(`--${name} is an option of ${owner.name}, not of ${spec.name}`);
  return new UsageError(`unknown option --${name}; the options of ${spec.name} are ${spec.options.map((o) => `--${o.name}`).join(', ')}`);
}

/** Checks every option before Node's parser sees them, so that a mistake gets a suggestion. */
function checkOptionNames(args: readonly string[], spec: CommandSpec, others: readonly CommandSpec[]): void {
  for (const arg of args) {
    if (arg === '--') return;
    if (arg.startsWith('--')) {
      const option = spec.options.find((o) => o.name === optionName(arg));
      if (option === undefined && optionName(arg) !== 'help') throw unknownOption(arg, spec, others);
      if (option?.type === 'boolean' && arg.includes('=')) throw new UsageError(`--${option.name} takes no value; give it alone`);
    } else if (/^-[^-\d]/.test(arg) && arg !== '-h') {
      throw new UsageError(`unknown option ${arg}; options are written in full with two hyphens, e.g. --month (-h is short for --help)`);
    }
  }
}

function needsValue(option: OptionSpec): UsageError {
  return new UsageError(`--${option.name} needs a value: --${option.name} ${option.value ?? 'VALUE'}`);
}

/**
 * The options npm took for itself: `npm run pack --month 2026-01` (no `--`) hands `--month` to npm,
 * which keeps it as the setting npm_config_month and passes packsmith only "2026-01". Returns the
 * command line that was meant, or undefined when npm took none of the command's options.
 */
export function swallowedByNpm(spec: CommandSpec, positionals: readonly string[], env: Env): { readonly options: readonly string[]; readonly meant: string } | undefined {
  if (env['npm_lifecycle_event'] !== spec.name) return undefined;
  const left = [...positionals];
  const taken: string[] = [];
  const meant: string[] = [];
  for (const option of spec.options) {
    const value = env[`npm_config_${option.name.replaceAll('-', '_')}`];
    if (value === undefined) continue;
    taken.push(`--${option.name}`);
    if (option.type === 'boolean') meant.push(`--${option.name}`);
    else meant.push(`--${option.name}`, value === 'true' || value === '' ? (left.shift() ?? option.value ?? 'VALUE') : value);
  }
  if (taken.length === 0) return undefined;
  return { options: taken, meant: `npm run ${spec.name} -- ${[...meant, ...left].join(' ')}` };
}

/**
 * Reads a command's arguments: every option checked by name first ("did you mean --month?"), values
 * required where an option takes one, file names only where the command takes them. Throws a
 * UsageError with the fix; `values.help` is true for `-h` or `--help`.
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[], others: readonly CommandSpec[], env: Env = process.env): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    checkOptionNames(args, spec, others);
    const options = Object.fromEntries([...spec.options.map((o) => [o.name, { type: o.type }] as const), ['help', { type: 'boolean', short: 'h' }] as const]);
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    parsed = { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error)) throw error;
    const missing = spec.options.find((o) => o.type === 'string' && error.message.includes(`'--${o.name} `));
    throw missing === undefined ? new UsageError(error.message) : needsValue(missing);
  }
  const npm = swallowedByNpm(spec, parsed.positionals, env);
  if (npm !== undefined) {
    throw new UsageError(`npm took ${npm.options.join(' and ')} for itself, as nothing separated them from npm's own options; put -- after "npm run ${spec.name}": ${npm.meant}`);
  }
  if (parsed.values['help'] === true) return parsed;
  if (spec.positionals === undefined && parsed.positionals.length > 0) {
    const [first = ''] = parsed.positionals;
    const asMonth = /^\d{4}-\d{1,2}$/.test(first) && spec.options.some((o) => o.name === 'month') ? `; to give the month, write ${commandLine(spec.name, env)} --month ${first}` : '';
    throw new UsageError(`unexpected "${first}": ${spec.name} takes only options${asMonth}`);
  }
  return parsed;
}

/** An option's string value (parseArgs types every value as string | boolean). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
