import { basename, dirname } from 'node:path';
import { writeFilesAtomically } from '../deliver/write-files.js';
import { blankTemplate } from '../template/blank-template.js';
import { stringOption, type ParsedArgs } from './arguments.js';
import { EXIT, say } from './console.js';

/** `template`: writes the blank workbook with its instructions and drop-downs. */
export async function run(args: ParsedArgs): Promise<number> {
  const out = stringOption(args, 'out') ?? 'output/packsmith-template.xlsx';
  const bytes = await blankTemplate();
  await writeFilesAtomically(dirname(out), [{ name: basename(out), bytes }]);
  say(`wrote the blank workbook to ${out}`);
  return EXIT.ok;
}
