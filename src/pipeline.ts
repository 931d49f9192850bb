import { createHash } from 'node:crypto';
import { assessPack } from './assess/assess-pack.js';
import { checkMonthCompleteness, checkMonthHasData } from './assess/check-month.js';
import { returnDeadline, type ReturnDeadline } from './assess/return-deadline.js';
import { composePackModel } from './compose/compose-pack-model.js';
import { packIdentity, returnWorkbookName, type PackIdentity } from './compose/pack-identity.js';
import { warnSpcChanges } from './compose/spc-warnings.js';
import { composeCoverReport } from './compose/cover-report/compose-cover-report.js';
import { composeDraftEmails } from './compose/email/compose-draft-emails.js';
import type { DocumentMode, DocumentOptions } from './compose/document-options.js';
import { composeSlidePack } from './compose/slide-pack/compose-slide-pack.js';
import { startPackWorkers, type PackWorkers } from './render/aside/pack-workers.js';
import { attachmentEncoder, renderDraftEmail, type DraftAttachment, type DraftEmail } from './render/email/render-draft-email.js';
import { readableJson } from './render/json/readable-json.js';
import { renderSlidePack, type SlideCanvas } from './render/pptx/render-slide-pack.js';
import type { SlidePackView } from './compose/slide-pack/slide-pack-view.js';
import { packTemplate } from './house-style/pack-template.js';
import type { PackModel } from './compose/pack-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { Diagnostics } from './diagnostics/diagnostics.js';
import type { OutputFile } from './deliver/write-files.js';
import { SHEET_ORDER } from './format/workbook-format.js';
import { buildModel } from './model/build-model.js';
import { buildReturnWorkbook } from './returns/build-return-workbook.js';
import { areasOfAuthor } from './returns/prefill.js';
import type { HouseStyle, HouseStyleNames } from './model/house-style.js';
import type { MonthPeriod, PackWorkbook } from './model/pack-workbook.js';
import { checkMonth } from './model/reporting-month.js';
import type { SourceMap } from './model/source-map.js';
import type { RawWorkbook } from './xlsx/raw-workbook.js';
import { readWorkbook } from './xlsx/read-workbook.js';

export { slug } from './compose/file-names.js';

export interface PackRequest {
  readonly workbook: Uint8Array;
  /** The workbook's file name, for messages and the audit trail. */
  readonly workbookName: string;
  readonly month: MonthPeriod;
  /** A draft (the default) for the authors, or the final pack for the committee's agenda. */
  readonly mode?: DocumentMode;
  /** Told as each long step starts ("drawing the slide pack"), for a progress line. */
  readonly onStep?: (step: string) => void;
  /** The pack's identity, where the caller has composed it already (see `packIdentity`). */
  readonly identity?: PackIdentity;
  /** The organisation's templates and logo, read and checked (see `readHouseStyle`); none: the built-in ones. */
  readonly houseStyle?: HouseStyle;
  /**
   * Threads started ahead for the documents, the caller's to stop (see `startPackWorkers`); where
   * absent, they are started here and stopped when the pack is built.
   */
  readonly workers?: PackWorkers;
}

export interface PackResult {
  /** False when the workbook has errors: then there are no files. */
  readonly ok: boolean;
  /** Every error and warning, sorted by place. */
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly OutputFile[];
  readonly model?: PackModel;
  /** What names the pack: its month, meeting, date and file names. */
  readonly identity?: PackIdentity;
  /** The same documents as `files`, by what they are: for delivery steps that rename or convert them. */
  readonly documents?: PackDocuments;
  /** A draft's e-mails to the report authors (their .eml files are among `files`); none when final. */
  readonly drafts?: readonly DraftEmail[];
}

export interface PackDocuments {
  readonly packModel: OutputFile;
  readonly coverReport: OutputFile;
  readonly slidePack: OutputFile;
}

export interface LoadedWorkbook {
  readonly workbook?: PackWorkbook;
  readonly sources?: SourceMap;
  readonly diagnostics: Diagnostics;
  /** The sheets as read, for commands that write rows back into a copy (their columns, their last rows). */
  readonly raw?: RawWorkbook;
  /** The house-style files the Settings sheet names, to be read from disk (see `readHouseStyle`). */
  readonly houseStyle: HouseStyleNames;
}

