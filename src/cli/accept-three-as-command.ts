import { relative, resolve } from 'node:path';
import type { AcceptResult } from '../accept/accept-three-as.js';
import { monthLongLabel, periodKey } from '../model/period.js';
import { THREE_AS_BOX_WORDS } from '../model/read-narrative.js';
import { acceptedCopyPath, runAcceptThreeAs } from '../run-accept-three-as.js';
import { stringOption, type ParsedArgs } from './arguments.js';
import { complain, EXIT, plural, printDiagnostics, say, UsageError } from './console.js';
import { commandLine } from './invocation.js';
import { readMonthOption } from './month-option.js';
import { sampleWorkbook } from './sample.js';

/** A path as the officer gave it, below the current folder relative to it. */
function shown(path: string): string {
  const below = relative(process.cwd(), path);
  return below === '' || below.startsWith('..') ? path : below;
}

/** `3As rows 36 to 39`, `3As row 36`. */
function rowsInWords(rows: readonly number[]): string {
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? first;
  return first === last ? `3As row ${first}` : `3As rows ${first} to ${last}`;
}

/** What became of each of Alert, Assure and Advise, a line each, in that order. */
function boxLines(result: AcceptResult): string[] {
  const lines: { order: number; line: string }[] = [];
  const order = (box: string) => ['alert', 'assure', 'advise'].indexOf(box);
  for (const { box, items, rows } of result.accepted) lines.push({ order: order(box), line: `  ${THREE_AS_BOX_WORDS[box]}: ${plural(items.length, 'drafted item')} written as ${rowsInWords(rows)}` });
  for (const { box, items } of result.kept) lines.push({ order: order(box), line: `  ${THREE_AS_BOX_WORDS[box]}: left as the officers typed it (${plural(items, 'item')}); nothing drafted for it` });
  for (const box of result.empty) lines.push({ order: order(box), line: `  ${THREE_AS_BOX_WORDS[box]}: nothing drafted, as no measure meets the rule for it` });
  return lines.sort((a, b) => a.order - b.order).map((l) => l.line);
}

/** `accept-3as`: writes the draft's drafted 3As into a copy of the workbook's 3As sheet, for the officers to edit and finalise. */
export async function run(args: ParsedArgs): Promise<number> {
  const month = readMonthOption(args, 'accept-3as', '');
  const workbook = stringOption(args, 'workbook') ?? sampleWorkbook();
  const out = stringOption(args, 'out');
  if (out !== undefined && resolve(out) === resolve(workbook)) throw new UsageError('--out names the workbook itself; accept-3as never writes over the workbook, so name a new copy');

  const outcome = await runAcceptThreeAs({ workbookPath: workbook, month, ...(out === undefined ? {} : { outPath: out }) });
  if (outcome.kind === 'invalid') {
    for (const { file, diagnostics } of outcome.messages) printDiagnostics(diagnostics, file);
    const errors = outcome.messages.reduce((n, m) => n + m.diagnostics.filter((d) => d.severity === 'error').length, 0);
    complain(`\n${plural(errors, 'problem')} to fix; nothing was written.`);
    return EXIT.workbookErrors;
  }
  say(`The 3As for ${monthLongLabel(month)}:`);
  for (const line of boxLines(outcome.result)) say(line);
  if (outcome.kind === 'nothing') {
    say(`  nothing to accept: ${shown(out ?? acceptedCopyPath(workbook, month))} not written`);
    return EXIT.ok;
  }
  for (const { file, diagnostics } of outcome.messages) printDiagnostics(diagnostics, file);
  say(`  wrote ${shown(outcome.file)}; ${shown(workbook)} is as it was`);
  say(`Edit the items in the copy's 3As sheet, then build the pack from it: ${commandLine('pack')} --month ${periodKey(month)} --workbook ${shown(outcome.file)}`);
  return EXIT.ok;
}
