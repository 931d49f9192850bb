import { describe, expect, it } from 'vitest';
import { composeCoverReport } from '../../src/compose/cover-report/compose-cover-report.js';
import type { BlockView, ChartView, CoverReportView, ParagraphView, TableView } from '../../src/compose/cover-report/cover-report-view.js';
import type { AreaView, MetricView, PackModel } from '../../src/compose/pack-model.js';
import { composeSlidePack } from '../../src/compose/slide-pack/compose-slide-pack.js';
import { samplePackModel } from './sample.js';
import { coverReportOutline } from '../support/outline.js';

const DRAFT = { mode: 'draft' } as const;
const FINAL = { mode: 'final' } as const;

function blocks(view: CoverReportView): BlockView[] {
  return view.sections.flatMap((s) => s.blocks);
}

function paragraphs(view: CoverReportView): ParagraphView[] {
  return blocks(view).filter((b): b is ParagraphView => b.kind === 'paragraph');
}

function textOf(paragraph: ParagraphView): string {
  return paragraph.runs.map((r) => r.text).join('');
}

function allText(view: CoverReportView): string {
  return paragraphs(view).map(textOf).join('\n');
}

/** The paragraph that starts with `start`. */
function paragraphStarting(view: CoverReportView, start: string): ParagraphView {
  const found = paragraphs(view).find((p) => textOf(p).startsWith(start));
  if (found === undefined) throw new Error(`no paragraph starts "${start}"`);
  return found;
}

const SUMMARY_START = 'The performance report attached as Appendix 1';

/** The sentence of the summary that gives the counts. */
function summarySentence(view: CoverReportView): string {
  const match = /Of those currently reported, .*? red\/under\./.exec(textOf(paragraphStarting(view, SUMMARY_START)));
  return match?.[0] ?? '';
}

function withArea(model: PackModel, id: string, change: (area: AreaView) => AreaView): PackModel {
  return { ...model, areas: model.areas.map((a) => (a.id === id ? change(a) : a)) };
}

function metricOf(model: PackModel, id: string): MetricView {
  const found = model.areas.flatMap((a) => a.metrics).find((m) => m.id === id);
  if (found === undefined) throw new Error(`no metric ${id}`);
  return found;
}

function withMetric(model: PackModel, id: string, change: (metric: MetricView) => MetricView): PackModel {
  return { ...model, areas: model.areas.map((a) => ({ ...a, metrics: a.metrics.map((m) => (m.id === id ? change(m) : m)) })) };
}

