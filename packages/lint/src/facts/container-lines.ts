import type { SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { nodeId } from './markdown-syntax.js';

/*
 * Lezer's block parser parts from CommonMark's (and so micromark's) around unusual containers: lazy
 * continuation lines, list items at uneven indents, a line after a list that could still belong to
 * it. Rather than model those cases, this check accepts a tree only when every line of every
 * blockquote and list item carries its container's prefix in full (`>` for a quote, the content
 * indent for an item), siblings' markers line up, and the line after each list could not continue
 * it. In such a document both parsers agree on which line belongs to which container; anything else
 * returns the reason, and the file goes to micromark.
 */

/*
 * Containers and lists keep offsets, not lezer's nodes: a node keeps its whole tree reachable, and
 * the layout lives as long as a piece's walk (objects V8 has moved to its old generation early
 * keep what they point to alive until the next full collection).
 */

interface Quote {
  kind: 'quote';
  from: number;
  to: number;
  /** The spaces before its `>`, the same on every line. */
  indent: number;
}

export interface Item {
  kind: 'item';
  from: number;
  /** The list it is an item of. */
  list: List;
  /** The item before it in its list, if any. */
  before: Item | null;
  /** Where the item's content starts, counted from the end of its parents' prefixes. */
  contentOffset: number;
  /** Where its marker (its first child) starts and ends; -1 when its first child is none. */
  markFrom: number;
  markTo: number;
  /** Whether anything follows the marker in it. */
  afterMark: boolean;
  /** Where its first block starts; -1 when it has none. */
  contentFrom: number;
  /** Where its last block ends: lezer's item runs on over a blank `>` line after it. */
  contentEnd: number;
  /** Whether its last block is indented code, or lezer read the spaces after its marker as code. */
  endsInCode: boolean;
}

export type Container = Quote | Item;

/** A list and its items in order. */
export interface List {
  from: number;
  to: number;
  items: Item[];
  /** Where the paragraph right before it ends (-1: it follows no paragraph). */
  paragraphTo: number;
}

/** The containers of a line in none: one array for every such line (most lines of most files). */
export const outside: readonly Container[] = Object.freeze([]);

const thematicBreak = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const orderedMarker = /^\d{1,9}[.)](?:[ \t]|$)/;
/**
 * An ordered list marker other than `1.`: it cannot interrupt a paragraph in the patched lezer nor in
 * micromark (on a line every open container continues, where micromark reads it as interrupting).
 */
export const notInterrupting = /^(?!1[.)])\d{1,9}[.)]/;
const markerAt = /^(?:[-+*]|\d{1,9}[.)])/;

/**
 * Where each container's prefix ends on each line laid out (index 0: the line start), every line's
 * ends in one typed array: an array per line was most of what laying out a long list allocated.
 * A line's ends are written in one go, while no other line is.
 */
export class PrefixEnds {
  /** Where each line's ends start in `ends`. */
  private readonly first: Int32Array;
  /** How many ends each line has; 0 while it is not laid out. */
  private readonly counts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private laidOut = 0;

  constructor(lines: number) {
    this.first = new Int32Array(lines);
    this.counts = new Int32Array(lines);
    // Room for one end a line, grown as needed; a file read in pieces lays out a piece at a time.
    this.ends = new Int32Array(Math.min(Math.max(lines, 16), 8192));
  }

  /** Lays `line` out anew, its first prefix ending at its start. */
  begin(line: number, start: number): void {
    if (this.counts[line] === 0) this.laidOut++;
    this.first[line] = this.length;
    this.counts[line] = 0;
    this.push(line, start);
  }

  /** The next prefix of `line`, the line last begun, ends at `end`. */
  push(line: number, end: number): void {
    if (this.length === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.length++] = end;
    this.counts[line]!++;
  }

  /** How many ends `line` has (one more than its prefixes read), 0 when it is not laid out. */
  count(line: number): number {
    return this.counts[line]!;
  }

  /** Where `line`'s prefix `index` ends (0: the line start). */
  at(line: number, index: number): number {
    return this.ends[this.first[line]! + index]!;
  }

