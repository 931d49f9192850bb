import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFilesAtomically } from '../deliver/write-files.js';
import { blankTemplate } from '../template/blank-template.js';
import { EXIT, say } from './console.js';

export const TEMPLATE_HELP = `  npm run template [-- --out FILE]

template options:
  --out FILE         where to write the blank workbook (default: output/packsmith-template.xlsx)`;

/** `template`: writes the blank workbook with its instructions and drop-downs. */
export async function templateCommand(args: readonly string[], help: () => void): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { out: { type: 'string' }, help: { type: 'boolean' } }, strict: true, allowPositionals: false });
  if (values.help === true) {
    help();
    return EXIT.ok;
  }
  const out = values.out ?? 'output/packsmith-template.xlsx';
  const bytes = await blankTemplate();
  await writeFilesAtomically(dirname(out), [{ name: basename(out), bytes }]);
  say(`wrote the blank workbook to ${out}`);
  return EXIT.ok;
}
