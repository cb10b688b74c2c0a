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

/**
 * How deep emphasis and link brackets may nest. micromark matches each closing delimiter by
 * splicing events into the paragraph's list, so nested emphasis costs the square of its depth
 * (40,000 levels take minutes) and remark then recurses once per level. Real paragraphs nest a
 * handful deep.
 */
export const defaultInlineNestingLimit = 1000;

/**
 * Where the inline markup of `text` could first nest deeper than `limit`, measured without
 * parsing: within a paragraph (the lines between blank lines, outside fenced code), each `*` or
 * `_` that can only open emphasis (left-flanking, not right-flanking) is a level up and each that
 * can only close one a level down, and each `[` a level up and `]` a level down; code spans and
 * escaped characters do not count. That is never less than the nesting the parser builds.
 */
export function findDeepInlineNesting(text: string, limit = defaultInlineNestingLimit): DeepNesting | null {
  // Each level is a `[` or an emphasis character: a file with no more of them than the limit (nearly
  // every file) cannot go deeper, and counting them is a tenth of reading the lines.
  if (countUpTo(text, '[', limit) <= limit && countUpTo(text, '*', limit) + countUpTo(text, '_', limit) <= limit)
    return null;
  let fence = '';
  let emphasis = 0;
  let brackets = 0;
  const length = text.length;
  for (let lineStart = 0; lineStart < length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    const line = text.slice(lineStart, lineEnd);
    const opener = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1]!.startsWith(fence)) fence = '';
    } else if (opener) {
      fence = opener[1]!;
      emphasis = brackets = 0;
    } else if (/^[ \t>]*$/.test(line)) {
      emphasis = brackets = 0;
    } else if (!/^[ \t>]*(?:([-*_])[ \t]*){3,}$/.test(line)) {
      for (let index = lineStart; index < lineEnd; index++) {
        const code = text.charCodeAt(index);
        if (code === 92 /* \ */) {
          index++;
        } else if (code === 96 /* ` */) {
          let end = index + 1;
          while (text.charCodeAt(end) === 96) end++;
          // In this line only: a run with no closing one would otherwise be looked for to the end of the file.
          const close = line.indexOf(text.slice(index, end), end - lineStart);
          index = close !== -1 ? lineStart + close + (end - index) - 1 : end - 1;
        } else if (code === 91 /* [ */) {
          if (++brackets > limit) return deepAt(text, index, brackets);
        } else if (code === 93 /* ] */) {
          if (brackets > 0) brackets--;
        } else if (code === 42 || code === 95 /* * _ */) {
          let end = index + 1;
          while (text.charCodeAt(end) === code) end++;
          const before = index === lineStart ? 32 : text.charCodeAt(index - 1);
          const after = end === lineEnd ? 32 : text.charCodeAt(end);
          const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
          const right =
            !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
          if (left && !right) {
            if (emphasis + (end - index) > limit) return deepAt(text, index + limit - emphasis, limit + 1);
            emphasis += end - index;
          } else if (right && !left) {
            emphasis = Math.max(0, emphasis - (end - index));
          }
          index = end - 1;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** How many times `char` occurs in `text`, counted up to one more than `limit`. */
function countUpTo(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && count <= limit; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function deepAt(text: string, offset: number, depth: number): DeepNesting {
  const { line, column } = location(text).toPoint(offset)!;
  return { line, column, depth };
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
  const inline = findDeepInlineNesting(text);
  if (inline)
    throw new GuideError(
      `Unexpected emphasis and links nested over ${defaultInlineNestingLimit} deep, expected at most ${defaultInlineNestingLimit} levels`,
      file,
      inline.line,
      inline.column,
      'flatten the markup',
    );
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || Number.isNaN(code);
}

function isPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