  /** Where the last prefix read on `line` ends. */
  last(line: number): number {
    return this.at(line, this.counts[line]! - 1);
  }

  /** Forgets lines `from` to `to` (exclusive); once none is laid out, their room is used again. */
  release(from: number, to: number): void {
    for (let line = from; line < to; line++)
      if (this.counts[line] !== 0) {
        this.counts[line] = 0;
        this.laidOut--;
      }
    if (this.laidOut === 0) this.length = 0;
  }
}

/**
 * Each line's containers (outermost first) and where each one's prefix ends on it. Lines whose
 * containers are the same share one array (of the innermost container's).
 */
export interface LineLayout {
  chains: (readonly Container[])[];
  prefixEnds: PrefixEnds;
  /**
   * Each list by its start offset: the walk over the blocks reads its items here rather than
   * visit the tree's nodes for them once more.
   */
  lists: Map<number, List>;
  /**
   * Lists (by start offset) lezer opens with empty items right under a paragraph, and how many of
   * those items CommonMark reads as the paragraph's next lines (an empty item interrupts nothing),
   * or a `-` as its setext underline; the list, if any, starts at the next item.
   */
  continuations?: Map<number, number>;
  /**
   * Lines where a container's prefix ends inside a tab (a tab indents an item's content by fewer
   * columns than it spans): their prefix end is the tab's end, and the tab's columns past the
   * prefix (micromark's virtual spaces), by how many prefixes are read (see `splitColumns`), are
   * indent the source does not show there.
   */
  splitTabs?: Map<number, number[]>;
}

/** The columns of a tab left past the first `prefixes` prefixes of `line`: 0 unless one ends inside it. */
export function splitColumns(layout: LineLayout, line: number, prefixes: number): number {
  return layout.splitTabs?.get(line)?.[prefixes] ?? 0;
}

/**
 * The part of the document one tree covers: its top node, the lines to lay out (the piece's, and
 * past its end the blank lines and the first line a container left open could claim), and a
 * top-level list that goes on in the next piece.
 */
export interface PieceLines {
  top: SyntaxNode;
  fromLine: number;
  toLine: number;
  continuing: SyntaxNode | null;
}

/**
 * Where the caller reads a file in parts (each starting on a line where every container is closed):
 * a line whose part is already given up is skipped; `fail` gives up a line's part and returns the
 * line its next part starts on.
 */
export interface PartsOfLines {
  skip(line: number): boolean;
  fail(line: number, reason: string): number;
}

/**
 * Null when every container line is usual, else why not; fills `layout` as it goes. With `parts`,
 * each unusual line gives up its part instead, and the result is null.
 */
