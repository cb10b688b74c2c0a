import type { TextEdit } from './rule.js';

/**
 * Applies each finding's edits as one group: a group that overlaps an edit
 * already taken waits whole for the next pass (fixes re-lint until stable), so
 * a finding is never half-fixed.
 */
export function applyEdits(text: string, groups: ReadonlyArray<readonly TextEdit[]>): string {
  const taken = takenEdits(groups).flat();
  let out = '';
  let cursor = 0;
  for (const edit of taken.sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** The groups `applyEdits` applies in one pass: those that overlap no group before them. */
export function takenEdits<T extends readonly TextEdit[]>(groups: ReadonlyArray<T>): T[] {
  const taken: TextEdit[] = [];
  const groupsTaken: T[] = [];
  const overlaps = (edit: TextEdit) =>
    taken.some(
      (other) =>
        (edit.start < other.end && other.start < edit.end) || (edit.start === edit.end && edit.start === other.start),
    );
  for (const group of [...groups].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))) {
    if (group.some(overlaps)) continue;
    taken.push(...group);
    groupsTaken.push(group);
  }
  return groupsTaken;
}
