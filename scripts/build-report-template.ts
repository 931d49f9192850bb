// Makes packsmith's own Word template, templates/cover-report/packsmith.dotx: the cover report's
// styles (Arial, Heading 1-3 and Title in NHS Blue, which the report draws in the Settings sheet's
// primary colour, Table Text), A4 with 2 cm margins, the running
// head at the top right of every page (the report's "Running head" document property) and
// "Page X of Y" at the foot. The report is drawn on it when the Settings sheet names no Report
// template, by the same steps as an organisation's own. Run: npx tsx scripts/build-report-template.ts
import { writeFileSync } from 'node:fs';
import { BUILT_IN_REPORT_TEMPLATE } from '../src/render/docx/template/report-template.js';
import { packsmithReportTemplate } from './report-template-document.js';

writeFileSync(BUILT_IN_REPORT_TEMPLATE, await packsmithReportTemplate());
process.stdout.write(`wrote ${BUILT_IN_REPORT_TEMPLATE}\n`);
