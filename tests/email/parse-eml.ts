import JSZip from 'jszip';
import { simpleParser, type ParsedMail } from 'mailparser';

/** An .eml parsed back by a real mail parser, as a mail program would read it. */
export function parseEml(bytes: Uint8Array): Promise<ParsedMail> {
  return simpleParser(Buffer.from(bytes));
}

/** The header block of a message as raw lines, unfolded: what an injected header would show up in. */
export function headerLines(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  return text.slice(0, end).replace(/\r\n[ \t]+/g, ' ').split('\r\n');
}

/** The names of the parts in a zip (a DOCX, PPTX or XLSX). */
export async function zipEntries(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files);
}

/** The mailboxes of an address header, as `Name <address>`. */
export function mailboxes(field: ParsedMail['to'] | ParsedMail['from']): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((a) => a.value.map((v) => `${v.name} <${v.address ?? ''}>`));
}
