import type { Definition, Image, Link } from 'mdast';

/** Offsets (into the whole document) of a destination as it is written, brackets included. */
export interface DestinationSpan {
  start: number;
  end: number;
  /** Start of the white space between `(` (or `]:`) and the destination; equals `start` when none. */
  outerStart: number;
  /** End of the white space between the destination and a closing `)`; equals `end` otherwise. */
  outerEnd: number;
}

/**
 * Finds where the destination of a link, image or definition is written.
 * mdast keeps the decoded URL but not its span; the node's own span (from the
 * AST) is tokenised by the CommonMark destination grammar to find it.
 * Returns null for autolinks, whose text is their destination.
 */
export function findDestination(source: string, node: Link | Image | Definition): DestinationSpan | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  let cursor: number;
  let outer: number;
  if (node.type === 'definition') {
    const labelEnd = matchBracket(source, start, end);
    if (labelEnd === -1 || source[labelEnd + 1] !== ':') return null;
    outer = labelEnd + 2;
    cursor = skipWhitespace(source, outer, end);
  } else {
    const open = node.type === 'image' ? start + 1 : start;
    if (source[open] !== '[') return null;
    const lastChild = node.type === 'link' ? node.children.at(-1) : undefined;
    const textEnd =
      lastChild?.position?.end.offset !== undefined
        ? closingBracketAfter(source, lastChild.position.end.offset, end)
        : matchBracket(source, open, end);
    if (textEnd === -1 || source[textEnd + 1] !== '(') return null;
    outer = textEnd + 2;
    cursor = skipWhitespace(source, outer, end);
  }
  const destinationStop = destinationEnd(source, cursor, end);
  const after = skipWhitespace(source, destinationStop, end);
  return {
    start: cursor,
    end: destinationStop,
    outerStart: node.type === 'definition' ? cursor : outer,
    outerEnd: node.type !== 'definition' && source[after] === ')' ? after : destinationStop,
  };
}

function closingBracketAfter(source: string, from: number, limit: number): number {
  for (let index = from; index < limit; index++) if (source[index] === ']') return index;
  return -1;
}

function matchBracket(source: string, open: number, limit: number): number {
  let depth = 0;
  for (let index = open; index < limit; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

function skipWhitespace(source: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && /\s/.test(source[index]!)) index++;
  return index;
}

function destinationEnd(source: string, from: number, limit: number): number {
  if (source[from] === '<') {
    for (let index = from + 1; index < limit; index++) {
      if (source[index] === '\\') index++;
      else if (source[index] === '>') return index + 1;
    }
    return from;
  }
  let depth = 0;
  let index = from;
  for (; index < limit; index++) {
    const char = source[index]!;
    if (char === '\\') {
      index++;
      continue;
    }
    if (/\s/.test(char)) break;
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return Math.min(index, limit);
}
