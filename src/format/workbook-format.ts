import {
  DIRECTIONS,
  FREQUENCIES,
  LEVEL_KINDS,
  MEASURE_TYPES,
  RATING_RULES,
  RATINGS,
  THREE_AS_CATEGORIES,
  UNITS,
  YES_NO,
} from './choices.js';

/**
 * The workbook format: every sheet and column the reader understands. The reader, the blank
 * template and the documentation all read this one definition, so they cannot drift apart.
 */
export interface ColumnSpec {
  /** The key the reader files the cell under. */
  readonly key: string;
  /** The header text officers see in row 1 (matched without regard to capitals, spaces or punctuation). */
  readonly header: string;
  /** Whether every row needs a value in this column. */
  readonly required: boolean;
  /**
   * Whether row 1 must have this column even though its cells may be blank: a Values sheet without
   * its Actual column could rate nothing. A required column must always be there.
   */
  readonly mustBePresent?: boolean;
  /** What goes in the column, in an officer's words. */
  readonly help: string;
  /** The drop-down choices offered in the template. */
  readonly choices?: readonly string[];
  /** Column width in the template, in characters. */
  readonly width?: number;
  /**
   * The most characters the column's text may have: what the slides and tables have room for
   * (a name is a slide title and a link), or what a file name or an e-mail header can hold.
   */
  readonly maxLength?: number;
}

export interface SheetSpec {
  readonly name: string;
  readonly required: boolean;
  readonly help: string;
  readonly columns: readonly ColumnSpec[];
}

export interface SettingSpec {
  readonly key: string;
  /** The label in the Settings sheet's Setting column. */
  readonly label: string;
  readonly required: boolean;
  readonly help: string;
  /** Used where the officer leaves the value blank. */
  readonly defaultText?: string;
  /** The most characters the setting's text may have (see {@link ColumnSpec.maxLength}). */
  readonly maxLength?: number;
}

