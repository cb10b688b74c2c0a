import type { TextEdit } from '../engine/rule.js';

const context = 3;

/** Offsets where each line starts (a line keeps its `\n`; `\r\n` stays in the line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  if (starts.at(-1) === text.length && text.length > 0) starts.pop();
  return starts;
}

/** The 0-based line holding `offset` (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function prefixed(text: string, sign: string): string {
  if (text === '') return '';
  const lines = text.split(/(?<=\n)/);
  return lines
    .map((line) => (line.endsWith('\n') ? `${sign}${line}` : `${sign}${line}\n\\ No newline at end of file\n`))
    .join('');
}

function count(text: string): number {
  return text === '' ? 0 : text.split(/(?<=\n)/).length;
}

/**
 * A unified diff (`git apply` form) of `text` with non-overlapping `edits` applied, built from the
 * edits themselves: each run of changed lines with three lines of context, in time linear in the
 * text, not a general diff of two files.
 */
export function unifiedDiffOfEdits(path: string, text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return '';
  const starts = lineStarts(text);
  const lineEnd = (line: number): number => (line + 1 < starts.length ? starts[line + 1]! : text.length);
  // Changed line ranges (inclusive), merged when their context would touch.
  const ranges: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const edit of sorted) {
    const first = lineAt(starts, edit.start);
    const last = Math.max(first, lineAt(starts, Math.max(edit.start, edit.end - 1)));
    const previous = ranges.at(-1);
    if (previous && first - previous.last <= 2 * context + 1) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(edit);
    } else ranges.push({ first, last, edits: [edit] });
  }
  let out = `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n`;
  let shift = 0;
  for (const range of ranges) {
    const before = Math.max(0, range.first - context);
    const after = Math.min(starts.length - 1, range.last + context);
    const oldStart = starts[range.first]!;
    const oldEnd = lineEnd(range.last);
    const oldText = text.slice(oldStart, oldEnd);
    let newText = '';
    let cursor = oldStart;
    for (const edit of range.edits) {
      newText += text.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    newText += text.slice(cursor, oldEnd);
    const leading = text.slice(starts[before]!, oldStart);
    const trailing = text.slice(oldEnd, lineEnd(after));
    const oldCount = count(leading) + count(oldText) + count(trailing);
    const newCount = count(leading) + count(newText) + count(trailing);
    const oldLine = before + 1;
    out += `@@ -${oldLine},${oldCount} +${oldLine + shift},${newCount} @@\n`;
    out += prefixed(leading, ' ') + prefixed(oldText, '-') + prefixed(newText, '+') + prefixed(trailing, ' ');
    shift += newCount - oldCount;
  }
  return out;
}
