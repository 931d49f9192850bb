import { basename, dirname, relative } from 'node:path';
import { DRAFTS_FOLDER } from '../compose/pack-identity.js';
import type { PackModel } from '../compose/pack-model.js';
import { runPack, type Written } from '../run-pack.js';
import { flag, stringOption, type ParsedArgs } from './arguments.js';
import { complain, EXIT, plural, printDiagnostics, say, UsageError } from './console.js';
import { readMonthOption } from './month-option.js';
import { pdfLimits } from './pdf-limits.js';
import { progressOn } from './progress.js';
import { sampleWorkbook } from './sample.js';
import { sendAndReport, smtpSettingsOrComplain } from './send-output.js';

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
  const drafts = files.filter((file) => basename(dirname(file)) === DRAFTS_FOLDER);
  for (const file of files.filter((f) => !drafts.includes(f))) say(`  wrote ${shown(file)}`);
  const emails = drafts.filter((file) => file.endsWith('.eml')).length;
  if (drafts.length > 0) say(`  wrote ${plural(emails, 'draft')} to authors (.eml) and ${plural(drafts.length - emails, 'return workbook')} in ${shown(dirname(drafts[0] ?? ''))}`);
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** `pack`: reads the workbook, builds the month's pack and writes it; with --send, e-mails the drafts. */
export async function run(args: ParsedArgs): Promise<number> {
  const month = readMonthOption(args, 'pack', '');
  const final = flag(args, 'final');
  const send = flag(args, 'send');
  if (send && final) throw new UsageError('--send e-mails the drafts to their authors, so it cannot be used with --final');
  if (flag(args, 'force') && !final) throw new UsageError('--force only goes with --final (a draft always replaces the previous draft)');
  // The mail settings are checked first: a mistake in them should not cost a build.
  const smtp = send ? smtpSettingsOrComplain(process.env) : undefined;
  if (send && smtp === undefined) return EXIT.usage;
  const workbookPath = stringOption(args, 'workbook') ?? sampleWorkbook();
  const out = stringOption(args, 'out');
  const progress = progressOn();
  const afterWrite = async (written: Written): Promise<number> => {
    progress.done();
    printDiagnostics(written.diagnostics, workbookPath);
    printSummary(written.model, written.files, written.diagnostics.length);
    return smtp === undefined ? EXIT.ok : sendAndReport(written.folder, written.drafts, smtp, progress);
  };
  const outcome = await runPack({
    workbookPath,
    month,
    mode: final ? 'final' : 'draft',
    force: flag(args, 'force'),
    onStep: (step) => progress.step(`${step} ...`),
    onProgress: (event) => progress.report(event),
    afterWrite,
    pdfLimits: pdfLimits(process.env),
    ...(out === undefined ? {} : { outDir: out }),
  }).finally(() => progress.done());
  switch (outcome.kind) {
    case 'refused':
      complain(`packsmith: ${outcome.reason}`);
      return EXIT.refused;
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
      return outcome.after ?? EXIT.ok;
  }
}
