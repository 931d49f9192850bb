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
 * Links: `[words](https://...)` links the words (a screen reader reads them, not the address);
 * `<https://...>` links the address itself; `<mailto:someone@example.org>` is an e-mail link
 * that reads as the address.
 */
const MARKS: readonly { readonly pattern: RegExp; readonly block: (text: string, match: RegExpExecArray) => BlockView }[] = [
  { pattern: /^(#{1,3})\s+/, block: (text, m) => ({ kind: 'heading', level: headingLevel(m[1]?.length ?? 1), text }) },
  { pattern: /^\d+\.\s+/, block: (text) => paragraph('numbered', text) },
  { pattern: /^(?:[a-z]\.|\([a-z]\))\s+/, block: (text) => paragraph('lettered', text) },
  { pattern: /^[-•]\s+/, block: (text) => paragraph('bullet', text) },
];

const STARTS_A_BLOCK = /\n(?=[ \t]*(?:#{1,3}\s|\d+\.\s|[a-z]\.\s|\([a-z]\)\s|[-•]\s))/g;
const TARGET = String.raw`(?:https?:\/\/|mailto:)[^\s()<>]+`;
const LINK = new RegExp(String.raw`\[([^[\]\n]+)\]\((${TARGET})\)|<(${TARGET})>`, 'g');

/** The words a bare link reads as: an e-mail link its address, a web link the whole address. */
function wordsOf(target: string): string {
  return target.replace(/^mailto:/, '');
}

function headingLevel(hashes: number): 1 | 2 | 3 {
  return hashes >= 3 ? 3 : hashes === 2 ? 2 : 1;
}

function paragraph(list: ParagraphList, text: string): BlockView {
  return { kind: 'paragraph', list, runs: runsOf(text) };
}

/** A paragraph's text as runs, with its links (see the marks above) made links. */
export function runsOf(text: string): TextRunView[] {
  const runs: TextRunView[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const [, words, target, bare] = match;
    const link = target ?? bare ?? '';
    if (match.index > from) runs.push({ text: text.slice(from, match.index) });
    runs.push({ text: words ?? wordsOf(link), link });
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
