import { monthLongLabel } from '../model/period.js';
import type { AreaChange, MergeChanges, ReturnChange, SectionChange } from './merge-changes.js';
import { sectionHeader } from './return-format.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sectionLine(change: SectionChange): string {
  const name = sectionHeader(change.section);
  if (change.status === 'added') return `${name}: added, ${plural(change.after, 'bullet')}`;
  return `${name}: changed, ${change.before} -> ${plural(change.after, 'bullet')}`;
}

function areaLines(area: AreaChange): string[] {
  const name = `${area.areaName} (${area.areaId})`;
  const row = area.row === undefined ? '' : `Narrative row ${area.row}`;
  switch (area.status) {
    case 'unchanged':
      return [`${name}: unchanged`];
    case 'blank':
      return [`${name}: returned blank, left as it was`];
    case 'missing':
      return [`${name}: not in the return, left as it was`];
    case 'added':
    case 'changed': {
      const head = area.status === 'added' ? `${name}: added${row === '' ? '' : ` as ${row}`}` : `${name}: changed${row === '' ? '' : ` (${row})`}`;
      const moved = area.sections.filter((s) => s.status === 'added' || s.status === 'changed').map((s) => `  ${sectionLine(s)}`);
      const named = (status: 'unchanged' | 'blank') => area.sections.filter((s) => s.status === status).map((s) => sectionHeader(s.section));
      const unchanged = named('unchanged');
      const blank = named('blank');
      return [head, ...moved, ...(unchanged.length > 0 ? [`  unchanged: ${unchanged.join(', ')}`] : []), ...(blank.length > 0 ? [`  blank: ${blank.join(', ')}`] : [])];
    }
  }
}

function changedSomething(ret: ReturnChange): boolean {
  return ret.areas.some((a) => a.status === 'added' || a.status === 'changed');
}

function totals(changes: MergeChanges): string {
  const areas = changes.returns.flatMap((r) => r.areas);
  const count = (status: AreaChange['status']) => areas.filter((a) => a.status === status).length;
  const leftAlone = count('blank') + count('missing');
  const idle = changes.returns.filter((r) => !changedSomething(r)).length;
  const parts = [`${plural(count('changed'), 'area')} changed`, `${count('added')} added`, `${count('unchanged')} unchanged`, ...(leftAlone > 0 ? [`${leftAlone} left as ${leftAlone === 1 ? 'it was' : 'they were'}`] : [])];
  return `${parts.join(', ')}; ${plural(idle, 'return')} changed nothing`;
}

/**
 * The change list the merge prints, a line each: per return (by file name), per area (in the
 * pack's order), each section added or changed with its bullets before -> after, then the
 * sections unchanged or blank, and the totals. The same merge always gives the same lines.
 */
export function describeChanges(changes: MergeChanges): string[] {
  const lines = [`${monthLongLabel(changes.month)} narrative for the ${changes.committee}: ${plural(changes.returns.length, 'return')}`];
  for (const ret of changes.returns) {
    lines.push(`  ${ret.file}: ${ret.author}, ${ret.authorId}${changedSomething(ret) ? '' : ': changed nothing'}`);
    for (const area of ret.areas) lines.push(...areaLines(area).map((line) => `    ${line}`));
  }
  lines.push(`  ${totals(changes)}`);
  return lines;
}
