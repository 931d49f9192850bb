import { describe, expect, it } from 'vitest';
import { readableJson } from '../../src/render/json/readable-json.js';

describe('readable, compact JSON', () => {
  it('writes a series a point a line, and the structure around it a member a line', () => {
    const metric = {
      id: 'AE4',
      rating: { rating: 'red', word: 'Red', setByHand: false },
      levels: [
        {
          level: 'ICB',
          actual: { value: 0.753, display: '75.3%', source: 'Values!D14' },
          history: [
            { period: { key: '2025-11', label: 'Nov-25' }, actual: { value: 0.761, display: '76.1%' } },
            { period: { key: '2025-12', label: 'Dec-25' }, actual: { suppressed: true, display: '*' }, plan: undefined },
          ],
        },
      ],
      notes: [],
      empty: {},
      gone: undefined,
    };
    expect(readableJson(metric)).toBe(
      [
        '{',
        '  "id": "AE4",',
        '  "rating": {"rating":"red","word":"Red","setByHand":false},',
        '  "levels": [',
        '    {',
        '      "level": "ICB",',
        '      "actual": {"value":0.753,"display":"75.3%","source":"Values!D14"},',
        '      "history": [',
        '        {"period":{"key":"2025-11","label":"Nov-25"},"actual":{"value":0.761,"display":"76.1%"}},',
        '        {"period":{"key":"2025-12","label":"Dec-25"},"actual":{"suppressed":true,"display":"*"}}',
        '      ]',
        '    }',
        '  ],',
        '  "notes": [],',
        '  "empty": {}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same values as JSON.stringify, nested three deep or holding a list', () => {
    const value = { a: { b: { c: { d: 1 } } }, list: ['one', 'two'], text: 'line\nbreak "quoted"', n: [1.5, null, undefined, Number.NaN] };
    const text = readableJson(value);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(text).toContain('  "a": {\n    "b": {"c":{"d":1}}\n  },');
    expect(text).toContain('  "list": [\n    "one",\n    "two"\n  ],');
  });
});