export function unusualContainers(
  tree: Tree,
  source: string,
  lineStarts: readonly number[],
  layout: LineLayout = { chains: [], prefixEnds: new PrefixEnds(lineStarts.length), lists: new Map() },
  piece: PieceLines = { top: tree.topNode, fromLine: 0, toLine: lineStarts.length, continuing: null },
  parts?: PartsOfLines,
): string | null {
  const { chains, prefixEnds } = layout;
  const lineOf = (offset: number): number => lineAt(lineStarts, offset);
  const lists: List[] = [];
  const quotes: Quote[] = [];
  /*
   * The containers under the cursor's node (of `list`, or in `item`), `outer` the chain of those
   * around them; what the checks and the walk over the blocks ask of an item's children is noted
   * on the way. A cursor makes no object for the nodes it passes inside lezer's buffers (inline
   * content).
   */
  const collect = (cursor: TreeCursor, outer: readonly Container[], list: List | null, item: Item | null): void => {
    if (!cursor.firstChild()) return;
    let first = true;
    let previousType = -1;
    let previousTo = -1;
    do {
      const type = cursor.type.id;
      // Lezer reads five or more spaces after a marker, the line's last, as indented code of
      // spaces: CommonMark's item is empty there, and ends where lezer's does, at the line's end.
      const spacesAfterMark =
        type === nodeId.CodeBlock &&
        item?.contentFrom === -1 &&
        item.markTo !== -1 &&
        isBlank(source, item.markTo, cursor.to);
      if (spacesAfterMark) item.endsInCode = true;
      else if (item) {
        if (!first) item.afterMark = true;
        else if (type === nodeId.ListMark) {
          item.markFrom = cursor.from;
          item.markTo = cursor.to;
        }
        if (type !== nodeId.ListMark && type !== nodeId.QuoteMark) {
          if (item.contentFrom === -1) item.contentFrom = cursor.from;
          item.contentEnd = type === nodeId.HTMLBlock ? htmlBlockEnd(source, cursor.node) : cursor.to;
          item.endsInCode = type === nodeId.CodeBlock;
        }
      }
      first = false;
      if (type === nodeId.Blockquote || (type === nodeId.ListItem && list)) {
        const container: Container =
          type === nodeId.Blockquote
            ? { kind: 'quote', from: cursor.from, to: cursor.to, indent: -1 }
            : {
                kind: 'item',
                from: cursor.from,
                list: list!,
                before: list!.items[list!.items.length - 1] ?? null,
                contentOffset: -1,
                markFrom: -1,
                markTo: -1,
                afterMark: false,
                contentFrom: -1,
                contentEnd: cursor.to,
                endsInCode: false,
              };
        const chain = [...outer, container];
        const last = lineOf(Math.max(cursor.from, cursor.to - 1));
        // A line is in the containers around it, outermost first: it shares the chain when the
        // line was the outer containers' alone so far; else (a container before this one ran onto
        // its first line) it gets its own.
        for (let line = lineOf(cursor.from); line <= last; line++) {
          const current = chains[line] ?? outside;
          chains[line] = current === outer ? chain : [...current, container];
        }
        if (container.kind === 'quote') quotes.push(container);
        else list?.items.push(container);
        collect(cursor, chain, null, container.kind === 'item' ? container : null);
      } else if (type === nodeId.BulletList || type === nodeId.OrderedList) {
        const found: List = {
          from: cursor.from,
          to: cursor.to,
          items: [],
          paragraphTo: previousType === nodeId.Paragraph ? previousTo : -1,
        };
        lists.push(found);
        layout.lists.set(cursor.from, found);
        collect(cursor, outer, found, null);
      }
      previousType = type;
      previousTo = cursor.to;
    } while (cursor.nextSibling());
    cursor.parent();
  };
  collect(piece.top.cursor(), outside, null, null);

  /** Per line, where each container's prefix ends (index 0: the line start); shorter at a blank line. */
  for (let line = piece.fromLine; line < piece.toLine; line++) {
    if (parts?.skip(line)) {
      prefixEnds.begin(line, lineStarts[line]!);
      continue;
    }
    const reason = prefixes(line);
    if (!reason) continue;
    if (!parts) return reason;
    const next = parts.fail(line, reason);
    for (let skipped = line + 1; skipped < next; skipped++) prefixEnds.begin(skipped, lineStarts[skipped]!);
    line = next - 1;
  }

  for (const list of lists) {
    const line = lineOf(list.from);
    if (parts?.skip(line)) continue;
    const reason = listReason(list);
    if (!reason) continue;
    if (!parts) return reason;
    parts.fail(line, reason);
  }
  for (const quote of quotes) {
    const line = lineOf(quote.from);
    if (parts?.skip(line)) continue;
    const reason = after(quote, lineOf(Math.max(quote.from, quote.to - 1)));
    if (!reason) continue;
    if (!parts) return reason;
    parts.fail(line, reason);
  }
  return null;

  /** Where each container's prefix ends on `line`, or why it is unusual. */
  function prefixes(line: number): string | null {
    const chain = chains[line] ?? outside;
    const end = lineEnd(source, lineStarts, line);
    let position = lineStarts[line]!;
    prefixEnds.begin(line, position);
    layout.splitTabs?.delete(line);
    let column = 0;
    // Columns of a tab the last prefix ended inside, which indent what follows.
    let split = 0;
    for (const container of chain) {
      if (isBlank(source, position, end)) {
        // micromark's containers and code take such whitespace in ways lezer's do not, unless the
        // containers go on past it: then it is a blank line inside them for both.
        if (position < end && !(chains[line + 1] ?? outside).includes(chain[chain.length - 1]!))
          return 'whitespace-only line in a container';
        break;
      }
      const space = whitespace(source, position, end, column);
      const read = space.width;
      // The columns of a tab the parents' prefixes split come first: the prefixes end inside it.
      const carried = split;
      const base = column - carried;
      space.width += carried;
      split = 0;
      if (container.kind === 'quote') {
        if (space.width > 3 || source.charCodeAt(space.end) !== 62) {
          // A paragraph's lazy line, as in a list item: nothing on it can start a block.
          if (!plainLazyLine(tree, source, position, end, space.width)) return 'lazy line in a blockquote';
          break;
        }
        // Lezer counts the indent of what follows from the first line's `>`.
        if (container.indent === -1) container.indent = space.width;
        else if (container.indent !== space.width && indentedPastQuotes(source, space.end))
          return 'blockquote markers at different indents';
        position = space.end + 1;
        column += read + 1;
        const next = source.charCodeAt(position);
        if (next === 9) return 'tab after a quote marker';
        if (next === 32) {
          position++;
          column++;
        }
      } else if (lineOf(container.from) === line) {
        const { markFrom, markTo } = container;
        if (markFrom === -1) return 'list item without a marker';
        if (markFrom !== space.end || space.width > 3) return 'list marker not where expected';
        if (!markerAt.test(source.slice(markFrom, markTo))) return 'unusual list marker';
        // A marker as deep as the content of the item before it opens a list inside that item.
        const { before } = container;
        if (before && space.width >= before.contentOffset) return 'list item indented into the item before it';
        const markEnd = column + read + (markTo - markFrom);
        const after = whitespace(source, markTo, end, markEnd);
        // A tab in the space after a marker is read whole when it is all of the marker's space; an
        // empty item or one starting with indented code takes one column of it (a tab right after
        // the marker; past a space, the rest is the code's, whose text is no fact).
        if (
          source.slice(markTo, after.end).includes('\t') &&
          (after.end >= end || (after.width > 4 && source.charCodeAt(markTo) === 9))
        )
          return 'tab after a list marker';
        if (after.end >= end) {
          // An item with nothing after its marker is read alike (its content, if any, from the next
          // line on), unless it is a list's first item right after a paragraph, which CommonMark does
          // not let an empty item interrupt.
          const { list } = container;
          if (list.items[0] === container && line > 0 && !isBlankLine(source, lineStarts, line - 1)) {
            if (container.afterMark) return 'list item starting with a blank line';
            const lines = paragraphLines(list, line);
            if (lines === 0) return 'empty list item after a paragraph';
            layout.continuations!.set(list.from, lines);
          } else if (
            container.afterMark &&
            (container.contentFrom === -1 || lineOf(container.contentFrom) !== line + 1)
          ) {
            // CommonMark lets an item start with one blank line, then its content at the marker's
            // width and one column, as lezer does; but lezer runs an item on over a second blank
            // line, and after five spaces on the marker line reads indented code.
            return 'list item starting with a blank line';
          }

          container.contentOffset = markEnd - base + 1;
          prefixEnds.push(line, end);
          break;
        }
        if (after.width === 0) return 'list marker without a space';
        // Five spaces or more: the item's content starts one space past its marker, with indented
        // code (blank lines after it are checked as after any item ending in code: see afterCode).
        const width = after.width > 4 ? 1 : after.width;
        container.contentOffset = markEnd + width - base;
        // All of the space when it is the marker's (a tab in it spans more columns than characters).
        position = after.width > 4 ? markTo + 1 : after.end;
        column = markEnd + width;
      } else {
        if (space.width < container.contentOffset) {
          if (!plainLazyLine(tree, source, position, end, space.width)) return 'lazy line in a list item';
          break;
        }
        // The split columns first, then the line's own.
        const own = container.contentOffset - carried;
        if (own < 0) {
          split = -own;
        } else {
          const to = skipColumns(source, position, column, own);
          position = to.index;
          column = to.column;
          split = to.overshoot;
        }
      }
      prefixEnds.push(line, position);
      if (split > 0) {
        const splits = (layout.splitTabs ??= new Map()).get(line) ?? [];
        splits[prefixEnds.count(line) - 1] = split;
        layout.splitTabs.set(line, splits);
      }
    }
    return null;
  }

  /**
   * How many of the first items of `list`, empty and opened on `line` right under a paragraph,
   * CommonMark reads as lines of that paragraph; 0 where lezer's reading and CommonMark's may part
   * otherwise.
   */
  function paragraphLines(list: List, line: number): number {
    const { items } = list;
    if (
      !layout.continuations ||
      list.paragraphTo === -1 ||
      lineOf(list.paragraphTo) !== line - 1 ||
      list.from === piece.continuing?.from
    )
      return 0;
    // A `-` makes the paragraph a heading, after which a list may start with an empty item.
    if (source.charCodeAt(items[0]!.markFrom) === 45) return 1;
    // A hard break would end a line of the paragraph.
    const hardBreak = (at: number): boolean =>
      /(?:\\| {2,})[ \t]*$/.test(source.slice(lineStarts[at]!, lineEnd(source, lineStarts, at)));
    if (hardBreak(line - 1)) return 0;
    let count = 1;
    // Empty items go on being its lines; an ordered one next could interrupt it only if numbered 1.
    if (/\d/.test(source.charAt(items[0]!.markFrom))) {
      if (items.length > 1) return 0;
    } else
      while (
        count < items.length &&
        lineOf(items[count]!.markFrom) === line + count &&
        emptyLine(items[count]!) &&
        !items[count]!.afterMark &&
        !hardBreak(line + count - 1)
      )
        count++;
    const next = items[count];
    // The next item right below interrupts the paragraph only with text on its marker's line.
    if (next && lineOf(next.markFrom) === line + count && emptyLine(next)) return 0;
    // A line of `-` or `=` below would make the paragraph a heading; an ordered item not at 1,
    // which lezer starts after the items, goes on with the paragraph.
    if (!next && line + count < lineStarts.length) {
      const below = source
        .slice(lineStarts[line + count]!, lineEnd(source, lineStarts, line + count))
        .replace(/^[ \t>]*/, '');
      if (/^(?:-+|=+)[ \t]*$/.test(below) || notInterrupting.test(below)) return 0;
    }
    return count;
  }

  /**
   * Whether `item` holds nothing but its marker, on `line`, with white space alone after it (which
   * lezer may read as indented code).
   */
  function emptyItem(item: Item, line: number): boolean {
    return item.contentFrom === -1 && item.markFrom !== -1 && lineOf(item.markFrom) === line && emptyLine(item);
  }

  /** Whether nothing follows an item's marker on its line. */
  function emptyLine(item: Item): boolean {
    return isBlank(source, item.markTo, lineEnd(source, lineStarts, lineOf(item.markFrom)));
  }

  /** Whether blank lines after an item's indented code, or the line after the list, could continue it. */
  function listReason(list: List): string | null {
    const { items } = list;
    for (const item of items) {
      const reason = item.endsInCode ? afterCode(item) : null;
      if (reason) return reason;
    }
    const previous = items[items.length - 1];
    if (!previous) return 'empty list';
    if (list.from === piece.continuing?.from) return null; // its next item opens the next piece
    return after(previous, lineOf(Math.max(list.from, list.to - 1)));
  }

  /** Whether the first non-blank line after a container could, for CommonMark, still belong to it. */
  function after(container: Container, end: number): string | null {
    // A list lezer ends on a blank `>` line past its last item ends, for this check, with the item.
    let lastLine = end;
    while (lastLine > 0 && !(chains[lastLine] ?? outside).includes(container)) lastLine--;
    const lastChain = chains[lastLine]!;
    const depth = lastChain.indexOf(container);
    for (let line = lastLine + 1; line < piece.toLine; line++) {
      const chain = chains[line] ?? outside;
      const end = lineEnd(source, lineStarts, line);
      let level = 0;
      while (level < depth && chain[level] === lastChain[level]) level++;
      if (prefixEnds.count(line) <= level || isBlank(source, prefixEnds.at(line, level), end)) {
        if (container.kind === 'quote') return null; // a blank line ends a blockquote
        continue;
      }
      const rest = prefixEnds.at(line, level);
      const left = lastChain[level]!;
      const space = whitespace(source, rest, end, columnAt(source, lineStarts[line]!, rest));
      // The columns of a tab the prefixes end inside indent the line too.
      const indent = splitColumns(layout, line, level) + space.width;
      // An item holding nothing, blank after its marker, ends at the first line after a blank one,
      // however deep: micromark's item takes no line after two blank ones, lezer's no blank line.
      if (left.kind === 'item' && indent >= left.contentOffset && !(line > lastLine + 1 && emptyItem(left, lastLine)))
        return 'line after a list item indented into it';
      const text = source.slice(space.end, end);
      // A new container inside the list's parents closes it: micromark ends it after the parents' prefixes
      // when one of those parents is a blockquote (a quote opened there, or inside the list, does not).
      const opens = chain[level];
      if (container.kind === 'item' && opens && lastChain.slice(0, level).some((entry) => entry.kind === 'quote'))
        return 'list in a container closed by a container';
      // After a blank (`>`) line, or a block no line continues lazily, the line is outside for both.
      if (line === lastLine + 1 && !isBlankLine(source, lineStarts, lastLine) && !endsInClosedLeaf(lastLine)) {
        const own = chain[level];
        const sibling = own?.kind === 'item' && left.kind === 'item' && own.list.from === left.list.from;
        // A line that leaves the container interrupts nothing: any ordered item starts a list there.
        if (!sibling && (indent > 3 || !(definiteInterrupter(text) || orderedMarker.test(text))))
          return 'line right after a container';
      }
      if (container.kind === 'item' && level === depth) {
        const marker =
          /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(text) && !thematicBreak.test(text) ? markerAt.exec(text) : null;
        if (marker && kind(marker[0]) === kind(source.slice(container.markFrom, container.markTo)))
          return 'list marker after a list of its kind';
      }
      return null;
    }
    return null;
  }

  /** Whether `line` ends in a block that no lazy line continues: code, a heading, a rule. */
  function endsInClosedLeaf(line: number): boolean {
    const start = lineStarts[line]!;
    let end = lineEnd(source, lineStarts, line);
    while (end > start && isBlank(source, end - 1, end)) end--;
    if (end === start) return false;
    let node: SyntaxNode | null = tree.resolveInner(end, -1);
    while (node && !blockNode.test(node.name)) node = node.parent;
    return node !== null && closedLeaf.test(node.name);
  }

  /**
   * Why blank lines after an item's indented code may end it elsewhere for micromark: its item runs
   * on over one of whitespace as deep as the code, or one in a blockquote around it.
   */
  function afterCode(item: Item): string | null {
    const codeLine = lineOf(item.contentEnd);
    const chain = chains[codeLine] ?? outside;
    const depth = chain.indexOf(item);
    if (depth === -1 || prefixEnds.count(codeLine) <= depth + 1) return 'indented code ending a list item';
    // A prefix ending inside a tab ends where the tab does, up to 3 columns past the code's indent;
    // code of the spaces after a marker (the item holds nothing else) ends where they do.
    const deep =
      item.contentFrom === -1
        ? 1
        : columnAt(source, lineStarts[codeLine]!, prefixEnds.at(codeLine, depth + 1)) +
          (layout.splitTabs?.has(codeLine) ? 1 : 4);
    const quoted = chain.slice(0, depth).some((entry) => entry.kind === 'quote');
    for (let line = codeLine + 1; line < lineStarts.length && isBlankLine(source, lineStarts, line); line++) {
      const end = lineEnd(source, lineStarts, line);
      if (quoted && source.slice(lineStarts[line]!, end).includes('>'))
        return 'blank quote line after indented code in a list item';
      if (columnAt(source, lineStarts[line]!, end) >= deep)
        return 'whitespace-only line after indented code in a list item';
    }
    return null;
  }
}

