/**
 * The little CSV the seed sources need (RFC 4180): commas, double quotes, and quoted fields that
 * hold commas, quotes and line breaks. Kept here rather than taking a dependency for it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/\r\n/g, '\n');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quote(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

/** A CSV with a header row, as records keyed by header. */
export function readRecords(text: string): { headers: string[]; records: Map<string, string>[] } {
  const [headers = [], ...rows] = parseCsv(text);
  const records = rows
    .filter((row) => row.some((f) => f.trim() !== ''))
    .map((row, index) => {
      if (row.length !== headers.length) throw new Error(`row ${index + 2} has ${row.length} fields, the header ${headers.length}`);
      return new Map(headers.map((h, i) => [h, row[i] ?? '']));
    });
  return { headers, records };
}
