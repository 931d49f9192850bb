import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { CoverReportView } from '../../src/compose/cover-report/cover-report-view.js';
import { renderCoverReport } from '../../src/render/docx/render-cover-report.js';
import { samplePackModel } from '../cover-report/sample.js';
import { ROOT } from '../support/packsmith-cli.js';

/*
 * The built command draws the cover report on a worker thread while it draws the slide pack. The
 * worker exists only in the build (dist/), which the test set-up makes: these run the built module.
 */
type AsideModule = typeof import('../../src/render/aside/render-cover-report-aside.js');
const BUILT = pathToFileURL(join(ROOT, 'dist', 'render', 'aside', 'render-cover-report-aside.js')).href;

let view: CoverReportView;
let aside: AsideModule['renderCoverReportAside'];

beforeAll(async () => {
  view = composeCoverReport(await samplePackModel(), { mode: 'draft' });
  aside = ((await import(BUILT)) as AsideModule).renderCoverReportAside;
});

describe('the cover report drawn on a worker thread', () => {
  it('gives the same bytes as drawing it on the calling thread', async () => {
    const [onWorker, here] = await Promise.all([aside(view), renderCoverReport(view)]);
    expect(onWorker.length).toBeGreaterThan(100_000);
    expect(Buffer.from(onWorker).equals(Buffer.from(here))).toBe(true);
  });

  it("passes on the worker's failure as an error with its message", async () => {
    const broken = { reportTemplate: { name: 'house.dotx', bytes: new Uint8Array([1, 2, 3]), source: 'Settings!B22' } };
    const here = await renderCoverReport(view, broken).then(
      () => 'drawn',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(here).not.toBe('drawn');
    await expect(aside(view, broken)).rejects.toThrow(here);
  });
});
