import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { folderUrl } from '../../src/deliver/find-soffice.js';
import { pdfExportProfile } from '../../src/deliver/libreoffice-profile.js';
import { SOFFICE, WITHOUT_LIBREOFFICE } from '../support/libreoffice.js';

const run = promisify(execFile);

describe('the LibreOffice profile a conversion starts with', () => {
  it('sets the PDF options, the locale, and the version that keeps LibreOffice from testing its graphics at start', () => {
    const profile = pdfExportProfile();
    expect(profile).toContain('<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export"><prop oor:name="UseTaggedPDF" oor:op="fuse"><value>true</value></prop></item>');
    expect(profile).toContain('<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item>');
    expect(profile).toContain('<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>9999.9</value></prop></item>');
  });

  describe.skipIf(WITHOUT_LIBREOFFICE)('as LibreOffice starts with it', () => {
    const folders: string[] = [];
    afterAll(async () => {
      for (const folder of folders) await rm(folder, { recursive: true, force: true });
    });

    it('converts without running the graphics self-test, which leaves its log in the profile', async () => {
      const work = await mkdtemp(join(tmpdir(), 'packsmith-profile-'));
      folders.push(work);
      const profile = join(work, 'profile');
      await mkdir(join(profile, 'user'), { recursive: true });
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), pdfExportProfile());
      await writeFile(join(work, 'note.txt'), 'A line of text.\n');
      await run(SOFFICE ?? 'soffice', [`-env:UserInstallation=${folderUrl(profile)}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, join(work, 'note.txt')]);
      expect(existsSync(join(work, 'note.pdf'))).toBe(true);
      expect(existsSync(join(profile, 'user', 'registrymodifications.xcu'))).toBe(true);
      expect(existsSync(join(profile, 'user', 'GraphicsRenderTests.log'))).toBe(false);
    });
  });
});
