import type { CommandSpec } from './command-spec.js';

/** packsmith's commands, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'pack',
    summary: "build the month's pack from the workbook: a draft for the report authors, or the final pack",
    usage: '--month YYYY-MM [--workbook FILE] [--out FOLDER] [--final [--force] | --send]',
    options: [
      { name: 'month', type: 'string', value: 'YYYY-MM', help: 'the reporting month, e.g. 2026-01 (required)' },
      { name: 'workbook', type: 'string', value: 'FILE', help: 'the workbook to read (default: the sample packaged with packsmith)' },
      { name: 'out', type: 'string', value: 'FOLDER', help: "where to write the pack (default: output/<committee>/YYYY-MM/ in the current folder; each committee has its own)" },
      { name: 'final', type: 'boolean', help: 'the finished pack for the agenda, in FOLDER/final/: refused while any narrative, the 3As, a rating set by hand, the meeting or the officers to contact is missing; no DRAFT marks; named for the agenda, with a PDF of each document and a manifest' },
      { name: 'force', type: 'boolean', help: 'with --final: replace a final pack already written (never done without it)' },
      { name: 'send', type: 'boolean', help: 'e-mail each author their draft over SMTP; a second run sends only what was not sent, or changed' },
    ],
    environment: [
      ['PACKSMITH_SMTP_HOST', 'with _PORT, _TLS (starttls, tls or none), _USER, _PASSWORD and _FROM: the mail server for --send'],
      ['PACKSMITH_SOFFICE', "LibreOffice's soffice program, where it is not found by itself (--final)"],
      ['PACKSMITH_PDF_TIMEOUT', 'seconds the PDF conversion of --final may take (default 600)'],
      ['PACKSMITH_PDF_MEMORY', 'megabytes LibreOffice may hold for it, all its processes together (default 4096)'],
    ],
    load: () => import('./pack-command.js'),
  },
  {
    name: 'merge',
    summary: "check the authors' narrative return workbooks and merge them into a copy of the workbook",
    usage: '--month YYYY-MM [--workbook FILE] [--out FILE | --in-place] RETURN.xlsx...',
    options: [
      { name: 'month', type: 'string', value: 'YYYY-MM', help: 'the reporting month the returns are for, e.g. 2026-01 (required)' },
      { name: 'workbook', type: 'string', value: 'FILE', help: 'the workbook to merge into (default: the sample packaged with packsmith)' },
      { name: 'out', type: 'string', value: 'FILE', help: 'where to write the merged copy (default: beside the workbook, <name>-merged-YYYY-MM.xlsx); the workbook itself is left as it was' },
      { name: 'in-place', type: 'boolean', help: 'replace the workbook itself, first keeping it as <name>.backup-<n>.xlsx' },
    ],
    positionals: { value: 'RETURN.xlsx...', help: "the authors' return workbooks, e.g. returns/*.xlsx (packsmith expands * and ? itself, as Windows does not)" },
    load: () => import('./merge-command.js'),
  },
  {
    name: 'accept-3as',
    summary: "write the draft's drafted 3As into a copy of the workbook, for the officers to edit in Excel and finalise",
    usage: '--month YYYY-MM [--workbook FILE] [--out FILE]',
    about: [
      "A draft pack drafts the 3As from the figures for each of Alert, Assure and Advise that has no items for the month on the workbook's 3As sheet, and marks them DRAFTED. accept-3as writes those same items into a new copy of the workbook, as rows of its 3As sheet (month, box, area, text and metric); the workbook itself is never written.",
      'A box the officers have already typed items in for the month is left as it is: nothing is added to it. Where every box has items, there is nothing to accept and nothing is written.',
      'Edit, reorder or delete the items in the copy in Excel, then build the pack from the copy (pack --month YYYY-MM --workbook COPY): the items print as the officers\' own, no longer marked DRAFTED.',
    ],
    options: [
      { name: 'month', type: 'string', value: 'YYYY-MM', help: 'the reporting month whose 3As to accept, e.g. 2026-01 (required)' },
      { name: 'workbook', type: 'string', value: 'FILE', help: 'the workbook to read (default: the sample packaged with packsmith); it is never written' },
      {
        name: 'out',
        type: 'string',
        value: 'FILE',
        help: "where to write the copy (default: beside the workbook, <name>-3as-YYYY-MM.xlsx); refused where the file is already there, as it may hold the officers' edits",
      },
    ],
    load: () => import('./accept-three-as-command.js'),
  },
  {
    name: 'template',
    summary: 'write a blank workbook with instructions and a drop-down for every choice',
    usage: '[--out FILE]',
    options: [{ name: 'out', type: 'string', value: 'FILE', help: 'where to write the blank workbook (default: output/packsmith-template.xlsx)' }],
    load: () => import('./template-command.js'),
  },
];

export function commandNamed(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
