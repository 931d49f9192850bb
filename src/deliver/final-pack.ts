import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackIdentity } from '../compose/pack-identity.js';
import type { PackModel } from '../compose/pack-model.js';
import { packManifest, type ManifestFile } from '../compose/pack-manifest.js';
import type { PackDocuments } from '../pipeline.js';
import { pdfPageCount } from '../render/pdf/pdf-pages.js';
import { FigureMatchError } from '../render/pdf/figure-alt-texts.js';
import { publishedPdf, type SourceDocument } from '../render/pdf/published-pdf.js';
import { convertToPdfParts, type PdfConversionOptions } from './convert-to-pdf.js';
import { DeliveryError } from './delivery-error.js';
import type { OutputFile } from './write-files.js';

const STAGING = /^\.packsmith-staging-/;
const MANIFEST = /-manifest\.json$/;

/** The files a final pack in `folder` consists of, by its manifests; empty where there is none. */
async function filesOfEarlierPack(folder: string): Promise<{ present: boolean; listed: string[] }> {
  if (!existsSync(folder)) return { present: false, listed: [] };
  const entries = (await readdir(folder)).filter((name) => !STAGING.test(name));
  const listed = [];
  for (const name of entries.filter((n) => MANIFEST.test(n))) {
    listed.push(name);
    try {
      const manifest = JSON.parse(await readFile(join(folder, name), 'utf8')) as { files?: { name?: unknown }[] };
      for (const file of manifest.files ?? []) if (typeof file.name === 'string' && !file.name.includes('/')) listed.push(file.name);
    } catch {
      // a damaged manifest still marks the folder as holding a pack; its own name is listed above
    }
  }
  return { present: entries.length > 0, listed };
}

/**
 * Refuses before any work where a final pack is already in the folder: the papers may have gone to
 * the agenda, so replacing them must be asked for (`--force`). Returns the earlier pack's files,
 * which a forced run removes as it writes the new ones.
 */
export async function checkFinalFolder(folder: string, force: boolean, identity: Pick<PackIdentity, 'monthLabel'>): Promise<readonly string[]> {
  const earlier = await filesOfEarlierPack(folder);
  if (earlier.present && !force) {
    throw new DeliveryError(`a final pack for ${identity.monthLabel} is already in ${folder}; it is not replaced unless asked: run again with --force to replace it. Nothing was written.`);
  }
  return earlier.listed;
}

/**
 * The final pack's files, named for the agenda: the DOCX and PPTX, a PDF of each (tagged, with
 * bookmarks and every chart's alt text, dated by the document so the same pack gives the same
 * PDF), the pack model, and a
 * manifest of them all with sizes, SHA-256 and page counts.
 */
export async function finalPackFiles(identity: PackIdentity, model: PackModel, documents: PackDocuments, conversion: PdfConversionOptions = {}): Promise<OutputFile[]> {
  const names = identity.final;
  const coverReport = { name: names.coverReport, bytes: documents.coverReport.bytes };
  const slidePack = { name: names.slidePack, bytes: documents.slidePack.bytes };
  const pdfs = await convertToPdfParts([coverReport, slidePack], conversion);
  const date = new Date(`${identity.date}T00:00:00Z`);
  const pdfOf = async (name: string, source: SourceDocument): Promise<Uint8Array> => {
    const parts = pdfs.get(name);
    if (parts === undefined || parts.length === 0) throw new DeliveryError(`LibreOffice did not write ${name}. Nothing was written.`);
    try {
      return await publishedPdf(parts, source, date);
    } catch (error) {
      if (error instanceof FigureMatchError) throw new DeliveryError(`${name} could not be made accessible: ${error.message}. Nothing was written.`, { cause: error });
      throw error;
    }
  };
  const coverPdf = await pdfOf(names.coverReportPdf, coverReport);
  const slidesPdf = await pdfOf(names.slidePackPdf, slidePack);
  const coverPages = pdfPageCount(coverPdf);
  const slidePages = pdfPageCount(slidesPdf);
  const withPages = (pages: number | undefined) => (pages === undefined ? {} : { pages });
  const listed: ManifestFile[] = [
    { ...coverReport, kind: 'cover report (Word)', ...withPages(coverPages) },
    { name: names.coverReportPdf, bytes: coverPdf, kind: 'cover report (PDF)', ...withPages(coverPages) },
    { ...slidePack, kind: '3As slide pack (PowerPoint)', ...withPages(slidePages) },
    { name: names.slidePackPdf, bytes: slidesPdf, kind: '3As slide pack (PDF)', ...withPages(slidePages) },
    { name: names.packModel, bytes: documents.packModel.bytes, kind: 'pack model: every figure with its rating and source cell (JSON)' },
  ];
  const manifest = `${JSON.stringify(packManifest(model, listed), null, 2)}\n`;
  return [...listed.map(({ name, bytes }) => ({ name, bytes })), { name: names.manifest, bytes: Buffer.from(manifest, 'utf8') }];
}
