import { describe, expect, it } from 'vitest';
import type { SpcView } from '../../src/compose/pack-model.js';
import { SPC_COLOURS } from '../../src/compose/spc-colours.js';
import { ASSURANCE_CODES, VARIATION_CODES, assuranceIcon, spcMarks, variationIcon } from '../../src/compose/spc-marks.js';

const base: SpcView = { status: 'ok', note: '', decimals: 0, level: 'ICB', points: 24, baselinePoints: 24, mean: 1, upperLimit: 2, lowerLimit: 0, series: [] };

describe('the Making Data Count icons in words', () => {
  it('gives every variation icon its MDC colour, letter and word', () => {
    expect(VARIATION_CODES.map((code) => variationIcon(code, SPC_COLOURS)).map((i) => `${i.code} ${i.colour} ${i.letter || '-'} ${i.word}`)).toEqual([
      'common-cause 888888 - Common cause',
      'improving-high 0090C5 H Improving (high)',
      'improving-low 0090C5 L Improving (low)',
      'concerning-high DA670A H Concerning (high)',
      'concerning-low DA670A L Concerning (low)',
      'neutral-high 490092 H Neutral (high)',
      'neutral-low 490092 L Neutral (low)',
    ]);
  });

  it('gives every assurance icon its MDC colour, letter and word', () => {
    expect(ASSURANCE_CODES.map((code) => assuranceIcon(code, SPC_COLOURS)).map((i) => `${i.code} ${i.colour} ${i.letter} ${i.word}`)).toEqual([
      'consistently-passing 0090C5 P Passing',
      'consistently-failing DA670A F Failing',
      'hit-and-miss 888888 ? Hit and miss',
      'process-changed 404040 C Process changed',
    ]);
  });

  it('takes its colours from the pack model, so a change there reaches every icon', () => {
    expect(variationIcon('improving-high', { ...SPC_COLOURS, improvement: '#0072c6' }).colour).toBe('0072C6');
  });

  it('marks trial limits, and gives words without an icon where SPC has no reading', () => {
    const marks = (spc: SpcView | undefined, direction = 'higher is better') => {
      const m = spcMarks({ spc, direction }, SPC_COLOURS);
      return [m.variation.icon?.code ?? null, m.variation.text, m.assurance.icon?.code ?? null, m.assurance.text];
    };
    const reading = { variation: { code: 'concerning-low', word: 'Special cause concerning (low)' }, assurance: { code: 'consistently-failing', word: 'Consistently failing', target: 3 } } as const;
    expect(marks({ ...base, ...reading })).toEqual(['concerning-low', 'Concerning (low)', 'consistently-failing', 'Failing']);
    expect(marks({ ...base, ...reading, status: 'trial' })).toEqual(['concerning-low', 'Concerning (low), trial', 'consistently-failing', 'Failing, trial']);
    expect(marks({ ...base, variation: reading.variation })).toEqual(['concerning-low', 'Concerning (low)', null, 'No target']);
    expect(marks({ ...base, variation: { code: 'neutral-high', word: '' } }, 'neither')).toEqual(['neutral-high', 'Neutral (high)', null, '–']);
    expect(marks({ ...base, status: 'too-few' })).toEqual([null, 'Too few points', null, '–']);
    expect(marks({ ...base, status: 'not-monthly' })).toEqual([null, 'Not monthly', null, '–']);
    expect(marks(undefined)).toEqual([null, '–', null, '–']);
  });
});
