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
  for (let index = from; index < limit; index++) if (source.charCodeAt(index) === 93) return index;
  return -1;
}

function matchBracket(source: string, open: number, limit: number): number {
  let depth = 0;
  for (let index = open; index < limit; index++) {
    const code = source.charCodeAt(index);
    if (code === 92) index++;
    else if (code === 91) depth++;
    else if (code === 93 && --depth === 0) return index;
  }
  return -1;
}

/**
 * What `/\s/` matches, by code (every link's destination is scanned: a one-character string per
 * character, and a regular expression on each, cost more than the scan).
 */
export function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function skipWhitespace(source: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && isSpace(source.charCodeAt(index))) index++;
  return index;
}

function destinationEnd(source: string, from: number, limit: number): number {
  if (source.charCodeAt(from) === 60) {
    for (let index = from + 1; index < limit; index++) {
      const code = source.charCodeAt(index);
      if (code === 92) index++;
      else if (code === 62) return index + 1;
    }
    return from;
  }
  let depth = 0;
  let index = from;
  for (; index < limit; index++) {
    const code = source.charCodeAt(index);
    if (code === 92) {
      index++;
      continue;
    }
    if (isSpace(code)) break;
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    }
  }
  return Math.min(index, limit);
}
