import type { CoverReportView, BlockView } from '../../src/compose/cover-report/cover-report-view.js';
import type { LevelFigures, MetricView, PackModel, RatingView } from '../../src/compose/pack-model.js';
import type { SlideItemView, SlidePackView, TableRowView } from '../../src/compose/slide-pack/slide-pack-view.js';

/**
 * Outlines a reviewer can read: what each document says, without its geometry or styling. The
 * layout rules (fit, fill, sizes) are asserted directly by the tests; the outlines show what
 * changed in the words and figures when a change is reviewed.
 */

/** How many body rows of a table an outline shows. */
const ROWS_SHOWN = 3;
/** Text longer than this is cut in an outline (the documents print it in full). */
const LONGEST = 160;

function cut(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > LONGEST ? `${one.slice(0, LONGEST - 1)}…` : one;
}

function runsText(runs: readonly { readonly text: string }[]): string {
  return runs.map((r) => r.text).join('');
}

function rowText(row: TableRowView): string {
  return `| ${row.cells.map((c) => cut(runsText(c.runs))).join(' | ')} |`;
}

function tableLines(header: string, rows: readonly string[]): string[] {
  const more = rows.length > ROWS_SHOWN ? [`    … ${rows.length - ROWS_SHOWN} more rows`] : [];
  return [`    ${header}`, ...rows.slice(0, ROWS_SHOWN).map((r) => `    ${r}`), ...more];
}

/** A slide's items: tables with their header and first rows, text boxes by name with their first words, charts by name; icons and sparklines counted. */
function itemLines(items: readonly SlideItemView[]): string[] {
  const lines: string[] = [];
  const counted = new Map<string, number>();
  for (const item of items) {
    switch (item.kind) {
      case 'table':
        lines.push(`  table "${item.name}" (${item.rows.length} rows)`, ...tableLines(rowText(item.header), item.rows.map(rowText)));
        break;
      case 'text': {
        const paragraphs = item.paragraphs.map((p) => runsText(p.runs)).filter((t) => t.trim() !== '');
        const more = paragraphs.length > 1 ? ` (+${paragraphs.length - 1} paragraphs)` : '';
        lines.push(`  text "${item.name}" ${item.fontSize}pt: ${cut(paragraphs[0] ?? '')}${more}`);
        break;
      }
      case 'line-chart':
        lines.push(`  chart "${item.name}": ${item.series.map((s) => s.name).join(', ')}`);
        break;
      case 'sparkline':
      case 'icon':
        counted.set(item.kind, (counted.get(item.kind) ?? 0) + 1);
        break;
    }
  }
  if (counted.size > 0) lines.push(`  ${[...counted].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ')}`);
  return lines;
}

