import type { FieldChange } from '../ports';
import { formatTarget, type Target } from './target';

/** What a stored value reads as in a reply: “text”, 13,000 jobs, a, b, or none. */
function fieldValueText(v: FieldChange['before']): string {
  if (v === null || (Array.isArray(v) && v.length === 0)) return 'none';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object') return formatTarget(v as Target);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : `“${v.length > 80 ? `${v.slice(0, 79)}…` : v}”`;
}

const fieldWords: Record<FieldChange['field'], string> = {
  entityName: 'entity', byName: 'by', byRole: 'role', madeTo: 'to', madeOn: 'made', title: 'title', text: 'text',
  deadline: 'deadline', target: 'target', place: 'place', aliases: 'aliases', keywords: 'keywords',
};

/** "target: 4,000 jobs → $2 billion; place: “Harlan” → none": an edit's reply and its audit row. */
export function describeFieldChanges(changes: FieldChange[]): string {
  return changes.map((c) => `${fieldWords[c.field]}: ${fieldValueText(c.before)} → ${fieldValueText(c.after)}`).join('; ');
}
