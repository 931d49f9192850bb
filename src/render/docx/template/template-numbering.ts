import { withNamespacesOf } from './package-xml.js';

/**
 * The numbering part: the template's lists (its numbered headings and list styles keep working,
 * by their own ids), then the report's own paragraph numbering and bullets, renumbered past the
 * template's so that no id is used twice. ECMA-376 Part 1, 17.9: `w:numPicBullet*`,
 * `w:abstractNum*`, `w:num*`, `w:numIdMacAtCleanup?`, in that order.
 */

export interface MergedNumbering {
  readonly xml: string;
  /** Our `w:numId` -> the merged part's. */
  readonly numIds: ReadonlyMap<string, string>;
}

const elements = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`<w:${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</w:${name}>)`, 'g'))].map((m) => m[0]);

function highest(xml: string, attribute: string): number {
  return Math.max(0, ...[...xml.matchAll(new RegExp(`${attribute}="(\\d+)"`, 'g'))].map((m) => Number(m[1])));
}

export function mergeNumbering(templateXml: string | undefined, oursXml: string): MergedNumbering {
  const base = templateXml ?? oursXml.replace(/(<w:numbering\b[^>]*>)[\s\S]*<\/w:numbering>/, '$1</w:numbering>');
  const abstractOffset = templateXml === undefined ? 0 : highest(templateXml, 'w:abstractNumId') + 1;
  const numOffset = templateXml === undefined ? 0 : highest(templateXml, 'w:numId');
  const shift = (value: string, offset: number) => String(Number(value) + offset);
  const ourAbstracts = elements(oursXml, 'abstractNum').map((a) =>
    a.replace(/(<w:abstractNum\b[^>]*\sw:abstractNumId=")(\d+)/, (_, start: string, id: string) => `${start}${shift(id, abstractOffset)}`).replace(/\sw15:restartNumberingAfterBreak="[^"]*"/, ''),
  );
  const numIds = new Map<string, string>();
  const ourNums = elements(oursXml, 'num').map((n) =>
    n
      .replace(/(<w:num\b[^>]*\sw:numId=")(\d+)/, (_, start: string, id: string) => {
        numIds.set(id, shift(id, numOffset));
        return `${start}${shift(id, numOffset)}`;
      })
      .replace(/(<w:abstractNumId w:val=")(\d+)/, (_, start: string, id: string) => `${start}${shift(id, abstractOffset)}`),
  );
  const root = /<w:numbering\b[^>]*>/.exec(base)?.[0] ?? '<w:numbering>';
  const declaration = /^<\?xml[^>]*\?>/.exec(base.trimStart())?.[0] ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const body = [
    ...elements(base, 'numPicBullet'),
    ...elements(base, 'abstractNum'),
    ...ourAbstracts,
    ...elements(base, 'num'),
    ...ourNums,
    ...elements(base, 'numIdMacAtCleanup'),
  ];
  return { xml: withNamespacesOf(`${declaration}\n${root}${body.join('')}</w:numbering>`, oursXml), numIds };
}

/** Points the document's numbered paragraphs at the merged numbering's ids. */
export function withNumIds(xml: string, numIds: ReadonlyMap<string, string>): string {
  return xml.replace(/(<w:numId w:val=")(\d+)(")/g, (whole, start: string, id: string, end: string) => {
    const to = numIds.get(id);
    return to === undefined ? whole : `${start}${to}${end}`;
  });
}
