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
