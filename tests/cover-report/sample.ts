import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { PackModel } from '../../src/compose/pack-model.js';
import { buildPack } from '../../src/pipeline.js';

/** The bundled sample's pack model for January 2026, built once per test file. */
let sample: Promise<PackModel> | undefined;

export function samplePackModel(): Promise<PackModel> {
  sample ??= (async () => {
    const workbook = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));
    const result = await buildPack({ workbook, workbookName: 'example-icb.xlsx', month: { kind: 'month', year: 2026, month: 1 } });
    if (!result.ok || result.model === undefined) throw new Error('the sample workbook did not build');
    return result.model;
  })();
  return sample;
}

/** The text parts of a DOCX, by path. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(entry.name)) parts.set(entry.name, await entry.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`the document has no ${path}`);
  return xml;
}

/** Decodes the five XML entities. */
export function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of each cell of each row of a `w:tbl`. */
export function tableRows(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => unescapeXml([...cell[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''))),
  );
}

/** All text of a piece of WordprocessingML, runs joined, paragraphs on lines of their own. */
export function textOf(xml: string): string {
  return unescapeXml(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '$1')
      .replace(/<[^>]+>/g, ''),
  );
}

/** The headers (or footers) each section of document.xml refers to: per section, the type (default, first, even) and the part's XML. */
export function sectionFurniture(parts: Map<string, string>, kind: 'header' | 'footer'): { type: string; path: string; xml: string }[][] {
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const targetOf = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  const resolve = (target: string) => {
    const path = ['word'];
    for (const segment of target.split('/')) if (segment === '..') path.pop(); else path.push(segment);
    return path.join('/');
  };
  return [...part(parts, 'word/document.xml').matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((section) =>
    [...section[0].matchAll(new RegExp(`<w:${kind}Reference w:type="(\\w+)" r:id="([^"]+)"/>`, 'g'))].map((m) => {
      const path = resolve(targetOf(m[2] ?? ''));
      return { type: m[1] ?? '', path, xml: part(parts, path) };
    }),
  );
}
