/**
 * The output could not be written, for a reason of the machine's rather than packsmith's: the
 * folder is a file, or below one, or on a read-only disk, or not a place for files (/proc); the
 * disk is full; a file in the way is open in another program, or is a folder. The message names
 * the file or folder and what to do; the command prints it without a stack trace (exit 6).
 * Nothing has been changed in the output folder when one is thrown.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** Another packsmith run holds the output folder (exit 7). Nothing has been written. */
export class FolderBusyError extends Error {
  override readonly name = 'FolderBusyError';
}
