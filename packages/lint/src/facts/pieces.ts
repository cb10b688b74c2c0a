import { lineEnd } from './container-lines.js';

/*
 * A syntax tree costs about ninety times its text (a list item is a handful of objects), so a large
 * file is read in pieces and only one piece's tree is alive at a time. A piece ends only where the
 * text alone shows that no block can run across the cut:
 *
 * - `blank`: after a blank line, before a line that starts in column 0 with something no container
 *   continues with (not `>`, a list marker, a digit or whitespace). Only a fence or an HTML block
 *   left open at the top level survives there; the walk checks the piece's tree for that.
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
  if (end === start) return null;
  if (startsBlockOfItsOwn(source.charCodeAt(start)))
    return /^[ \t]*$/.test(source.slice(lineStarts[line - 1]!, start - 1)) ? 'blank' : null;
  return itemLine.test(source.slice(start, end)) ? 'item' : null;
}

/** Not whitespace, `>`, a bullet or a digit (an ordered marker): what could continue a container. */
function startsBlockOfItsOwn(code: number): boolean {
  return !(
    code === 32 ||
    code === 9 ||
    code === 62 ||
    code === 45 ||
    code === 43 ||
    code === 42 ||
    (code >= 48 && code <= 57)
  );
}
