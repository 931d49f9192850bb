import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDaysBefore } from '../../src/calendar/working-days.js';

describe('narrative due: working days before the meeting', () => {
  it('counts back over weekends only when there is no bank holiday: 10 working days before Thursday 5 February 2026 is Thursday 22 January', () => {
    expect(workingDaysBefore('2026-02-05', 10)).toBe('2026-01-22');
  });

  it('0 working days: the meeting day itself; 1: the working day before, over a weekend', () => {
    expect(workingDaysBefore('2026-02-05', 0)).toBe('2026-02-05');
    expect(workingDaysBefore('2026-02-09', 1)).toBe('2026-02-06');
  });

  it('skips Good Friday and Easter Monday: 6 working days before Thursday 9 April 2026 is Monday 30 March', () => {
    // Back from 9 April: 8, 7 (Tue, Wed) then Easter Monday 6, the weekend, Good Friday 3, then 2, 1, 31 March, 30 March.
    expect(workingDaysBefore('2026-04-09', 5)).toBe('2026-03-31');
    expect(workingDaysBefore('2026-04-09', 6)).toBe('2026-03-30');
  });

  it('skips Christmas and the Boxing Day substitute: 3 working days before Wednesday 30 December 2026 is Wednesday 23 December', () => {
    // 29 Tue, then 28 (Boxing Day substitute), 27 and 26 (weekend), 25 (Christmas), 24 Thu, 23 Wed.
    expect(workingDaysBefore('2026-12-30', 3)).toBe('2026-12-23');
  });

  it('skips the New Year substitute day', () => {
    // Back from 4 January 2022: 3 January is the New Year substitute, 1-2 the weekend, then 31, 30 and 29 December.
    expect(workingDaysBefore('2022-01-04', 3)).toBe('2021-12-29');
    // Back from 29 December 2021: 28 and 27 are the Christmas and Boxing Day substitutes.
    expect(workingDaysBefore('2021-12-29', 1)).toBe('2021-12-24');
  });

  it('skips the one-offs: the 2022 jubilee and the state funeral, the 2023 coronation, the 2020 VE day move', () => {
    expect(workingDaysBefore('2022-06-06', 1)).toBe('2022-06-01');
    expect(workingDaysBefore('2022-09-20', 1)).toBe('2022-09-16');
    expect(workingDaysBefore('2023-05-09', 1)).toBe('2023-05-05');
    expect(workingDaysBefore('2020-05-11', 1)).toBe('2020-05-07');
    expect(isWorkingDay('2020-05-04')).toBe(true);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => workingDaysBefore('2026-02-05', -1)).toThrow(RangeError);
    expect(() => workingDaysBefore('2026-02-05', 1.5)).toThrow(RangeError);
  });
});
