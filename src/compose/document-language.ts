/**
 * The language both documents are written in, as BCP 47: British English. Screen readers choose
 * their voice and pronunciation by it, so every run of text, each document's own setting and each
 * PDF carry it (WCAG 2.1 success criterion 3.1.1, Language of Page).
 */
export const DOCUMENT_LANGUAGE = 'en-GB';
export type DocumentLanguage = typeof DOCUMENT_LANGUAGE;
