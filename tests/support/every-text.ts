import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';

/** One text a file holds, with where it is: `drafts/a.eml > pack.pptx > ppt/charts/chart3.xml`. */
export interface PlacedText {
  readonly where: string;
  readonly text: string;
}

/** Parts of a package held as text; everything else in it is a picture or another package. */
const TEXT_PART = /\.(xml|rels|vml|txt|json|svg|csv|html?)$/i;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Every text in a file, unpacked all the way down: the parts of a DOCX, PPTX or XLSX and the
 * workbooks embedded in their charts, an e-mail's headers, bodies and attachments, a JSON file.
 * Pictures (PNG, EMF) hold no text to read and are left out. A package met again byte for byte
 * (the same documents attached to every draft) is read once: `seen` names where it was first.
 */
export async function everyText(name: string, bytes: Uint8Array, seen: Map<string, string> = new Map()): Promise<PlacedText[]> {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const first = seen.get(hash);
  if (first !== undefined) return [{ where: `${name} (the same bytes as ${first})`, text: '' }];
  seen.set(hash, name);
  if (/\.eml$/i.test(name)) {
    const mail = await simpleParser(Buffer.from(bytes));
    const texts: PlacedText[] = [{ where: `${name} (headers)`, text: [...mail.headers.entries()].map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n') }];
    if (mail.text !== undefined) texts.push({ where: `${name} (text body)`, text: mail.text });
    if (typeof mail.html === 'string') texts.push({ where: `${name} (HTML body)`, text: mail.html });
    for (const attachment of mail.attachments) texts.push(...(await everyText(`${name} > ${attachment.filename ?? 'attachment'}`, attachment.content, seen)));
    return texts;
  }
  if (isZip(bytes)) {
    const zip = await JSZip.loadAsync(bytes);
    const texts: PlacedText[] = [];
    for (const entry of Object.values(zip.files).filter((f) => !f.dir)) {
      const content = await entry.async('uint8array');
      if (isZip(content)) texts.push(...(await everyText(`${name} > ${entry.name}`, content, seen)));
      else if (TEXT_PART.test(entry.name)) texts.push({ where: `${name} > ${entry.name}`, text: Buffer.from(content).toString('utf8') });
    }
    return texts;
  }
  return [{ where: name, text: Buffer.from(bytes).toString('utf8') }];
}

/**
 * A whole number standing on its own in text, as digits, grouped in thousands or with zero
 * decimals (`1234`, `1,234`, `1234.00`): not part of another number (`21234`, `1234.5`) or of a
 * word or name (`a1234f` in a hash, `chart1234.xml`).
 */
const WHOLE_NUMBER = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?(?![\w]|[.,]\d)/g;

/** Every whole number from `from` to under `to` standing on its own somewhere in the texts. */
export function numbersIn(texts: readonly PlacedText[], from: number, to: number): Set<number> {
  const found = new Set<number>();
  for (const { text } of texts) {
    for (const match of text.matchAll(WHOLE_NUMBER)) {
      const n = Number((match[1] ?? '').replace(/,/g, ''));
      if (n >= from && n < to) found.add(n);
    }
  }
  return found;
}

/** Where in the texts a whole number stands on its own (see {@link numbersIn}). */
export function placesOf(value: number, texts: readonly PlacedText[]): string[] {
  return texts.filter((t) => numbersIn([t], value, value + 1).size > 0).map((t) => t.where);
}
