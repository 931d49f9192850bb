import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateFile } from '../../../model/house-style.js';
import { missingReportStyles } from './template-styles.js';
import { readWordTemplate, type WordTemplate } from './word-template.js';

/**
 * The Word template a cover report is drawn on: the organisation's (Settings "Report template")
 * or, where none is named, packsmith's own, which ships as `templates/cover-report/packsmith.dotx`
 * and goes through the same steps (`scripts/build-report-template.ts` makes it).
 */
export const BUILT_IN_REPORT_TEMPLATE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../templates/cover-report/packsmith.dotx');

/**
 * The colour of the built-in template's title and headings (NHS Blue), which the report draws in
 * the Settings sheet's primary colour: packsmith's own house style takes the workbook's colour, an
 * organisation's template keeps its own.
 */
export const BUILT_IN_ACCENT = '005EB8';

let builtIn: WordTemplate | undefined;

function opened(bytes: Uint8Array, name: string): WordTemplate {
  const read = readWordTemplate(bytes);
  if ('fault' in read) throw new Error(`${reportTemplateLabel(name)} ${read.fault.reason}`);
  return read.template;
}

/**
 * The template to draw on: the organisation's, which must have passed `checkReportTemplate`, or
 * packsmith's own with its headings in `primary` (`RRGGBB`).
 */
export function reportTemplate(file: TemplateFile | undefined, primary: string): WordTemplate {
  if (file !== undefined) return opened(file.bytes, file.name);
  builtIn ??= opened(readFileSync(BUILT_IN_REPORT_TEMPLATE), 'packsmith.dotx');
  // the title's and headings' colour only: the links keep theirs
  const recoloured = builtIn.styles.replace(/<w:style [^>]*w:styleId="(?:Title|Heading\d)"[\s\S]*?<\/w:style>/g, (style) => style.replace(`<w:color w:val="${BUILT_IN_ACCENT}"/>`, `<w:color w:val="${primary}"/>`));
  return { ...builtIn, styles: recoloured };
}

/** How messages name the file: `the report template "brand/report.dotx"`. */
export function reportTemplateLabel(name: string): string {
  return `the report template "${name}"`;
}

/** What is wrong with a report template, in words for the officer who named it. */
export interface TemplateMessage {
  readonly severity: 'error' | 'warning';
  readonly reason: string;
  readonly rule: string;
}

/**
 * Checks the organisation's Word template before anything is drawn. A file that is not a Word
 * template, or has no styles or page setup, is an error. A template without one of the report's
 * styles (Title, Heading 1-3) is a warning: Word writes a built-in style into a template only once
 * it is changed or used, so many templates lack Heading 3, and the report then uses packsmith's
 * style in the template's fonts.
 */
export function checkReportTemplate(file: TemplateFile): TemplateMessage[] {
  const read = readWordTemplate(file.bytes);
  const label = reportTemplateLabel(file.name);
  if ('fault' in read) return [{ severity: 'error', reason: `${label} ${read.fault.reason}`, rule: read.fault.rule }];
  return missingReportStyles(read.template.styles).map((style) => ({
    severity: 'warning',
    reason: `${label} has no ${style} style, so the report uses packsmith's ${style} in the template's fonts. To use your own, open the template in Word, right-click ${style} in Home > Styles, choose Modify, set its look and save the template`,
    rule: 'model/template-style-missing',
  }));
}
