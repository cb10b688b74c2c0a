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

/** The groups `applyEdits` applies in one pass, in start order: those that overlap no group taken before them. */
export function takenEdits<T extends readonly TextEdit[]>(groups: ReadonlyArray<T>): T[] {
  // Taken edits never overlap one another, so sorted by start they are sorted by end too, and an
  // edit is checked against its neighbours found by binary search, not against every edit taken.
  const taken: TextEdit[] = [];
  const groupsTaken: T[] = [];
  // The index of the first taken edit starting at or after `start` (or after it, with `past`).
  const firstAtOrAfter = (start: number, past = false) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = taken[middle]!.start;
      if (other < start || (past && other === start)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const overlaps = (edit: TextEdit) => {
    const index = firstAtOrAfter(edit.start);
    const before = taken[index - 1];
    if (before && edit.start < before.end) return true;
    for (let next = index; next < taken.length && taken[next]!.start <= edit.end; next++) {
      const other = taken[next]!;
      if (edit.start < other.end && other.start < edit.end) return true;
      if (edit.start === edit.end && edit.start === other.start) return true;
    }
    return false;
  };
  for (const group of [...groups].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))) {
    if (group.some(overlaps)) continue;
    // After the edits that start at the same place: those are applied first, as they came.
    for (const edit of group) taken.splice(firstAtOrAfter(edit.start, true), 0, edit);
    groupsTaken.push(group);
  }
  return groupsTaken;
}
