import { describe, expect, it } from 'vitest';
import { findStyle, mergeStyles, missingReportStyles, withStyleIds } from '../../src/render/docx/template/template-styles.js';

/**
 * How the report's styles are matched with a template's: by Word's name for the style (the same in
 * every language), then by id; what the template lacks comes from packsmith's, without its font.
 */
const styles = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>${body}</w:styles>`;
const style = (type: string, id: string, name: string, inner = '') => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

// a template saved by a German Word: its ids are German, its names Word's own
const GERMAN = styles(
  style('paragraph', 'Standard', 'Normal') +
    style('paragraph', 'berschrift1', 'heading 1', '<w:basedOn w:val="Standard"/><w:rPr><w:color w:val="7A1F5C"/></w:rPr>') +
    style('paragraph', 'Titel', 'Title') +
    // a style of the template's own that happens to have one of our ids
    style('paragraph', 'TableText', 'Tabellentext'),
);
const OURS = styles(
  style('paragraph', 'Normal', 'Normal', '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>') +
    style('paragraph', 'Heading1', 'Heading 1', '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr>') +
    style('paragraph', 'Heading2', 'Heading 2', '<w:basedOn w:val="Normal"/><w:link w:val="Heading2Char"/><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="24"/></w:rPr>') +
    style('paragraph', 'Title', 'Title') +
    style('paragraph', 'TableText', 'Table Text', '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr>'),
);

describe('the report\'s styles on a template', () => {
  const merged = mergeStyles(GERMAN, OURS, new Set(['Title', 'Heading1', 'Heading2', 'TableText']), 'en-GB');

  it('finds the template\'s styles by name, whatever their ids, and points our paragraphs at them', () => {
    expect(Object.fromEntries(merged.renames)).toEqual({ Normal: 'Standard', Title: 'Titel', Heading1: 'berschrift1', TableText: 'PacksmithTableText' });
    expect(withStyleIds('<w:pStyle w:val="Heading1"/><w:pStyle w:val="Heading2"/>', merged.renames)).toBe('<w:pStyle w:val="berschrift1"/><w:pStyle w:val="Heading2"/>');
  });

  it('adds the styles it lacks from ours, without their fonts, based on the template\'s Normal', () => {
    const heading2 = findStyle(merged.xml, 'Heading 2')?.xml ?? '';
    expect(heading2).toContain('<w:basedOn w:val="Standard"/>');
    expect(heading2).toContain('<w:sz w:val="24"/>');
    expect(heading2).not.toContain('rFonts');
    // a link to a style neither has is dropped
    expect(heading2).not.toContain('w:link');
    // our Table Text under an id of its own, beside the template's style of that id
    expect(findStyle(merged.xml, 'Table Text')?.id).toBe('PacksmithTableText');
    expect(findStyle(merged.xml, 'Tabellentext')?.id).toBe('TableText');
    // the template's own styles are kept as they were
    expect(findStyle(merged.xml, 'heading 1')?.xml).toContain('<w:color w:val="7A1F5C"/>');
  });

  it('makes the document defaults British English', () => {
    expect(merged.xml).toContain('<w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>');
    expect(merged.xml).not.toContain('de-DE');
  });

  it('names the report styles a template lacks', () => {
    expect(missingReportStyles(GERMAN)).toEqual(['Heading 2', 'Heading 3']);
  });
});