const col = (
  key: string,
  header: string,
  required: boolean,
  help: string,
  extra: Partial<Pick<ColumnSpec, 'choices' | 'width' | 'mustBePresent' | 'maxLength'>> = {},
): ColumnSpec => ({ key, header, required, help, ...extra });

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'organisation', label: 'Organisation', required: true, help: 'The organisation whose pack this is, as it appears on the title slide.', maxLength: 100 },
  { key: 'system', label: 'System name', required: false, help: 'The place the figures cover, e.g. "Northshire and Eastdale"; used in sentences of the cover report. Defaults to the organisation.', maxLength: 100 },
  { key: 'committee', label: 'Committee', required: true, help: 'The committee that receives the pack.', maxLength: 120 },
  { key: 'reportTitle', label: 'Report title', required: true, help: 'The title of the cover report and the slide pack.', maxLength: 120 },
  { key: 'reportOf', label: 'Report of', required: true, help: 'Whose report it is ("REPORT OF ..." on the cover report).', maxLength: 150 },
  { key: 'financialYear', label: 'Financial year', required: true, help: 'The financial year the plans cover, e.g. 2025/26; its March is the year-end plan column.' },
  { key: 'amberTolerance', label: 'Amber tolerance', required: false, help: 'How close to plan counts as amber, e.g. 5%. A metric may set its own.', defaultText: '5%' },
  { key: 'financeTolerance', label: 'Finance amber tolerance', required: false, help: 'How close to target a finance KPI must be to count as amber when its rating is left blank; 0% rates strictly, as finance dashboards do.', defaultText: '0%' },
  { key: 'suppressBelow', label: 'Suppress counts below', required: false, help: 'Counts from 1 up to (not including) this number print as *. 0 turns suppression off.', defaultText: '5' },
  { key: 'primaryColour', label: 'Primary colour', required: false, help: 'Hex colour for headings and the slide master.', defaultText: '#005EB8' },
  { key: 'greenColour', label: 'Green colour', required: false, help: 'Hex colour that shades a green rating.', defaultText: '#00A499' },
  { key: 'amberColour', label: 'Amber colour', required: false, help: 'Hex colour that shades an amber rating.', defaultText: '#FFB81C' },
  { key: 'redColour', label: 'Red colour', required: false, help: 'Hex colour that shades a red rating.', defaultText: '#DA291C' },
  { key: 'returnWorkingDays', label: 'Narrative due (working days before meeting)', required: false, help: 'How many working days before the meeting authors must return their narrative; weekends and bank holidays in England do not count. The drafts to authors give the date.', defaultText: '10' },
  { key: 'draftsFrom', label: 'Drafts from', required: false, help: 'The e-mail address the drafts to authors come from, e.g. performance.team@example.org. Blank: the drafts have no sender, and your mail program fills it in. When packsmith sends them, PACKSMITH_SMTP_FROM wins.', maxLength: 254 },
  { key: 'spcShiftLength', label: 'SPC shift length', required: false, help: 'How many points in a row on one side of the mean make a shift on the SPC (Making Data Count) charts: 6 or 7.', defaultText: '7' },
  { key: 'spcScreenMovingRanges', label: 'SPC screen moving ranges', required: false, help: 'yes to leave moving ranges of 3.267 times their mean or more out of the SPC limits, as some SPC tools do; no to keep them all, as the Making Data Count Excel tool does.', defaultText: 'no' },
  { key: 'chartSlides', label: 'Chart slides', required: false, help: 'Which metrics get their charts in the slide pack\'s main body, after their area: exceptions (red, special cause of concern, consistently failing or process changed; the others go to the appendix), all, or none (no chart slides).', defaultText: 'exceptions' },
  { key: 'spcAutoRebase', label: 'SPC auto rebase', required: false, help: 'yes to work the SPC limits out afresh, without asking, from the month a change of process began (a shift, a trend or a run beyond a limit that reaches the latest month); no to keep the limits and be told which SPC rebase to set.', defaultText: 'no' },
  { key: 'slideTemplate', label: 'Slide template', required: false, help: 'The organisation\'s PowerPoint template (.potx, or a .pptx made in it), named by its path from the workbook\'s folder, e.g. templates/brand.potx. The slide pack is drawn on its masters, layouts, colours and fonts. Blank: packsmith\'s own template.' },
  { key: 'reportTemplate', label: 'Report template', required: false, help: 'The organisation\'s Word template (.dotx, or a .docx made in it), named by its path from the workbook\'s folder. The cover report takes its styles, page setup, headers and footers. Blank: packsmith\'s own template.' },
  { key: 'logo', label: 'Logo', required: false, help: 'A logo picture (.png or .jpg), named by its path from the workbook\'s folder, for the title slide and the cover report\'s first page where no template is given (a template carries its own).' },
];

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'Settings',
    required: true,
    help: 'One setting a row: its name in column A, its value in column B.',
    columns: [col('setting', 'Setting', true, 'The name of the setting, as listed below.', { width: 42 }), col('value', 'Value', true, 'Its value.', { width: 60 })],
  },
  {
    name: 'Meetings',
    required: true,
    help: 'The committee meeting that receives each month\'s pack.',
    columns: [
      col('month', 'Month', true, 'The reporting month, e.g. 2026-01.', { width: 12 }),
      col('meetingDate', 'Meeting date', true, 'The date of the meeting (an Excel date or 2026-02-05).', { width: 16 }),
      col('agendaItem', 'Agenda item', false, 'The item number on the agenda, e.g. 7.2.', { width: 14, maxLength: 20 }),
    ],
  },
  {
    name: 'Levels',
    required: true,
    help: 'The organisations figures are reported for: the system (ICB) and providers such as the acute trust. A metric\'s rating is headlined on the first level with a figure, system levels first.',
    columns: [
      col('id', 'Id', true, 'A short code used in the Values sheet, e.g. ICB.', { width: 10, maxLength: 24 }),
      col('name', 'Name', true, 'Full name, e.g. Example Integrated Care Board.', { width: 40, maxLength: 120 }),
      col('shortName', 'Short name', true, 'Column heading in the tables, e.g. ICB or NEUH.', { width: 12, maxLength: 12 }),
      col('kind', 'Kind', true, 'system or provider.', { choices: LEVEL_KINDS, width: 12 }),
    ],
  },
  {
    name: 'Authors',
    required: true,
    help: 'The people who write each area\'s narrative.',
    columns: [
      col('id', 'Id', true, 'A short code used in the Areas sheet.', { width: 12, maxLength: 24 }),
      col('name', 'Name', true, 'The author\'s name (or role where the pack names roles).', { width: 30, maxLength: 80 }),
      col('role', 'Role', true, 'Job title, e.g. Head of Urgent Care.', { width: 36, maxLength: 100 }),
      col('email', 'Email', true, 'Work e-mail address.', { width: 36, maxLength: 254 }),
    ],
  },
  {
    name: 'Areas',
    required: true,
    help: 'The areas of the pack, in the order they appear, each with its author.',
    columns: [
      col('id', 'Id', true, 'A short code used in the other sheets, e.g. UEC.', { width: 10, maxLength: 24 }),
      col('name', 'Name', true, 'The area\'s name, e.g. Urgent Care.', { width: 34, maxLength: 60 }),
      col('author', 'Author', true, 'The Id of the author (Authors sheet).', { width: 12 }),
      col('tableHeading', 'Table heading', false, 'First heading of the area\'s metric table, e.g. Elective RTT Measures.', { width: 34, maxLength: 80 }),
    ],
  },
  {
    name: 'Metrics',
    required: true,
    help: 'One row a metric: what it measures, its unit and how it is rated.',
    columns: [
      col('id', 'Id', true, 'A short code used in the Values sheet, e.g. AE4HR.', { width: 12, maxLength: 24 }),
      col('area', 'Area', true, 'The Id of its area (Areas sheet).', { width: 10 }),
      col('priority', 'Priority', true, 'The priority\'s full wording, as the cover report names it.', { width: 60, maxLength: 400 }),
      col('label', 'Label', true, 'The short label in the tables.', { width: 40, maxLength: 100 }),
      col('unit', 'Unit', true, 'percent, count, duration (hh:mm:ss), £m, £000, per 1,000, ratio or number.', { choices: UNITS, width: 11 }),
      col('decimals', 'Decimals', false, 'Decimal places to print (default: 1 for percent, 0 for counts, 2 for money).', { width: 10 }),
      col('direction', 'Direction', true, 'higher is better, lower is better or neither.', { choices: DIRECTIONS, width: 16 }),
      col('ratingRule', 'Rating rule', true, 'against plan, rated by another metric, manual or not rated.', { choices: RATING_RULES, width: 22 }),
      col('ratedBy', 'Rated by', false, 'With "rated by another metric": the Id of the metric whose rating this row takes.', { width: 12 }),
      col('tolerance', 'Amber tolerance', false, 'This metric\'s own amber tolerance, e.g. 2%; blank for the pack\'s.', { width: 12 }),
      col('yearEndPlan', 'Year-end plan', false, 'The plan for the end of the financial year: a figure, or text such as "Reduction 2023 4".', { width: 18, maxLength: 60 }),
      col('frequency', 'Frequency', true, 'How often actuals are reported: month, quarter or year.', { choices: FREQUENCIES, width: 11 }),
      col('measureType', 'Measure type', false, 'flow (activity in the period: a quarterly plan is split evenly over its months) or snapshot (a position or rate: the plan applies to each month). Default snapshot.', { choices: MEASURE_TYPES, width: 12 }),
      col('onSummary', 'On summary', false, 'yes to show on the summary tables (default yes).', { choices: YES_NO, width: 11 }),
      col('suppressBelow', 'Suppress below', false, 'Counts from 1 up to this number print as *. Blank: the pack\'s setting for counts, none for other units. 0: never.', { width: 10 }),
      col('allowOver100', 'Allow over 100%', false, 'yes where a percentage can exceed 100%.', { choices: YES_NO, width: 10 }),
      col('spcBaseline', 'SPC baseline', false, 'Monthly metrics: set the SPC limits from the first this-many points (of each period between rebases); blank for all the points. Fewer than 12 give trial limits.', { width: 10 }),
      col('spcRebase', 'SPC rebase', false, 'Monthly metrics: the months from which the SPC limits are worked out afresh, e.g. 2025-04 or 2025-04, 2025-10, after a change to the service.', { width: 16 }),
      col('note', 'Note', false, 'A note the tables print under the metric, e.g. "Target is for end of Q2, not the end of September".', { width: 40, maxLength: 200 }),
    ],
  },
  {
    name: 'Values',
    required: true,
    help: 'One row per metric, level and period: the actual and the plan (trajectory). Plan-only rows carry future trajectory.',
    columns: [
      col('metric', 'Metric', true, 'The metric\'s Id.', { width: 12 }),
      col('level', 'Level', true, 'The level\'s Id (Levels sheet).', { width: 8 }),
      col('period', 'Period', true, 'An Excel date, 2026-01, Jan-26, 2025/26 Q2, 2025/26 or 2023.', { width: 12 }),
      col('actual', 'Actual', false, 'The figure; * where the source suppressed it; blank where not yet known.', { width: 12, mustBePresent: true }),
      col('plan', 'Plan', false, 'The plan (trajectory) for the period; blank where none.', { width: 12, mustBePresent: true }),
      col('manualRating', 'Manual rating', false, 'Green, Amber, Red or N/A: set by hand, wins over the calculated rating.', { choices: RATINGS, width: 12 }),
      col('ratingReason', 'Rating reason', false, 'Why the rating was set by hand (required with a manual rating).', { width: 50, maxLength: 300 }),
    ],
  },
  {
    name: 'Narrative',
    required: true,
    help: 'Each area\'s narrative for each month. One bullet a line (Alt+Enter in Excel starts a new line).',
    columns: [
      col('month', 'Month', true, 'The reporting month, e.g. 2026-01.', { width: 10 }),
      col('area', 'Area', true, 'The area\'s Id.', { width: 10 }),
      col('updates', 'Updates since previous month', false, 'What has changed since the last pack.', { width: 50 }),
      col('issues', 'Current issues', false, 'Current issues.', { width: 50 }),
      col('risks', 'Risks', false, 'Risks.', { width: 40 }),
      col('dependencies', 'Dependencies', false, 'Dependencies.', { width: 40 }),
      col('actions', 'Future actions & mitigations', false, 'Future actions and mitigations.', { width: 50 }),
      col('goodNews', 'Good news', false, 'Good news.', { width: 40 }),
      col('patientOutcome', 'Patient outcome', false, 'Outcomes for patients.', { width: 40 }),
    ],
  },
  {
    name: '3As',
    required: true,
    help: 'The executive summary: one item a row in the Alert, Assure, Advise or "Update, risk and learning" box.',
    columns: [
      col('month', 'Month', true, 'The reporting month, e.g. 2026-01.', { width: 10 }),
      col('box', 'Box', true, 'Alert, Assure, Advise or Update, risk and learning.', { choices: THREE_AS_CATEGORIES, width: 26 }),
      col('area', 'Area', false, 'The area\'s Id, where the item is about one area.', { width: 10 }),
      col('text', 'Text', true, 'The item, one or two sentences.', { width: 90, maxLength: 500 }),
      col('metric', 'Metric', false, 'The metric\'s Id, where the item is about one metric (accept-3as fills it in for the items it drafts).', { width: 12 }),
    ],
  },
  {
    name: 'Finance',
    required: true,
    help: 'The finance KPI dashboard for each month: year to date and full year. Ratings may be given, or left blank to be worked out from the direction.',
    columns: [
      col('month', 'Month', true, 'The reporting month of the pack, e.g. 2026-01.', { width: 10 }),
      col('asAt', 'As at', true, 'The finance month the figures are for, e.g. 2025-11 (M8).', { width: 10 }),
      col('kpi', 'KPI', true, 'The KPI\'s wording.', { width: 60, maxLength: 150 }),
      col('unit', 'Unit', true, '£m, £000, percent or another unit.', { choices: UNITS, width: 9 }),
      col('direction', 'Direction', true, 'higher is better, lower is better or neither.', { choices: DIRECTIONS, width: 16 }),
      col('ytdTarget', 'YTD target', false, 'Year-to-date target.', { width: 12, mustBePresent: true }),
      col('ytdActual', 'YTD actual', false, 'Year-to-date actual.', { width: 12, mustBePresent: true }),
      col('ytdRating', 'YTD rating', false, 'Green, Amber, Red or N/A; blank to work it out.', { choices: RATINGS, width: 11 }),
      col('fyTarget', 'Full-year target', false, 'Full-year target.', { width: 12, mustBePresent: true }),
      col('fyForecast', 'Forecast outturn', false, 'Forecast outturn for the full year.', { width: 12, mustBePresent: true }),
      col('fyRating', 'Full-year rating', false, 'Green, Amber, Red or N/A; blank to work it out.', { choices: RATINGS, width: 11 }),
      col('decimals', 'Decimals', false, 'Decimal places to print, as the finance paper prints the KPI (default: 2 for £m and percent, 0 for £000 and counts).', { width: 10 }),
    ],
  },
  {
    name: 'Contacts',
    required: false,
    help: 'Officers to contact, listed at the end of the cover report.',
    columns: [
      col('name', 'Name', true, 'Name or role.', { width: 30, maxLength: 80 }),
      col('role', 'Role', true, 'Job title.', { width: 40, maxLength: 120 }),
      col('organisation', 'Organisation', false, 'Organisation.', { width: 36, maxLength: 120 }),
      col('email', 'Email', false, 'Work e-mail address.', { width: 36, maxLength: 254 }),
      col('phone', 'Phone', false, 'Telephone number.', { width: 18, maxLength: 30 }),
    ],
  },
  {
    name: 'Papers',
    required: false,
    help: 'Background papers listed at the end of the cover report.',
    columns: [col('title', 'Title', true, 'What the paper is.', { width: 60, maxLength: 300 }), col('link', 'Link', false, 'Where to find it (a web address).', { width: 60, maxLength: 2000 })],
  },
];

/** Whether row 1 of the column's sheet must name it. */
export function columnMustBePresent(column: ColumnSpec): boolean {
  return column.required || column.mustBePresent === true;
}

/** The sheet names in the order messages are reported. */
export const SHEET_ORDER: readonly string[] = SHEETS.map((s) => s.name);

export function sheetSpec(name: string): SheetSpec {
  const spec = SHEETS.find((s) => s.name === name);
  if (spec === undefined) throw new Error(`No sheet called ${name} in the workbook format`);
  return spec;
}
