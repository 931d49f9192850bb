import { describe, expect, test } from 'vitest';
import { setCell } from '../fixtures/fixture-workbook.js';
import { addRow, DIV_ZERO, messagesFor, metricRow } from './messages.js';

const EXAMPLES = 'a month like 2026-01 or Jan-26, a quarter like 2025/26 Q2, a financial year like 2025/26, or a year like 2023';

describe('periods', () => {
  test('periods that do not parse: Q3, 2025-13, Dec 2025x, 2025/27, TBC', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Values', 2, 'Period', 'Q3');
      setCell(sheets, 'Values', 3, 'Period', '2025-13');
      setCell(sheets, 'Values', 4, 'Period', 'Dec 2025x');
      setCell(sheets, 'Values', 5, 'Period', '2025/27');
      setCell(sheets, 'Values', 6, 'Period', 'TBC');
    });
    expect(messages).toEqual([
      'Values!C2: "Q3" needs its financial year, e.g. 2025/26 Q3 [model/bad-period]',
      'Values!C3: "2025-13" has no month 13; months run 01 to 12 [model/bad-period]',
      `Values!C4: expected ${EXAMPLES}, got "Dec 2025x" [model/bad-period]`,
      'Values!C5: "2025/27" is not a financial year: the second year must follow the first, as in 2025/26 [model/bad-period]',
      `Values!C6: expected ${EXAMPLES}, got "TBC" [model/bad-period]`,
    ]);
  });

  test('a missing period', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Period', null))).toEqual(['Values!C2: the period is needed here, like 2026-01 or 2025/26 Q2 [model/missing-value]']);
  });

  test('a month that does not parse in Narrative', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Narrative', 2, 'Month', '2025/26 Q4'))).toEqual(['Narrative!A2: expected a month like 2026-01, got "2025/26 Q4" [model/bad-month]']);
  });

  test('a period that is a formula error', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Period', DIV_ZERO))).toEqual([
      'Values!C2: the period shows the formula error #DIV/0!; correct the formula, or type the value in its place [model/formula-error]',
    ]);
  });

  test('a meeting date that does not exist', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Meetings', 2, 'Meeting date', '31/02/2026'))).toEqual(['Meetings!B2: expected a date like 2026-02-05, got "31/02/2026" [model/bad-date]']);
  });
});

describe('periods and frequencies', () => {
  test('a plan given for a month on a quarterly metric', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Metrics', metricRow('CANCER62', { Frequency: 'quarter' }));
      addRow(sheets, 'Values', { Metric: 'CANCER62', Level: 'ICB', Period: '2025/26 Q3', Actual: 310, Plan: 300 });
      addRow(sheets, 'Values', { Metric: 'CANCER62', Level: 'ICB', Period: '2026-02', Plan: 100 });
    });
    expect(messages).toEqual([
      'Values!C8: CANCER62 is reported quarterly (its Frequency on the Metrics sheet), so its plan cannot be for a month (Feb-26); give the plan for a quarter like 2025/26 Q3 [model/period-frequency]',
    ]);
  });

  test('an actual given for a quarter on a monthly metric', async () => {
    expect(await messagesFor((sheets) => addRow(sheets, 'Values', { Metric: 'WL52', Level: 'ICB', Period: '2025/26 Q3', Actual: 7620 }))).toEqual([
      'Values!C7: WL52 is reported monthly (its Frequency on the Metrics sheet), but Q3 25/26 is a quarter; give its actuals for a month like 2026-01 [model/period-frequency]',
    ]);
  });

  test('a plan for a quarter or a year on a monthly metric is accepted', async () => {
    const messages = await messagesFor((sheets) => {
      addRow(sheets, 'Values', { Metric: 'WL52', Level: 'ICB', Period: '2025/26 Q4', Plan: 1200 });
      addRow(sheets, 'Values', { Metric: 'WL52', Level: 'ICB', Period: '2025/26', Plan: 1000 });
    });
    expect(messages).toEqual([]);
  });
});