/**
 * Whether white space follows the quote marker at `marker`, past the space after it and any quote
 * markers right after: lezer measures it from the column of the quote's first marker, micromark
 * from this one. Without it, both read the rest of the line alike.
 */
function indentedPastQuotes(source: string, marker: number): boolean {
  let rest = marker + 1;
  if (source.charCodeAt(rest) === 32) rest++;
  while (source.charCodeAt(rest) === 62) {
    rest++;
    if (source.charCodeAt(rest) === 32) rest++;
  }
  const next = source.charCodeAt(rest);
  return next === 32 || next === 9;
}

/** The nodes of blocks, leaves and containers. */
const blockNode =
  /^(?:Document|Paragraph|CodeBlock|FencedCode|HTMLBlock|CommentBlock|ProcessingInstructionBlock|ATXHeading\d|SetextHeading\d|HorizontalRule|Table|LinkReference|ListItem|Blockquote|BulletList|OrderedList|Task)$/;
/** Leaf blocks that end before a line that does not continue their containers. */
const closedLeaf = /^(?:CodeBlock|FencedCode|ATXHeading\d|SetextHeading\d|HorizontalRule)$/;

const kind = (marker: string): string => (/\d/.test(marker) ? marker.slice(-1) : marker);

/**
 * A line that ends any paragraph and list item before it, however they ended: among them the HTML
 * blocks that may interrupt a paragraph (a comment, `<?`, a declaration, CDATA, raw text).
 */
