import { writeFilesAtomically } from '../../src/deliver/write-files.js';

/**
 * A process that writes many files atomically into the folder given, so that a test can interrupt
 * it while it writes: `node --import tsx tests/support/write-many.ts FOLDER COUNT`.
 */
const [folder, count] = process.argv.slice(2);
if (folder === undefined || count === undefined) throw new Error('usage: write-many.ts FOLDER COUNT');
const files = Array.from({ length: Number(count) }, (_, i) => ({ name: `part-${String(i).padStart(5, '0')}.txt`, bytes: Buffer.alloc(64 * 1024, i % 251) }));
await writeFilesAtomically(folder, files);
process.stdout.write('done\n');
