import type { Point, Position } from 'unist';
import type { FileFacts } from './file-facts.js';

/*
 * CommonMark reads CR LF and a lone CR as line endings, as it reads LF, and micromark's positions
 * count them so: columns are the same on every line (a CR sits at a line's end), only offsets
 * move. mdast's text keeps the line endings as written (`a\r\nb`), and the labels and link texts
 * with them. So a file with CRs is read as LF text (CR LF made LF, a lone CR made LF in place),
 * and its facts are put back: offsets past each dropped CR one further, and each line ending in a
 * fact's text as the source writes it there.
 */

/** A text with its CR LF and lone CR made LF, and where the dropped CRs were. */
export class LineFeeds {
  /** The text with LF line endings only. */
  readonly text: string;
  /** The offsets in `text` of the LFs whose CR was dropped, ascending. */
  readonly dropped: number[] = [];

  constructor(readonly source: string) {
    let text = '';
    let from = 0;
    for (let cr = source.indexOf('\r'); cr !== -1; cr = source.indexOf('\r', cr + 1)) {
      text += source.slice(from, cr);
      if (source.charCodeAt(cr + 1) === 10) this.dropped.push(text.length);
      else text += '\n';
      from = cr + 1;
    }
    this.text = text + source.slice(from);
  }

  /** The offset in the source of `offset` in `text`: a line's end is before its CR. */
  toSource(offset: number): number {
    const { dropped } = this;
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (dropped[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return offset + low;
  }
}

/** Why the facts could not be put back (a text whose line endings are not known), or null. */
export function restoreLineEndings(facts: FileFacts, feeds: LineFeeds): string | null {
  const { source } = feeds;
  const point = (at: Point): Point => ({ line: at.line, column: at.column, offset: feeds.toSource(at.offset!) });
  const position = (at: Position): Position => ({ start: point(at.start), end: point(at.end) });
  let unknown: string | null = null;
  /** `value`, found in the source at `at`, with its line endings as written there. */
  const text = (value: string, at: Position): string => {
    if (!value.includes('\n')) return value;
    const ending = endingIn(source, at.start.offset!, at.end.offset!);
    if (ending === null) unknown ??= 'mixed line endings in a text';
    else if (ending !== '\n') {
      // A character reference may stand for a LF, which stays one.
      if (source.slice(at.start.offset!, at.end.offset!).includes('&'))
        unknown ??= 'line ending in a text beside a character reference';
      return value.replaceAll('\n', ending);
    }
    return value;
  };
  for (const heading of facts.headings) {
    heading.position = position(heading.position);
    heading.text = text(heading.text, heading.position);
  }
  // HTML ids: their position is not kept.
  if (facts.anchors.some((anchor) => anchor.includes('\n'))) unknown ??= 'line ending in an HTML id';
  for (const link of facts.links) {
    link.position = position(link.position);
    link.text = text(link.text, link.position);
    link.url = text(link.url, link.position);
    // Its offsets (the span written, and with its brackets or quotes), whatever the producer's type names.
    const destination = link.destination as Record<string, number> | null;
    if (destination) for (const key of Object.keys(destination)) destination[key] = feeds.toSource(destination[key]!);
  }
  for (const definition of facts.definitions) {
    definition.position = position(definition.position);
    definition.label = text(definition.label, definition.position);
    definition.url = text(definition.url, definition.position);
  }
  for (const reference of facts.references) {
    reference.position = position(reference.position);
    reference.label = text(reference.label, reference.position);
  }
  for (const control of facts.controls) control.position = position(control.position);
  for (const list of facts.lists) {
    list.position = position(list.position);
    list.items = list.items.map(position);
  }
  return unknown;
}

/** The line ending written in `source[from, to)`: `\n` when there is none, null when they differ. */
function endingIn(source: string, from: number, to: number): string | null {
  let ending = '';
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    let found: string;
    if (code === 13) {
      found = source.charCodeAt(at + 1) === 10 ? '\r\n' : '\r';
      if (found === '\r\n') at++;
    } else if (code === 10) found = '\n';
    else continue;
    if (ending && ending !== found) return null;
    ending = found;
  }
  return ending || '\n';
}
