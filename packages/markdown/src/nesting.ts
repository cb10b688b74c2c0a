import { location } from 'vfile-location';
import { GuideError } from './guide-error.js';

/**
 * How deep block quotes and lists may nest. The parser's work per line grows with the square of
 * the containers open on it (3,000 list markers on one line take seconds), and the tree's
 * consumers (remark's transforms and serializer, tree walks) recurse once per level, so a few
 * thousand levels overflow the stack. Real documents stay far below; CommonMark sets no limit.
 */
export const defaultNestingLimit = 100;

export interface DeepNesting {
  line: number;
  column: number;
  /** The nesting reached there, at least `limit + 1`. */
  depth: number;
}

/**
 * Where the containers of `text` first nest deeper than `limit`, measured without parsing: on
 * each line, the block-quote markers, list markers and indentation at its start count as
 * levels, every two columns of list markers and indentation as one (a nested list item is indented by at least its
 * parent's marker and a space); a block quote marker takes one column. That never counts fewer levels than the parser opens, so a file
 * that passes cannot nest deeper; only a line indented by twice the limit counts more.
 */
export function findDeepNesting(text: string, limit = defaultNestingLimit): DeepNesting | null {
  let lineStart = 0;
  const length = text.length;
  while (lineStart < length) {
    let index = lineStart;
    let columns = 0;
    let quotes = 0;
    for (;;) {
      const at = index;
      const code = text.charCodeAt(index);
      if (code === 32) {
        columns++;
        index++;
      } else if (code === 9) {
        columns += 4 - (columns % 4);
        index++;
      } else if (code === 62 /* > */) {
        quotes++;
        columns++;
        index++;
      } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && isSpace(text.charCodeAt(index + 1))) {
        columns += 2;
        index += 2;
      } else if (code >= 48 && code <= 57) {
        let end = index + 1;
        while (end < index + 9 && isDigit(text.charCodeAt(end))) end++;
        const delimiter = text.charCodeAt(end);
        if (!((delimiter === 46 || delimiter === 41) /* . ) */ && isSpace(text.charCodeAt(end + 1)))) break;
        columns += end + 2 - index;
        index = end + 2;
      } else {
        break;
      }
      // A block quote takes a column; a list level (its marker, or its content's indentation) at least two.
      const depth = quotes + Math.floor((columns - quotes) / 2);
      if (depth > limit) {
        const { line, column } = location(text).toPoint(at)!;
        return { line, column, depth };
      }
    }
    const end = text.indexOf('\n', index);
    if (end === -1) break;
    lineStart = end + 1;
  }
  return null;
}

/** Throws a `GuideError` at the place `text` nests deeper than the parser is allowed to go. */
export function assertNesting(text: string, file: string, limit = defaultNestingLimit): void {
  const deep = findDeepNesting(text, limit);
  if (deep)
    throw new GuideError(
      `Unexpected block quotes and lists nested over ${limit} deep, expected at most ${limit} levels`,
      file,
      deep.line,
      deep.column,
      'flatten the nesting',
    );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
