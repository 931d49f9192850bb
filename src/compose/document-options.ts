/**
 * How a document is drawn. A draft (the default) goes to the report authors: it carries a DRAFT
 * watermark and marks what is still awaited. A final pack is for the committee's agenda: the
 * pipeline refuses to make one while anything is awaited, so a final document has no such marks.
 */
export type DocumentMode = 'draft' | 'final';

export interface DocumentOptions {
  readonly mode: DocumentMode;
}