export function definiteInterrupter(text: string): boolean {
  return interrupter.test(text);
}

/** The names that open raw-text HTML (kind 1: `script`, `pre`, ...), as an alternation for a pattern. */
export const rawHtmlNames = htmlRawNames.join('|');

const interrupter = new RegExp(
  `^(?:#{1,6}(?:[ \\t]|$)|\`\`\`|~~~|>|([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$|(?:[-+*]|0*1[.)]) +\\S|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|<(?:${rawHtmlNames})(?:[ \\t>]|$))`,
  'i',
);

/**
 * Where an HTML block ends for micromark: one that ends at a blank line runs on, in lezer, over a
 * line blank past its quote markers.
 */
export function htmlBlockEnd(source: string, node: SyntaxNode): number {
  const lineStart = source.lastIndexOf('\n', node.to - 1) + 1;
  if (lineStart <= node.from) return node.to;
  const mark = node.lastChild;
  return mark?.name === 'QuoteMark' && mark.from >= lineStart && isBlank(source, mark.to, node.to)
    ? lineStart - 1
    : node.to;
}

/** Whether only line prefixes (spaces, tabs, `>`) stand between `index` and its line's start. */
export function atLineStartIn(source: string, index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const code = source.charCodeAt(cursor);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 62) return false;
  }
  return true;
}

