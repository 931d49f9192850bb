#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { complain, EXIT, say, UsageError } from './cli/console.js';
import { MERGE_HELP, mergeCommand } from './cli/merge-command.js';
import { PACK_HELP, packCommand } from './cli/pack-command.js';
import { TEMPLATE_HELP, templateCommand } from './cli/template-command.js';

export { EXIT } from './cli/console.js';

type Command = (args: readonly string[], help: () => void) => Promise<number>;

/** Each command, its handler and its part of --help, in the order --help lists them. */
const COMMANDS: ReadonlyMap<string, { readonly run: Command; readonly help: string }> = new Map([
  ['pack', { run: packCommand, help: PACK_HELP }],
  ['template', { run: templateCommand, help: TEMPLATE_HELP }],
  ['merge', { run: mergeCommand, help: MERGE_HELP }],
]);

const HELP = `packsmith: builds a committee's monthly performance pack from its Excel workbook.

Usage:
${[...COMMANDS.values()].map((c) => c.help.split('\n\n')[0]).join('\n')}

${[...COMMANDS.values()].map((c) => c.help.split('\n\n').slice(1).join('\n\n')).join('\n\n')}
  --help             show this help

Exit codes: 0 done (warnings may have been printed), 1 the workbook has problems to fix
(each is listed with its sheet and cell; nothing was written), 2 the command was mistyped or
--send's PACKSMITH_SMTP_* settings are missing or wrong (nothing was built or sent), 3 packsmith
itself failed (please report it), 4 the pack was written but some drafts were not sent (each is
listed; run again to send only those), 5 the pack could not be delivered as asked (a final pack
is already there, or LibreOffice is missing; the message says which; nothing was written).
`;

function printHelp(): void {
  say(HELP);
}

function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Runs a command line; returns the exit code. Commands print; only here are faults caught. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      printHelp();
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = COMMANDS.get(name);
    if (command === undefined) throw new UsageError(`unknown command "${name}"; the commands are ${[...COMMANDS.keys()].join(', ')}`);
    return await command.run(rest, printHelp);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      complain(`packsmith: ${error.message}`);
      complain('Run with --help for the options.');
      return EXIT.usage;
    }
    complain('packsmith failed unexpectedly; this is a fault in packsmith, not in your workbook. Please report it with the lines below.');
    complain(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof Error && error.cause !== undefined) complain(`caused by: ${error.cause instanceof Error ? (error.cause.stack ?? error.cause.message) : String(error.cause)}`);
    return EXIT.internal;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
