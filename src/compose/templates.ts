import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * The text of the documents that officers may edit without touching code lives in handlebars
 * templates under `templates/`. A template receives the composed view model; text from the
 * workbook (narrative, 3As) is data and is never compiled, so `{{` typed by an author prints as
 * typed. {@link renderTemplate} gives plain text for Word and PowerPoint runs, where nothing is
 * HTML-escaped; {@link renderHtmlTemplate} gives HTML, where every value is.
 */
const TEMPLATES = resolve(dirname(fileURLToPath(import.meta.url)), '../../templates');

const handlebars = Handlebars.create();
handlebars.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);

const compiled = new Map<string, Handlebars.TemplateDelegate>();

function template(name: string, escape: boolean): Handlebars.TemplateDelegate {
  const key = `${escape ? 'html' : 'text'}:${name}`;
  let found = compiled.get(key);
  if (found === undefined) {
    const source = readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8');
    found = handlebars.compile(source, { noEscape: !escape, strict: true });
    compiled.set(key, found);
  }
  return found;
}

/** Renders `templates/<name>.hbs` with the given context; strict, so a misspelt field is an error. */
export function renderTemplate(name: string, context: object): string {
  return template(name, false)(context).replace(/\r\n/g, '\n').trim();
}

/**
 * Renders `templates/<name>.hbs` as HTML: every `{{value}}` is HTML-escaped (`<` becomes `&lt;`,
 * `"` becomes `&quot;`), so text from the workbook can never become markup or break out of an
 * attribute. Strict, like {@link renderTemplate}.
 */
export function renderHtmlTemplate(name: string, context: object): string {
  return template(name, true)(context).replace(/\r\n/g, '\n').trim();
}

/** Splits rendered text into paragraphs at blank lines, joining the lines within each. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}
