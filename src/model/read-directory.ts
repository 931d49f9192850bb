import { z } from 'zod';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { LEVEL_KINDS } from '../format/choices.js';
import { cellOf, type RawSheet } from '../xlsx/raw-workbook.js';
import { choiceCell, dateCell, emailCell, idCell, monthCell, optionalText, requiredText } from './cell-schemas.js';
import type { Area, Author, Contact, Level, Meeting, Paper } from './pack-workbook.js';
import type { IdLookup } from './id-lookup.js';
import { parseRows } from './parse-rows.js';
import { periodKey, periodLabel } from './period.js';
import { duplicateIdOptions, uniqueRows } from './unique.js';

/* The sheets that name things: levels, authors, areas, meetings, contacts and papers. */

const LevelRow = z.object({
  id: idCell('the level Id'),
  name: requiredText({ singleLine: true, what: 'the level name' }),
  shortName: requiredText({ singleLine: true, what: 'the short name' }),
  kind: choiceCell(LEVEL_KINDS, 'the kind', true),
});

export function readLevels(sheet: RawSheet | undefined, diagnostics: Diagnostics): Level[] {
  const rows = uniqueRows(parseRows(sheet, LevelRow, diagnostics), (d) => d.id.toLowerCase(), (d) => `the level Id "${d.id}"`, diagnostics, duplicateIdOptions('level'));
  return rows.map(({ data }) => data);
}

const AuthorRow = z.object({
  id: idCell('the author Id'),
  name: requiredText({ singleLine: true, what: "the author's name" }),
  role: requiredText({ singleLine: true, what: "the author's role" }),
  email: emailCell(true),
});

export function readAuthors(sheet: RawSheet | undefined, diagnostics: Diagnostics): Author[] {
  const rows = uniqueRows(parseRows(sheet, AuthorRow, diagnostics), (d) => d.id.toLowerCase(), (d) => `the author Id "${d.id}"`, diagnostics, duplicateIdOptions('author'));
  return rows.map(({ data }) => ({ id: data.id, name: data.name, role: data.role, email: data.email ?? '' }));
}

const AreaRow = z.object({
  id: idCell('the area Id'),
  name: requiredText({ singleLine: true, what: 'the area name' }),
  author: idCell('the author Id'),
  tableHeading: optionalText({ singleLine: true, what: 'the table heading' }),
});

export function readAreas(sheet: RawSheet | undefined, authors: IdLookup, diagnostics: Diagnostics): Area[] {
  const rows = uniqueRows(parseRows(sheet, AreaRow, diagnostics), (d) => d.id.toLowerCase(), (d) => `the area Id "${d.id}"`, diagnostics, duplicateIdOptions('area'));
  const areas: Area[] = [];
  for (const { row, data } of rows) {
    if (sheet === undefined || !authors.check(data.author, cellOf(row, 'author', sheet.columns).place, 'author', diagnostics, 'model/unknown-author')) continue;
    areas.push(data.tableHeading === undefined ? { id: data.id, name: data.name, authorId: data.author } : { id: data.id, name: data.name, authorId: data.author, tableHeading: data.tableHeading });
  }
  return areas;
}

const MeetingRow = z.object({
  month: monthCell(),
  meetingDate: dateCell,
  agendaItem: optionalText({ singleLine: true, what: 'the agenda item' }),
});

export function readMeetings(sheet: RawSheet | undefined, diagnostics: Diagnostics): Meeting[] {
  const rows = uniqueRows(parseRows(sheet, MeetingRow, diagnostics), (d) => periodKey(d.month), (d) => `a meeting for ${periodLabel(d.month)}`, diagnostics);
  return rows.map(({ data }) => (data.agendaItem === undefined ? { month: data.month, date: data.meetingDate } : { month: data.month, date: data.meetingDate, agendaItem: data.agendaItem }));
}

const ContactRow = z.object({
  name: requiredText({ singleLine: true, what: "the contact's name" }),
  role: requiredText({ singleLine: true, what: "the contact's role" }),
  organisation: optionalText({ singleLine: true, what: 'the organisation' }),
  email: emailCell(false),
  phone: optionalText({ singleLine: true, what: 'the phone number' }),
});

/** Drops the keys whose value is undefined, so optional fields are absent rather than undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function readContacts(sheet: RawSheet | undefined, diagnostics: Diagnostics): Contact[] {
  return parseRows(sheet, ContactRow, diagnostics).map(({ data }) => defined<Contact>(data));
}

const PaperRow = z.object({
  title: requiredText({ what: 'the title' }),
  link: optionalText({ singleLine: true, what: 'the link' }),
});

export function readPapers(sheet: RawSheet | undefined, diagnostics: Diagnostics): Paper[] {
  return parseRows(sheet, PaperRow, diagnostics).map(({ data }) => defined<Paper>(data));
}

export { defined };
