import { extname } from 'node:path';
import { OutputError } from './output-error.js';

/** The error code of a file-system failure (`ENOSPC`), or '' for anything else. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** The program an officer most likely has a file open in, by its kind. */
function programFor(path: string): string {
  switch (extname(path).toLowerCase()) {
    case '.pptx':
      return 'PowerPoint';
    case '.docx':
      return 'Word';
    case '.xlsx':
      return 'Excel';
    case '.pdf':
      return 'your PDF reader';
    case '.eml':
      return 'your mail program';
    default:
      return 'the program that has it open';
  }
}

/** A file that another program holds open cannot be replaced (Windows: EBUSY, EPERM or EACCES on rename). */
export function lockedFile(path: string, cause: unknown): OutputError {
  return new OutputError(`${path} is open in ${programFor(path)}, or another program is using it, so it cannot be replaced: close it and run again. Nothing was changed.`, { cause });
}

/**
 * A file-system failure while writing under `folder`, in words an officer can act on; undefined
 * for a failure that is not the machine's (a fault in packsmith, to be reported as one).
 */
export function describeWriteFailure(error: unknown, folder: string, path = folder): OutputError | undefined {
  const code = errorCode(error);
  const say = (text: string): OutputError => new OutputError(`${text}. Nothing was changed.`, { cause: error });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return say(`the disk that holds ${folder} is full (there was no room to write ${path}): free some space, or choose another folder with --out, and run again`);
    case 'EROFS':
      return say(`${folder} is on a disk that is read-only: choose a folder you can write to with --out`);
    case 'EACCES':
    case 'EPERM':
      return say(`packsmith is not allowed to write in ${path}: choose a folder you can write to with --out, or ask for write access to it`);
    case 'ENOTDIR':
      return say(`${path} cannot be written: part of that path is a file, not a folder; choose another folder with --out`);
    case 'EISDIR':
      return say(`${path} is a folder, where packsmith writes a file of that name: move the folder away, or choose another folder with --out`);
    case 'EEXIST':
      return say(`${path} cannot be made: a file of that name is in the way; move it away, or choose another folder with --out`);
    case 'ENAMETOOLONG':
      return say(`the path ${path} is too long for this system: choose a shorter folder with --out`);
    case 'EMFILE':
    case 'ENFILE':
      return say(`too many files are open on this computer to write ${path}: close some programs and run again`);
    case 'EBUSY':
    case 'ETXTBSY':
      return lockedFile(path, error);
    case 'EIO':
      return say(`the disk reported an error while ${path} was written: check the disk (or the network share) and run again, or choose another folder with --out`);
    case 'ELOOP':
      return say(`${path} cannot be written: a link in that path points back on itself; choose another folder with --out`);
    default:
      return undefined;
  }
}