describe('the cover report view model of the bundled sample, January 2026', () => {
  it("matches its reviewed outline: every heading and paragraph, each table's first rows", async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    await expect(coverReportOutline(view)).toMatchFileSnapshot('../outlines/cover-report-2026-01.txt');
  });

  it('matches its reviewed outline as a final report', async () => {
    const view = composeCoverReport(await samplePackModel(), FINAL);
    await expect(coverReportOutline(view)).toMatchFileSnapshot('../outlines/cover-report-2026-01-final.txt');
  });

  it('opens with the committee in capitals, the meeting date, "REPORT OF ..." and the title', async () => {
    const { heading } = composeCoverReport(await samplePackModel(), DRAFT);
    expect(heading).toEqual({
      agendaItem: 'Agenda item 7.2',
      committee: 'QUALITY, PERFORMANCE AND OUTCOMES COMMITTEE:',
      meetingDate: '5 FEBRUARY 2026',
      reportOf: 'REPORT OF THE CHIEF OPERATING OFFICER AND THE ICS PERFORMANCE SERVICE',
      title: 'NORTHSHIRE AND EASTDALE ICB PERFORMANCE REPORT',
    });
  });

  it('writes the summary from the summary tables\' counts: measures, and the areas they are in', async () => {
    const model = await samplePackModel();
    const view = composeCoverReport(model, DRAFT);
    const onSummary = model.areas.flatMap((a) => a.metrics.filter((m) => m.onSummary).map(() => a.id));
    expect([onSummary.length, new Set(onSummary).size]).toEqual([37, 10]);
    expect(textOf(paragraphStarting(view, SUMMARY_START))).toContain('supporting RAG ratings for 37 measures across 10 areas.');
    expect(summarySentence(view)).toBe('Of those currently reported, 11 are green/achieving, 7 amber/within 5% and 12 red/under.');
    expect(textOf(paragraphStarting(view, SUMMARY_START))).toContain('7 measures are not rated this month');
  });

  it('names the slide pack as Appendix 1, with the numbers of its summary tables\' slides', async () => {
    const model = await samplePackModel();
    const slides = composeSlidePack(model, DRAFT).slides.filter((s) => s.kind === 'summary-table').map((s) => s.number);
    expect(slides.length).toBeGreaterThan(0);
    const range = slides.length === 1 ? `Slide ${slides[0]} sets` : `Slides ${slides[0]}–${slides.at(-1)} set`;
    expect(textOf(paragraphStarting(composeCoverReport(model, DRAFT), SUMMARY_START))).toContain(
      `The performance report attached as Appendix 1, the 3As slide pack, gives a high-level overview of Northshire and Eastdale's achievement of the 2025/26 NHS priorities. ${range} out the NHS priorities for 2025/26`,
    );
    expect(paragraphs(composeCoverReport(model, DRAFT)).map(textOf)).toContain('Appendix 1 – Northshire and Eastdale ICB Performance Report: the 3As slide pack, January 2026 (a separate document)');
  });

  it('the slide numbers follow the slide pack: every metric on the summary takes more summary slides', async () => {
    const sample = await samplePackModel();
    const model: PackModel = { ...sample, summaryCounts: sample.counts, areas: sample.areas.map((a) => ({ ...a, metrics: a.metrics.map((m) => ({ ...m, onSummary: true })) })) };
    const pack = composeSlidePack(model, FINAL);
    const slides = pack.slides.filter((s) => s.kind === 'summary-table').map((s) => s.number);
    expect(slides.length).toBeGreaterThan(composeSlidePack(sample, FINAL).slides.filter((s) => s.kind === 'summary-table').length);
    const text = textOf(paragraphStarting(composeCoverReport(model, FINAL, pack), SUMMARY_START));
    expect(text).toContain(`Slides ${slides[0]}–${slides.at(-1)} set out`);
    expect(text).toContain('for 58 measures across 10 areas.');
    // composed with the report when not given: the same numbers
    expect(textOf(paragraphStarting(composeCoverReport(model, FINAL), SUMMARY_START))).toBe(text);
  });

  it('names each red area on the summary tables by its priority wording', async () => {
    const model = await samplePackModel();
    const view = composeCoverReport(model, DRAFT);
    const reds = model.areas.flatMap((a) => a.metrics).filter((m) => m.onSummary && m.rating.rating === 'red');
    expect(reds).toHaveLength(model.summaryCounts.red);
    const list = blocks(view);
    const start = list.findIndex((b) => b.kind === 'paragraph' && textOf(b) === 'Red areas include:');
    const bullets = list.slice(start + 1, start + 1 + reds.length).map((b) => (b.kind === 'paragraph' && b.list === 'bullet' ? textOf(b) : ''));
    expect(bullets[0]).toBe('reduce ambulance handover delays, releasing crews within 15 minutes of arrival at hospital;');
    expect(bullets.at(-1)).toMatch(/^CVDP007HYP - Percentage of patients aged 18 and over.*threshold\.$/);
    reds.forEach((metric, i) => expect(bullets[i]?.toLowerCase()).toContain(metric.priority.slice(1).toLowerCase()));
  });

  it('says how many ratings improved and worsened since the last pack, and which', async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    expect(textOf(paragraphStarting(view, 'Since the last report'))).toBe(
      'Since the last report (December 2025), 3 ratings have improved and 5 have worsened; 40 are unchanged and 1 is rated for the first time.',
    );
    expect(textOf(paragraphStarting(view, 'Improved:'))).toBe('Improved: Category 2 mean response time, Total incomplete pathways and Physical Health Checks - Learning Disabilities.');
    expect(paragraphStarting(view, 'Worsened:').list).toBe('lettered');
  });

  it('numbers the report\'s paragraphs, letters the items under them and keeps headings apart', async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    const report = view.sections[0]?.blocks ?? [];
    expect(report.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      'Purpose of Report',
      'Background',
      'The Performance Framework',
      'Summary of Performance',
      'Recent Progress by Area',
      'Finance',
      'List of Appendices',
      'Background Papers',
      'Officers to Contact',
    ]);
    const lists = report.flatMap((b) => (b.kind === 'paragraph' ? [b.list] : []));
    expect(lists.filter((l) => l === 'numbered')).toHaveLength(14);
    expect(lists.filter((l) => l === 'lettered')).toHaveLength(5);
    expect(lists).toContain('bullet');
  });

  it('gives each area\'s future actions and good news as bullets under the area', async () => {
    const model = await samplePackModel();
    const view = composeCoverReport(model, DRAFT);
    const report = view.sections[0]?.blocks ?? [];
    const cancer = report.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === 'Cancer');
    const narrative = model.areas.find((a) => a.id === 'CANC')?.narrative;
    const expected = [...(narrative?.actions ?? []), ...(narrative?.goodNews ?? [])];
    expect(expected.length).toBeGreaterThan(0);
    expect(report.slice(cancer + 1, cancer + 1 + expected.length)).toEqual(expected.map((text) => ({ kind: 'paragraph', list: 'bullet', runs: [{ text }] })));
  });

  it('links background papers that have an address by their title, and contacts by their e-mail address', async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    expect(paragraphStarting(view, 'Example Integrated Care Board meetings').runs).toEqual([
      { text: 'Example Integrated Care Board meetings', link: 'https://icb.example.org/about/board-meetings' },
    ]);
    expect(paragraphStarting(view, 'NHS Oversight Framework').runs).toEqual([{ text: 'NHS Oversight Framework 2025/26' }]);
    expect(paragraphStarting(view, 'Head of Performance').runs).toEqual([
      { text: 'Head of Performance – Head of Performance and Assurance, Example Integrated Care Board, ' },
      { text: 'head.of.performance@example.org', link: 'mailto:head.of.performance@example.org' },
    ]);
  });

  it('sets the title, subject, organisation and language of the document', async () => {
    const { metadata } = composeCoverReport(await samplePackModel(), DRAFT);
    expect(metadata).toMatchObject({
      title: 'Northshire and Eastdale ICB Performance Report',
      subject: 'Quality, Performance and Outcomes Committee, 5 February 2026: health system performance, January 2026',
      creator: 'Example Integrated Care Board',
      language: 'en-GB',
      date: '2026-02-05T00:00:00Z',
    });
  });
});

