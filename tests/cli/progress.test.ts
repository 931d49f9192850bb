import { describe, expect, it } from 'vitest';
import { progressOn, type ProgressStream } from '../../src/cli/progress.js';

function stream(isTTY: boolean): ProgressStream & { text: string } {
  const fake = { isTTY, columns: 40, text: '', write: (chunk: string) => (fake.text += chunk) };
  return fake;
}

describe('progress', () => {
  it('on a terminal: one live line, rewritten, cut to the width, cleared when done', () => {
    const out = stream(true);
    const progress = progressOn(out);
    progress.step('reading the workbook ...');
    progress.step('drawing the slide pack and a great deal more besides ...');
    progress.done();
    progress.done();
    expect(out.text).toBe('reading the workbook ...\r\u001b[2Kdrawing the slide pack and a great d...\r\u001b[2K');
  });

  it('in a log: nothing, so no control characters reach it', () => {
    const out = stream(false);
    const progress = progressOn(out);
    progress.step('reading the workbook ...');
    progress.done();
    expect(out.text).toBe('');
  });
});
