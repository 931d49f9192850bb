import { describe, expect, it } from 'vitest';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { textWidth } from '../../src/compose/slide-pack/font-metrics.js';
import { paragraph, run } from '../../src/compose/slide-pack/rich-text.js';
import { shrinkToFit } from '../../src/compose/slide-pack/shrink-to-fit.js';
import { fittedTitle } from '../../src/compose/slide-pack/slide-draft.js';
import { measureParagraphs, takeParagraphs, textStyle } from '../../src/compose/slide-pack/text-flow.js';
import { wrapRuns } from '../../src/compose/slide-pack/wrap-text.js';
import { DRAFT, cellText, samplePackModel, tables, textBoxes, textOf, varied } from './sample-pack.js';
import { DRAFT_TITLE_BOX } from '../support/slide-frame.js';

const sentence = 'Ambulance handover performance was very challenged in early January but has been recovering since the third week of the month.';

describe('text is measured with Arial metrics', () => {
  it('knows the advance widths of Arial (Liberation Sans), regular and bold', () => {
    // Arial: "0" is 556/1000 em, "i" 222, "W" 944; bold "a" is 556 against regular 556, bold "i" 278.
    expect(textWidth('0', 10)).toBeCloseTo(5.56, 5);
    expect(textWidth('i', 10)).toBeCloseTo(2.22, 5);
    expect(textWidth('W', 10)).toBeCloseTo(9.44, 5);
    expect(textWidth('i', 10, true)).toBeCloseTo(2.78, 5);
    // P 667, e 556, r 333, f 278, o 556, m 833, a 556, n 556, c 500, g 556, i 222, s 500, t 278, p 556, l 222, space 278.
    expect(textWidth('Performance against plan', 12)).toBeCloseTo(136.728, 5);
  });

  it('counts a character it does not know as a full em, so unknown text wraps early', () => {
    expect(textWidth('漢', 10)).toBe(10);
  });

  it('wraps at spaces, never wider than the line', () => {
    const lines = wrapRuns([run(sentence)], 200, 10);
    expect(lines.length).toBe(4);
    for (const line of lines) expect(textWidth(sentence.slice(line.start, line.end), 10)).toBeLessThanOrEqual(200);
    expect(lines.map((l) => sentence.slice(l.start, l.end)).join(' ')).toBe(sentence);
  });

  it('breaks a word longer than the line between its letters', () => {
    const word = 'Supercalifragilisticexpialidocious';
    const lines = wrapRuns([run(word)], 60, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => word.slice(l.start, l.end)).join('')).toBe(word);
  });

  it('measures bold runs as bold', () => {
    const plain = wrapRuns([run('Good news: '.repeat(12))], 300, 10).length;
    const bold = wrapRuns([run('Good news: '.repeat(12), { bold: true })], 300, 10).length;
    expect(bold).toBeGreaterThanOrEqual(plain);
    expect(textWidth('Good news:', 10, true)).toBeGreaterThan(textWidth('Good news:', 10));
  });
});

describe('text fits its box', () => {
  it('a long paragraph is split between lines, two lines kept on each side, and continues unbulleted', () => {
    const long = paragraph([run(`${sentence} `.repeat(6))], { bullet: true });
    const style = textStyle(10);
    const { taken, rest, height } = takeParagraphs([long], 3, 0.9, style);
    expect(height).toBeLessThanOrEqual(0.9);
    expect(taken).toHaveLength(1);
    expect(rest[0]).toMatchObject({ bullet: false, indented: true });
    expect(`${textOf({ paragraphs: taken })} ${textOf({ paragraphs: rest })}`.replace(/\s+/g, ' ').trim()).toBe(`${sentence} `.repeat(6).trim());
  });

  it('a short paragraph moves whole to the next box rather than leave one line behind', () => {
    const first = paragraph([run(sentence)]);
    const second = paragraph([run(sentence)]);
    const style = textStyle(10);
    const oneAndABit = measureParagraphs([first], 3, style).height + style.lineSpacing / 72;
    const { taken, rest } = takeParagraphs([first, second], 3, oneAndABit, style, false);
    expect(taken).toEqual([first]);
    expect(rest).toEqual([second]);
  });

  it('shrinks text to the largest size that fits, and cuts it with an ellipsis only below the smallest', () => {
    const box = { x: 0, y: 0, w: 3, h: 1 };
    const fits = shrinkToFit({ name: 'facts', box, paragraphs: [paragraph([run(sentence)])], sizes: [14, 12, 10], colour: '000000' });
    expect(fits.fontSize).toBe(12);
    expect(textOf(fits)).toBe(sentence);
    const essay = shrinkToFit({ name: 'facts', box, paragraphs: [paragraph([run(`${sentence} `.repeat(10))])], sizes: [14, 12, 10], colour: '000000' });
    expect(essay.fontSize).toBe(10);
    expect(textOf(essay).endsWith('…')).toBe(true);
    expect(essay.fitted.height).toBeLessThanOrEqual(box.h);
  });

  it('a slide title shrinks to fit the title band, and a runaway one is shortened', () => {
    expect(fittedTitle('Contents', DRAFT_TITLE_BOX).fontSize).toBe(24);
    expect(fittedTitle(`Children's & Young People's access to Mental Health services: actual against plan`, DRAFT_TITLE_BOX).fontSize).toBeLessThan(24);
    const runaway = fittedTitle(`${sentence} `.repeat(4), DRAFT_TITLE_BOX);
    expect(runaway.fontSize).toBe(14);
    expect(runaway.text.endsWith('…')).toBe(true);
  });
});

