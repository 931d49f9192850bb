import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MonthPeriod } from '../model/pack-workbook.js';
import { parseMonthText } from '../model/parse-period.js';
import { describeChanges } from '../returns/describe-changes.js';
import type { FileMessages } from '../returns/merge-returns.js';
import { mergedCopyPath, runMerge } from '../run-merge.js';
import { complain, EXIT, plural, printDiagnostics, say, UsageError } from './console.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = relative(process.cwd(), resolve(ROOT, 'seeds/example-icb.xlsx')) || 'seeds/example-icb.xlsx';

export const MERGE_HELP = `  npm run merge -- --month YYYY-MM [--workbook FILE] [--out FILE | --in-place] RETURN.xlsx...

merge options:
  --month YYYY-MM    the reporting month the returns are for, e.g. 2026-01 (required)
  --workbook FILE    the workbook to merge into (default: the bundled sample, ${SAMPLE})
  --out FILE         where to write the merged copy (default: beside the workbook,
                     <name>-merged-YYYY-MM.xlsx); the workbook itself is left as it was
  --in-place         replace the workbook itself, first keeping it as <name>.backup-<n>.xlsx
  RETURN.xlsx...     the authors' return workbooks, e.g. returns/*.xlsx`;

function printMessages(messages: readonly FileMessages[]): number {
  for (const { file, diagnostics } of messages) printDiagnostics(diagnostics, file);
  return messages.reduce((n, m) => n + m.diagnostics.filter((d) => d.severity === 'error').length, 0);
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

interface MergeArgs {
  readonly month: MonthPeriod;
  readonly workbook: string;
  readonly out?: string;
  readonly inPlace: boolean;
  readonly returns: readonly string[];
}

function readArgs(args: readonly string[]): MergeArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { month: { type: 'string' }, workbook: { type: 'string' }, out: { type: 'string' }, 'in-place': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help === true) return 'help';
  if (values.month === undefined) throw new UsageError('--month is required, e.g. npm run merge -- --month 2026-01 returns/*.xlsx');
  const month = parseMonthText(values.month);
  if (!month.ok) throw new UsageError(`--month: ${month.reason}`);
  if (!/^\d{4}-\d{2}$/.test(values.month.trim())) throw new UsageError(`--month must be a month written YYYY-MM, e.g. 2026-01; got "${values.month}"`);
  if (positionals.length === 0) throw new UsageError('name the return workbooks to merge, e.g. npm run merge -- --month 2026-01 returns/*.xlsx');
  const twice = positionals.find((p, i) => positionals.findIndex((q) => resolve(q) === resolve(p)) !== i);
  if (twice !== undefined) throw new UsageError(`${twice} is named twice; name each return once`);
  const workbook = values.workbook ?? SAMPLE;
  const inPlace = values['in-place'] === true;
  if (inPlace && values.out !== undefined) throw new UsageError('give --out or --in-place, not both');
  if (values.out !== undefined && resolve(values.out) === resolve(workbook)) throw new UsageError('--out names the workbook itself; use --in-place to replace it (a backup is kept)');
  if (positionals.some((p) => resolve(p) === resolve(workbook))) throw new UsageError(`${workbook} is the workbook being merged into, not a return`);
  return { month: month.period, workbook, inPlace, returns: positionals, ...(values.out === undefined ? {} : { out: values.out }) };
}

/** `merge`: checks the authors' returns and merges their narrative into a copy of the workbook (or the workbook itself). */
export async function mergeCommand(args: readonly string[], help: () => void): Promise<number> {
  const parsed = readArgs(args);
  if (parsed === 'help') {
    help();
    return EXIT.ok;
  }
  const outcome = await runMerge({
    workbookPath: parsed.workbook,
    month: parsed.month,
    returnPaths: parsed.returns,
    inPlace: parsed.inPlace,
    ...(parsed.out === undefined ? {} : { outPath: parsed.out }),
  });
  const errors = printMessages(outcome.messages);
  switch (outcome.kind) {
    case 'invalid':
      complain(`\n${plural(errors, 'problem')} to fix; nothing was written.`);
      return EXIT.workbookErrors;
    case 'unchanged':
      for (const line of describeChanges(outcome.changes)) say(line);
      say(`  nothing to merge: ${parsed.inPlace ? parsed.workbook : shown(parsed.out ?? mergedCopyPath(parsed.workbook, parsed.month))} not written`);
      return EXIT.ok;
    case 'written':
      for (const line of describeChanges(outcome.changes)) say(line);
      if (outcome.backup !== undefined) say(`  kept the workbook as it was in ${shown(outcome.backup)}`);
      say(`  wrote ${shown(outcome.file)}`);
      return EXIT.ok;
  }
}
