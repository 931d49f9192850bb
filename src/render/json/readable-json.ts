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

function written(value: unknown, indent: string): string | undefined {
  if (typeof value !== 'object' || value === null || (!Array.isArray(value) && fitsOneLine(value, 2))) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${written(item, inner) ?? 'null'}`).join(',\n')}\n${indent}]`;
  }
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = written(member, inner);
    if (text !== undefined) members.push(`${inner}${JSON.stringify(key)}: ${text}`);
  }
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
}

/** The value as readable, compact JSON (see above), with a line end after it. */
export function readableJson(value: unknown): string {
  return `${written(value, '') ?? 'null'}\n`;
}
