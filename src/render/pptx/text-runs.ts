import type PptxGenJS from 'pptxgenjs';
import type { ParagraphView, RunView } from '../../compose/slide-pack/slide-pack-view.js';
import { splitLinks } from './split-links.js';

/** The hanging indent of bullets, points; matches the composer's measure (0.18 in). */
const BULLET_INDENT_PT = 12.96;
/** A continued bullet keeps its indent behind an invisible bullet (no-break space). */
const INVISIBLE_BULLET = { characterCode: '00A0', indent: BULLET_INDENT_PT };

interface Paragraphing {
  readonly fontSize: number;
  /** Exact line pitch, points; absent in table cells. */
  readonly lineSpacing?: number;
}

function runOptions(run: RunView, style: Paragraphing): PptxGenJS.TextPropsOptions {
  return {
    fontSize: style.fontSize,
    ...(style.lineSpacing === undefined ? {} : { lineSpacing: style.lineSpacing }),
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italic: true } : {}),
    ...(run.colour === undefined ? {} : { color: run.colour }),
    ...(run.link === undefined ? {} : { hyperlink: { slide: run.link.slide } }),
  };
}

/**
 * Paragraphs as pptxgenjs text runs. pptxgenjs starts a paragraph at a run with a bullet (and then
 * ignores that run's line break) or after a run with a line break; so the bullet goes on a
 * paragraph's first run only, and a bulleted paragraph ends in an empty run carrying the break.
 * The repeated paragraph properties this leaves are removed from the slide XML afterwards.
 */
export function textRuns(paragraphs: readonly ParagraphView[], style: Paragraphing): PptxGenJS.TextProps[] {
  const runs: PptxGenJS.TextProps[] = [];
  paragraphs.forEach((p, index) => {
    const last = index === paragraphs.length - 1;
    const marker = p.bullet ? { indent: BULLET_INDENT_PT } : p.indented ? INVISIBLE_BULLET : false;
    const paragraphOptions = { align: p.align, paraSpaceAfter: p.spaceAfter };
    const parts = p.runs.length > 0 ? splitLinks(p.runs) : [{ text: '' }];
    parts.forEach((run, at) => {
      const options: PptxGenJS.TextPropsOptions = { ...runOptions(run, style), ...paragraphOptions, ...(at === 0 ? { bullet: marker } : {}) };
      const endsParagraph = at === parts.length - 1 && !last && marker === false;
      runs.push({ text: run.text, options: endsParagraph ? { ...options, breakLine: true } : options });
    });
    if (marker !== false && !last) runs.push({ text: '', options: { ...paragraphOptions, fontSize: style.fontSize, ...(style.lineSpacing === undefined ? {} : { lineSpacing: style.lineSpacing }), breakLine: true } });
  });
  return runs;
}
