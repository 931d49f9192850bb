import { NO_FIGURE } from './format-figure.js';
import type { MetricView, SpcAssuranceCode, SpcColours, SpcVariationCode } from './pack-model.js';

/**
 * The Making Data Count (MDC) icons as both documents show them: a circle in the MDC colour with
 * its letter (H or L for a special cause's high or low values, P, F or ? for assurance) and a
 * short word beside it, so the reading never rests on colour alone and survives black-and-white
 * print. The colours are the pack model's `colours.spc`, MDC's own, so every NHS reader knows them.
 * https://www.england.nhs.uk/statistical-process-control-tool/
 */
export type SpcColourRole = keyof SpcColours;

/** `#00b0f0` -> `00B0F0`, as both renderers take colours. */
export function spcColour(colours: SpcColours, role: SpcColourRole): string {
  return colours[role].replace(/^#/, '').toUpperCase();
}

/** Every SPC colour as the renderers take them (`00B0F0`). */
export function spcColoursForRender(colours: SpcColours): SpcColours {
  const roles = Object.keys(colours) as SpcColourRole[];
  return Object.fromEntries(roles.map((role) => [role, spcColour(colours, role)])) as unknown as SpcColours;
}

/** Limits from fewer points than this are trial limits (see `SpcView.status`). */
export const TRIAL_BELOW = 12;

export type SpcIconCode = SpcVariationCode | SpcAssuranceCode;

export interface SpcIcon {
  readonly family: 'variation' | 'assurance';
  readonly code: SpcIconCode;
  /** `RRGGBB`, MDC's colour for the icon. */
  readonly colour: string;
  readonly role: SpcColourRole;
  /** Inside the circle: H, L, P, F, ?; none for common cause (MDC draws it without one). */
  readonly letter: string;
  /** Beside the circle in tables: `Improving (high)`, `Hit and miss`. */
  readonly word: string;
  /** Beside the circle where the circle's letter says high or low: `Improving`, `Changed`. */
  readonly short: string;
  /** The legend's explanation. */
  readonly meaning: string;
  /** The explanation in a line, for the legend beside the notes. */
  readonly brief: string;
}

type IconSpec = Omit<SpcIcon, 'family' | 'code' | 'colour'>;

const VARIATION: Readonly<Record<SpcVariationCode, IconSpec>> = {
  'common-cause': { role: 'commonCause', letter: '', word: 'Common cause', short: 'Common cause', brief: 'No sign of change beyond the usual variation.', meaning: 'Common cause variation: no sign of change beyond what the process usually gives.' },
  'improving-high': { role: 'improvement', letter: 'H', word: 'Improving (high)', short: 'Improving', brief: 'Unusually high, where higher is better.', meaning: 'Special cause of an improving nature: unusually high values, where higher is better.' },
  'improving-low': { role: 'improvement', letter: 'L', word: 'Improving (low)', short: 'Improving', brief: 'Unusually low, where lower is better.', meaning: 'Special cause of an improving nature: unusually low values, where lower is better.' },
  'concerning-high': { role: 'concern', letter: 'H', word: 'Concerning (high)', short: 'Concerning', brief: 'Unusually high, where lower is better.', meaning: 'Special cause of a concerning nature: unusually high values, where lower is better.' },
  'concerning-low': { role: 'concern', letter: 'L', word: 'Concerning (low)', short: 'Concerning', brief: 'Unusually low, where higher is better.', meaning: 'Special cause of a concerning nature: unusually low values, where higher is better.' },
  'neutral-high': { role: 'neutral', letter: 'H', word: 'Neutral (high)', short: 'Neutral', brief: 'Unusually high; neither direction is better.', meaning: 'Special cause, unusually high values, for a measure where neither direction is better.' },
  'neutral-low': { role: 'neutral', letter: 'L', word: 'Neutral (low)', short: 'Neutral', brief: 'Unusually low; neither direction is better.', meaning: 'Special cause, unusually low values, for a measure where neither direction is better.' },
};

const ASSURANCE: Readonly<Record<SpcAssuranceCode, IconSpec>> = {
  'consistently-passing': { role: 'improvement', letter: 'P', word: 'Passing', short: 'Passing', brief: 'The target will be met every month.', meaning: 'Consistently passing: all the range between the process limits lies on the passing side of the target, so it will be met every month.' },
  'consistently-failing': { role: 'concern', letter: 'F', word: 'Failing', short: 'Failing', brief: 'The target will be missed every month until the process changes.', meaning: 'Consistently failing: all the range between the process limits lies on the failing side of the target, so it will not be met without a change.' },
  'hit-and-miss': { role: 'commonCause', letter: '?', word: 'Hit and miss', short: 'Hit and miss', brief: 'The target will be met in some months and missed in others.', meaning: 'Hit and miss: the target lies between the process limits, so it will be met in some months and missed in others.' },
  'process-changed': { role: 'changed', letter: 'C', word: 'Process changed', short: 'Changed', brief: 'The process has changed: new limits are needed before SPC can say.', meaning: 'Process changed: a shift, a trend or a run beyond a limit reaches the latest month, so the limits no longer describe the process and cannot say whether the target will be met.' },
};

/** Every variation code, in the legend's order. */
export const VARIATION_CODES = Object.keys(VARIATION) as SpcVariationCode[];
/** Every assurance code, in the legend's order. */
export const ASSURANCE_CODES = Object.keys(ASSURANCE) as SpcAssuranceCode[];

export function variationIcon(code: SpcVariationCode, colours: SpcColours): SpcIcon {
  const spec = VARIATION[code];
  return { family: 'variation', code, ...spec, colour: spcColour(colours, spec.role) };
}

export function assuranceIcon(code: SpcAssuranceCode, colours: SpcColours): SpcIcon {
  const spec = ASSURANCE[code];
  return { family: 'assurance', code, ...spec, colour: spcColour(colours, spec.role) };
}

/** What a table cell shows for one of a metric's two SPC readings. */
export interface SpcMark {
  /** Absent where SPC gives no reading: the text then says why. */
  readonly icon?: SpcIcon;
  /** The icon's word (", trial" when the limits are trial limits), or why there is no icon. */
  readonly text: string;
  /** Whether the reading rests on trial limits (fewer than 12 points). */
  readonly trial?: true;
}

/** Printed where a metric has no SPC at all, as tables print a missing figure. */
export const NO_SPC = NO_FIGURE;

/** Why the variation cell has no icon, by status; the assurance cell then has none either. */
const NO_READING: Readonly<Record<'too-few' | 'constant' | 'not-monthly', string>> = {
  'too-few': 'Too few points',
  // "No variation" would not hold where some months are suppressed
  constant: 'No limits',
  'not-monthly': 'Not monthly',
};

/** The assurance cell where the latest six points disprove the limits' reading (see `SpcView.assuranceWithheld`). */
export const WITHHELD = 'No reading';

/**
 * The variation and assurance marks of a metric for a table row. Trial limits keep their icons,
 * marked `trial`; too few points or a series that is not monthly give words and no icon, never a
 * guess; a metric with limits but no target says so in the assurance cell (one where neither
 * direction is better has no assurance to give, and shows a dash), as does one whose latest six
 * points disprove what the limits would say.
 */
export function spcMarks(metric: Pick<MetricView, 'spc' | 'direction'>, colours: SpcColours): { readonly variation: SpcMark; readonly assurance: SpcMark } {
  const { spc } = metric;
  if (spc === undefined) return { variation: { text: NO_SPC }, assurance: { text: NO_SPC } };
  if (spc.status === 'too-few' || spc.status === 'constant' || spc.status === 'not-monthly') return { variation: { text: NO_READING[spc.status] }, assurance: { text: NO_SPC } };
  const trial = spc.status === 'trial' ? ', trial' : '';
  const mark = (icon: SpcIcon | undefined, none: string): SpcMark => (icon === undefined ? { text: none } : { icon, text: `${icon.word}${trial}`, ...(trial === '' ? {} : { trial: true as const }) });
  return {
    variation: mark(spc.variation === undefined ? undefined : variationIcon(spc.variation.code, colours), NO_SPC),
    assurance: mark(spc.assurance === undefined ? undefined : assuranceIcon(spc.assurance.code, colours), metric.direction === 'neither' ? NO_SPC : spc.assuranceWithheld === undefined ? 'No target' : WITHHELD),
  };
}