describe('each heading once; progress from the authors\' narrative only', () => {
  it('no heading is printed twice in the report or in any appendix', async () => {
    for (const mode of [DRAFT, FINAL]) {
      for (const section of composeCoverReport(await samplePackModel(), mode).sections) {
        const headings = section.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []));
        expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
      }
    }
  });

  it('the finance narrative\'s progress is under the one Finance heading, after the KPIs, not among the areas', async () => {
    const model = await samplePackModel();
    const report = composeCoverReport(model, DRAFT).sections[0]?.blocks ?? [];
    const texts = report.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.kind === 'paragraph' ? textOf(b) : b.kind));
    expect(texts.filter((t) => t === '# Finance')).toHaveLength(1);
    const finance = texts.indexOf('# Finance');
    expect(texts.slice(texts.indexOf('Recent progress reported for Finance includes:'), texts.indexOf('# List of Appendices'))).toEqual([
      'Recent progress reported for Finance includes:',
      'The ICB forecasts exceeding its running cost allocation because of under-delivery against the corporate staff costs target.',
      'Bank spend is above the system cap year to date and forecast to remain so at year end; this was planned at the start of the year.',
    ]);
    expect(texts.indexOf('Recent progress reported for Finance includes:')).toBeGreaterThan(finance);
  });

  it('a narrative line that only names a KPI or metric is a heading of the author\'s, not a progress bullet', async () => {
    const model = await samplePackModel();
    const updates = model.areas.find((a) => a.id === 'FIN')?.narrative?.updates ?? [];
    expect(updates[0]).toBe('2025/26 system delivery of the planned deficit (gross of deficit support funding) at month 8.');
    const bullets = paragraphs(composeCoverReport(model, DRAFT)).filter((p) => p.list === 'bullet').map(textOf);
    expect(bullets).not.toContain(updates[0]);
    // a line that says something of the KPI is progress
    const said = withArea(model, 'FIN', (area) => ({ ...area, narrative: area.narrative && { ...area.narrative, updates: ['System CIP delivery is £3.5m behind plan at month 8.', 'System CIP delivery (M8)', 'Endoscopy'] } }));
    const kept = paragraphs(composeCoverReport(said, DRAFT)).filter((p) => p.list === 'bullet').map(textOf);
    expect(kept).toContain('System CIP delivery is £3.5m behind plan at month 8.');
    expect(kept).not.toContain('System CIP delivery (M8)');
    expect(kept).toContain('Endoscopy');
  });
});

