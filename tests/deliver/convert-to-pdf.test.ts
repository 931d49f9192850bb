import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../src/deliver/convert-to-pdf.js';

const FAKE_SOFFICE = fileURLToPath(new URL('../support/fake-soffice.mjs', import.meta.url));

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

describe.skipIf(process.platform === 'win32')("LibreOffice's profile", () => {
  it('is set up once, and each conversion starts on a copy of it (LibreOffice on an empty profile starts itself twice)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'packsmith-profile-'));
    folders.push(dir);
    const calls = join(dir, 'calls.txt');
    const before = process.env['FAKE_SOFFICE_CALLS'];
    process.env['FAKE_SOFFICE_CALLS'] = calls;
    try {
      const documents = [
        { name: 'report.docx', bytes: new Uint8Array([1]) },
        { name: 'pack.pptx', bytes: new Uint8Array([2]) },
      ];
      const pdfs = await convertToPdf(documents, { soffice: FAKE_SOFFICE, cores: 2 });
      expect([...pdfs.keys()]).toEqual(['report.pdf', 'pack.pdf']);
    } finally {
      if (before === undefined) delete process.env['FAKE_SOFFICE_CALLS'];
      else process.env['FAKE_SOFFICE_CALLS'] = before;
    }
    expect((await readFile(calls, 'utf8')).trim().split('\n').sort()).toEqual(['set up: pack.pptx', 'set up: report.docx']);
  });
});
