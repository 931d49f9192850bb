import { describe, expect, it } from 'vitest';
import { axisRange } from '../../src/compose/charts/chart-axis.js';
import { blocksOf } from '../../src/compose/cover-report/text-blocks.js';
import { textColourOn } from '../../src/render/docx/colours.js';

describe('the marks a cover-report template uses', () => {
  it('headings, numbered paragraphs, lettered items, bullets and plain paragraphs', () => {
    const text = [
      '# Summary',
      '',
      '1. The first numbered paragraph',
      'runs on over two lines:',
      'a. a lettered item',
      '(b) another',
      '- a bullet',
      '- another bullet',
      '',
      'A plain paragraph.',
      '## Sub-heading',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Summary' },
      { kind: 'paragraph', list: 'numbered', runs: [{ text: 'The first numbered paragraph runs on over two lines:' }] },
      { kind: 'paragraph', list: 'lettered', runs: [{ text: 'a lettered item' }] },
      { kind: 'paragraph', list: 'lettered', runs: [{ text: 'another' }] },
      { kind: 'paragraph', list: 'bullet', runs: [{ text: 'a bullet' }] },
      { kind: 'paragraph', list: 'bullet', runs: [{ text: 'another bullet' }] },
      { kind: 'paragraph', list: 'plain', runs: [{ text: 'A plain paragraph.' }] },
      { kind: 'heading', level: 2, text: 'Sub-heading' },
    ]);
  });

  it('a web address in angle brackets becomes a link', () => {
    expect(blocksOf('Board papers: <https://example.org/board> (monthly)')).toEqual([
      {
        kind: 'paragraph',
        list: 'plain',
        runs: [{ text: 'Board papers: ' }, { text: 'https://example.org/board', link: 'https://example.org/board' }, { text: ' (monthly)' }],
      },
    ]);
  });

  it('a link with words reads as its words; an e-mail address becomes a mailto link', () => {
    expect(blocksOf('See [the board papers](https://example.org/board) [monthly] or write to <mailto:board@example.org>.')).toEqual([
      {
        kind: 'paragraph',
        list: 'plain',
        runs: [
          { text: 'See ' },
          { text: 'the board papers', link: 'https://example.org/board' },
          { text: ' [monthly] or write to ' },
          { text: 'board@example.org', link: 'mailto:board@example.org' },
          { text: '.' },
        ],
      },
    ]);
  });
});

describe('a chart\'s value axis', () => {
  it('fits percentages between 70% and 80% rather than starting at 0', () => {
    expect(axisRange([0.721, 0.789, 0.761], { percent: true })).toEqual({ minimum: 0.7, maximum: 0.8, interval: 0.025 });
  });

  it('reaches down to 0 when the figures come near it, and stops at 100%', () => {
    expect(axisRange([107, 338, 0], { percent: false })).toMatchObject({ minimum: 0 });
    expect(axisRange([0.95, 0.99], { percent: true }).maximum).toBe(1);
  });

  it('a flat series still gets an axis around it', () => {
    const axis = axisRange([5, 5, 5], { percent: false });
    expect(axis.minimum).toBeLessThan(5);
    expect(axis.maximum).toBeGreaterThan(5);
  });
});

describe('text on a rating cell stays readable (WCAG 1.4.3)', () => {
  it('black on the NHS green and amber, white on the NHS red', () => {
    expect(textColourOn('00A499')).toBe('000000');
    expect(textColourOn('FFB81C')).toBe('000000');
    expect(textColourOn('DA291C')).toBe('FFFFFF');
    expect(textColourOn('005EB8')).toBe('FFFFFF');
  });
});
