import { sheetSpec } from '../../format/workbook-format.js';
import { formatNumber } from '../format-figure.js';
import { oneLine } from '../words.js';
import { renderTemplate } from '../templates.js';
import type { LevelReading, MetricReading } from './metric-reading.js';
import { ordinal, periodInWords } from './period-words.js';

/** The most characters an item may have: what the 3As sheet's Text column takes, so that an accepted item reads back. */
export const ITEM_LENGTH = sheetSpec('3As').columns.find((c) => c.key === 'text')?.maxLength ?? 500;

/** Other levels an item names beside the headline, at most. */
const LEVELS_NAMED = 3;

const UNIT_WORDS: Readonly<Record<string, string>> = { month: 'month', quarter: 'quarter', year: 'year' };

/** Where a figure stands against its plan, in the reference's words: above or below plan (which is good depends on the metric), or on it. */
function standing(reading: MetricReading, level: LevelReading): string {
  if (level.gap === 0) return 'on plan';
  const above = (level.gap > 0) === (reading.direction === 'higher');
  return above ? 'above plan' : 'below plan';
}

/** What an item says of the SPC chart: a phrase (see the template) and the figures it quotes. */
interface SpcWords {
  readonly spc: string;
  readonly spcGood: boolean;
  readonly spcSince: string;
  readonly spcSide: string;
  readonly spcFigure: string;
  readonly spcRange: string;
  readonly spcPeriod: string;
}

/** The phrases that quote the usual range (the process limits) in full. */
const RANGE_SAID: ReadonlySet<string> = new Set(['unusually-good', 'unusually-poor', 'good-two-of-three', 'poor-two-of-three', 'rising-good', 'falling-bad']);

const NO_SPC_WORDS: SpcWords = { spc: '', spcGood: false, spcSince: '', spcSide: '', spcFigure: '', spcRange: '', spcPeriod: '' };

/**
 * The SPC reading an item gives, with the figures that make it the metric's own: a change of
 * process where one reaches the latest point ("a sustained improvement since November 2024, every
 * month above its average of 17,315"), else the latest point's special cause ("November was
 * unusually good, outside its usual range of 48.2% to 52.1%"). Nothing for common cause.
 */
function spcWords(reading: MetricReading, packMonth: string): SpcWords {
  const spc = reading.metric.spc;
  if (spc === undefined || spc.mean === undefined || spc.upperLimit === undefined || spc.lowerLimit === undefined) return NO_SPC_WORDS;
  const print = (value: number) => formatNumber(value, { unit: reading.metric.unitCode, decimals: spc.decimals, withUnit: true });
  const latest = spc.series[spc.series.length - 1];
  const base = { spcRange: `${print(spc.lowerLimit)} to ${print(spc.upperLimit)}`, spcPeriod: latest === undefined ? '' : periodInWords(latest.period, packMonth) };
  const { change } = reading;
  if (change !== undefined) {
    const { rule, side, since } = change.view;
    const way = change.good ? 'improvement' : 'deterioration';
    const words = { ...base, spcGood: change.good, spcSince: periodInWords(since, packMonth), spcSide: side === 'high' ? 'above' : 'below' };
    if (rule === 'shift') return { ...words, spc: `sustained-${way}`, spcFigure: print(spc.mean) };
    if (rule === 'beyond-limit') return { ...words, spc: `marked-${way}`, spcFigure: print(side === 'high' ? spc.upperLimit : spc.lowerLimit) };
    const then = spc.series.find((p) => p.period.key === since.key)?.display ?? '';
    return { ...words, spc: then === '' ? '' : `steady-${way}`, spcFigure: then };
  }
  const code = spc.variation?.code ?? 'common-cause';
  const good = code.startsWith('improving');
  if (!good && !code.startsWith('concerning')) return NO_SPC_WORDS;
  const words = { ...NO_SPC_WORDS, ...base, spcGood: good };
  switch (spc.variation?.rule) {
    case 'beyond-limit':
      return { ...words, spc: good ? 'unusually-good' : 'unusually-poor' };
    case 'two-of-three':
      return { ...words, spc: good ? 'good-two-of-three' : 'poor-two-of-three' };
    case 'shift':
      return { ...words, spc: good ? 'better-than-average' : 'worse-than-average', spcFigure: print(spc.mean) };
    case 'trend':
      return { ...words, spc: good ? 'rising-good' : 'falling-bad' };
    case undefined:
      return NO_SPC_WORDS;
  }
}

