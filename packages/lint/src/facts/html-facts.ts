import { scanHtml } from '@devguide/markdown';
import type { Position } from 'unist';
import type { location } from 'vfile-location';
import { parseControlComment } from './control-comments.js';
import type { FileFacts } from './file-facts.js';

/** Offsets to points in one file's text (vfile-location, indexed lazily as far as asked). */
export type Locator = ReturnType<typeof location>;

// `[text][label]` that mdast leaves as text because `label` is not defined.
export const fullReference = /(?<!\\)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;

/**
 * Control comments, HTML anchors and `href`/`src` links of one piece of raw HTML. Links are
 * read from its source span, not its value: inside a block quote or list item the value has
 * lost its `> ` and indentation prefixes, and positions must point into the file.
 */
export function collectHtml(value: string, position: Position, text: string, locator: Locator, facts: FileFacts): void {
  const control = parseControlComment(value);
  if (control) facts.controls.push({ ...control, position });
  const base = position.start.offset ?? 0;
  const source = text.slice(base, position.end.offset);
  const fromSource = scanHtml(source);
  const anchors = source === value ? fromSource.anchors : scanHtml(value).anchors;
  for (const id of anchors) facts.anchors.push(id);
  for (const link of fromSource.links) {
    facts.links.push({
      kind: 'html',
      url: link.url,
      position: spanOf(locator, base + link.start, base + link.end),
      destination: null,
      text: '',
    });
  }
}

/** The position of `[start, end)` in the file. */
export function spanOf(locator: Locator, start: number, end: number): Position {
  return { start: locator.toPoint(start)!, end: locator.toPoint(end)! };
}

/** Lines as GitHub numbers them: the last line counts even when it is empty. */
export function countLines(locator: Locator, text: string): number {
  return locator.toPoint(text.length)!.line;
}