/** The line (0-based) `offset` is on. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where line `line` (0-based) ends, before its `\n`. */
export function lineEnd(source: string, lineStarts: readonly number[], line: number): number {
  return line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : source.length;
}

/**
 * A line without its item's indent that both parsers read as the continuation of the paragraph
 * before it: lezer put it in a paragraph begun on an earlier line, and no block (list, quote,
 * heading, fence, HTML, table, rule, setext underline) can start there: it is indented 4 or more
 * columns (indented code cannot interrupt a paragraph), or starts with none of them.
 */
function plainLazyLine(tree: Tree, source: string, from: number, end: number, indent: number): boolean {
  const start = whitespace(source, from, end, 0).end;
  const text = source.slice(start, end);
  const nextEnd = source.indexOf('\n', end + 1);
  const next = end === source.length ? null : source.slice(end + 1, nextEnd === -1 ? source.length : nextEnd);
  // A `|` makes a table's header row of a line only above a delimiter row.
  if (text.includes('|') && next !== null && mayBeDelimiterRow.test(next)) return false;
  if (indent < 4 && !startsNoBlock(text)) return false;
  // micromark lets a lazy line of one complete tag (HTML of kind 7) interrupt a paragraph, and
  // puts it in the item, which ends with it: the same item only where the tag ends the line and
  // the next line is blank or starts an item at column 0, which would end it anyway.
  if (indent < 4 && /^<\/?[A-Za-z][^]*>[ \t]*$/.test(text)) {
    if (!text.endsWith('>') || next === null || !/^(?:[ \t]*|[-+*][ \t]+\S.*)$/.test(next)) return false;
  }
  let node: SyntaxNode | null = tree.resolveInner(start, 1);
  while (node && !blockNode.test(node.name)) node = node.parent;
  return (node?.name === 'Paragraph' || node?.name === 'Task') && node.from < from;
}

