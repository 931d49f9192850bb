import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { checkHouseStyle, type LoadedFile } from '../../src/house-style/check-house-style.js';
import { testReportTemplate } from '../fixtures/report-template/test-report-template.js';

const FIXTURES = new URL('../fixtures/house-style/', import.meta.url);
const SLIDES = readFileSync(new URL('test-house-style.potx', FIXTURES));
const LOGO = readFileSync(new URL('logo.png', FIXTURES));

function file(key: LoadedFile['key'], name: string, row: number, content: Uint8Array): LoadedFile {
  return { key, named: { name, place: { sheet: 'Settings', row, column: 2 } }, path: `/brand/${name}`, content };
}

describe('a logo beside the templates', () => {
  it('with both templates it has nowhere to go: a warning at its cell says so, and the pack is still made', async () => {
    const diagnostics = new Diagnostics();
    const style = checkHouseStyle([file('slideTemplate', 'slides.potx', 21, SLIDES), file('reportTemplate', 'report.dotx', 22, await testReportTemplate()), file('logo', 'logo.png', 23, LOGO)], diagnostics);
    expect(style.slideTemplate).toBeDefined();
    expect(style.reportTemplate).toBeDefined();
    expect(diagnostics.errors()).toEqual([]);
    expect(diagnostics.warnings().map((d) => formatDiagnostic(d))).toEqual([
      'Settings!B23: warning: the logo "logo.png" is not used: both templates carry their own logos (the Logo setting is for a pack drawn on packsmith\'s own templates); clear this cell or put the logo on the templates\' masters and headers [model/logo-unused]',
    ]);
  });

  it('with one template it goes on the other document: no warning', () => {
    const diagnostics = new Diagnostics();
    checkHouseStyle([file('slideTemplate', 'slides.potx', 21, SLIDES), file('logo', 'logo.png', 23, LOGO)], diagnostics);
    expect(diagnostics.warnings()).toEqual([]);
  });
});