/** Reads and validates a workbook: the first two stages, shared by every command. */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const diagnostics = new Diagnostics(SHEET_ORDER);
  const raw = await readWorkbook(bytes, diagnostics);
  if (raw === undefined) return { diagnostics, houseStyle: {} };
  const built = buildModel(raw, diagnostics);
  const read = { diagnostics, raw, sources: built.sources, houseStyle: built.houseStyle };
  return built.workbook === undefined ? read : { ...read, workbook: built.workbook };
}

/**
 * Builds the month's pack in memory: workbook -> model -> ratings -> composed pack model -> files.
 * Nothing is written here; see `deliver/`.
 */
export async function buildPack(request: PackRequest): Promise<PackResult> {
  checkMonth(request.month);
  request.onStep?.('reading the workbook');
  return packFromWorkbook(await loadWorkbook(request.workbook), request);
}

/** The month's pack model, composed from a workbook read without errors, before any document is drawn. */
export interface ComposedModel {
  readonly workbook: PackWorkbook;
  readonly model: PackModel;
  readonly identity: PackIdentity;
  readonly deadline?: ReturnDeadline;
}

/**
 * The stages after reading up to the pack model: the month's checks, the ratings and the model.
 * Undefined where the workbook or the month has errors (they are in `loaded.diagnostics`).
 */
export function composeModel(loaded: LoadedWorkbook, request: PackRequest): ComposedModel | undefined {
  const { workbook, sources, diagnostics } = loaded;
  if (workbook === undefined || sources === undefined) return undefined;
  checkMonthHasData(workbook, request.month, diagnostics);
  if (diagnostics.hasErrors) return undefined;

  const mode = request.mode ?? 'draft';
  request.onStep?.('rating the figures');
  const assessment = assessPack(workbook, request.month);
  checkMonthCompleteness(workbook, assessment, diagnostics, mode);
  warnSpcChanges(workbook, assessment, sources, diagnostics);
  if (diagnostics.hasErrors) return undefined;
  const deadline = mode === 'draft' ? returnDeadline(workbook, request.month, diagnostics) : undefined;
  const sha256 = createHash('sha256').update(request.workbook).digest('hex');
  const identity = request.identity ?? packIdentity(workbook, request.month);
  const model = composePackModel({ workbook, assessment, sources, identity, mode, file: { name: request.workbookName, sha256 }, warnings: diagnostics.warnings() });
  return { workbook, model, identity, ...(deadline === undefined ? {} : { deadline }) };
}

/** The stages after reading: the month's checks, ratings, the pack model and its documents. */
export async function packFromWorkbook(loaded: LoadedWorkbook, request: PackRequest): Promise<PackResult> {
  const { diagnostics } = loaded;
  const composed = composeModel(loaded, request);
  if (composed === undefined) return { ok: false, diagnostics: diagnostics.list(), files: [] };
  const workers = request.workers ?? startPackWorkers();
  try {
    return await documentsOf(composed, request, diagnostics, workers);
  } finally {
    if (request.workers === undefined) await workers.stop();
  }
}

