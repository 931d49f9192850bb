import type { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { isSlipFor, nameKey } from '../format/name-match.js';
import { CHART_SLIDES } from '../format/choices.js';
import { SETTINGS } from '../format/workbook-format.js';
import { cellOf, type RawSheet, type RawValue } from '../xlsx/raw-workbook.js';
import { choiceCell, colourCell, emailCell, fail, fileNameCell, formulaError, integerCell, numberOf, rawValue, requiredText, ruleOfIssue, shown, toleranceCell, yesNoCell } from './cell-schemas.js';
import type { ChartSlides, Settings } from './pack-workbook.js';
import { HOUSE_STYLE_EXTENSIONS, type HouseStyleKey, type HouseStyleNames, type NamedFile } from './house-style.js';
import { warnIfFraction } from './fraction-warning.js';
import { checkLength } from './text-length.js';
import { parsePeriodText } from './parse-period.js';
import { settingKey, type SourceMap } from './source-map.js';

const financialYearCell = rawValue.transform((value, ctx): number => {
  if (value.kind === 'error') return formulaError(ctx, value, 'the financial year');
  if (value.kind === 'empty') return fail(ctx, 'model/missing-value', 'the financial year is needed here, written like 2025/26');
  const text = value.kind === 'text' ? value.text.trim() : '';
  const parsed = parsePeriodText(text);
  if (parsed.ok && parsed.period.kind === 'financial-year') return parsed.period.fyStart;
  // "2025/27" gets the parser's own reason: the second year must follow the first.
  if (!parsed.ok && /^\d{4}\/\d{2,4}$/.test(text)) return fail(ctx, 'model/bad-financial-year', `the financial year ${parsed.reason}`);
  return fail(ctx, 'model/bad-financial-year', `the financial year must be written like 2025/26, got ${shown(value)}`);
});

/** Making Data Count allows a shift of 6 or 7 points; nothing else. */
const shiftLengthCell = rawValue.transform((value, ctx): 6 | 7 => {
  if (value.kind === 'error') return formulaError(ctx, value, 'the SPC shift length');
  const n = numberOf(value);
  if (n === 6 || n === 7) return n;
  return fail(ctx, n === undefined ? 'model/bad-number' : 'model/out-of-range', `the SPC shift length must be 6 or 7 (points in a row on one side of the mean), got ${shown(value)}`);
});

type SettingKey = (typeof SETTINGS)[number]['key'];

/** The settings that are percentages, where a fraction typed as a plain number is likely a slip. */
const PERCENTAGES: ReadonlySet<string> = new Set(['amberTolerance', 'financeTolerance']);

const SCHEMAS: Record<string, z.ZodType<unknown, RawValue>> = {
  organisation: requiredText({ singleLine: true, what: 'the organisation' }),
  system: requiredText({ singleLine: true, what: 'the system name' }),
  committee: requiredText({ singleLine: true, what: 'the committee' }),
  reportTitle: requiredText({ singleLine: true, what: 'the report title' }),
  reportOf: requiredText({ singleLine: true, what: '"Report of"' }),
  financialYear: financialYearCell,
  amberTolerance: toleranceCell('the amber tolerance'),
  financeTolerance: toleranceCell('the finance amber tolerance'),
  suppressBelow: integerCell('"Suppress counts below"', 0, 1000, undefined),
  primaryColour: colourCell('the primary colour'),
  greenColour: colourCell('the green colour'),
  amberColour: colourCell('the amber colour'),
  redColour: colourCell('the red colour'),
  returnWorkingDays: integerCell('the number of working days before the meeting', 0, 60, undefined),
  draftsFrom: emailCell(false),
  spcShiftLength: shiftLengthCell,
  spcScreenMovingRanges: yesNoCell('"SPC screen moving ranges"', false),
  spcAutoRebase: yesNoCell('"SPC auto rebase"', false),
  chartSlides: choiceCell(CHART_SLIDES, '"Chart slides"', false),
  slideTemplate: fileNameCell('the slide template', HOUSE_STYLE_EXTENSIONS.slideTemplate, 'a PowerPoint template (.potx) or presentation (.pptx)'),
  reportTemplate: fileNameCell('the report template', HOUSE_STYLE_EXTENSIONS.reportTemplate, 'a Word template (.dotx) or document (.docx)'),
  logo: fileNameCell('the logo', HOUSE_STYLE_EXTENSIONS.logo, 'a PNG or JPEG picture'),
};

const HOUSE_STYLE_KEYS: ReadonlySet<string> = new Set<HouseStyleKey>(['slideTemplate', 'reportTemplate', 'logo']);

function isHouseStyleKey(key: string): key is HouseStyleKey {
  return HOUSE_STYLE_KEYS.has(key);
}

/** What the Settings sheet gives: the settings (undefined where it has errors) and the house-style files it names. */
export interface SettingsRead {
  readonly settings?: Settings;
  /** Named even where other settings have errors, so the files' faults are reported with theirs. */
  readonly houseStyle: HouseStyleNames;
}

/** The text of a Settings row's name cell, as typed. */
function labelOf(value: RawValue): string {
  return value.kind === 'text' ? value.text.trim() : shown(value);
}

/**
 * Reads the Settings sheet (one setting a row), applying defaults for blank optional settings; the
 * house-style files are only named here, to be read from disk by the caller.
 */
export function readSettings(sheet: RawSheet | undefined, diagnostics: Diagnostics, sources: SourceMap): SettingsRead {
  // Without both columns no setting can be read; the reader has said which is missing.
  if (sheet === undefined || !sheet.columns.has('setting') || !sheet.columns.has('value')) return { houseStyle: {} };
  const houseStyle: Partial<Record<HouseStyleKey, NamedFile>> = {};
  const byLabel = new Map(SETTINGS.flatMap((s) => [[nameKey(s.label), s] as const, [nameKey(s.key), s] as const]));
  const named = new Set(sheet.rows.map((row) => byLabel.get(nameKey(labelOf(cellOf(row, 'setting', sheet.columns).value)))));
  const values = new Map<SettingKey, unknown>();
  const seen = new Map<string, number>();
  let failed = false;
  for (const row of sheet.rows) {
    const labelCell = cellOf(row, 'setting', sheet.columns);
    if (labelCell.value.kind === 'empty') {
      diagnostics.warn('this row has a value but no setting name in column A, so it is ignored', labelCell.place, 'model/unknown-setting');
      continue;
    }
    const label = labelOf(labelCell.value);
    const spec = byLabel.get(nameKey(label));
    const slipFor = spec === undefined ? SETTINGS.find((s) => !named.has(s) && isSlipFor(label, s.label)) : undefined;
    if (slipFor !== undefined) {
      // Its value would be ignored, and the setting's default used in its place.
      diagnostics.error(`"${label}" is not a setting the pack knows, and "${slipFor.label}" is not set: if this is it, name it "${slipFor.label}"`, labelCell.place, 'model/misspelt-setting');
      named.add(slipFor);
      failed = true;
      continue;
    }
    if (spec === undefined) {
      diagnostics.warn(`"${label}" is not a setting the pack knows, so it is ignored; the settings are listed on the Instructions sheet of the blank template`, labelCell.place, 'model/unknown-setting');
      continue;
    }
    const first = seen.get(spec.key);
    if (first !== undefined) {
      diagnostics.error(`"${spec.label}" is set twice (first on row ${first}); keep one`, labelCell.place, 'model/duplicate-setting');
      failed = true;
      continue;
    }
    seen.set(spec.key, row.row);
    const valueCell = cellOf(row, 'value', sheet.columns);
    if (valueCell.value.kind === 'empty' && !spec.required) continue;
    if (spec.maxLength !== undefined && !checkLength(valueCell, spec.maxLength, `the "${spec.label}" setting`, diagnostics)) {
      failed = true;
      continue;
    }
    const schema = SCHEMAS[spec.key];
    if (schema === undefined) continue;
    const result = schema.safeParse(valueCell.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        diagnostics.error(issue.message, valueCell.place, ruleOfIssue(issue));
      }
      failed = true;
      continue;
    }
    if (typeof result.data === 'string' && isHouseStyleKey(spec.key)) {
      houseStyle[spec.key] = { name: result.data, place: valueCell.place };
      sources.set(settingKey(spec.key), valueCell.place);
    } else if (result.data !== undefined) {
      if (PERCENTAGES.has(spec.key)) warnIfFraction(valueCell, diagnostics);
      values.set(spec.key, result.data);
      sources.set(settingKey(spec.key), valueCell.place);
    }
  }
  for (const spec of SETTINGS) {
    if (spec.required && !values.has(spec.key) && !seen.has(spec.key) && !named.has(spec)) {
      diagnostics.error(`the setting "${spec.label}" is missing; add a row with "${spec.label}" in column A and its value in column B`, { sheet: sheet.name }, 'model/missing-setting');
      failed = true;
    }
  }
  if (failed) return { houseStyle };
  const text = (key: SettingKey): string => String(values.get(key) ?? '');
  const num = (key: SettingKey, fallback: number): number => {
    const v = values.get(key);
    return typeof v === 'number' ? v : fallback;
  };
  const colour = (key: SettingKey): string => {
    const v = values.get(key);
    return typeof v === 'string' ? v : (SETTINGS.find((s) => s.key === key)?.defaultText ?? '#000000');
  };
  const settings: Settings = {
    organisation: text('organisation'),
    system: values.has('system') ? text('system') : text('organisation'),
    committee: text('committee'),
    reportTitle: text('reportTitle'),
    reportOf: text('reportOf'),
    financialYear: num('financialYear', 0),
    amberTolerance: num('amberTolerance', 0.05),
    financeTolerance: num('financeTolerance', 0),
    suppressBelow: num('suppressBelow', 5),
    colours: { primary: colour('primaryColour'), green: colour('greenColour'), amber: colour('amberColour'), red: colour('redColour') },
    returnWorkingDays: num('returnWorkingDays', 10),
    ...(values.has('draftsFrom') ? { draftsFrom: text('draftsFrom') } : {}),
    chartSlides: (values.get('chartSlides') as ChartSlides | undefined) ?? 'exceptions',
    spc: { shiftLength: values.get('spcShiftLength') === 6 ? 6 : 7, screenMovingRanges: values.get('spcScreenMovingRanges') === true, autoRebase: values.get('spcAutoRebase') === true },
  };
  return { settings, houseStyle };
}
