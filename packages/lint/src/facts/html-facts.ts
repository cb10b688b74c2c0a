import { decodeHtmlAttribute, htmlIds } from '@devguide/markdown';
import type { Html } from 'mdast';
import type { Position } from 'unist';
import { parseControlComment } from './control-comments.js';
import type { FileFacts } from './file-facts.js';

const htmlUrl = /<(?:a|img|link|source|iframe|script)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// `[text][label]` that mdast leaves as text because `label` is not defined.
export const fullReference = /(?<!\\)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;

/**
 * Control comments, HTML anchors and `href`/`src` links of one piece of HTML.
 * Offsets are taken in its source span, not its value: inside a block quote or
 * list item the value has lost its `> ` and indentation prefixes.
 */
export function collectHtml(value: string, position: Position, text: string, facts: FileFacts): void {
  const control = parseControlComment(value);
  if (control) facts.controls.push({ ...control, position });
  for (const id of htmlIds({ type: 'html', value } as Html)) facts.anchors.push(id);
  if (!value.includes('href') && !value.includes('src')) return;
  const source = text.slice(position.start.offset, position.end.offset);
  for (const match of source.matchAll(htmlUrl)) {
    const url = match[2] ?? match[3] ?? match[4] ?? '';
    const offset =
      match.index + match[0].length - url.length - (match[2] !== undefined || match[3] !== undefined ? 1 : 0);
    facts.links.push({
      kind: 'html',
      url: decodeHtmlAttribute(url),
      position: spanIn(source, position, offset, url.length),
      destination: null,
      text: '',
    });
  }
}

/** The position of `[offset, offset + length)` inside a node's source span. */
export function spanIn(value: string, base: Position, offset: number, length: number): Position {
  const at = (index: number) => {
    let line = base.start.line;
    let column = base.start.column;
    for (let cursor = 0; cursor < index; cursor++) {
      if (value.charCodeAt(cursor) === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column, offset: (base.start.offset ?? 0) + index };
  };
  return { start: at(offset), end: at(offset + length) };
}

export function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
