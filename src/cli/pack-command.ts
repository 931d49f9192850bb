import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PackModel } from '../compose/pack-model.js';
import { parseMonthText } from '../model/parse-period.js';
import { runPack } from '../run-pack.js';
import { complain, EXIT, plural, printDiagnostics, say, UsageError } from './console.js';
import { progressOn } from './progress.js';
import { sendAndReport, smtpSettingsOrComplain } from './send-output.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = relative(process.cwd(), resolve(ROOT, 'seeds/example-icb.xlsx')) || 'seeds/example-icb.xlsx';

export const PACK_HELP = `  npm run pack -- --month YYYY-MM [--final [--force] | --send] [--workbook FILE] [--out FOLDER]

pack options:
  --month YYYY-MM    the reporting month, e.g. 2026-01 (required)
  --workbook FILE    the workbook to read (default: the bundled sample, ${SAMPLE})
  --out FOLDER       where to write the pack (default: output/YYYY-MM/)
  --final            the finished pack for the committee, in FOLDER/final/: refused while any
                     narrative, the 3As, a rating set by hand or the meeting is missing; no DRAFT
                     marks; named for the agenda, with a PDF of each document and a manifest
  --force            with --final: replace a final pack already written (never done without it)
  --send             e-mail each author their draft (written to drafts/ in every draft run) over
                     SMTP, set by PACKSMITH_SMTP_HOST, _PORT, _TLS (starttls, tls or none), _USER,
                     _PASSWORD and _FROM; a second run sends only what was not sent, or changed`;

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

/** `pack`: reads the workbook, builds the month's pack and writes it. */
export async function packCommand(args: readonly string[], help: () => void): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      month: { type: 'string' },
      workbook: { type: 'string' },
      out: { type: 'string' },
      final: { type: 'boolean' },
      force: { type: 'boolean' },
      send: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    help();
    return EXIT.ok;
  }
  if (values.month === undefined) throw new UsageError('--month is required, e.g. npm run pack -- --month 2026-01');
  const month = parseMonthText(values.month);
  if (!month.ok) throw new UsageError(`--month: ${month.reason}`);
  if (!/^\d{4}-\d{2}$/.test(values.month.trim())) throw new UsageError(`--month must be a month written YYYY-MM, e.g. 2026-01; got "${values.month}"`);
  if (values.send === true && values.final === true) throw new UsageError('--send e-mails the drafts to their authors, so it cannot be used with --final');
  // The mail settings are checked first: a mistake in them should not cost a build.
  const smtp = values.send === true ? smtpSettingsOrComplain(process.env) : undefined;
  if (values.send === true && smtp === undefined) return EXIT.usage;
  const workbookPath = values.workbook ?? SAMPLE;
  const mode = values.final === true ? 'final' : 'draft';
  if (values.force === true && mode !== 'final') throw new UsageError('--force only goes with --final (a draft always replaces the previous draft)');
  const progress = progressOn();
  const outcome = await runPack({
    workbookPath,
    month: month.period,
    mode,
    force: values.force === true,
    onStep: (step) => progress.step(`${step} ...`),
    onProgress: (event) => progress.report(event),
    ...(values.out === undefined ? {} : { outDir: values.out }),
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
      printDiagnostics(outcome.diagnostics, workbookPath);
      printSummary(outcome.model, outcome.files, outcome.diagnostics.length);
      return smtp === undefined ? EXIT.ok : sendAndReport(outcome.folder, outcome.drafts, smtp, progress);
  }
}
