import { describe, expect, it } from 'vitest';
import { progressOn, type ProgressStream } from '../../src/cli/progress.js';

function stream(isTTY: boolean): ProgressStream & { text: string } {
  const fake = { isTTY, columns: 40, text: '', write: (chunk: string) => (fake.text += chunk) };
  return fake;
}

describe('progress', () => {
  it('on a terminal: one live line, rewritten, cut to the width, cleared when done', () => {
    const out = stream(true);
    const progress = progressOn(out, () => 0);
    progress.step('reading the workbook ...');
    progress.step('drawing the slide pack and a great deal more besides ...');
    progress.done();
    progress.done();
    expect(out.text).toBe('reading the workbook ...\r\u001b[2Kdrawing the slide pack and a great d...\r\u001b[2K');
  });

  it('on a terminal: a long step shows its count and the seconds it has taken, and its end clears the line', () => {
    const out = stream(true);
    let now = 0;
    const progress = progressOn(out, () => now);
    progress.report({ step: 'converting to PDF', done: 0, total: 2 });
    now = 12_400;
    progress.report({ step: 'converting to PDF', done: 1, total: 2 });
    progress.report({ step: 'converted to PDF', done: 2, total: 2, finished: true });
    expect(out.text).toBe('converting to PDF (0 of 2)\r\u001b[2Kconverting to PDF (1 of 2) 12s\r\u001b[2K');
  });

  it('in a log: passing steps left out, a long step a plain line per event, no control characters', () => {
    const out = stream(false);
    const progress = progressOn(out);
    progress.step('reading the workbook ...');
    progress.report({ step: 'converting to PDF', done: 0, total: 2 });
    progress.report({ step: 'converted to PDF', done: 2, total: 2, finished: true });
    progress.done();
    expect(out.text).toBe('converting to PDF (0 of 2)\nconverted to PDF (2 of 2)\n');
  });
});