/** A line that may be a table's delimiter row (after any container prefixes). */
const mayBeDelimiterRow = /^[ \t>|:-]*-[ \t|:-]*$/;

/**
 * Whether `text` (at a `<`) may open an HTML block of CommonMark's kinds 1 to 6, the ones that can
 * interrupt a paragraph: a comment, processing instruction, declaration or CDATA, or a raw or block
 * tag name (whatever follows it). Any other tag opens kind 7 at most, which cannot.
 */
function mayInterruptAsHtml(text: string): boolean {
  if (/^<[!?]/.test(text)) return true;
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(text)?.[1]?.toLowerCase();
  return name !== undefined && (htmlRawNames.includes(name) || htmlBlockNames.includes(name));
}

/** Whether no block can start with `text` (a lazy line past its indent). */
function startsNoBlock(text: string): boolean {
  const first = text.charAt(0);
  switch (first) {
    case '<':
      return !mayInterruptAsHtml(text);
    case '':
    case '>':
    case '=':
    case '~':
    case '|':
      return false;
    case '-':
    case '+':
    case '*':
    case '_':
      // A list marker is followed by whitespace; a rule or setext underline holds nothing else.
      return !/^[-+*](?:[ \t]|$)/.test(text) && !thematicBreak.test(text) && !/^(?:-+|=+)[ \t]*$/.test(text);
    case '#':
      return !/^#{1,6}(?:[ \t]|$)/.test(text);
    case '`':
      return !text.startsWith('```');
    default:
      // Past spaces and tabs: other white space (a no-break space, a form feed) indents nothing
      // and starts no block.
      if (/\s/.test(first)) return true;
      return !/^\d{1,9}[.)](?:[ \t]|$)/.test(text);
  }
}

