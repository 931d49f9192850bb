/** packsmith's public API: build a committee's monthly performance pack from its workbook. */
export { buildPack, loadWorkbook, slug, type PackRequest, type PackResult, type LoadedWorkbook } from './pipeline.js';
export { runPack, type RunOptions, type RunOutcome } from './run-pack.js';
export { formatDiagnostic, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
export { formatPlace, type Place } from './diagnostics/place.js';
export type { PackModel } from './compose/pack-model.js';
export type { PackWorkbook, Metric, Observation, Settings } from './model/pack-workbook.js';
export type { PackAssessment, MetricAssessment, Rating } from './assess/assessment.js';
export { assessPack } from './assess/assess-pack.js';
export { blankTemplate } from './template/blank-template.js';
export type { DraftEmail, DraftAttachment } from './render/email/render-draft-email.js';
export { sendDrafts, type OutgoingDraft, type SendRequest, type SendOutcome, type SendResult, type SendStatus, type SendEvent } from './deliver/send-drafts.js';
export { readSmtpSettings, type SmtpSettings, type SmtpSettingsResult } from './model/smtp-settings.js';
export { buildReturnWorkbook, returnWorkbookName, type ReturnWorkbookOptions } from './returns/build-return-workbook.js';
export { areasOfAuthor } from './returns/prefill.js';
export { mergeReturns, type MergeRequest, type MergeResult, type ReturnFile, type FileMessages } from './returns/merge-returns.js';
export type { MergeChanges, ReturnChange, AreaChange, SectionChange } from './returns/merge-changes.js';
export { describeChanges } from './returns/describe-changes.js';
export { runMerge, mergedCopyPath, type MergeOptions, type MergeOutcome } from './run-merge.js';