describe('Appendix A and B: every metric and every finance KPI with its rating', () => {
  it('lists every metric with its area, priority, level, period, plan, actual, rating word and SPC reading', async () => {
    const model = await samplePackModel();
    const table = composeCoverReport(model, DRAFT).sections[1]?.blocks.find((b): b is TableView => b.kind === 'table');
    expect(table?.columns.map((c) => c.heading)).toEqual(['Area', 'Priority', 'Level', 'Current period', 'Plan', 'Actual', 'Rating', 'Variation', 'Assurance']);
    expect(table?.columns.reduce((sum, c) => sum + c.width, 0)).toBe(100);
    expect(table?.rows).toHaveLength(model.areas.flatMap((a) => a.metrics).length);
    expect(table?.rows[0]).toEqual([
      { text: 'Urgent Care' },
      { text: 'Improve A&E waiting times, with a minimum of 78% of patients admitted, transferred or discharged within 4 hours in March 2026' },
      { text: 'ICB' },
      { text: 'Dec-25' },
      { text: '76.1%' },
      { text: '78.9%' },
      { text: 'Green', rating: 'green' },
      { text: 'Common cause, trial', icon: { colour: '888888' } },
      { text: 'Hit and miss, trial', icon: { colour: '888888' } },
    ]);
  });

  it('a suppressed count prints as * and is not rated', async () => {
    const table = composeCoverReport(await samplePackModel(), DRAFT).sections[1]?.blocks.find((b): b is TableView => b.kind === 'table');
    const cyp = table?.rows.find((r) => r[1]?.text.startsWith('Reduce reliance on mental health inpatient care for children'));
    expect(cyp?.slice(5, 7)).toEqual([{ text: '*' }, { text: 'N/A', rating: 'not-rated' }]);
  });

  it('every rating cell carries its word, never colour alone', async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    const cells = blocks(view).flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [])).filter((c) => c.rating !== undefined);
    expect(cells.length).toBeGreaterThan(58);
    const words = { green: 'Green', amber: 'Amber', red: 'Red', 'not-rated': 'N/A' };
    for (const cell of cells) expect(cell.text.replace(/†$/, '')).toBe(words[cell.rating ?? 'not-rated']);
  });

  it('marks a rating set by hand † and gives its reason in a note under the table, and numbers a metric\'s own note', async () => {
    const model = await samplePackModel();
    const view = composeCoverReport(model, DRAFT);
    const appendixA = view.sections[1]?.blocks ?? [];
    const table = appendixA.find((b): b is TableView => b.kind === 'table');
    const byHand = model.areas.flatMap((a) => a.metrics).filter((m) => m.rating.setByHand);
    expect(byHand.length).toBeGreaterThan(0);
    const marked = table?.rows.filter((row) => row.some((c) => c.rating !== undefined && c.text.endsWith('†'))) ?? [];
    expect(marked).toHaveLength(byHand.length);
    const notes = appendixA.filter((b): b is ParagraphView => b.kind === 'paragraph' && /^(†|\(\d+\)) /.test(textOf(b))).map(textOf);
    for (const metric of byHand) expect(notes).toContain(`† ${metric.label}: ${metric.rating.word}, ${metric.rating.because}`);
    const noted = model.areas.flatMap((a) => a.metrics).filter((m) => m.note !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    noted.forEach((metric, i) => expect(notes).toContain(`(${i + 1}) ${metric.label}: ${metric.note}`));
  });

  it('gives the finance KPIs with their year-to-date and forecast ratings', async () => {
    const model = await samplePackModel();
    const table = composeCoverReport(model, DRAFT).sections[2]?.blocks.find((b): b is TableView => b.kind === 'table');
    expect(table?.rows).toHaveLength(model.finance.length);
    expect(table?.columns[1]?.heading).toBe('Year-to-date target (£m)');
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(['System Delivery of planned deficit (gross of deficit support funding)', '68.81', '85.65', 'Red', '80.00', '80.00', 'Green']);
  });
});

