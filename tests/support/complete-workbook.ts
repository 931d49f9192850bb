import { fixtureWorkbook, setCell, sheetOf } from '../fixtures/fixture-workbook.js';

/** The fixture workbook with nothing awaited, so that a final pack can be made; for the committee named. */
export function completeWorkbook(committee = 'Quality and Performance Committee'): Promise<Buffer> {
  return fixtureWorkbook((sheets) => {
    sheetOf(sheets, 'Narrative').rows.push({ Month: '2026-01', Area: 'ELEC', 'Updates since previous month': 'Validation complete' });
    const row = sheetOf(sheets, 'Settings').rows.findIndex((r) => r['Setting'] === 'Committee');
    setCell(sheets, 'Settings', row + 2, 'Value', committee);
  });
}
