import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { CoverReportView } from '../../src/compose/cover-report/cover-report-view.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { samplePackModel } from '../cover-report/sample.js';
import { ROOT } from '../support/packsmith-cli.js';

/*
 * The built command draws the cover report on a thread of its own while it draws the slide pack.
 * The worker exists only in the build (dist/), which the test set-up makes: these run the built
 * module, against the same work done on this thread.
 */
type AsideModule = typeof import('../../src/render/aside/aside.js');
const BUILT = pathToFileURL(join(ROOT, 'dist', 'render', 'aside', 'aside.js')).href;

let view: CoverReportView;
let startAside: AsideModule['startAside'];

beforeAll(async () => {
  view = composeCoverReport(await samplePackModel(), { mode: 'draft' });
  startAside = ((await import(BUILT)) as AsideModule).startAside;
});

describe('work done on a thread of its own', () => {
  it('the cover report: the same bytes as drawn on the calling thread', async () => {
    const aside = startAside('cover-report');
    try {
      const [onWorker, here] = await Promise.all([aside.run({ view, style: {} }), renderCoverReport(view)]);
      expect(onWorker.length).toBeGreaterThan(100_000);
      expect(Buffer.from(onWorker).equals(Buffer.from(here))).toBe(true);
    } finally {
      await aside.stop();
    }
  });

  it("passes on the worker's failure as an error with its message", async () => {
    const broken = { reportTemplate: { name: 'house.dotx', bytes: new Uint8Array([1, 2, 3]), source: 'Settings!B22' } };
    const here = await renderCoverReport(view, broken).then(
      () => 'drawn',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(here).not.toBe('drawn');
    const aside = startAside('cover-report');
    try {
      await expect(aside.run({ view, style: broken })).rejects.toThrow(here);
    } finally {
      await aside.stop();
    }
  });

  it('holds the process open while a task runs, and not when idle', () => {
    // the task: a cover report on a template that is not one, refused after the worker has loaded
    const script = (waitForTask: boolean): string =>
      `const { startAside } = await import(${JSON.stringify(BUILT)});
       const aside = startAside('cover-report');
       ${waitForTask ? `const said = await aside.run({ view: { sections: [] }, style: { reportTemplate: { name: 'house.dotx', bytes: new Uint8Array([1]), source: 'Settings!B22' } } }).then(() => 'drawn', () => 'refused');
       console.log(said);` : `console.log('left idle');`}`;
    const run = (waitForTask: boolean) => {
      const file = join(mkdtempSync(join(tmpdir(), 'packsmith-aside-')), 'run.mjs');
      writeFileSync(file, script(waitForTask));
      return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
    };
    const waited = run(true);
    expect([waited.status, waited.stdout.trim()]).toEqual([0, 'refused']);
    const idle = run(false);
    expect([idle.status, idle.signal, idle.stdout.trim()]).toEqual([0, null, 'left idle']);
  });
});
