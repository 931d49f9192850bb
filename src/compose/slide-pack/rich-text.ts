import type { Align, LinkView, ParagraphView, RunView } from './slide-pack-view.js';

/** Points after a paragraph unless said otherwise. */
export const PARAGRAPH_SPACE = 3;

export interface ParagraphOptions {
  readonly bullet?: boolean;
  readonly spaceAfter?: number;
  readonly align?: Align;
}

/** A run of text with optional emphasis, colour and link. */
export function run(text: string, style: Omit<RunView, 'text'> = {}): RunView {
  return { text, ...style };
}

export function linkRun(text: string, link: LinkView, style: Omit<RunView, 'text' | 'link'> = {}): RunView {
  return { text, ...style, link };
}

export function paragraph(runs: readonly RunView[], options: ParagraphOptions = {}): ParagraphView {
  const bullet = options.bullet === true;
  return { runs, bullet, indented: bullet, spaceAfter: options.spaceAfter ?? PARAGRAPH_SPACE, align: options.align ?? 'left' };
}

export function bullet(text: string, style: Omit<RunView, 'text'> = {}): ParagraphView {
  return paragraph([run(text, style)], { bullet: true });
}

/**
 * Paragraphs from our own template text (never from workbook text, which is data): a paragraph
 * starting `- ` is a bullet, and `**words**` are bold. That is all the markup templates use.
 */
export function templateParagraphs(paragraphs: readonly string[]): ParagraphView[] {
  return paragraphs.map((text) => {
    const isBullet = text.startsWith('- ');
    const body = isBullet ? text.slice(2) : text;
    const runs = body
      .split('**')
      .map((part, index) => run(part, index % 2 === 1 ? { bold: true } : {}))
      .filter((part) => part.text !== '');
    return paragraph(runs, { bullet: isBullet, spaceAfter: 6 });
  });
}
