/** Why a file given on the command line could not be read, in an officer's words. */
export function unreadableReason(cause: unknown): string {
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
  if (code === 'ENOENT') return 'there is no file at that path';
  if (code === 'EISDIR') return 'that is a folder, not a workbook file';
  if (code === 'EACCES') return 'the file cannot be read (permission denied)';
  return 'the file cannot be read';
}