/** The pack's documents, drawn from its model: the cover report on a thread of its own, the slide pack and the return workbooks on this one meanwhile. */
async function documentsOf({ workbook, model, identity, deadline }: ComposedModel, request: PackRequest, diagnostics: Diagnostics, workers: PackWorkers): Promise<PackResult> {
  const mode = request.mode ?? 'draft';
  const options: DocumentOptions = { mode };
  // one slide pack view: drawn as the slide pack, and read by the cover report for its slide numbers
  const { view: slidePackView, canvas } = slidesOnTemplate(model, options, request.houseStyle);
  request.onStep?.('drawing the cover report and the slide pack');
  const [coverBytes, returns, slideBytes] = await Promise.all([
    workers.coverReport.run({ view: composeCoverReport(model, options, slidePackView), style: request.houseStyle ?? {} }),
    mode === 'final' ? undefined : returnWorkbooks(workbook, identity, deadline),
    renderSlidePack(slidePackView, canvas),
  ]);
  const coverReport = { name: identity.draft.coverReport, bytes: coverBytes };
  const slidePack = { name: identity.draft.slidePack, bytes: slideBytes };
  const documents: PackDocuments = { packModel: { name: identity.draft.packModel, bytes: Buffer.from(readableJson(model), 'utf8') }, coverReport, slidePack };
  const files: OutputFile[] = [documents.packModel, coverReport, slidePack];
  if (returns === undefined) return { ok: true, diagnostics: diagnostics.list(), files, model, identity, documents };

  request.onStep?.('drafting the e-mails to authors');
  // What each author's draft carries: the draft documents and the author's own return workbook
  const attachmentsFor = (authorId: string): DraftAttachment[] => [
    { ...coverReport, description: 'the draft cover report (Word)' },
    { ...slidePack, description: 'the draft 3As slide pack (PowerPoint)' },
    ...(returns.get(authorId) ?? []),
  ];
  const drafts = await draftEmails(workbook, model, identity, deadline, attachmentsFor);
  // each draft's .eml, and each author's return workbook beside it, as well as attached
  files.push(...drafts.map((d) => ({ name: d.file, bytes: d.eml })), ...[...returns.values()].flat().map((r) => ({ name: identity.drafts.returnWorkbook(r.authorId), bytes: r.bytes })));
  return { ok: true, diagnostics: diagnostics.list(), files, model, identity, documents, drafts };
}

/**
 * The slide pack composed on its template (the house style's, else packsmith's own in the primary
 * colour), and what it is drawn on: a template carries its own logo, so the Settings sheet's logo
 * goes on the title slide only where there is no template.
 */
export function slidesOnTemplate(model: PackModel, options: DocumentOptions, houseStyle: HouseStyle | undefined): { readonly view: SlidePackView; readonly canvas: SlideCanvas } {
  const slides = packTemplate(houseStyle, model.colours.primary);
  const logo = houseStyle?.slideTemplate === undefined ? houseStyle?.logo : undefined;
  return { view: composeSlidePack(model, options, slides.frame, logo), canvas: { template: slides.template, ...(logo === undefined ? {} : { logo }) } };
}

/** An author's return workbook, attached to their draft and written beside it. */
interface ReturnAttachment extends DraftAttachment {
  readonly authorId: string;
}

/** Each author's narrative return workbook, for the authors who write some area's narrative. */
async function returnWorkbooks(workbook: PackWorkbook, identity: PackIdentity, deadline: ReturnDeadline | undefined): Promise<Map<string, ReturnAttachment[]>> {
  const writers = workbook.authors.filter((author) => areasOfAuthor(workbook, author.id).length > 0);
  const options = deadline === undefined ? {} : { deadline: deadline.date };
  const built = await Promise.all(
    writers.map(async (author): Promise<[string, ReturnAttachment[]]> => {
      const name = returnWorkbookName(identity.month, author.id);
      const bytes = await buildReturnWorkbook(workbook, identity.month, author.id, options);
      return [author.id, [{ authorId: author.id, name, bytes, description: 'your narrative return workbook: update it and send it back' }]];
    }),
  );
  return new Map(built);
}

/** One draft e-mail per author: composed from the pack model, rendered with its attachments. */
async function draftEmails(workbook: PackWorkbook, model: PackModel, identity: PackIdentity, deadline: ReturnDeadline | undefined, attachmentsFor: (authorId: string) => readonly DraftAttachment[]): Promise<DraftEmail[]> {
  const { authors, areas, settings } = workbook;
  const views = composeDraftEmails({ model, identity, authors, areas, attachmentsFor, ...(deadline === undefined ? {} : { deadline }), ...(settings.draftsFrom === undefined ? {} : { from: settings.draftsFrom }) });
  const encode = attachmentEncoder();
  return Promise.all(views.map((view) => renderDraftEmail(view, attachmentsFor(view.authorId), encode)));
}
