import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { columnMustBePresent, SETTINGS, SHEETS, type ColumnSpec } from '../../src/format/workbook-format.js';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/workbook.md', import.meta.url)), 'utf8');

/** The first cells of the doc's table rows: what each table documents. */
const tableKeys = new Set(
  DOC.split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split(' | ')[0]?.slice(2).replace(/\\\|/g, '|').trim() ?? ''),
);

/** What the doc's Required column says: a value on every row, the column only, or neither. */
function requiredWord(column: ColumnSpec): string {
  if (column.required) return 'yes';
  return columnMustBePresent(column) ? 'column' : 'no';
}

describe('docs/workbook.md', () => {
  it('has a section for every sheet of the format, in order', () => {
    const headings = [...DOC.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(SHEETS.map((s) => s.name));
  });

  it.each(SHEETS.map((s) => [s.name, s] as const))('documents every column of the %s sheet', (_, spec) => {
    const section = DOC.split(/^### /m).find((part) => part.startsWith(`${spec.name}\n`)) ?? '';
    for (const column of spec.columns) {
      expect(section, `${spec.name}: ${column.header}`).toContain(`| ${column.header} | ${requiredWord(column)} | ${column.maxLength ?? ''} |`);
      for (const choice of column.choices ?? []) expect(section, `${spec.name}: ${column.header}: ${choice}`).toContain(`\`${choice}\``);
    }
  });

  it('documents every setting, with its default and its longest', () => {
    for (const setting of SETTINGS) {
      expect(tableKeys.has(setting.label), setting.label).toBe(true);
      expect(DOC).toContain(`| ${setting.label} | ${setting.required ? 'yes' : 'no'} | ${setting.defaultText ?? ''} | ${setting.maxLength ?? ''} |`);
    }
  });

  it('names the commands that write a blank workbook and build the pack', () => {
    expect(DOC).toContain('npm run template');
    expect(DOC).toContain('npm run pack -- --month 2026-01');
  });
});
