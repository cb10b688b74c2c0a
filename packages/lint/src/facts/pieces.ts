import { lineEnd } from './container-lines.js';

/*
 * A syntax tree costs about ninety times its text (a list item is a handful of objects), so a large
 * file is read in pieces and only one piece's tree is alive at a time. A piece ends only where the
 * text alone shows that no block can run across the cut:
 *
 * - `blank`: after a blank line, before a line that starts in column 0 with something no container
 *   continues with (`afterBlankClosingAll`, which also cuts the parts micromark reads). Only a fence
 *   or an HTML block left open at the top level survives there; the walk checks the piece's tree
 *   for that.
 * - `item`: before a one-line bullet item in column 0 with a letter after its marker, which ends
 *   every container but a top-level list of its marker. The walk checks that the piece ends in
 *   such a list and the next begins with the item, and joins the two halves into one list.
 */

export type CutKind = 'blank' | 'item';

export interface Piece {
  from: number;
  to: number;
  /** How the piece ends; null for the last one. */
  cut: CutKind | null;
}

const itemLine = /^[-+*] +[A-Za-z]/;

/** Pieces of at least `bytes` (but the last), cut at the first safe line after that size. */
export function splitIntoPieces(source: string, lineStarts: readonly number[], bytes: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (let line = 1; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    if (start - from < bytes || start >= source.length) continue;
    const cut = cutBefore(source, lineStarts, line);
    if (!cut) continue;
    pieces.push({ from, to: start, cut });
    from = start;
  }
  pieces.push({ from, to: source.length, cut: null });
  return pieces;
}

function cutBefore(source: string, lineStarts: readonly number[], line: number): CutKind | null {
  const start = lineStarts[line]!;
  const end = lineEnd(source, lineStarts, line);
  if (afterBlankClosingAll(source, start, end)) return 'blank';
  return itemLine.test(source.slice(start, end)) ? 'item' : null;
}

/** A line that may start a list item (and so continue a list above it). */
const itemStart = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** micromark reads a line after indented code as if it interrupted it: an item in a new quote could read otherwise. */
const quotedItemStart = /^>[> \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Whether the line `[start, end)` follows a blank line and starts, in column 0, with something no
 * container continues with (not whitespace, a byte order mark, a list item, or a quote opening
 * one): CommonMark has closed every block there but a fenced code or HTML block left open. Where
 * the pieces of a large file and the parts micromark reads are cut.
 */
export function afterBlankClosingAll(source: string, start: number, end: number): boolean {
  if (start === 0 || end === start || source.charCodeAt(start - 1) !== 10) return false;
  const code = source.charCodeAt(start);
  if (code === 32 || code === 9 || code === 0xfeff) return false;
  const previous = source.lastIndexOf('\n', start - 2) + 1;
  for (let index = previous; index < start - 1; index++) {
    const other = source.charCodeAt(index);
    if (other !== 32 && other !== 9) return false;
  }
  const line = source.slice(start, end);
  return !itemStart.test(line) && !quotedItemStart.test(line);
}
