import type { TextEdit } from '../engine/rule.js';

const context = 3;

/** A place whose line is known already (the parser's): counting lines starts there, not at the top. */
export interface LineAnchor {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units: checked against the offset. */
  column: number;
}

/**
 * Lines of a text, asked for in increasing offsets: each `\n` is counted once, and no table of the
 * whole file's line starts is built (a run's fixes touch a few lines of large files). An offset at
 * the end of a text that ends with `\n` is on its last line.
 */
class Lines {
  #line = 0;
  #offset = 0;
  /** Sorted by offset; the next one not yet passed is `#anchors[#next]`. */
  readonly #anchors: readonly LineAnchor[];
  #next = 0;

  constructor(
    readonly text: string,
    anchors: readonly LineAnchor[],
  ) {
    this.#anchors = usableAnchors(text, anchors);
  }

  #clamp(offset: number): number {
    return offset > 0 && offset >= this.text.length && this.text.endsWith('\n') ? this.text.length - 1 : offset;
  }

  /** The 0-based line holding `offset`. */
  at(offset: number): number {
    const at = this.#clamp(offset);
    // Plain assignments, not destructuring: this runs for every edit of a run, and destructuring
    // goes through the array iterator (more to interpret, and to compile once hot).
    if (at < this.#offset) {
      this.#line = 0;
      this.#offset = 0;
      this.#next = 0;
    }
    while (this.#next < this.#anchors.length && this.#anchors[this.#next]!.offset <= at) {
      const anchor = this.#anchors[this.#next++]!;
      if (anchor.offset > this.#offset) {
        this.#line = anchor.line - 1;
        this.#offset = anchor.offset;
      }
    }
    for (let index = this.text.indexOf('\n', this.#offset); index !== -1 && index < at;) {
      this.#line++;
      index = this.text.indexOf('\n', index + 1);
    }
    this.#offset = at;
    return this.#line;
  }

  /** Where the line holding `offset` starts, `up` lines up (fewer at the start of the text). */
  startAbove(offset: number, up: number): number {
    const at = this.#clamp(offset);
    let start = at === 0 ? 0 : this.text.lastIndexOf('\n', at - 1) + 1;
    for (let line = 0; line < up && start > 0; line++)
      start = start < 2 ? 0 : this.text.lastIndexOf('\n', start - 2) + 1;
    return start;
  }

  /** Where the line holding `offset` ends (after its `\n`), `down` lines down (fewer at the end). */
  endBelow(offset: number, down: number): number {
    let end = this.#clamp(offset);
    for (let line = 0; line <= down && end < this.text.length; line++) {
      const next = this.text.indexOf('\n', end);
      end = next === -1 ? this.text.length : next + 1;
    }
    return end;
  }
}

/**
 * The anchors whose line can be trusted to be git's: only in a text without `\r` (where the parser
 * counts lines as git does, by `\n`), and only those whose column agrees with their offset, lines
 * in order; none at all if one does not.
 */
function usableAnchors(text: string, anchors: readonly LineAnchor[]): LineAnchor[] {
  if (anchors.length === 0 || text.includes('\r')) return [];
  const sorted = [...anchors].sort((a, b) => a.offset - b.offset);
  for (let index = 0; index < sorted.length; index++) {
    const { offset, line, column } = sorted[index]!;
    if (!Number.isInteger(offset) || !Number.isInteger(line) || offset < 0 || offset > text.length || line < 1)
      return [];
    const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    if (column !== offset - lineStart + 1 || (lineStart === 0) !== (line === 1)) return [];
    const previous = sorted[index - 1];
    if (previous && (line < previous.line || (line === previous.line) !== lineStart <= previous.offset)) return [];
  }
  return sorted;
}

/**
 * Each line of `text` (which keeps its `\n`) after `sign`, onto `out`; a last line without one is
 * marked as git marks it. One string per piece of text, not one per line. Returns the number of
 * lines, a last one without `\n` included: the breaks the replacement added, counted by its length
 * (no loop over the lines of a long hunk).
 */
function prefixed(out: string[], text: string, sign: string): number {
  if (text === '') return 0;
  const ends = text.endsWith('\n');
  const lines = ends ? text.slice(0, -1) : text;
  const marked = lines.replaceAll('\n', `\n${sign}`);
  out.push(sign + marked + (ends ? '\n' : '\n\\ No newline at end of file\n'));
  return (marked.length - lines.length) / sign.length + 1;
}

/**
 * A unified diff (`git apply` form) of `text` with non-overlapping `edits` applied, built from the
 * edits themselves: each run of changed lines with three lines of context, in time linear in the
 * text, not a general diff of two files. `anchors` (places whose line the parser gave, such as the
 * findings') spare counting the lines above them.
 */
export function unifiedDiffOfEdits(
  path: string,
  text: string,
  edits: readonly TextEdit[],
  anchors: readonly LineAnchor[] = [],
): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return '';
  const lines = new Lines(text, anchors);
  // Changed line ranges (inclusive, with the offsets where they start and end), merged when their
  // context would touch.
  const ranges: Range[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const edit = sorted[index]!;
    const first = lines.at(edit.start);
    const lastOffset = Math.max(edit.start, edit.end - 1);
    const last = Math.max(first, lines.at(lastOffset));
    const previous = ranges[ranges.length - 1];
    if (previous && first - previous.last <= 2 * context + 1) {
      if (last > previous.last) {
        previous.last = last;
        previous.lastOffset = lastOffset;
      }
      previous.edits.push(edit);
    } else ranges.push({ first, last, lastOffset, edits: [edit] });
  }
  // Pieces joined once at the end: one flat string, not a chain of concatenations kept alive with it.
  const out = [`diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n`];
  let shift = 0;
  for (let index = 0; index < ranges.length; index++) shift = hunk(out, text, lines, ranges[index]!, shift);
  return out.join('');
}

/** A changed line range (inclusive, with the offsets where it starts and ends) and its edits. */
interface Range {
  first: number;
  last: number;
  lastOffset: number;
  edits: TextEdit[];
}

/**
 * One hunk onto `out`; `shift` is how many lines the hunks above added. Returns the shift after
 * this one. A function of its own: the loop over ranges stays small where it is compiled hot.
 */
function hunk(out: string[], text: string, lines: Lines, range: Range, shift: number): number {
  const oldStart = lines.startAbove(range.edits[0]!.start, 0);
  const oldEnd = lines.endBelow(range.lastOffset, 0);
  const before = lines.startAbove(oldStart, context);
  const after = lines.endBelow(range.lastOffset, context);
  const oldText = text.slice(oldStart, oldEnd);
  let newText = '';
  let cursor = oldStart;
  for (let index = 0; index < range.edits.length; index++) {
    const edit = range.edits[index]!;
    newText += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  newText += text.slice(cursor, oldEnd);
  const leading = text.slice(before, oldStart);
  const trailing = text.slice(oldEnd, after);
  // The header counts the lines written under it: it is filled in after them.
  const header = out.push('') - 1;
  const above = prefixed(out, leading, ' ');
  const removed = prefixed(out, oldText, '-');
  const added = prefixed(out, newText, '+');
  const below = prefixed(out, trailing, ' ');
  const oldCount = above + removed + below;
  const newCount = above + added + below;
  const oldLine = range.first - above + 1;
  out[header] = `@@ -${oldLine},${oldCount} +${oldLine + shift},${newCount} @@\n`;
  return shift + newCount - oldCount;
}
