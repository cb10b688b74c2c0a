import { entryKey, listEntries, plain, type LocatedEntry } from './entries.js';
import { targetKey } from './link-target.js';
import type { Entry, Guide } from './model.js';

export interface EntryChange {
  kind: 'added' | 'removed' | 'changed';
  key: string;
  /** Section headings above the entry. */
  sections: string[];
  before?: Entry;
  after?: Entry;
  /** For `changed`: which parts differ. */
  fields?: Array<'title' | 'links' | 'description'>;
}

/** Entries added, removed and changed between two versions of a guide, matched by section and key. */
export function diffEntries(before: Guide, after: Guide): EntryChange[] {
  const keyOf = (located: LocatedEntry) => `${located.sections.map(plain).join(' > ')} :: ${entryKey(located.entry)}`;
  const old = new Map<string, LocatedEntry>();
  for (const located of listEntries(before)) if (!old.has(keyOf(located))) old.set(keyOf(located), located);
  const changes: EntryChange[] = [];
  const seen = new Set<string>();
  for (const located of listEntries(after)) {
    const key = keyOf(located);
    if (seen.has(key)) continue;
    seen.add(key);
    const previous = old.get(key);
    if (!previous) {
      changes.push({ kind: 'added', key: entryKey(located.entry), sections: located.sections, after: located.entry });
      continue;
    }
    const fields = changedFields(previous.entry, located.entry);
    if (fields.length > 0)
      changes.push({
        kind: 'changed',
        key: entryKey(located.entry),
        sections: located.sections,
        before: previous.entry,
        after: located.entry,
        fields,
      });
  }
  for (const [key, located] of old) {
    if (!seen.has(key))
      changes.push({
        kind: 'removed',
        key: entryKey(located.entry),
        sections: located.sections,
        before: located.entry,
      });
  }
  return changes;
}

function changedFields(a: Entry, b: Entry): Array<'title' | 'links' | 'description'> {
  const fields: Array<'title' | 'links' | 'description'> = [];
  if (plain(a.title ?? '') !== plain(b.title ?? '')) fields.push('title');
  const links = (entry: Entry) =>
    entry.links.map((link) => `${plain(link.text)} -> ${targetKey(link.target)}`).join(' | ');
  if (links(a) !== links(b)) fields.push('links');
  if (plain(a.description.raw) !== plain(b.description.raw)) fields.push('description');
  return fields;
}
