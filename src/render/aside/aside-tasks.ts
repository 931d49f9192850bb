import type { CoverReportView } from '../../compose/cover-report/cover-report-view.js';
import type { ReportHouseStyle } from '../docx/render-cover-report.js';

/**
 * The work a pack can hand to a thread of its own: each kind's input and output are plain data,
 * copied between the threads whole.
 */
export interface AsideTasks {
  /** The cover report drawn as DOCX bytes (the docx package: the longest single step of a draft). */
  readonly 'cover-report': { readonly input: { readonly view: CoverReportView; readonly style: ReportHouseStyle }; readonly output: Uint8Array };
}

export type AsideKind = keyof AsideTasks;
export type AsideRunner<K extends AsideKind> = (input: AsideTasks[K]['input']) => Promise<AsideTasks[K]['output']>;

/** Each kind's runner, its modules (and their libraries) loaded when it is asked for. */
export const ASIDE_RUNNERS: { readonly [K in AsideKind]: () => Promise<AsideRunner<K>> } = {
  'cover-report': async () => {
    const { renderCoverReport } = await import('../docx/render-cover-report.js');
    return ({ view, style }) => renderCoverReport(view, style);
  },
};

/** What a worker sends back for a task: its output, or why it failed. */
export type AsideReply<Output> = { readonly ok: true; readonly output: Output } | { readonly ok: false; readonly message: string; readonly stack?: string };