/** Every slide: its number, kind and title, then its items. */
export function slidePackOutline(view: SlidePackView): string {
  const lines = [`# ${view.title}`, `footer: ${view.footer}`, `${view.slides.length} slides${view.draftMark === undefined ? '' : `, marked ${view.draftMark.text}`}`];
  for (const slide of view.slides) {
    lines.push('', `## ${slide.number} [${slide.kind}] ${slide.title.text}`, ...itemLines(slide.items));
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: BlockView): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${block.text}`];
    case 'paragraph': {
      const marker = { numbered: '1.', lettered: 'a.', bullet: '-', plain: '' }[block.list];
      return [`${marker === '' ? '' : `${marker} `}${runsText(block.runs)}`];
    }
    case 'table': {
      const rows = block.rows.map((row) => `| ${row.map((c) => cut(c.text)).join(' | ')} |`);
      return [`table "${block.title}" (${block.rows.length} rows)`, ...tableLines(`| ${block.columns.map((c) => c.heading).join(' | ')} |`, rows)];
    }
    case 'chart':
      return [`chart "${block.name}"`];
  }
}

/** The cover report: its heading, then each section's headings and paragraphs in full, its tables' first rows, its charts by name. */
export function coverReportOutline(view: CoverReportView): string {
  const { heading } = view;
  const lines = [heading.agendaItem ?? '', heading.committee, heading.meetingDate, heading.reportOf, heading.title, `(${view.mode})`].filter((l) => l !== '');
  view.sections.forEach((section, i) => {
    lines.push('', `--- section ${i + 1} (${section.orientation})`, ...section.blocks.flatMap(blockLines));
  });
  return `${lines.join('\n')}\n`;
}

function ratingText(rating: RatingView): string {
  return `${rating.word}${rating.setByHand ? ' (by hand)' : ''}: ${rating.because}`;
}

function levelText(level: LevelFigures): string {
  return `${level.levelName} plan ${level.plan?.display ?? '–'} actual ${level.actual?.display ?? '–'} ${ratingText(level.rating)}`;
}

function spcText(metric: MetricView): string {
  const spc = metric.spc;
  if (spc === undefined) return 'no SPC';
  const parts = [`${spc.status}, ${spc.points} points`, spc.variation?.word, spc.assurance === undefined ? undefined : `${spc.assurance.word} against ${spc.assurance.targetDisplay ?? spc.assurance.target}`];
  if (spc.change !== undefined) parts.push(`change: ${spc.change.words}`);
  if (spc.assuranceWithheld !== undefined) parts.push(`assurance withheld: ${spc.assuranceWithheld.because}`);
  if (spc.rebasedFrom !== undefined) parts.push(`rebased ${spc.rebasedFrom.join(', ')}`);
  return parts.filter((p): p is string => p !== undefined).join('; ');
}

/** The pack model: its identity and counts, then every metric in a few lines (figures, rating and why, SPC), the finance KPIs and the 3As. */
export function packModelOutline(model: PackModel): string {
  const lines = [
    `${model.organisation}: ${model.committee}, ${model.month.label} (previous ${model.month.previousLabel})`,
    `workbook ${model.workbook.file}; chart slides ${model.chartSlides}; amber tolerance ${model.amberTolerance}; suppress below ${model.suppressBelow}`,
    `meeting ${model.meeting?.date ?? '–'} item ${model.meeting?.agendaItem ?? '–'}`,
    `counts ${JSON.stringify(model.counts)}`,
    `summary counts ${JSON.stringify(model.summaryCounts)}`,
    `SPC assurance ${JSON.stringify(model.spcAssurance)}`,
    `movement ${JSON.stringify(model.movement)}`,
  ];
  for (const area of model.areas) {
    lines.push('', `## ${area.id} ${area.name} (${area.author.role}; narrative ${area.narrative === undefined ? 'awaited' : 'in'})`);
    for (const metric of area.metrics) {
      lines.push(
        `- ${metric.id} ${cut(metric.label)} [${metric.unit}, ${metric.direction}${metric.onSummary ? ', on summary' : ''}] ${metric.currentPeriod?.label ?? 'no period'}, year-end plan ${metric.yearEndPlan?.display ?? '–'}`,
        `    ${ratingText(metric.rating)}; was ${metric.previousRating}, ${metric.movement}`,
        ...metric.levels.map((level) => `    ${levelText(level)}`),
        `    SPC: ${spcText(metric)}`,
        ...(metric.note === undefined ? [] : [`    note: ${metric.note}`]),
      );
    }
  }
  lines.push('', '## Finance');
  for (const kpi of model.finance) {
    lines.push(`- ${cut(kpi.kpi)} [${kpi.unit}]: YTD ${kpi.yearToDate.target ?? '–'} / ${kpi.yearToDate.actual ?? '–'} ${kpi.yearToDate.rating.word}; year ${kpi.fullYear.target ?? '–'} / ${kpi.fullYear.forecast ?? '–'} ${kpi.fullYear.rating.word}`);
  }
  lines.push('', '## 3As');
  for (const [kind, items] of Object.entries(model.threeAs)) {
    for (const item of items) {
      const about = [item.area, item.metric].filter((x): x is string => x !== undefined).join(', ');
      lines.push(`- ${kind}${about === '' ? '' : ` (${about})`}${item.drafted ? ' [drafted]' : ''}: ${cut(item.text)}`);
    }
  }
  lines.push('', '## Warnings', ...model.warnings.map((w) => `- ${w}`));
  return `${lines.join('\n')}\n`;
}
