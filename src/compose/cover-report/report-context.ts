import { financeTableLayout } from '../finance-table.js';
import type { FinanceView, MetricView, PackModel, RatingCounts, SpcAssuranceCounts } from '../pack-model.js';
import { slidesInWords, type SlidePackReference } from './slide-pack-reference.js';
import { inSentence, listInWords, longDate, monthInWords, oneLine, percentInWords } from '../words.js';

/**
 * What the cover report's templates are given: the pack's counts, lists, names and dates, already
 * in words. Every field is always present (templates run in strict mode, so a misspelt field is an
 * error); text from the workbook is on one line and is data, never compiled.
 */
export interface ReportContext {
  readonly committee: string;
  readonly organisation: string;
  readonly system: string;
  readonly reportTitle: string;
  readonly reportOf: string;
  readonly financialYear: string;
  /** `January 2026` */
  readonly month: string;
  /** `December 2025` */
  readonly previousMonth: string;
  /** `5 February 2026`, or empty when the Meetings sheet has no meeting for the month. */
  readonly meetingDate: string;
  /** The amber tolerance: `5%`. */
  readonly tolerance: string;
  /** Counts from 1 below this are suppressed; 0 when nothing is. */
  readonly suppressBelow: number;
  /** The metrics on the summary tables: the measures the summary counts. */
  readonly summary: CountsInWords;
  /** The areas the measures on the summary tables are in. */
  readonly summaryAreas: number;
  /** The slide pack, Appendix 1: its summary tables' slides in words (`Slides 7–9`), and how many there are. */
  readonly slidePack: { readonly summarySlides: string; readonly summarySlideCount: number };
  /** Every metric in the pack (Appendix A). */
  readonly all: CountsInWords;
  /**
   * The SPC assurance icons of the metrics on the summary tables: of those with enough data for
   * limits and a target, how many consistently pass, are hit and miss and consistently fail.
   */
  readonly assurance: SpcAssuranceCounts;
  /** The priority wording of the red metrics on the summary tables. */
  readonly redAreas: readonly string[];
  readonly movement: {
    readonly improved: number;
    readonly worsened: number;
    readonly unchanged: number;
    readonly new: number;
    readonly notRated: number;
    /** The metrics whose rating improved, by label, in words: `a, b and c`. */
    readonly improvedMetrics: string;
    readonly worsenedMetrics: string;
  };
  readonly areas: readonly { readonly name: string; readonly metricCount: number }[];
  readonly finance: {
    readonly total: number;
    /** `Nov-25` */
    readonly asAt: string;
    readonly yearToDate: CountsInWords;
    readonly fullYear: CountsInWords;
    /** The KPIs rated red for the year to date. */
    readonly redYearToDate: readonly string[];
    /** The unit Appendix B's headings name (`£m`); empty where none. */
    readonly unit: string;
  };
  readonly papers: readonly { readonly title: string; readonly link: string }[];
  readonly contacts: readonly { readonly name: string; readonly role: string; readonly organisation: string; readonly email: string; readonly phone: string }[];
}

export interface CountsInWords {
  readonly total: number;
  readonly rated: number;
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly notRated: number;
}

function inWords(counts: RatingCounts): CountsInWords {
  return { total: counts.rated + counts.notRated, rated: counts.rated, green: counts.green, amber: counts.amber, red: counts.red, notRated: counts.notRated };
}

function countRatings(ratings: readonly string[]): CountsInWords {
  const count = (r: string) => ratings.filter((x) => x === r).length;
  const [green, amber, red] = [count('green'), count('amber'), count('red')];
  return { total: ratings.length, rated: green + amber + red, green, amber, red, notRated: ratings.length - green - amber - red };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function financeInWords(finance: readonly FinanceView[]): ReportContext['finance'] {
  return {
    total: finance.length,
    asAt: listInWords(unique(finance.map((f) => f.asAt))),
    yearToDate: countRatings(finance.map((f) => f.yearToDate.rating.rating)),
    fullYear: countRatings(finance.map((f) => f.fullYear.rating.rating)),
    redYearToDate: finance.filter((f) => f.yearToDate.rating.rating === 'red').map((f) => oneLine(f.kpi)),
    unit: financeTableLayout(finance).unit ?? '',
  };
}

/** The composed pack model, and the slide pack it introduces, in the words the cover report's templates print. */
export function reportContext(model: PackModel, slidePack: SlidePackReference): ReportContext {
  const metrics: MetricView[] = model.areas.flatMap((a) => a.metrics);
  const onSummary = metrics.filter((m) => m.onSummary);
  const labelsWhere = (movement: string) => listInWords(metrics.filter((m) => m.movement === movement).map((m) => oneLine(m.label)));
  return {
    committee: oneLine(model.committee),
    organisation: oneLine(model.organisation),
    system: oneLine(model.system),
    reportTitle: oneLine(model.reportTitle),
    reportOf: inSentence(model.reportOf),
    financialYear: model.financialYear,
    month: model.month.label,
    previousMonth: monthInWords(model.month.previous),
    meetingDate: model.meeting === undefined ? '' : longDate(model.meeting.date),
    tolerance: percentInWords(model.amberTolerance),
    suppressBelow: model.suppressBelow,
    summary: inWords(model.summaryCounts),
    summaryAreas: model.areas.filter((a) => a.metrics.some((m) => m.onSummary)).length,
    slidePack: { summarySlides: slidesInWords(slidePack.summarySlides), summarySlideCount: slidePack.summarySlides.length },
    all: inWords(model.counts),
    assurance: model.summarySpcAssurance,
    redAreas: unique(onSummary.filter((m) => m.rating.rating === 'red').map((m) => inSentence(m.priority))),
    movement: { ...model.movement, improvedMetrics: labelsWhere('improved'), worsenedMetrics: labelsWhere('worsened') },
    areas: model.areas.filter((a) => a.metrics.length > 0).map((a) => ({ name: oneLine(a.name), metricCount: a.metrics.length })),
    finance: financeInWords(model.finance),
    papers: model.papers.map((p) => ({ title: oneLine(p.title), link: p.link ?? '' })),
    contacts: model.contacts.map((c) => ({ name: oneLine(c.name), role: oneLine(c.role), organisation: oneLine(c.organisation ?? ''), email: c.email ?? '', phone: c.phone ?? '' })),
  };
}
