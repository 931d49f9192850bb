import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * The text of the documents that officers may edit without touching code lives in handlebars
 * templates under `templates/`. A template receives the composed view model; text from the
 * workbook (narrative, 3As) is data and is never compiled, so `{{` typed by an author prints as
 * typed. Output is plain text for Word and PowerPoint runs, so nothing is HTML-escaped.
 */
const TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');

const handlebars = Handlebars.create();
handlebars.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Renders `templates/<name>.hbs` with the given context; strict, so a misspelt field is an error. */
export function renderTemplate(name: string, context: object): string {
  let template = compiled.get(name);
  if (template === undefined) {
    const source = readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8');
    template = handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  return template(context).replace(/\r\n/g, '\n').trim();
}

/** Splits rendered text into paragraphs at blank lines, joining the lines within each. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}
