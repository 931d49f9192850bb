import type { CoverReportView } from '../../compose/cover-report/cover-report-view.js';
import type { ReportHouseStyle } from '../docx/render-cover-report.js';

/** What the cover report's worker is given: plain data, copied to it whole. */
export interface CoverReportTask {
  readonly view: CoverReportView;
  readonly style: ReportHouseStyle;
}

/** What it sends back: the document's bytes, or why it could not draw it. */
export type CoverReportReply = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string; readonly stack?: string };
