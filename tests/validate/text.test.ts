import { describe, expect, test } from 'vitest';
import { setCell } from '../fixtures/fixture-workbook.js';
import { addRow, messagesFor } from './messages.js';

/*
 * A control character cannot be written into an xlsx as it is (XML 1.0 has no place for it): Excel
 * and packsmith's writer store it escaped as `_x0007_` (ECMA-376 ST_Xstring), and the reader turns
 * that back into U+0007. So these fixtures hold the character itself, as an officer's workbook does.
 */
const BELL = '\u0007';

describe('control characters and line breaks', () => {
  test('a control character in an author name, an author e-mail and a level name', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Authors', 2, 'Name', `Head of${BELL} Urgent Care`);
      setCell(sheets, 'Authors', 3, 'Email', `performance@example.org${BELL}`);
      setCell(sheets, 'Levels', 3, 'Name', `Example${BELL} Acute Trust`);
    });
    expect(messages).toEqual([
      'Levels!B3: the level name contains an invisible control character, perhaps pasted from another program; retype "Example Acute Trust" [model/control-character]',
      'Authors!B2: the author\'s name contains an invisible control character, perhaps pasted from another program; retype "Head of Urgent Care" [model/control-character]',
      'Authors!D3: the e-mail address contains an invisible control character, perhaps pasted from another program; retype "performance@example.org" [model/control-character]',
    ]);
  });

  test('a line break in an author name, an author e-mail and a level name', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Authors', 2, 'Name', 'Head of\nUrgent Care');
      setCell(sheets, 'Authors', 3, 'Email', 'performance\r\n@example.org');
      setCell(sheets, 'Levels', 2, 'Name', 'Example\nICB');
    });
    expect(messages).toEqual([
      'Levels!B2: the level name must be on one line; remove the line break (Alt+Enter in Excel) from "Example ↵ ICB" [model/line-break]',
      'Authors!B2: the author\'s name must be on one line; remove the line break (Alt+Enter in Excel) from "Head of ↵ Urgent Care" [model/line-break]',
      'Authors!D3: the e-mail address must be on one line; remove the line break (Alt+Enter in Excel) from "performance ↵ @example.org" [model/line-break]',
    ]);
  });

  test('a line break at the end of a name is trimmed away, like spaces', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Authors', 2, 'Name', 'Head of Urgent Care\n'))).toEqual([]);
  });

  test('a line break in an id is reported once', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Values', 2, 'Metric', 'AE4\nAE5'))).toEqual([
      'Values!A2: the metric Id must be on one line; remove the line break (Alt+Enter in Excel) from "AE4 ↵ AE5" [model/line-break]',
    ]);
  });

  test('line breaks in narrative are bullets, not errors', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Narrative', 2, 'Risks', 'First risk\nSecond risk'))).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  test('e-mail addresses that are not: nobody, a@b, x y@example.org, a header injection', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Authors', 2, 'Email', 'nobody');
      setCell(sheets, 'Authors', 3, 'Email', 'a@b');
      setCell(sheets, 'Contacts', 2, 'Email', 'x y@example.org');
      addRow(sheets, 'Authors', { Id: 'EVIL', Name: 'Someone', Role: 'Analyst', Email: 'name@example.org\nBcc: evil@example.org' });
    });
    expect(messages).toEqual([
      'Authors!D2: "nobody" is not an e-mail address like name@example.org [model/bad-email]',
      'Authors!D3: "a@b" is not an e-mail address like name@example.org [model/bad-email]',
      'Authors!D4: the e-mail address must be on one line; remove the line break (Alt+Enter in Excel) from "name@example.org ↵ Bcc: evil@example.org" [model/line-break]',
      'Contacts!D2: "x y@example.org" is not an e-mail address like name@example.org [model/bad-email]',
    ]);
  });

  test('a missing author e-mail address', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Authors', 2, 'Email', null))).toEqual(['Authors!D2: an e-mail address is needed here [model/missing-value]']);
  });
});

describe('drop-down columns', () => {
  test('a bad choice in a drop-down column: Unit percentage, Direction up', async () => {
    const messages = await messagesFor((sheets) => {
      setCell(sheets, 'Metrics', 2, 'Unit', 'percentage');
      setCell(sheets, 'Metrics', 3, 'Direction', 'up');
    });
    expect(messages).toEqual([
      'Metrics!E2: the unit must be one of percent; count; duration; £m; £000; per 1,000; ratio; number, got "percentage" [model/bad-choice]',
      'Metrics!G3: the direction must be one of higher is better; lower is better; neither, got "up" [model/bad-choice]',
    ]);
  });

  test('choices match whatever their case and spacing', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Metrics', 3, 'Direction', '  Lower  is Better '))).toEqual([]);
  });

  test('a missing choice in a required drop-down column', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, 'Levels', 3, 'Kind', null))).toEqual(['Levels!D3: the kind is needed here: one of system; provider [model/missing-value]']);
  });

  test('a bad box in 3As', async () => {
    expect(await messagesFor((sheets) => setCell(sheets, '3As', 2, 'Box', 'Alarm'))).toEqual([
      `'3As'!B2: the box must be one of Alert; Assure; Advise; Update, risk and learning, got "Alarm" [model/bad-choice]`,
    ]);
  });
});
