import type { DocumentMode } from '../compose/document-options.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { MonthPeriod, PackWorkbook } from '../model/pack-workbook.js';
import { comparePeriods, endMonth, monthLongLabel, periodKey, periodLabel, startMonth } from '../model/period.js';
import type { PackAssessment } from './assessment.js';

/**
 * Whether the workbook holds anything for the month at all: a month the workbook was not kept for
 * is an error the officer should see before any document is drawn.
 */
export function checkMonthHasData(workbook: PackWorkbook, month: MonthPeriod, diagnostics: Diagnostics): void {
  const key = periodKey(month);
  const monthRows = [...workbook.meetings, ...workbook.narratives, ...workbook.threeAs, ...workbook.finance].some((r) => periodKey(r.month) === key);
  const actualsInMonth = workbook.observations.some((o) => o.actual !== undefined && startMonth(o.period) <= startMonth(month) && startMonth(month) <= endMonth(o.period));
  if (monthRows || actualsInMonth) return;
  const withActuals = workbook.observations.filter((o) => o.actual !== undefined).map((o) => o.period).sort(comparePeriods);
  const first = withActuals[0];
  const last = withActuals[withActuals.length - 1];
  const range = first === undefined || last === undefined ? 'it has no actuals at all' : `its actuals run from ${periodLabel(first)} to ${periodLabel(last)}`;
  diagnostics.error(`the workbook has nothing for ${monthLongLabel(month)}: no meeting, narrative, 3As or finance rows for that month and no actuals in it (${range}); check the reporting month`, undefined, 'pack/month-without-data');
}

/**
 * What a pack for the month still lacks. In a draft these are warnings: the draft goes to the
 * authors to fill them. A final pack is refused while anything would print as a gap: a meeting
 * date, narrative, the 3As, a rating that must be set by hand or the officers to contact; those
 * become errors, all listed at once, each at the sheet to fill.
 */
export function checkMonthCompleteness(workbook: PackWorkbook, assessment: PackAssessment, diagnostics: Diagnostics, mode: DocumentMode = 'draft'): void {
  const { month } = assessment;
  const key = periodKey(month);
  const label = monthLongLabel(month);
  const needed = mode === 'final' ? 'error' : 'warning';
  const finalNote = mode === 'final' ? '; a final pack needs it' : '';
  if (!workbook.meetings.some((m) => periodKey(m.month) === key)) {
    const use = mode === 'final' ? '; a final pack needs it for its heading and its file names' : '';
    diagnostics.add(needed, `no meeting date is given for ${label}; add a row to the Meetings sheet${use}`, { sheet: 'Meetings' }, 'pack/no-meeting');
  }
  const authorOf = new Map(workbook.authors.map((a) => [a.id, a]));
  for (const area of workbook.areas) {
    if (!workbook.narratives.some((n) => n.areaId === area.id && periodKey(n.month) === key)) {
      const author = authorOf.get(area.authorId);
      diagnostics.add(needed, `no narrative for ${area.name} for ${label} yet (awaited from ${author?.role ?? area.authorId})${finalNote}`, { sheet: 'Narrative' }, 'pack/narrative-missing');
    }
  }
  if (!workbook.threeAs.some((t) => periodKey(t.month) === key)) {
    const drafted = mode === 'final' ? '' : `; the draft drafts them from the figures, and accept-3as writes those into a copy of the workbook to edit`;
    diagnostics.add(needed, `no 3As items (Alert, Assure, Advise) for ${label} yet${drafted}${finalNote}`, { sheet: '3As' }, 'pack/three-as-missing');
  }
  if (workbook.contacts.length === 0) {
    // Both documents print who prepared the pack from the Contacts sheet: a draft shows the gap
    // ("awaited", a bare "Prepared by:"), a final pack must not.
    const use = 'the cover report lists them under "Officers to Contact" and the title slide names their roles under "Prepared by"';
    diagnostics.add(needed, `no officers to contact are listed; add a row for each to the Contacts sheet (Name, Role and Email): ${use}${finalNote}`, { sheet: 'Contacts' }, 'pack/contacts-missing');
  }
  if (!workbook.finance.some((f) => periodKey(f.month) === key)) {
    diagnostics.warn(`no finance KPIs for ${label} yet`, { sheet: 'Finance' }, 'pack/finance-missing');
  }
  const metricsById = new Map(workbook.metrics.map((m) => [m.id, m]));
  for (const m of assessment.metrics) {
    const metric = metricsById.get(m.metricId);
    if (metric === undefined) continue;
    if (m.basis.kind === 'no-data') {
      diagnostics.warn(`${metric.id} (${metric.label}) has no figures for ${label} or before`, { sheet: 'Values' }, 'pack/no-data');
    } else if (m.basis.kind === 'awaiting-manual') {
      diagnostics.add(needed, `${metric.id} (${metric.label}) is rated by hand but has no manual rating for ${m.currentPeriod === undefined ? label : periodLabel(m.currentPeriod)}${finalNote}`, { sheet: 'Values' }, 'pack/manual-rating-missing');
    }
  }
}
