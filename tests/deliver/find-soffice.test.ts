import { describe, expect, it } from 'vitest';
import { findSoffice, folderUrl, sofficeCandidates } from '../../src/deliver/find-soffice.js';

/* Where LibreOffice is on each system, simulated: the search is given the platform, its environment and what exists. */
const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('finding LibreOffice', () => {
  it('Windows: on the PATH with PATHEXT, soffice.exe before soffice.com', () => {
    const env = { PATH: 'C:\\Windows\\system32;"C:\\Program Files\\LibreOffice\\program"', PATHEXT: '.COM;.EXE;.BAT;.CMD' };
    const exists = only('C:\\Program Files\\LibreOffice\\program\\soffice.com', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(findSoffice({ platform: 'win32', env, exists })).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
  });

  it('Windows: in either Program Files folder, as the environment names them, when not on the PATH', () => {
    const env = { PATH: 'C:\\Windows', ProgramFiles: 'D:\\Apps', 'ProgramFiles(x86)': 'D:\\Apps (x86)' };
    expect(findSoffice({ platform: 'win32', env, exists: only('D:\\Apps (x86)\\LibreOffice\\program\\soffice.exe') })).toBe('D:\\Apps (x86)\\LibreOffice\\program\\soffice.exe');
    expect(findSoffice({ platform: 'win32', env: { PATH: '' }, exists: only('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe') })).toBe('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    expect(sofficeCandidates({ platform: 'win32', env: { PATH: '' } })).toEqual(['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']);
  });

  it('macOS: the app bundle in /Applications, or in the home folder', () => {
    const env = { PATH: '/usr/bin:/bin', HOME: '/Users/officer' };
    expect(findSoffice({ platform: 'darwin', env, exists: only('/Applications/LibreOffice.app/Contents/MacOS/soffice') })).toBe('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    expect(findSoffice({ platform: 'darwin', env, exists: only('/Users/officer/Applications/LibreOffice.app/Contents/MacOS/soffice') })).toBe('/Users/officer/Applications/LibreOffice.app/Contents/MacOS/soffice');
  });

  it('Linux: the PATH first, then where packages put it; PACKSMITH_SOFFICE wins, and is not second-guessed', () => {
    expect(findSoffice({ platform: 'linux', env: { PATH: '/opt/lo/bin:/usr/bin' }, exists: only('/opt/lo/bin/libreoffice', '/usr/bin/soffice') })).toBe('/opt/lo/bin/libreoffice');
    expect(findSoffice({ platform: 'linux', env: { PATH: '' }, exists: only('/usr/lib/libreoffice/program/soffice') })).toBe('/usr/lib/libreoffice/program/soffice');
    expect(findSoffice({ platform: 'linux', env: { PATH: '/usr/bin', PACKSMITH_SOFFICE: '/srv/lo/soffice' }, exists: only('/usr/bin/soffice') })).toBeUndefined();
  });
});

describe("LibreOffice's profile as a file URL", () => {
  it('Windows: file:///C:/..., forward slashes, spaces encoded (never file://C:\\...)', () => {
    expect(folderUrl('C:\\Users\\Jo Bloggs\\AppData\\Local\\Temp\\packsmith-pdf-x\\profile', 'win32')).toBe('file:///C:/Users/Jo%20Bloggs/AppData/Local/Temp/packsmith-pdf-x/profile');
  });

  it('macOS and Linux: file:///..., spaces and # encoded', () => {
    expect(folderUrl('/Users/jo bloggs/tmp/#1/profile', 'darwin')).toBe('file:///Users/jo%20bloggs/tmp/%231/profile');
    expect(folderUrl('/tmp/packsmith-pdf-x/profile', 'linux')).toBe('file:///tmp/packsmith-pdf-x/profile');
  });
});
