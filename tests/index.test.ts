import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('the public API exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual(['assessPack', 'blankTemplate', 'buildPack', 'formatDiagnostic', 'formatPlace', 'loadWorkbook', 'readSmtpSettings', 'runPack', 'sendDrafts', 'slug']);
});
