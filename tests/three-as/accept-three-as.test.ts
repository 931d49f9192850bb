import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptThreeAs } from '../../src/accept/accept-three-as.js';
import type { PackModel, ThreeAsItemView } from '../../src/compose/pack-model.js';
import { editWorkbook } from '../../src/xlsx/edit-workbook.js';
import { packsmith } from '../support/packsmith-cli.js';
import { JANUARY, packModelOf, sampleWithoutJanuaryThreeAs } from './support.js';

/** accept-3as: the draft's drafted items written into a copy of the 3As sheet, and read back as the officers' own. */
const BOXES = ['alert', 'assure', 'advise'] as const;
const undrafted = (items: readonly ThreeAsItemView[]) => items.map((item) => ({ ...item, drafted: false }));

let workbook: Buffer;
let draft: PackModel;
beforeAll(async () => {
  workbook = await sampleWithoutJanuaryThreeAs();
  draft = await packModelOf(workbook);
});

describe('accepting the drafted 3As', () => {
  it('writes them into a copy, from which the pack prints the same items, no longer drafted', async () => {
    const result = await acceptThreeAs({ workbook, workbookName: 'sample.xlsx', month: JANUARY });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    expect(result.kept).toEqual([]);
    expect(result.accepted.map((a) => [a.box, a.items.length])).toEqual([['alert', 4], ['assure', 4], ['advise', 4]]);
    // appended below the sheet's last row, box after box
    expect(result.accepted.flatMap((a) => a.rows)).toEqual(Array.from({ length: 12 }, (_, i) => result.accepted[0]!.rows[0]! + i));
    const copy = await packModelOf(result.copy ?? new Uint8Array());
    for (const box of BOXES) {
      expect(draft.threeAs[box].every((i) => i.drafted && i.metric !== undefined), box).toBe(true);
      expect(copy.threeAs[box], box).toEqual(undrafted(draft.threeAs[box]));
    }
    // and a final pack can be made from the copy
    expect((await packModelOf(result.copy ?? new Uint8Array(), JANUARY, 'final')).threeAs.alert).toEqual(copy.threeAs.alert);
  });

  it('leaves a box the officers typed items in as it is, and fills only the empty ones', async () => {
    const alertTyped = (await editWorkbook(workbook, { sheet: '3As', rows: [{ cells: [{ column: 1, value: '2026-01' }, { column: 2, value: 'Alert' }, { column: 4, value: 'Typed by the officers.' }] }] })).bytes;
    const result = await acceptThreeAs({ workbook: alertTyped, workbookName: 'sample.xlsx', month: JANUARY });
    expect(result.kept).toEqual([{ box: 'alert', items: 1 }]);
    expect(result.accepted.map((a) => a.box)).toEqual(['assure', 'advise']);
    const copy = await packModelOf(result.copy ?? new Uint8Array());
    expect(copy.threeAs.alert).toEqual([{ text: 'Typed by the officers.', drafted: false }]);
    expect(copy.threeAs.assure).toEqual(undrafted(draft.threeAs.assure));
  });

  it('writes nothing where the officers have typed every box', async () => {
    const sample = await readFile(new URL('../../seeds/example-icb.xlsx', import.meta.url));
    const result = await acceptThreeAs({ workbook: sample, workbookName: 'example-icb.xlsx', month: JANUARY });
    expect(result).toMatchObject({ ok: true, accepted: [], kept: [{ box: 'alert', items: 5 }, { box: 'assure', items: 6 }, { box: 'advise', items: 4 }] });
    expect(result.copy).toBeUndefined();
  });

  it('writes the items without their metric, and says so, where the 3As sheet has no Metric column', async () => {
    const withoutMetric = (await editWorkbook(workbook, { sheet: '3As', rows: [{ row: 1, cells: [{ column: 5, value: null }] }] })).bytes;
    const result = await acceptThreeAs({ workbook: withoutMetric, workbookName: 'old.xlsx', month: JANUARY });
    expect(result.diagnostics.map((d) => `${d.severity}: ${d.reason}`)).toEqual([
      'warning: the 3As sheet has no Metric column, so the items are written without the metric each is about; add a Metric column (see the blank template) to keep it',
    ]);
    const copy = await packModelOf(result.copy ?? new Uint8Array());
    expect(copy.threeAs.alert).toEqual(draft.threeAs.alert.map(({ metric: _metric, ...item }) => ({ ...item, drafted: false })));
  });

  it('reports a workbook\'s errors at their cells and writes nothing', async () => {
    const broken = (await editWorkbook(workbook, { sheet: '3As', rows: [{ row: 2, cells: [{ column: 2, value: 'Alarm' }] }] })).bytes;
    const result = await acceptThreeAs({ workbook: broken, workbookName: 'broken.xlsx', month: JANUARY });
    expect(result.ok).toBe(false);
    expect(result.copy).toBeUndefined();
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['model/bad-choice']);
  });
});

describe('packsmith accept-3as', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'packsmith-accept-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the copy beside the workbook and leaves the workbook as it was; a second run is refused, the copy kept', async () => {
    const main = join(folder, 'main.xlsx');
    await writeFile(main, workbook);
    const run = packsmith(['accept-3as', '--month', '2026-01', '--workbook', main]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const copy = join(folder, 'main-3as-2026-01.xlsx');
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'The 3As for January 2026:',
      expect.stringMatching(/^ {2}Alert: 4 drafted items written as 3As rows \d+ to \d+$/),
      expect.stringMatching(/^ {2}Assure: 4 drafted items written as 3As rows \d+ to \d+$/),
      expect.stringMatching(/^ {2}Advise: 4 drafted items written as 3As rows \d+ to \d+$/),
      `  wrote ${copy}; ${main} is as it was`,
    ]);
    expect((await readFile(main)).equals(workbook)).toBe(true);
    const written = await readFile(copy);

    const again = packsmith(['accept-3as', '--month', '2026-01', '--workbook', main]);
    expect(again.status).toBe(5);
    expect(again.stderr).toContain(`packsmith: ${copy} is already there, and may hold the officers' edits`);
    expect((await readFile(copy)).equals(written)).toBe(true);
  });

  it('never writes over the workbook', () => {
    const main = join(folder, 'main.xlsx');
    const run = packsmith(['accept-3as', '--month', '2026-01', '--workbook', main, '--out', main]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out names the workbook itself');
  });
});
