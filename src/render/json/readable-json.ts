/*
 * JSON for people as well as programs, and compact: every array and every object that holds an
 * array or nests deeper than two levels is written a member a line, indented by two spaces; any
 * other object (a point of a series, a figure with its source, a rating) is written whole on one
 * line, compactly. A series is then a table, a line a point, at about half the bytes of JSON
 * indented throughout. The values are JSON.stringify's, and so is what is left out (undefined).
 */

/** Whether the value is an object with no array in it, nested at most `levels` deep. */
function fitsOneLine(value: object, levels: number): boolean {
  if (Array.isArray(value) || levels === 0) return false;
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null && !fitsOneLine(member, levels - 1)) return false;
  }
  return true;
}

/**
 * Appends the value's text to `out`, its lines after the first indented by `indent`; false, with
 * nothing appended, where JSON leaves the value out (undefined). The pieces are joined once, at
 * the end: a 1,000-metric pack model is some 30 million characters.
 */
function write(value: unknown, indent: string, out: string[]): boolean {
  if (typeof value !== 'object' || value === null || (!Array.isArray(value) && fitsOneLine(value, 2))) {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    out.push(text);
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return true;
    }
    out.push('[\n');
    value.forEach((item: unknown, index) => {
      out.push(index === 0 ? inner : `,\n${inner}`);
      if (!write(item, inner, out)) out.push('null');
    });
    out.push(`\n${indent}]`);
    return true;
  }
  let members = 0;
  for (const [key, member] of Object.entries(value)) {
    const mark = out.length;
    out.push(members === 0 ? `{\n${inner}` : `,\n${inner}`, JSON.stringify(key), ': ');
    if (write(member, inner, out)) members += 1;
    else out.length = mark;
  }
  out.push(members === 0 ? '{}' : `\n${indent}}`);
  return true;
}

/** The value as readable, compact JSON (see above), with a line end after it. */
export function readableJson(value: unknown): string {
  const out: string[] = [];
  if (!write(value, '', out)) out.push('null');
  out.push('\n');
  return out.join('');
}
