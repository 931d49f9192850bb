import { relative, resolve } from 'node:path';
import { describeChanges } from '../returns/describe-changes.js';
import type { FileMessages } from '../returns/merge-returns.js';
import { mergedCopyPath, runMerge } from '../run-merge.js';
import { flag, stringOption, type ParsedArgs } from './arguments.js';
import { complain, EXIT, plural, printDiagnostics, say, UsageError } from './console.js';
import { expandGlob, hasWildcards } from './expand-globs.js';
import { commandLine } from './invocation.js';
import { readMonthOption } from './month-option.js';
import { sampleWorkbook } from './sample.js';

function printMessages(messages: readonly FileMessages[]): number {
  for (const { file, diagnostics } of messages) printDiagnostics(diagnostics, file);
  return messages.reduce((n, m) => n + m.diagnostics.filter((d) => d.severity === 'error').length, 0);
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** The returns named, wildcards expanded here (cmd and PowerShell leave `returns/*.xlsx` as typed). */
async function returnFiles(named: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of named) {
    const expanded = await expandGlob(name);
    if (expanded.length === 0 && hasWildcards(name)) throw new UsageError(`no file matches ${name}; check the folder and the name`);
    files.push(...expanded);
  }
  return files;
}

/** `merge`: checks the authors' returns and merges their narrative into a copy of the workbook (or the workbook itself). */
export async function run(args: ParsedArgs): Promise<number> {
  const month = readMonthOption(args, 'merge', ' returns/*.xlsx');
  if (args.positionals.length === 0) throw new UsageError(`name the return workbooks to merge, e.g. ${commandLine('merge')} --month 2026-01 returns/*.xlsx`);
  const returns = await returnFiles(args.positionals);
  const twice = returns.find((p, i) => returns.findIndex((q) => resolve(q) === resolve(p)) !== i);
  if (twice !== undefined) throw new UsageError(`${twice} is named twice; name each return once`);
  const workbook = stringOption(args, 'workbook') ?? sampleWorkbook();
  const out = stringOption(args, 'out');
  const inPlace = flag(args, 'in-place');
  if (inPlace && out !== undefined) throw new UsageError('give --out or --in-place, not both');
  if (out !== undefined && resolve(out) === resolve(workbook)) throw new UsageError('--out names the workbook itself; use --in-place to replace it (a backup is kept)');
  if (returns.some((p) => resolve(p) === resolve(workbook))) throw new UsageError(`${workbook} is the workbook being merged into, not a return`);

  const outcome = await runMerge({ workbookPath: workbook, month, returnPaths: returns, inPlace, ...(out === undefined ? {} : { outPath: out }) });
  const errors = printMessages(outcome.messages);
  switch (outcome.kind) {
    case 'invalid':
      complain(`\n${plural(errors, 'problem')} to fix; nothing was written.`);
      return EXIT.workbookErrors;
    case 'unchanged':
      for (const line of describeChanges(outcome.changes)) say(line);
      say(`  nothing to merge: ${inPlace ? workbook : shown(out ?? mergedCopyPath(workbook, month))} not written`);
      return EXIT.ok;
    case 'written':
      for (const line of describeChanges(outcome.changes)) say(line);
      if (outcome.backup !== undefined) say(`  kept the workbook as it was in ${shown(outcome.backup)}`);
      say(`  wrote ${shown(outcome.file)}`);
      return EXIT.ok;
  }
}
