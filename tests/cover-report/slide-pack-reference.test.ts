import { describe, expect, it } from 'vitest';
import { slidesInWords } from '../../src/compose/cover-report/slide-pack-reference.js';
import { titleLines } from '../../src/compose/title-lines.js';

describe('slide numbers in words, as a paper writes them', () => {
  it('one slide, a run of slides, slides apart', () => {
    expect(slidesInWords([7])).toBe('Slide 7');
    expect(slidesInWords([7, 8, 9])).toBe('Slides 7–9');
    expect(slidesInWords([9, 7, 8])).toBe('Slides 7–9');
    expect(slidesInWords([7, 9, 11])).toBe('Slides 7, 9 and 11');
    expect(slidesInWords([])).toBe('');
  });
});

describe('a narrative line that only names a KPI or metric', () => {
  const isTitle = titleLines(['System Delivery of planned deficit (gross of deficit support funding)', '% of A&E attendances within 4 hours (all types)', 'Endoscopy']);

  it('is a title, whatever year, month or figure goes with it', () => {
    expect(isTitle('2025/26 system delivery of the planned deficit (gross of deficit support funding) at month 8.')).toBe(true);
    expect(isTitle('2025/26- System Delivery of planned deficit (gross of deficit support funding)')).toBe(true);
    expect(isTitle('% of A&E attendances within 4 hours (all types), Dec-25')).toBe(true);
  });

  it('is progress when it says something of the KPI, and a single word is never a title', () => {
    expect(isTitle('System delivery of the planned deficit is £17m behind plan at month 8.')).toBe(false);
    expect(isTitle('Bank spend is above the system cap year to date.')).toBe(false);
    expect(isTitle('Endoscopy')).toBe(false);
  });
});
