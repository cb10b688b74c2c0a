import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-edits.js';
import type { TextEdit } from './rule.js';

/** The rule as first written: every edit checked against every edit taken. */
function reference(text: string, groups: ReadonlyArray<readonly TextEdit[]>): string {
  const taken: TextEdit[] = [];
  const overlaps = (edit: TextEdit) =>
    taken.some(
      (other) =>
        (edit.start < other.end && other.start < edit.end) || (edit.start === edit.end && edit.start === other.start),
    );
  for (const group of [...groups].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))) {
    if (group.some(overlaps)) continue;
    taken.push(...group);
  }
  let out = '';
  let cursor = 0;
  for (const edit of taken.sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

describe('applyEdits', () => {
  it('applies edits that do not overlap and leaves an overlapping group whole for the next pass', () => {
    const text = 'abcdefghij';
    expect(
      applyEdits(text, [
        [{ start: 1, end: 3, text: 'X' }],
        [
          { start: 2, end: 4, text: 'Y' },
          { start: 8, end: 9, text: 'Z' },
        ],
        [{ start: 5, end: 5, text: '+' }],
        [{ start: 5, end: 5, text: '-' }],
        [{ start: 6, end: 7, text: '' }],
      ]),
    ).toBe('aXde+fhij');
  });

  it('decides as the edit-by-edit check does, on random groups', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = 'x'.repeat(200);
    for (let round = 0; round < 300; round++) {
      const groups = Array.from({ length: 1 + random(30) }, () =>
        Array.from({ length: 1 + random(3) }, () => {
          const start = random(200);
          const end = Math.min(200, start + random(4));
          return { start, end, text: String(random(10)) };
        }).sort((a, b) => a.start - b.start),
      );
      expect(applyEdits(text, groups)).toBe(reference(text, groups));
    }
  });
});
