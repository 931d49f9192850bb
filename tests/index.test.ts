import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('the public API exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual(['DeliveryError', 'FolderBusyError', 'MonthError', 'OutputError', 'acceptThreeAs', 'acceptedCopyPath', 'areasOfAuthor', 'assessPack', 'blankTemplate', 'buildPack', 'buildReturnWorkbook', 'describeChanges', 'formatDiagnostic', 'formatPlace', 'loadWorkbook', 'mergeReturns', 'mergedCopyPath', 'packFolder', 'packIdentity', 'parseMonth', 'readSmtpSettings', 'returnWorkbookName', 'runAcceptThreeAs', 'runMerge', 'runPack', 'sendDrafts', 'slug']);
});
