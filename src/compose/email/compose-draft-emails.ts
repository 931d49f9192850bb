import type { ReturnDeadline } from '../../assess/return-deadline.js';
import type { Area, Author } from '../../model/pack-workbook.js';
import { dayInWords, listInWords, longDate, monthInWords, oneLine } from '../words.js';
import type { AreaView, MetricView, PackModel } from '../pack-model.js';
import type { PackIdentity } from '../pack-identity.js';
import { hexColour, paletteOf } from '../slide-pack/palette.js';
import { renderHtmlTemplate, renderTemplate } from '../templates.js';
import type { AreaLines, AttachmentNote, DraftEmailContext, DraftEmailView, MetricLine } from './draft-email-view.js';

export interface DraftEmailsInput {
  readonly model: PackModel;
  /** The pack's names: each author's draft file. */
  readonly identity: Pick<PackIdentity, 'drafts'>;
  /** The Authors and Areas sheets: the pack model names each area's author, but not by Id. */
  readonly authors: readonly Author[];
  readonly areas: readonly Area[];
  /** Absent when the Meetings sheet has no meeting for the month: then no deadline is given. */
  readonly deadline?: ReturnDeadline;
  /** The "Drafts from" setting. */
  readonly from?: string;
  /** What is attached to each author's draft, for the list in the body. */
  readonly attachmentsFor: (authorId: string) => readonly AttachmentNote[];
}

function movementInWords(metric: MetricView): string {
  switch (metric.movement) {
    case 'improved':
    case 'worsened':
      return `${metric.movement} (was ${metric.previousRating})`;
    case 'new':
      return 'newly rated';
    case 'not-rated':
      return 'not rated';
    default:
      return metric.movement;
  }
}

function metricLine(metric: MetricView, palette: ReturnType<typeof paletteOf>): MetricLine {
  const figures = metric.levels.find((l) => l.level === metric.headlineLevel) ?? metric.levels[0];
  const shade = palette.rating[metric.rating.rating];
  return {
    label: oneLine(metric.label),
    period: metric.currentPeriod?.label ?? 'none',
    level: figures?.levelName ?? '',
    actual: figures?.actual?.display ?? 'no figure yet',
    plan: figures?.plan?.display ?? '',
    rating: metric.rating.word,
    because: metric.rating.because,
    fill: shade.fill ?? '',
    colour: shade.colour,
    movement: movementInWords(metric),
  };
}

function areaLines(area: AreaView, palette: ReturnType<typeof paletteOf>): AreaLines {
  return { name: oneLine(area.name), metrics: area.metrics.map((m) => metricLine(m, palette)), narrativeAwaited: area.narrative === undefined };
}

function deadlineWords(deadline: ReturnDeadline | undefined): DraftEmailContext['deadline'] {
  if (deadline === undefined) return null;
  return { date: dayInWords(deadline.date), short: longDate(deadline.date).replace(/ \d{4}$/, ''), workingDays: deadline.workingDays, meeting: dayInWords(deadline.meeting) };
}

/**
 * One draft e-mail per author with an area in the pack, in pack order of their first area: their
 * metrics with ratings and movement, which narrative is still awaited, the return deadline and
 * what is attached. Subject, text and HTML come from `templates/email/`.
 */
export function composeDraftEmails(input: DraftEmailsInput): DraftEmailView[] {
  const { model } = input;
  const palette = paletteOf(model.colours);
  const authorOfArea = new Map(input.areas.map((a) => [a.id, a.authorId]));
  const emails: DraftEmailView[] = [];
  const done = new Set<string>();
  for (const first of model.areas) {
    const authorId = authorOfArea.get(first.id);
    const author = input.authors.find((a) => a.id === authorId);
    if (author === undefined || done.has(author.id)) continue;
    done.add(author.id);
    const areas = model.areas.filter((a) => authorOfArea.get(a.id) === author.id).map((a) => areaLines(a, palette));
    const awaited = areas.filter((a) => a.narrativeAwaited).map((a) => a.name);
    const context: DraftEmailContext = {
      author: { name: oneLine(author.name), role: oneLine(author.role) },
      committee: oneLine(model.committee),
      organisation: oneLine(model.organisation),
      month: monthInWords(model.month.key),
      areas,
      areaNames: listInWords(areas.map((a) => a.name)),
      awaitedNames: listInWords(awaited),
      awaitedCount: awaited.length,
      deadline: deadlineWords(input.deadline),
      attachments: input.attachmentsFor(author.id),
      primary: hexColour(model.colours.primary),
    };
    emails.push({
      authorId: author.id,
      file: input.identity.drafts.email(author.id),
      to: { name: author.name, address: author.email },
      ...(input.from === undefined ? {} : { from: input.from }),
      // A subject is one line whatever the template holds: a line break would end the header.
      subject: oneLine(renderTemplate('email/subject', context)),
      text: `${renderTemplate('email/text', context)}\n`,
      html: `${renderHtmlTemplate('email/html', context)}\n`,
      month: model.month.key,
      date: model.date,
    });
  }
  return emails;
}
