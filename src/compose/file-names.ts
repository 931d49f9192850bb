/**
 * A part of a file name safe on every file system: lower case, accents dropped, every run of other
 * characters one hyphen; `keep` names characters to leave as they are (`.` in "item-7.2").
 */
export function fileNamePart(text: string, keep = ''): string {
  const other = new RegExp(`[^a-z0-9${keep}]+`, 'g');
  return text.toLowerCase().normalize('NFKD').replace(other, '-').replace(/^[-.]+|[-.]+$/g, '');
}

/** A file-name-safe form of a name: "Quality & Outcomes Committee" -> "quality-outcomes-committee". */
export function slug(name: string): string {
  return fileNamePart(name) || 'pack';
}