/**
 * The process limit an SPC assurance rests on, as the pack prints it: the best a consistently
 * failing process can be expected to do (its upper limit where higher is better), or the worst a
 * consistently passing one can.
 */
function assuranceLimit(reading: MetricReading): string {
  const { metric } = reading;
  const spc = metric.spc;
  const best = reading.failing === (reading.direction === 'higher');
  const limit = best ? spc?.upperLimit : spc?.lowerLimit;
  return limit === undefined || spc === undefined ? '' : formatNumber(limit, { unit: metric.unitCode, decimals: spc.decimals, withUnit: true });
}

/** Whether a label already begins with its area's name ("Mental Health beds - ALOS" in Mental Health): then the item does not say it twice. */
function namesItsArea(label: string, area: string): boolean {
  return label.toLowerCase().startsWith(area.toLowerCase());
}

/** An officer's reason for a rating set by hand, as a sentence of its own. */
function reasonSentence(because: string): string {
  const reason = oneLine(because.replace(/^set by hand:\s*/, ''));
  if (reason === '') return '';
  const capital = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

interface Trim {
  readonly levels: number;
  readonly reason: boolean;
}

function render(reading: MetricReading, packMonth: string, trim: Trim): string {
  const { metric, headline, run } = reading;
  const period = metric.currentPeriod === undefined ? '' : periodInWords(metric.currentPeriod, packMonth);
  const words = (p: { key: string; label: string }) => periodInWords(p, packMonth);
  const headlineStanding = headline === undefined ? '' : standing(reading, headline);
  const levels = reading.others.slice(0, trim.levels).map((level) => {
    const said = standing(reading, level);
    return { name: level.level.levelName, also: said === headlineStanding, standing: said, actual: level.actual, plan: level.plan };
  });
  const spcSaid = spcWords(reading, packMonth);
  const assurance = reading.failing ? 'failing' : reading.passing ? 'passing' : '';
  const runOrdinal = run !== undefined && run.bounded && run.count >= 2 ? ordinal(run.count) : '';
  const runSince = run !== undefined && !run.bounded && run.count >= 2 ? words(run.from) : '';
  const turnedAfter = run?.count === 1 ? run.turnedAfter : undefined;
  const runAfter = turnedAfter === undefined ? '' : run?.met === true ? 'missed' : 'met';
  return oneLine(
    renderTemplate('three-as/drafted-item', {
      area: namesItsArea(metric.label, reading.area.name) ? '' : reading.area.name,
      label: metric.label,
      name: levels.length > 0 ? reading.headlineName : '',
      handSet: reading.handSet,
      ratingWord: metric.rating.word.toLowerCase(),
      improvedFrom: metric.movement === 'improved' && runAfter === '' ? metric.previousRating.toLowerCase() : '',
      standing: headlineStanding,
      actual: headline?.actual ?? reading.headlineActual,
      plan: headline?.plan ?? '',
      period,
      runOrdinal,
      runSince,
      runUnit: UNIT_WORDS[metric.frequency] ?? 'period',
      runAfter,
      runAfterPeriod: turnedAfter === undefined ? '' : words(turnedAfter),
      levels,
      reason: reading.handSet && trim.reason ? reasonSentence(metric.rating.because) : '',
      ...spcSaid,
      assurance,
      limit: assurance === '' ? '' : assuranceLimit(reading),
      rangeSaid: RANGE_SAID.has(spcSaid.spc),
      but: spcSaid.spc !== '' && assurance !== '' && spcSaid.spcGood !== (assurance === 'passing'),
    }),
  );
}

/**
 * The item drafted for a metric: one or two plain sentences in the reference pack's voice, every
 * figure as the pack prints it. "Cancer – % starting treatment within 62 days: ICB below plan at
 * 58.7% against 64.1% in November, as in every month since April; NEUH also below plan at 55.7%
 * against 66.2%. A marked improvement since August." Kept within {@link ITEM_LENGTH}: the other
 * levels and a reason given by hand are shortened or left out where the item would be longer.
 */
export function draftedSentence(reading: MetricReading, packMonth: string): string {
  const trims: Trim[] = [
    { levels: LEVELS_NAMED, reason: true },
    { levels: 1, reason: true },
    { levels: 1, reason: false },
    { levels: 0, reason: false },
  ];
  let text = '';
  for (const trim of trims) {
    text = render(reading, packMonth, trim);
    if (text.length <= ITEM_LENGTH) return text;
  }
  return text;
}
