import { git } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits } from '../engine/apply-edits.js';
import type { TextEdit } from '../engine/rule.js';
import { unifiedDiffOfEdits, type LineAnchor } from './unified-diff.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-unified-diff-'));
  git(dir, ['init', '-q']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Applies the diff with real `git apply` and returns the file it leaves. */
function gitApply(text: string, edits: TextEdit[]): string {
  writeFileSync(join(dir, 'f.md'), text);
  const patch = unifiedDiffOfEdits('f.md', text, edits);
  writeFileSync(join(dir, 'p.patch'), patch);
  execFileSync('git', ['apply', '--whitespace=nowarn', 'p.patch'], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, 'f.md'), 'utf8');
}

/** The place of an offset as the parser gives it (lines end at `\n`). */
function placeOf(text: string, offset: number): LineAnchor {
  const before = text.slice(0, offset);
  return { offset, line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

const lines = (n: number, end = '\n'): string => Array.from({ length: n }, (_, i) => `line ${i + 1}${end}`).join('');

describe('unifiedDiffOfEdits', () => {
  const cases: [string, string, TextEdit[]][] = [
    ['one edit in the middle', lines(20), [{ start: 40, end: 44, text: 'LINE' }]],
    [
      'edits far apart: two hunks',
      lines(40),
      [
        { start: 8, end: 9, text: 'X' },
        { start: 300, end: 302, text: 'YY\nZ' },
      ],
    ],
    [
      'edits close together: one hunk',
      lines(20),
      [
        { start: 8, end: 9, text: 'X' },
        { start: 60, end: 61, text: '' },
      ],
    ],
    ['the last line without a newline', lines(5).slice(0, -1), [{ start: 30, end: 34, text: 'end' }]],
    ['an edit that removes a line break', lines(6), [{ start: 6, end: 8, text: ' ' }]],
    ['an insertion at the start', lines(3), [{ start: 0, end: 0, text: '# Title\n\n' }]],
    ['CRLF lines', lines(10, '\r\n'), [{ start: 24, end: 28, text: 'Line' }]],
  ];
  for (const [name, text, edits] of cases)
    it(`applies with git apply to what the fix loop writes: ${name}`, () => {
      expect(gitApply(text, edits)).toBe(applyEdits(text, [edits]));
    });

  it('applies with one git apply for 300 seeded random files and edits, each to what the fix loop writes', () => {
    let seed = 11;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >>> 12) % below;
    };
    const pieces = ['a', 'bc', ' ', '\n', '\n\n', '\r\n', 'x\n', 'link'];
    const cases: { name: string; text: string; edits: TextEdit[]; anchors: LineAnchor[] }[] = [];
    for (let index = 0; index < 300; index++) {
      let text = '';
      // Half the files without `\r`, where the anchors are used.
      const from = index % 2 === 0 ? pieces : pieces.filter((piece) => !piece.includes('\r'));
      for (let length = random(400); text.length < length;) text += from[random(from.length)];
      if (random(3) === 0) text += '\n';
      const edits: TextEdit[] = [];
      for (let at = random(30); at <= text.length; at += 1 + random(120)) {
        const end = Math.min(text.length, at + random(12));
        edits.push({ start: at, end, text: pieces[random(pieces.length)]!.repeat(random(3)) });
        at = end;
      }
      // The parser's places of some edits, as the findings carry them.
      const anchors = edits.filter(() => random(2) === 0).map((edit) => placeOf(text, edit.start));
      if (edits.length > 0 && applyEdits(text, [edits]) !== text)
        cases.push({ name: `r/${index}.md`, text, edits, anchors });
    }
    expect(cases.filter((item) => item.anchors.length > 0 && !item.text.includes('\r')).length).toBeGreaterThan(80);
    // Counting from the anchors gives the same diff as counting from the top.
    for (const { name, text, edits, anchors } of cases)
      expect(unifiedDiffOfEdits(name, text, edits, anchors), name).toBe(unifiedDiffOfEdits(name, text, edits));
    // A repository of its own: `git apply` in a subdirectory of one would skip paths outside it.
    const repo = mkdtempSync(join(tmpdir(), 'devguide-unified-diff-random-'));
    git(repo, ['init', '-q']);
    mkdirSync(join(repo, 'r'));
    for (const { name, text } of cases) writeFileSync(join(repo, name), text);
    const patch = cases
      .map(({ name, text, edits, anchors }) => unifiedDiffOfEdits(name, text, edits, anchors))
      .join('');
    writeFileSync(join(repo, 'all.patch'), patch);
    try {
      execFileSync('git', ['apply', '--whitespace=nowarn', 'all.patch'], { cwd: repo, stdio: 'pipe' });
      expect(cases.length).toBeGreaterThan(250);
      for (const { name, text, edits } of cases)
        expect(readFileSync(join(repo, name), 'utf8'), name).toBe(applyEdits(text, [edits]));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('ignores anchors it cannot trust: in a text with \\r, or a column that does not fit the offset', () => {
    const text = lines(30);
    const edits = [{ start: 200, end: 204, text: 'LINE' }];
    const right = unifiedDiffOfEdits('f.md', text, edits);
    expect(right).toContain('@@ -24,7 +24,7 @@');
    // Line 2 at offset 150 is wrong, and its column (1) does not fit the offset either.
    expect(unifiedDiffOfEdits('f.md', text, edits, [{ offset: 150, line: 2, column: 1 }])).toBe(right);
    // A right column but lines out of order with another anchor.
    const second = placeOf(text, 120);
    expect(unifiedDiffOfEdits('f.md', text, edits, [second, { ...placeOf(text, 180), line: second.line - 1 }])).toBe(
      right,
    );
    const crlf = lines(30, '\r\n');
    const crlfEdits = [{ start: 230, end: 234, text: 'LINE' }];
    expect(
      unifiedDiffOfEdits('f.md', crlf, crlfEdits, [{ ...placeOf(crlf, 200), line: placeOf(crlf, 200).line + 5 }]),
    ).toBe(unifiedDiffOfEdits('f.md', crlf, crlfEdits));
  });

  it('is the empty string without edits', () => {
    expect(unifiedDiffOfEdits('f.md', 'a\n', [])).toBe('');
  });
});
