import { DOCUMENT_LANGUAGE } from '../document-language.js';
import type { DocumentOptions } from '../document-options.js';
import type { PackModel } from '../pack-model.js';
import { TRIAL_BELOW } from '../spc-marks.js';
import { renderTemplate } from '../templates.js';
import { financeTable, metricsTableWithNotes, noteBlocks } from './appendix-tables.js';
import { financeNotes } from '../table-marks.js';
import type { BlockView, CoverReportView, HeadingBlockView, SectionView } from './cover-report-view.js';
import { areaProgress, progressBlocks } from './progress.js';
import { packTitleLines } from '../title-lines.js';
import { financeAreaOf } from '../finance-area.js';
import { reportContext, type ReportContext } from './report-context.js';
import { slidePackReference } from './slide-pack-reference.js';
import { composeSlidePack } from '../slide-pack/compose-slide-pack.js';
import type { SlidePackView } from '../slide-pack/slide-pack-view.js';
import { blocksOf } from './text-blocks.js';
import { trends } from './trends.js';
import { oneLine } from '../words.js';

/**
 * The cover report's sections, in the order the reference paper has them; each is a template under
 * `templates/cover-report/` that officers may edit.
 */
const REPORT_TEMPLATES = ['purpose', 'background', 'framework', 'summary'] as const;
const CLOSING_TEMPLATES = ['appendices', 'background-papers', 'contacts'] as const;

function fromTemplate(name: string, context: object): BlockView[] {
  return blocksOf(renderTemplate(`cover-report/${name}`, context));
}

/**
 * The paragraph a draft prints in place of the officers to contact: marked as awaited, as a missing
 * narrative is (a final pack is refused without them, see `checkMonthCompleteness`).
 */
function awaitingContacts(model: PackModel, block: BlockView): boolean {
  return model.contacts.length === 0 && block.kind === 'paragraph' && block.runs.some((r) => r.text.includes('Contacts sheet'));
}

function markAwaited(block: BlockView): BlockView {
  return block.kind === 'paragraph' ? { ...block, runs: block.runs.map((r) => ({ ...r, awaited: true })) } : block;
}

/**
 * Progress by area, then the Finance section: the finance KPIs, then the progress of the area whose
 * narrative goes with them (see `financeAreaOf`), under the one Finance heading rather than a second
 * heading of the same name among the areas.
 */
function progressAndFinance(model: PackModel, context: ReportContext, options: DocumentOptions): BlockView[] {
  const financeArea = financeAreaOf(model);
  const isTitle = packTitleLines(model);
  const finance = financeArea === undefined ? [] : areaProgress(financeArea, isTitle, options);
  const lead = finance[0]?.kind === 'paragraph' && finance[0].list === 'bullet' ? fromTemplate('finance-progress', { area: oneLine(financeArea?.name ?? '') }) : [];
  return [
    ...fromTemplate('progress', context),
    ...progressBlocks(model.areas.filter((area) => area !== financeArea), isTitle, options),
    ...fromTemplate('finance', context),
    ...lead,
    ...finance,
  ];
}

function headingBlock(model: PackModel, context: ReportContext): HeadingBlockView {
  return {
    ...(model.meeting?.agendaItem === undefined ? {} : { agendaItem: `Agenda item ${oneLine(model.meeting.agendaItem)}` }),
    committee: `${context.committee.toUpperCase()}:`,
    meetingDate: (context.meetingDate || 'Date to be confirmed').toUpperCase(),
    reportOf: `REPORT OF ${context.reportOf.toUpperCase()}`,
    title: context.reportTitle.toUpperCase(),
  };
}

/**
 * Composes the committee's cover report from the pack model: the paper's words, numbered
 * paragraphs, tables and charts, ready for `renderCoverReport` to draw. Draft mode marks what
 * is awaited and carries a DRAFT watermark; final mode has neither.
 *
 * The report introduces the slide pack as its Appendix 1 and names the slides of its summary
 * tables, read from the composed slide pack: pass the one being drawn (the pipeline does), or it
 * is composed here with the same options.
 */
export function composeCoverReport(model: PackModel, options: DocumentOptions, slidePack: SlidePackView = composeSlidePack(model, options)): CoverReportView {
  const context = reportContext(model, slidePackReference(slidePack));
  const report: BlockView[] = [
    ...REPORT_TEMPLATES.flatMap((name) => fromTemplate(name, context)),
    ...progressAndFinance(model, context, options),
    ...CLOSING_TEMPLATES.flatMap((name) => fromTemplate(name, context)).map((block) => (awaitingContacts(model, block) ? markAwaited(block) : block)),
  ];
  const appendixC = trends(model);
  const trendsInWords = { trends: { charts: appendixC.charts, tables: appendixC.tables, notDrawn: appendixC.notDrawn } };
  const sections: SectionView[] = [
    { orientation: 'portrait', blocks: report },
    { orientation: 'landscape', blocks: [...blocksOf(renderTemplate('cover-report/appendix-a', { ...context, spcTrialBelow: TRIAL_BELOW })), ...metricsTableWithNotes(model)] },
    { orientation: 'landscape', blocks: [...fromTemplate('appendix-b', context), ...(model.finance.length === 0 ? [] : [financeTable(model), ...noteBlocks(financeNotes(model.finance))])] },
    { orientation: 'portrait', blocks: [...fromTemplate('appendix-c', { ...context, ...trendsInWords }), ...appendixC.blocks] },
  ];
  return {
    mode: options.mode,
    metadata: {
      title: context.reportTitle,
      subject: `${context.committee}${context.meetingDate === '' ? '' : `, ${context.meetingDate}`}: health system performance, ${context.month}`,
      creator: context.organisation,
      description: `The cover report of the ${context.system} performance pack for ${context.month}: the summary of performance, recent progress by area, every metric with its rating, the finance KPIs and the trends.`,
      keywords: `performance; RAG rating; NHS priorities ${context.financialYear}; ${context.month}`,
      language: DOCUMENT_LANGUAGE,
      // the pack's date (see packIdentity), as the document's created and modified dates
      date: `${model.date}T00:00:00Z`,
    },
    colours: {
      primary: hex(model.colours.primary),
      green: hex(model.colours.green),
      amber: hex(model.colours.amber),
      red: hex(model.colours.red),
    },
    runningHead: `${context.committee} – ${context.month}`,
    ...(options.mode === 'draft' ? { watermark: 'DRAFT' } : {}),
    heading: headingBlock(model, context),
    sections,
  };
}

/** `#DA291C` -> `DA291C`, as Word writes colours. */
function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
