import { Header, Paragraph } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { CoverReportView } from '../../compose/cover-report/cover-report-view.js';
import type { FieldValues } from './template/furniture-text.js';
import { FONT } from './document-styles.js';

/**
 * What the report gives the template's headers and footers: the values of the document property
 * fields they may show, and in a draft the DRAFT watermark (drawn here by the docx package, then
 * put into each of the template's headers by `applyTemplate`). The running head and "Page X of Y"
 * are the built-in template's own header and footer.
 */
export const RUNNING_HEAD_PROPERTY = 'Running head';

/** `TITLE`, `SUBJECT` and `DOCPROPERTY "Running head"`, as a template's header or footer may show them. */
export function fieldValues(view: CoverReportView): FieldValues {
  return new Map([
    ['TITLE', view.metadata.title],
    ['SUBJECT', view.metadata.subject],
    [`DOCPROPERTY "${RUNNING_HEAD_PROPERTY}"`, view.runningHead],
  ]);
}

/** A header holding only the watermark, for `applyTemplate` to take it from. */
export function watermarkHeader(view: CoverReportView): { headers: { default: Header } } | Record<string, never> {
  if (view.watermark === undefined) return {};
  return { headers: { default: new Header({ children: [new Paragraph({ children: [new TextWatermark({ text: view.watermark, font: FONT, color: 'C0C0C0', opacity: 0.5, width: 440 })] })] }) } };
}