describe('long narrative and long priority wording in the pack', () => {
  it('long narrative continues over further slides, panel by panel, and nothing exceeds its box', async () => {
    const model = varied(await samplePackModel(), (m) => {
      const urgent = m.areas[0];
      if (urgent?.narrative !== undefined) urgent.narrative.issues = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${sentence} ${sentence}`);
    });
    const view = composeSlidePack(model, DRAFT);
    const urgent = view.slides.filter((s) => s.title.text.startsWith('Performance against plan: Urgent Care'));
    expect(urgent.length).toBeGreaterThanOrEqual(3);
    expect(urgent.map((s) => s.title.text)).toEqual(urgent.map((_, i) => `Performance against plan: Urgent Care (${i + 1} of ${urgent.length})`));
    const panels = urgent.flatMap(textBoxes);
    expect(panels.some((b) => textOf(b) === 'Current issues (continued)')).toBe(true);
    for (const box of panels) expect(box.fitted.height, box.name).toBeLessThanOrEqual(box.h + 0.005);
    const shown = panels.filter((b) => b.name === 'Current issues').map(textOf).join(' ').replace(/\s+/g, ' ');
    for (let i = 1; i <= 30; i += 1) expect(shown).toContain(`${i}. ${sentence}`);
    // Every continuation slide still links back to the summary.
    for (const slide of urgent) expect(textBoxes(slide).some((b) => textOf(b) === 'Back to summary')).toBe(true);
  });

  it('a long measure label wraps within its summary-table cell, the row as tall as its lines', async () => {
    const wording = `Percentage of A&E attendances ${'admitted, transferred or discharged within four hours of arrival, '.repeat(3)}all types`;
    const model = varied(await samplePackModel(), (m) => {
      const first = m.areas[0]?.metrics[0];
      if (first !== undefined) first.label = wording;
    });
    const view = composeSlidePack(model, DRAFT);
    const summary = view.slides.find((s) => s.kind === 'summary-table');
    const table = tables(summary ?? view.slides[0]!)[0];
    const row = table?.rows.find((r) => cellText(r.cells[1]!) === wording);
    expect(row).toBeDefined();
    const lines = wrapRuns([run(wording)], ((table?.columns[1] ?? 0) - 2 * (table?.insetX ?? 0)) * 72, 9).length;
    expect(lines).toBeGreaterThan(2);
    expect(row?.h).toBeCloseTo(Math.ceil((lines * (table?.lineSpacing ?? 0)) / 72 * 100 + 2 * (table?.insetY ?? 0) * 100) / 100, 2);
    expect(table?.h).toBeLessThanOrEqual(5.75);
  });

  it('a long metric label is printed in full over its chart, and every box of the slide fits its text', async () => {
    const label = 'Percentage of all A&E attendances, of every type, admitted, transferred or discharged within four hours of arrival';
    const model = varied(await samplePackModel(), (m) => {
      const first = m.areas[0]?.metrics[0];
      if (first !== undefined) {
        first.label = label;
        first.priority = `${sentence} `.repeat(12);
      }
    });
    const slide = composeSlidePack(model, DRAFT).slides.find((s) => textBoxes(s).some((t) => t.name === 'Caption AE4HR'));
    expect(textOf(textBoxes(slide!).find((t) => t.name === 'Caption AE4HR')!)).toBe(label);
    for (const box of textBoxes(slide!)) expect(box.fitted.height).toBeLessThanOrEqual(box.h + 0.005);
  });
});
