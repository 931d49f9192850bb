import { paragraphsOf } from '../templates.js';
import type { BlockView, ParagraphList, TextRunView } from './cover-report-view.js';

/**
 * The few marks a cover-report template uses to shape its text, so officers can reword, add or
 * reorder paragraphs without touching code (see `templates/cover-report/README.md`):
 *
 *     # Heading            a section heading (Heading 1); ## and ### go one and two levels down
 *     1. Paragraph         a numbered paragraph; Word works the number out, so write 1. every time
 *     a. Item              a lettered item under the numbered paragraph before it
 *     - Item               a bullet
 *     Anything else        a plain paragraph, not numbered
 *
 * A blank line or a line starting with a mark starts a new paragraph; other lines run on.
 * A web address written `<https://...>` becomes a link.
 */
const MARKS: readonly { readonly pattern: RegExp; readonly block: (text: string, match: RegExpExecArray) => BlockView }[] = [
  { pattern: /^(#{1,3})\s+/, block: (text, m) => ({ kind: 'heading', level: headingLevel(m[1]?.length ?? 1), text }) },
  { pattern: /^\d+\.\s+/, block: (text) => paragraph('numbered', text) },
  { pattern: /^(?:[a-z]\.|\([a-z]\))\s+/, block: (text) => paragraph('lettered', text) },
  { pattern: /^[-•]\s+/, block: (text) => paragraph('bullet', text) },
];

const STARTS_A_BLOCK = /\n(?=[ \t]*(?:#{1,3}\s|\d+\.\s|[a-z]\.\s|\([a-z]\)\s|[-•]\s))/g;
const LINK = /<(https?:\/\/[^\s<>]+)>/g;

function headingLevel(hashes: number): 1 | 2 | 3 {
  return hashes >= 3 ? 3 : hashes === 2 ? 2 : 1;
}

function paragraph(list: ParagraphList, text: string): BlockView {
  return { kind: 'paragraph', list, runs: runsOf(text) };
}

/** A paragraph's text as runs, with `<https://...>` addresses made links. */
export function runsOf(text: string): TextRunView[] {
  const runs: TextRunView[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const address = match[1] ?? '';
    if (match.index > from) runs.push({ text: text.slice(from, match.index) });
    runs.push({ text: address, link: address });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from) });
  return runs;
}

/** The blocks of a rendered template. */
export function blocksOf(text: string): BlockView[] {
  return paragraphsOf(text.replace(STARTS_A_BLOCK, '\n\n')).map((p) => {
    for (const mark of MARKS) {
      const match = mark.pattern.exec(p);
      if (match !== null) return mark.block(p.slice(match[0].length).trim(), match);
    }
    return paragraph('plain', p);
  });
}
