import { createHash } from 'node:crypto';
import type { PackModel } from './pack-model.js';

export interface ManifestEntry {
  readonly name: string;
  /** What the file is, in words. */
  readonly kind: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Pages as LibreOffice lays the document out (slides for the slide pack); absent for data. */
  readonly pages?: number;
}

/**
 * What a final pack consists of, for whoever files the agenda papers and for a later check that
 * nothing was changed: each file's name, size, SHA-256 and pages, and the workbook it came from.
 */
export interface PackManifest {
  readonly generator: PackModel['generator'];
  readonly committee: string;
  readonly meeting?: PackModel['meeting'];
  readonly month: { readonly key: string; readonly label: string };
  readonly workbook: PackModel['workbook'];
  readonly files: readonly ManifestEntry[];
}

export interface ManifestFile {
  readonly name: string;
  readonly kind: string;
  readonly bytes: Uint8Array;
  readonly pages?: number;
}

export function packManifest(model: PackModel, files: readonly ManifestFile[]): PackManifest {
  return {
    generator: model.generator,
    committee: model.committee,
    ...(model.meeting === undefined ? {} : { meeting: model.meeting }),
    month: { key: model.month.key, label: model.month.label },
    workbook: model.workbook,
    files: files.map((file) => ({
      name: file.name,
      kind: file.kind,
      bytes: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      ...(file.pages === undefined ? {} : { pages: file.pages }),
    })),
  };
}