describe('Appendix C: trends', () => {
  it('draws each metric as the slide pack does: an SPC chart where it has limits, with the same series and alt text', async () => {
    const model = await samplePackModel();
    const view = composeCoverReport(model, DRAFT);
    const charts = blocks(view).filter((b): b is ChartView => b.kind === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(50);
    const ae = charts.find((c) => c.name === '% of A&E attendances within 4 hours (all types) (ICB)');
    const slide = composeSlidePack(model, DRAFT).slides.flatMap((s) => s.items).find((i) => i.kind === 'line-chart' && i.name === 'Chart AE4HR');
    if (slide?.kind !== 'line-chart') throw new Error('no slide chart for AE4HR');
    expect(ae?.series).toEqual(slide.series);
    expect(ae?.altText).toBe(slide.altText);
    expect(ae?.series.map((s) => s.name)).toEqual(['Mean to Mar-25', 'Upper process limit to Mar-25', 'Lower process limit to Mar-25', 'Mean', 'Upper process limit (trial)', 'Lower process limit (trial)', 'Target', 'Actual']);
    expect(ae?.categories).toHaveLength(24);
    // the axis holds every line: the actual, the limits and the target
    const values = (ae?.series ?? []).flatMap((s) => s.values).filter((v): v is number => v !== null);
    expect(ae?.valueAxis.minimum).toBeLessThanOrEqual(Math.min(...values));
    expect(ae?.valueAxis.maximum).toBeGreaterThanOrEqual(Math.max(...values));
    expect(ae?.valueAxis.numberFormat).toBe('0.0%');
    for (const chart of charts) expect(chart.altText.length).toBeGreaterThan(40);
  });

  it('where a chart would say nothing, the sentence saying why, and a table of the periods where they are few', async () => {
    const view = composeCoverReport(await samplePackModel(), DRAFT);
    const all = blocks(view);
    const titles = all.flatMap((b) => (b.kind === 'table' ? [b.title] : []));
    expect(titles).toContain('Maternal mortality (ICB) by period');
    const text = all.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(text).toContain('Too few figures for a chart: one figure in 2020/21 to 2023/24 (3 more suppressed).');
    expect(text).toContain('No SPC chart: the figure is 0 in each of the 16 months with a figure from Jan-24 to Oct-25; 6 months are suppressed (under 5). With no variation among the figures shown, there are no SPC limits or icons.');
    // 22 months of community waits are a sentence alone, not a 22-row table
    expect(titles).not.toContain('Community Service waiting list over 52 weeks (Adult) (ICB) by period');
    expect(all.some((b) => b.kind === 'chart' && b.name.startsWith('Community Service waiting list over 52 weeks (Adult)'))).toBe(false);
  });

  it('a suppressed count is a gap in the chart, never a number', async () => {
    const model = withMetric(await samplePackModel(), 'LDINPAT', (metric) => ({
      ...metric,
      levels: metric.levels.map((level) => ({
        ...level,
        history: level.history.map((point, i) => (i === 3 ? { ...point, actual: { suppressed: true, display: '*' } } : point)),
      })),
    }));
    const chart = blocks(composeCoverReport(model, DRAFT)).find((b): b is ChartView => b.kind === 'chart' && b.name === 'LD Inpatients - Adult (ICB)');
    const period = metricOf(model, 'LDINPAT').levels[0]?.history[3]?.period.label;
    const index = chart?.categories.indexOf(period ?? '') ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    expect(chart?.series.find((s) => s.name === 'Actual')?.values[index]).toBeNull();
    expect(chart?.altText).toContain('1 suppressed count is left as a gap.');
  });
});

describe('narrative is data, never a template', () => {
  it('prints {{ typed by an author as typed', async () => {
    const typed = ['Review {{settings}} and {{#each areas}}x{{/each}} with {{{raw}}}', '# not a heading', '1. not a numbered paragraph'];
    const model = withArea(await samplePackModel(), 'CANC', (area) => {
      if (area.narrative === undefined) throw new Error('the sample has a cancer narrative');
      return { ...area, narrative: { ...area.narrative, actions: typed, goodNews: [] } };
    });
    const view = composeCoverReport(model, DRAFT);
    for (const text of typed) expect(paragraphs(view).filter((p) => p.list === 'bullet' && textOf(p) === text)).toHaveLength(1);
  });

  it('prints {{ in a priority\'s wording as typed in the list of red areas', async () => {
    const model = withMetric(await samplePackModel(), 'RTT65', (metric) => ({ ...metric, priority: 'Eliminate {{committee}} waits\n\n# over 65 weeks' }));
    expect(allText(composeCoverReport(model, DRAFT))).toContain('eliminate {{committee}} waits # over 65 weeks;');
  });
});

describe('the summary sentence: counts, plurals and tolerance', () => {
  const counts = (green: number, amber: number, red: number, notRated: number) => ({ green, amber, red, notRated, rated: green + amber + red });

  it('one of each reads "1 is green/achieving", with the pack\'s tolerance', async () => {
    const model: PackModel = { ...(await samplePackModel()), summaryCounts: counts(1, 1, 1, 0), amberTolerance: 0.025 };
    const view = composeCoverReport(model, DRAFT);
    expect(summarySentence(view)).toBe('Of those currently reported, 1 is green/achieving, 1 amber/within 2.5% and 1 red/under.');
    expect(textOf(paragraphStarting(view, SUMMARY_START))).toContain('for 3 measures across 10 areas.');
    expect(textOf(paragraphStarting(view, SUMMARY_START))).not.toContain('not rated');
  });

  it('many read "are", and a single measure, area and unrated measure are singular', async () => {
    const model: PackModel = { ...(await samplePackModel()), summaryCounts: counts(2, 0, 0, 1), amberTolerance: 0.1 };
    const paragraph = textOf(paragraphStarting(composeCoverReport(model, DRAFT), SUMMARY_START));
    expect(paragraph).toContain('Of those currently reported, 2 are green/achieving, 0 amber/within 10% and 0 red/under. 1 measure is not rated this month');
    const sample = await samplePackModel();
    const oneArea = sample.areas.find((a) => a.id === 'CANC');
    if (oneArea === undefined) throw new Error('the sample has a Cancer area');
    const one: PackModel = { ...model, summaryCounts: counts(0, 0, 1, 0), areas: [{ ...oneArea, metrics: oneArea.metrics.map((m, i) => ({ ...m, onSummary: i === 0 })) }] };
    expect(textOf(paragraphStarting(composeCoverReport(one, DRAFT), SUMMARY_START))).toContain('Slide 6 sets out the NHS priorities for 2025/26 together with planned and actual performance and supporting RAG ratings for 1 measure across 1 area.');
  });

  it('movement: one rating improved reads "1 rating has improved"', async () => {
    const model: PackModel = { ...(await samplePackModel()), movement: { improved: 1, worsened: 1, unchanged: 1, new: 0, notRated: 0 } };
    expect(textOf(paragraphStarting(composeCoverReport(model, DRAFT), 'Since the last report'))).toBe(
      'Since the last report (December 2025), 1 rating has improved and 1 has worsened; 1 is unchanged.',
    );
  });
});

describe('draft and final', () => {
  it('a draft marks a missing narrative as awaited from its author\'s role, and carries a watermark', async () => {
    const model = withArea(await samplePackModel(), 'MH', (area) => ({ ...area, narrative: undefined }));
    const view = composeCoverReport(model, DRAFT);
    expect(view.watermark).toBe('DRAFT');
    const awaited = paragraphs(view).filter((p) => p.runs.some((r) => r.awaited === true));
    expect(awaited).toEqual([{ kind: 'paragraph', list: 'plain', runs: [{ text: '[Narrative awaited from Head of Mental Health Commissioning]', awaited: true }] }]);
  });

  it('a final report has no watermark and no awaited marks', async () => {
    const model = withArea(await samplePackModel(), 'MH', (area) => ({ ...area, narrative: undefined }));
    const view = composeCoverReport(model, FINAL);
    expect(view.mode).toBe('final');
    expect(view.watermark).toBeUndefined();
    expect(JSON.stringify(view)).not.toMatch(/awaited/i);
  });
});
