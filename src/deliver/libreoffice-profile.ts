import { DOCUMENT_LANGUAGE } from '../compose/document-language.js';

/**
 * The LibreOffice user profile each conversion starts with: PDF export options that a command line
 * conversion of several documents of different kinds (Word and PowerPoint) cannot pass one by one.
 * Tagged PDF (PDF/UA) for screen readers, bookmarks from the headings and slide titles, the
 * document's title, not its file name, in the viewer's title bar, and the pack's language.
 * See https://help.libreoffice.org/latest/en-US/text/shared/guide/pdf_params.html
 */
const PDF_EXPORT_OPTIONS: Readonly<Record<string, string>> = {
  UseTaggedPDF: 'true',
  PDFUACompliance: 'true',
  ExportBookmarks: 'true',
  OpenBookmarkLevels: '-1',
  DisplayPDFDocumentTitle: 'true',
  ExportNotes: 'false',
  ExportNotesPages: 'false',
  UseLosslessCompression: 'false',
  Quality: '90',
};

/**
 * The locale LibreOffice runs in. It is the language of a document that sets none at document
 * level, which a PowerPoint file cannot (its language is on each run): a PDF of the slide pack
 * declared `en-US`, the locale of a machine set up in American English, until this was set.
 */
const LOCALE_OPTIONS: Readonly<Record<string, string>> = {
  ooSetupSystemLocale: DOCUMENT_LANGUAGE,
};

/**
 * The last version of LibreOffice that used the profile. LibreOffice runs its graphics self-test
 * (some hundred drawings into memory, then a log in the profile) at every start whose version is
 * newer than this, and a conversion never records it: every fresh profile paid for the test on
 * every start, 2 to 4 seconds of a conversion's time (LibreOffice 7.4, Linux; an empty document
 * took 5.0 s to convert, 0.8 s with this set). The profile is made for one conversion and thrown
 * away, so it is marked as used by every version there will be; nothing else a conversion does
 * reads it.
 */
const PRODUCT_OPTIONS: Readonly<Record<string, string>> = {
  ooSetupLastVersion: '9999.9',
};

function item(path: string, name: string, value: string): string {
  return `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
}

export function pdfExportProfile(): string {
  const items = [
    ...Object.entries(PDF_EXPORT_OPTIONS).map(([name, value]) => item('/org.openoffice.Office.Common/Filter/PDF/Export', name, value)),
    ...Object.entries(LOCALE_OPTIONS).map(([name, value]) => item('/org.openoffice.Setup/L10N', name, value)),
    ...Object.entries(PRODUCT_OPTIONS).map(([name, value]) => item('/org.openoffice.Setup/Product', name, value)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...items,
    '</oor:items>',
    '',
  ].join('\n');
}
