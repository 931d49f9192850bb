/**
 * The LibreOffice user profile each conversion starts with: PDF export options that a command line
 * conversion of several documents of different kinds (Word and PowerPoint) cannot pass one by one.
 * Tagged PDF (PDF/UA) for screen readers, bookmarks from the headings and slide titles, and the
 * document's title, not its file name, in the viewer's title bar.
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

export function pdfExportProfile(): string {
  const items = Object.entries(PDF_EXPORT_OPTIONS).map(
    ([name, value]) => `<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...items,
    '</oor:items>',
    '',
  ].join('\n');
}
