import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import type { LineChartView, SlidePackView, SlideView, TableView, TextBoxView } from '../../src/compose/slide-pack/slide-pack-view.js';
import type { DocumentOptions } from '../../src/compose/document-options.js';
import type { MetricView, PackModel } from '../../src/compose/pack-model.js';
import { buildPack } from '../../src/pipeline.js';

/** Shared by the slide-pack tests: the sample's January 2026 pack model, and ways to vary it. */
const SAMPLE = readFileSync(fileURLToPath(new URL('../../seeds/example-icb.xlsx', import.meta.url)));

let cached: Promise<PackModel> | undefined;

export function samplePackModel(): Promise<PackModel> {
  cached ??= buildPack({ workbook: SAMPLE, workbookName: 'example-icb.xlsx', month: { kind: 'month', year: 2026, month: 1 } }).then((result) => {
    if (!result.ok || result.model === undefined) throw new Error('the sample did not build');
    return result.model;
  });
  return cached;
}

export const DRAFT: DocumentOptions = { mode: 'draft' };
export const FINAL: DocumentOptions = { mode: 'final' };

export async function sampleView(options: DocumentOptions = DRAFT): Promise<SlidePackView> {
  return composeSlidePack(await samplePackModel(), options);
}

/** A deep copy of the model, changed by `change`: the tests' variations on the sample. */
export function varied(model: PackModel, change: (copy: Mutable<PackModel>) => void): PackModel {
  const copy = structuredClone(model) as Mutable<PackModel>;
  change(copy);
  return copy;
}

export type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

export function metricOf(model: PackModel, id: string): MetricView {
  const found = model.areas.flatMap((a) => a.metrics).find((m) => m.id === id);
  if (found === undefined) throw new Error(`no metric ${id}`);
  return found;
}

export function textBoxes(slide: SlideView): TextBoxView[] {
  return slide.items.filter((i): i is TextBoxView => i.kind === 'text');
}

export function tables(slide: SlideView): TableView[] {
  return slide.items.filter((i): i is TableView => i.kind === 'table');
}

export function charts(view: SlidePackView): LineChartView[] {
  return view.slides.flatMap((s) => s.items.filter((i): i is LineChartView => i.kind === 'line-chart'));
}

export function textOf(box: { readonly paragraphs: readonly { readonly runs: readonly { readonly text: string }[] }[] }): string {
  return box.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
}

export function cellText(cell: { readonly runs: readonly { readonly text: string }[] }): string {
  return cell.runs.map((r) => r.text).join('');
}

/** Every part of a PPTX as text (XML and rels), and its binary parts. */
export async function unzipPptx(bytes: Uint8Array): Promise<{ xml: Map<string, string>; binary: Map<string, Uint8Array> }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (/\.(xml|rels)$/.test(name)) xml.set(name, await file.async('string'));
    else binary.set(name, await file.async('uint8array'));
  }
  return { xml, binary };
}

/** The slide parts in slide order. */
export function slideParts(xml: ReadonlyMap<string, string>): { number: number; xml: string; rels: string }[] {
  return [...xml.keys()]
    .map((name) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
    .map((number) => ({ number, xml: xml.get(`ppt/slides/slide${number}.xml`) ?? '', rels: xml.get(`ppt/slides/_rels/slide${number}.xml.rels`) ?? '' }));
}
