import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../src/deliver/convert-to-pdf.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('LibreOffice that cannot be started', () => {
  it('refuses in words, with two documents started side by side, and leaves no work folder behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'packsmith-nostart-'));
    folders.push(dir);
    const soffice = join(dir, 'soffice');
    await writeFile(soffice, 'not a program');
    await chmod(soffice, 0o644);
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('packsmith-pdf-'));
    const documents = [
      { name: 'report.docx', bytes: new Uint8Array([1]) },
      { name: 'pack.pptx', bytes: new Uint8Array([2]) },
    ];
    await expect(convertToPdf(documents, { soffice, cores: 2 })).rejects.toThrow(/^LibreOffice could not be started \(.*\)\. Nothing was written\.$/);
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith('packsmith-pdf-'));
    expect(after.filter((name) => !before.includes(name))).toEqual([]);
  });
});
