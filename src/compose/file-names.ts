/** A file-name-safe form of a name: "Quality & Outcomes Committee" -> "quality-outcomes-committee". */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'pack'
  );
}
