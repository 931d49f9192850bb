import { DeliveryError } from './deliver/delivery-error.js';
import { watchParent } from './deliver/interruption.js';
import { FolderBusyError, OutputError } from './deliver/output-error.js';
import { flag, parseCommandArgs } from './cli/arguments.js';
import { COMMANDS, commandNamed } from './cli/commands.js';
import { complain, EXIT, say, UsageError } from './cli/console.js';
import { closest } from './cli/did-you-mean.js';
import { commandHelp, generalHelp } from './cli/help.js';
import { commandLine, type Env } from './cli/invocation.js';
import { MonthError } from './model/reporting-month.js';
import { packsmithVersion } from './version.js';

/*
 * The command line: argv -> a command -> an exit code. This module and those it imports are
 * small; a command's code, and the libraries it needs, are imported only when it runs, so that
 * `packsmith --help` answers at once.
 */

export { EXIT } from './cli/console.js';

function unknownCommand(name: string): UsageError {
  const names = COMMANDS.map((c) => c.name);
  if (name.startsWith('-')) return new UsageError(`name a command before the options, e.g. packsmith pack ${name} ...; the commands are ${names.join(', ')}`);
  const meant = closest(name, names);
  return new UsageError(`unknown command "${name}"; ${meant === undefined ? '' : `did you mean ${meant}? `}the commands are ${names.join(', ')}`);
}

/** How a failure is told, and its exit code: plain words for the officer's mistakes and the machine's faults, a report for packsmith's own. */
function reportFailure(error: unknown, command: string | undefined, env: Env): number {
  if (error instanceof UsageError || error instanceof MonthError) {
    complain(`packsmith: ${error.message}`);
    complain(command === undefined ? 'Run packsmith --help for the commands.' : `Run ${commandLine(command, env)} --help for its options.`);
    return EXIT.usage;
  }
  if (error instanceof OutputError) {
    complain(`packsmith: ${error.message}`);
    return EXIT.cannotWrite;
  }
  if (error instanceof FolderBusyError) {
    complain(`packsmith: ${error.message}`);
    return EXIT.busy;
  }
  if (error instanceof DeliveryError) {
    complain(`packsmith: ${error.message}`);
    return EXIT.refused;
  }
  complain('packsmith failed unexpectedly; this is a fault in packsmith, not in your workbook. Please report it with the lines below.');
  complain(error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (error instanceof Error && error.cause !== undefined) complain(`caused by: ${error.cause instanceof Error ? (error.cause.stack ?? error.cause.message) : String(error.cause)}`);
  return EXIT.internal;
}

/** Runs a command line; returns the exit code. Commands print; only here are failures caught. */
export async function main(argv: readonly string[], env: Env = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const spec = name === undefined ? undefined : commandNamed(name);
  try {
    if (name === undefined) {
      complain(generalHelp(COMMANDS));
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const about = rest[0] === undefined ? undefined : commandNamed(rest[0]);
      say(about === undefined ? generalHelp(COMMANDS) : commandHelp(about, env));
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
      say(packsmithVersion());
      return EXIT.ok;
    }
    if (spec === undefined) throw unknownCommand(name);
    const args = parseCommandArgs(spec, rest, COMMANDS, env);
    if (flag(args, 'help')) {
      say(commandHelp(spec, env));
      return EXIT.ok;
    }
    // started by npm: stop when npm is stopped (a SIGTERM to npm never reaches node)
    if (env['npm_lifecycle_event'] !== undefined) watchParent();
    const command = await spec.load();
    return await command.run(args);
  } catch (error) {
    return reportFailure(error, spec?.name, env);
  }
}
