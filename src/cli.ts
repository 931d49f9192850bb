#!/usr/bin/env node
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PackModel } from './compose/pack-model.js';
import { formatDiagnostic, type Diagnostic } from './diagnostics/diagnostic.js';
import { parseMonthText } from './model/parse-period.js';
import { runPack } from './run-pack.js';
import { blankTemplate } from './template/blank-template.js';

/** Exit codes: what a script calling packsmith can rely on. */
export const EXIT = { ok: 0, workbookErrors: 1, usage: 2, internal: 3 } as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = relative(process.cwd(), resolve(ROOT, 'seeds/example-icb.xlsx')) || 'seeds/example-icb.xlsx';
const MAX_WARNINGS_SHOWN = 25;

const HELP = `packsmith: builds a committee's monthly performance pack from its Excel workbook.

Usage:
  npm run pack -- --month YYYY-MM [--final] [--workbook FILE] [--out FOLDER]
  npm run template [-- --out FILE]

pack options:
  --month YYYY-MM    the reporting month, e.g. 2026-01 (required)
  --workbook FILE    the workbook to read (default: the bundled sample, ${SAMPLE})
  --out FOLDER       where to write the pack (default: output/YYYY-MM/)
  --final            the finished pack for the committee: refused while any narrative, the 3As
                     or a rating set by hand is missing; no DRAFT marks
  --help             show this help

template options:
  --out FILE         where to write the blank workbook (default: output/packsmith-template.xlsx)

Exit codes: 0 done (warnings may have been printed), 1 the workbook has problems to fix
(each is listed with its sheet and cell; nothing was written), 2 the command was mistyped,
3 packsmith itself failed (please report it).
`;

class UsageError extends Error {}

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function complain(line: string): void {
  process.stderr.write(`${line}\n`);
}

function printDiagnostics(diagnostics: readonly Diagnostic[], file: string): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of errors) complain(formatDiagnostic(d, file));
  for (const d of warnings.slice(0, MAX_WARNINGS_SHOWN)) complain(formatDiagnostic(d, file));
  if (warnings.length > MAX_WARNINGS_SHOWN) complain(`... and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings`);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function printSummary(model: PackModel, files: readonly string[], warnings: number): void {
  const c = model.counts;
  const m = model.movement;
  const metrics = model.areas.reduce((n, a) => n + a.metrics.length, 0);
  say(`${model.month.label} pack for the ${model.committee}`);
  const s = model.summaryCounts;
  say(`  ${plural(metrics, 'metric')}: ${c.green} green, ${c.amber} amber, ${c.red} red, ${c.notRated} not rated`);
  say(`  on the summary tables: ${s.green} green, ${s.amber} amber, ${s.red} red, ${s.notRated} not rated`);
  say(`  since the previous pack: ${m.improved} improved, ${m.worsened} worsened, ${m.unchanged} unchanged, ${m.new} newly rated`);
  say(`  ${plural(warnings, 'warning')}${warnings > 0 ? ' (listed above)' : ''}`);
  for (const file of files) say(`  wrote ${relative(process.cwd(), file) || file}`);
}

async function pack(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { month: { type: 'string' }, workbook: { type: 'string' }, out: { type: 'string' }, final: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true, allowPositionals: false });
  if (values.help === true) {
    say(HELP);
    return EXIT.ok;
  }
  if (values.month === undefined) throw new UsageError('--month is required, e.g. npm run pack -- --month 2026-01');
  const month = parseMonthText(values.month);
  if (!month.ok) throw new UsageError(`--month: ${month.reason}`);
  if (!/^\d{4}-\d{2}$/.test(values.month.trim())) throw new UsageError(`--month must be a month written YYYY-MM, e.g. 2026-01; got "${values.month}"`);
  const workbookPath = values.workbook ?? SAMPLE;
  const mode = values.final === true ? 'final' : 'draft';
  const outcome = await runPack({ workbookPath, month: month.period, mode, ...(values.out === undefined ? {} : { outDir: values.out }) });
  switch (outcome.kind) {
    case 'unreadable':
      complain(`${workbookPath}: ${outcome.reason}`);
      return EXIT.workbookErrors;
    case 'invalid': {
      printDiagnostics(outcome.diagnostics, workbookPath);
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
      complain(`\n${workbookPath}: ${plural(errors, 'problem')} to fix; nothing was written.`);
      return EXIT.workbookErrors;
    }
    case 'written':
      printDiagnostics(outcome.diagnostics, workbookPath);
      printSummary(outcome.model, outcome.files, outcome.diagnostics.length);
      return EXIT.ok;
  }
}

async function template(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true, allowPositionals: false });
  if (values.help === true) {
    say(HELP);
    return EXIT.ok;
  }
  const out = values.out ?? 'output/packsmith-template.xlsx';
  const bytes = await blankTemplate();
  await mkdir(dirname(resolve(out)), { recursive: true });
  await writeFile(out, bytes);
  say(`wrote the blank workbook to ${out}`);
  return EXIT.ok;
}

/** Runs a command line; returns the exit code. The only place that talks to the console. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'pack':
        return await pack(rest);
      case 'template':
        return await template(rest);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        say(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"; the commands are pack and template`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
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
