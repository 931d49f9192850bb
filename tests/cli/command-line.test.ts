import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/did-you-mean.js';
import { packsmith, ROOT } from '../support/packsmith-cli.js';

/* The command line itself: its help, its version, and what it says to a mistyped command. */
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A run as `npm run pack` starts it, with the settings npm made of the options it took for itself. */
const underNpm = (script: string, taken: Record<string, string>) => ({ env: { npm_lifecycle_event: script, npm_command: 'run', ...Object.fromEntries(Object.entries(taken).map(([k, v]) => [`npm_config_${k}`, v])) } });

describe('help and version', () => {
  it('--version prints the version alone', () => {
    expect(packsmith(['--version'])).toMatchObject({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('--help lists the commands and every exit code; no command at all prints it too, with exit 2', () => {
    const help = packsmith(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Commands:\n  pack ');
    for (const code of [0, 1, 2, 3, 4, 5, 6, 7, 130]) expect(help.stdout).toMatch(new RegExp(`\\n  ${code} +\\S`));
    expect(packsmith([])).toMatchObject({ status: 2, stdout: '', stderr: help.stdout });
  });

  it('each command has its own help, by -h, --help or help COMMAND', () => {
    const pack = packsmith(['pack', '-h']);
    expect(pack.status).toBe(0);
    expect(pack.stdout.split('\n').slice(0, 3)).toEqual([
      "packsmith pack: build the month's pack from the workbook: a draft for the report authors, or the final pack.",
      '',
      'Usage: packsmith pack --month YYYY-MM [--workbook FILE] [--out FOLDER] [--final [--force] | --send]',
    ]);
    expect(packsmith(['pack', '--help']).stdout).toBe(pack.stdout);
    expect(packsmith(['help', 'pack']).stdout).toBe(pack.stdout);
    const merge = packsmith(['merge', '--help']).stdout;
    expect(merge).toContain('Usage: packsmith merge --month YYYY-MM [--workbook FILE] [--out FILE | --in-place] RETURN.xlsx...');
    expect(merge).not.toContain('--final');
    const accept = packsmith(['accept-3as', '--help']).stdout;
    expect(accept).toContain('Usage: packsmith accept-3as --month YYYY-MM [--workbook FILE] [--out FILE]');
    expect(accept).toContain('A box the officers have already typed items in for the month is left as it is');
    // started by npm, the usage is written as it is typed there
    expect(packsmith(['template', '--help'], underNpm('template', {})).stdout).toContain('Usage: npm run template -- [--out FILE]');
  });
});

describe('a mistyped command', () => {
  it('a misspelt option or command: did you mean', () => {
    expect(packsmith(['pack', '--mnth', '2026-01'])).toMatchObject({ status: 2, stderr: 'packsmith: unknown option --mnth; did you mean --month?\nRun packsmith pack --help for its options.\n' });
    expect(packsmith(['pack', '--month', '2026-01', '--workbok', 'x.xlsx']).stderr.split('\n')[0]).toBe('packsmith: unknown option --workbok; did you mean --workbook?');
    expect(packsmith(['pakc', '--month', '2026-01']).stderr.split('\n')[0]).toBe('packsmith: unknown command "pakc"; did you mean pack? the commands are pack, merge, accept-3as, template');
    expect(packsmith(['merge', '--final']).stderr.split('\n')[0]).toBe('packsmith: --final is an option of pack, not of merge');
  });

  it('an option without its value, a flag with one, a month given bare', () => {
    expect(packsmith(['pack', '--month']).stderr.split('\n')[0]).toBe('packsmith: --month needs a value: --month YYYY-MM');
    expect(packsmith(['pack', '--month', '2026-01', '--final=yes']).stderr.split('\n')[0]).toBe('packsmith: --final takes no value; give it alone');
    expect(packsmith(['pack', '2026-01']).stderr.split('\n')[0]).toBe('packsmith: unexpected "2026-01": pack takes only options; to give the month, write packsmith pack --month 2026-01');
    expect(packsmith(['pack', '--month', 'Jan-26']).stderr.split('\n')[0]).toBe('packsmith: --month: a month is written YYYY-MM, e.g. 2026-01; got "Jan-26"');
  });

  it('npm took the options for itself (no -- after npm run pack): said so, with the command that was meant', () => {
    const run = packsmith(['pack', '2026-01'], underNpm('pack', { month: 'true' }));
    expect(run).toMatchObject({
      status: 2,
      stderr: 'packsmith: npm took --month for itself, as nothing separated them from npm\'s own options; put -- after "npm run pack": npm run pack -- --month 2026-01\nRun npm run pack -- --help for its options.\n',
    });
    const two = packsmith(['pack', 'papers'], underNpm('pack', { month: '2026-01', final: 'true', out: 'true' }));
    expect(two.stderr.split('\n')[0]).toBe('packsmith: npm took --month and --out and --final for itself, as nothing separated them from npm\'s own options; put -- after "npm run pack": npm run pack -- --month 2026-01 --out papers --final');
  });
});

describe('did you mean', () => {
  it('the nearest known word, or none when nothing is near', () => {
    const options = ['month', 'workbook', 'out', 'final', 'force', 'send'];
    expect(closest('mnth', options)).toBe('month');
    expect(closest('fianl', options)).toBe('final');
    expect(closest('mon', options)).toBe('month');
    expect(closest('colour', options)).toBeUndefined();
  });
});