function isBlankLine(source: string, lineStarts: readonly number[], line: number): boolean {
  return /^[ \t>]*$/.test(source.slice(lineStarts[line]!, lineEnd(source, lineStarts, line)));
}

function isBlank(source: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** The columns of whitespace at `from`, at `column` (a tab reaching the next multiple of 4), and where it ends. */
function whitespace(source: string, from: number, to: number, column: number): { width: number; end: number } {
  let index = from;
  let at = column;
  for (; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === 32) at++;
    else if (code === 9) at += 4 - (at % 4);
    else break;
  }
  return { width: at - column, end: index };
}

/**
 * Past `width` columns of whitespace after `from` (at `column`): the offset, its column, and how
 * many columns past `width` a tab there spans (0 unless the tab is split).
 */
function skipColumns(
  source: string,
  from: number,
  column: number,
  width: number,
): { index: number; column: number; overshoot: number } {
  let index = from;
  let at = column;
  while (at < column + width) {
    const code = source.charCodeAt(index);
    at += code === 9 ? 4 - (at % 4) : 1;
    index++;
  }
  return { index, column: at, overshoot: at - (column + width) };
}

function columnAt(source: string, lineStart: number, offset: number): number {
  let at = 0;
  for (let index = lineStart; index < offset; index++) at += source.charCodeAt(index) === 9 ? 4 - (at % 4) : 1;
  return at;
}
