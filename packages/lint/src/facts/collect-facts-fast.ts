import { Tree, type SyntaxNode, type TreeCursor } from '@lezer/common';
import GithubSlugger from 'github-slugger';
import { findDestination } from '@devguide/markdown';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Point, Position } from 'unist';
import {
  addLateLiteralLinks,
  autolinkLiteralSplits,
  collectEventsFacts,
  destinationShim,
} from './collect-facts-from-events.js';
import { emptyFacts, type FileFacts, type ListFact, type ReferenceFact } from './file-facts.js';
import { afterBlankClosingAll, type Piece, splitIntoPieces } from './pieces.js';
import {
  atLineStartIn,
  definiteInterrupter,
  htmlBlockEnd,
  type Item,
  notInterrupting,
  lineAt,
  type LineLayout,
  outside,
  PrefixEnds,
  rawHtmlNames,
  splitColumns,
  unusualContainers,
} from './container-lines.js';
import { literalAutolinkAt } from './gfm-autolink-literal.js';
import { LineFeeds, restoreLineEndings } from './line-endings.js';
import {
  attentionSides,
  characterGroup,
  emphasisPairsAgree,
  punctuationGroup,
  whitespaceGroup,
} from './emphasis-pairing.js';
import { nodeId, parser } from './markdown-syntax.js';
import { NextMatch } from './next-match.js';
import { collectHtml, countLines, fullReference, type Locator } from './html-facts.js';
import { location } from 'vfile-location';

/*
 * The facts `collectFacts(parseMarkdown(text), text)` finds, from @lezer/markdown's syntax tree,
 * which carries exact offsets for every block and inline node and parses about ten times faster
 * than micromark. Lezer is CommonMark with GFM tables, task lists and `~~` strikethrough; where
 * mdast's reading can differ (footnotes, single-tilde strikethrough, undefined references whose
 * brackets could change how the rest is parsed, literal autolinks running into other syntax,
 * containers' prefixes inside multi-line HTML or labels, ...) it gives up on that part of the file
 * (see `parts`), which micromark's events read instead; only what it cannot cut around (footnotes,
 * a NUL, a fence left open at a cut, a file read in pieces) returns null, and the caller
 * reads the file with micromark. The equivalence tests over the corpus and the spec examples hold
 * it to the oracle.
 */

/*
 * Files longer than a mebibyte (four times the largest of kubernetes/community) are read in pieces
 * of about 16 KiB: a piece's tree then dies young, in V8's new space, instead of piling up in the
 * old one (16 MB of list items peak at 300 MB instead of 2 GB).
 */
const defaultPieces = { above: 1024 * 1024, bytes: 16 * 1024 };

export interface PieceOptions {
  /** Read a file longer than this in pieces. */
  above?: number;
  /** The size of a piece, cut at the first safe line after it. */
  bytes?: number;
  /** Called when the pieces did not meet as the whole file's tree would, and the file was read whole. */
  readWhole?: () => void;
}

/** Thrown when two pieces' trees do not meet as the whole file's would. */
class PieceMismatch extends Error {}

/** Thrown inside the walk when the tree may not mean what mdast means; caught by collectFactsFast. */
class Unsure extends Error {}

/** Thrown at an undefined reference nested in brackets; caught where its inline text is read. */
class NestedReference extends Error {}

/*
 * A shortcut reference `[label]` whose label has no definition, which lezer made a link and so
 * paired the brackets around it otherwise: to CommonMark its brackets are text (the `[` opens
 * nothing, the `]` closes nothing), and a link it sits in, an unmatched `[` before it or emphasis
 * across it pair as if it were not there. The walk gives up on its part, noting the brackets, and
 * reads the part again (`rereadPart`) with them as `%`, punctuation that opens nothing either (so
 * that emphasis next to them flanks alike); the walk still reads the text itself.
 */

/** How many times a part is read again for brackets that are text, before micromark reads it. */
const rereadLimit = 3;
const unsure = (reason: string): never => {
  throw new Unsure(reason);
};

/**
 * What a strikethrough of single `~` could change besides its own text: markup it could end or
 * split (escapes, code, emphasis, brackets, HTML and autolinks, entities) and literal autolinks.
 */
const besideTildes = /[\\`*_[\]!<&@:]|www\./i;

const delimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A reference's `[label]` (or none) with nothing in it that could be markup (a `!` starts none without a `[`). */
const plainLabel = /^(?:\[[^[\]\\`*_~<>&\n]*\])?$/;

const blockStart = /^(?:[-+*>](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|```|~~~|>)/;
/** Backticks with a backtick after them on the line: no fence, its info string cannot hold one. */
const notFence = /^(`{3,})(?!`)[^\n]*`/;

interface Sink {
  /** toString(node) and toString(node, {includeHtml: false, includeImageAlt: false}), when collected. */
  collect: boolean;
  full: string;
  plain: string;
  /** Under an image label: nothing inside is in the tree. */
  hidden: boolean;
  inLink: boolean;
  inTable: boolean;
}

/** The sink of inline content whose text nothing reads: one for all of it (nothing is written to it). */
const uncollected: Sink = { collect: false, full: '', plain: '', hidden: false, inLink: false, inTable: false };
const uncollectedCell: Sink = { ...uncollected, inTable: true };

/** What the producer hands to micromark: the whole file (null facts), or parts of it. */
export interface HandBack {
  (reason: string, part?: { from: number; to: number }): void;
}

export interface CollectOptions extends PieceOptions {
  /** Hand micromark only the parts lezer may misread (default), or else the whole file. */
  parts?: boolean;
  /** Hand micromark every part: how the tests hold the cuts between parts to the oracle. */
  everyPart?: boolean;
}

/** The facts of `text`, or null when this producer cannot be sure of them. */
export function collectFactsFast(text: string, handedBack?: HandBack, options: CollectOptions = {}): FileFacts | null {
  const pieceBytes =
    text.length > (options.above ?? defaultPieces.above) ? (options.bytes ?? defaultPieces.bytes) : Infinity;
  const giveUp = (reason: string): null => {
    handedBack?.(reason);
    return null;
  };
  if (text.includes('[^')) return giveUp('footnote');
  if (/[\r\0]/.test(text)) {
    if (text.includes('\0')) return giveUp('NUL');
    return collectWithLineFeeds(text, handedBack, options);
  }
  let source = text;
  // Front matter opens with a line of exactly three dashes; a longer rule is a thematic break.
  if (/^---[ \t]*(?:\n|$)/.test(text)) {
    // Empty front matter first (`??`): else the match would run on to a later `---` line.
    const match = /^---\n(?:[^]*?\n)??---(?:\n|$)/.exec(text);
    if (!match || /^---[ \t]+$/m.test(match[0])) return giveUp('front matter');
    source = match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length);
  }
  try {
    const read = (bytes: number): FileFacts => {
      const walk = new Walk(text, source, options.parts ?? true);
      walk.everyPart = options.everyPart ?? false;
      const facts = walk.run(bytes);
      // Brackets read as text while the definitions were still a guess: one may have turned up since.
      for (const identifier of walk.textIdentifiers)
        if (walk.defined.has(identifier)) unsure('undefined reference nested');
      for (const part of walk.handedBack) handedBack?.(part.reason, part);
      return facts;
    };
    try {
      return read(pieceBytes);
    } catch (error) {
      // The pieces' trees did not line up at a cut: read the file whole.
      if (!(error instanceof PieceMismatch)) throw error;
      options.readWhole?.();
      return read(Infinity);
    }
  } catch (error) {
    if (error instanceof Unsure) return giveUp(error.message);
    // Lezer builds its tree recursively: inline markup nested some thousands deep overflows it.
    if (error instanceof RangeError) return giveUp('nested too deep for the syntax tree');
    throw error;
  }
}

/**
 * The facts of a text with CR LF or lone CR line endings, read as LF text and put back (see
 * line-endings); the parts handed back are told once the facts are sure.
 */
function collectWithLineFeeds(
  text: string,
  handedBack: HandBack | undefined,
  options: CollectOptions,
): FileFacts | null {
  // `[a][b\rc]` is one line to the reading of undefined references in mdast's text.
  if (loneCrInBrackets.test(text)) {
    handedBack?.('lone CR in brackets');
    return null;
  }
  const feeds = new LineFeeds(text);
  const parts: Array<[string, { from: number; to: number } | undefined]> = [];
  const facts = collectFactsFast(feeds.text, (reason, part) => parts.push([reason, part]), options);
  const unknown = facts && restoreLineEndings(facts, feeds);
  if (unknown) {
    handedBack?.(unknown);
    return null;
  }
  for (const [reason, part] of parts)
    handedBack?.(reason, part && { from: feeds.toSource(part.from), to: feeds.toSource(part.to) });
  return facts;
}

/** A lone CR in `[a][b]` (either label), where the oracle's pattern of `[^[\]\n]` takes it. */
const loneCrInBrackets = /\[[^[\]\n]*\r(?!\n)[^[\]\n]*\]\[|\]\[[^[\]\n]*\r(?!\n)[^[\]\n]*\]/;

/** A heading's slug before the slugs are numbered (cannot be an anchor: NUL is handed back). */
const pendingSlug = '\0';

/** How far each list of facts had grown: a part the walk gives up on is cut back to it. */
type Mark = number[];

/** A run of blocks that starts on a line where every block of the file is closed. */
interface Part {
  from: number;
  to: number;
  /** Why lezer's reading of it may differ, or null. */
  reason: string | null;
}

class Walk {
  facts: FileFacts;
  readonly defined = new Set<string>();
  readonly lineStarts: number[] = [0];
  readonly locator: Locator;
  // The open text node (mdast merges data, escapes, references and line endings into one).
  runStart = -1;
  runEnd = -1;
  runValue = '';
  runInLink = false;
  /** Unclosed `[` seen in the current inline container's text. */
  openBrackets = 0;
  /** Where a text run may hold a URL literal, and a `][` (see endRun). */
  readonly urlStarts: NextMatch;
  readonly bracketPairs: NextMatch;
  /** Where a `@` may follow a word, for an e-mail literal. */
  readonly atSigns: NextMatch;
  /** The plain text of each heading, in order: slugs are numbered once every part is read. */
  plains: string[] = [];
  /** Definitions found, in micromark's normalized form. */
  found: string[] = [];
  /** The parts handed to micromark. */
  handedBack: Array<{ from: number; to: number; reason: string }> = [];
  /** Brackets the walk found to be text in the part it is in (see `rereadLimit`). */
  partBrackets: number[] = [];
  /** The labels of the references whose brackets were read as text. */
  textIdentifiers: string[] = [];
  /** The parts read again, by where they start: their trees, and the brackets read as text in them. */
  readonly rereads = new Map<number, { tree: Tree; asText: readonly number[] }>();
  /** The brackets read as text in the tree being walked (the walk reads the source as written). */
  textBrackets: readonly number[] = [];
  everyPart = false;

  constructor(
    readonly text: string,
    readonly source: string,
    /** Whether a part lezer may misread goes to micromark alone (else the whole file does). */
    readonly inParts: boolean,
  ) {
    this.locator = location(text);
    this.urlStarts = new NextMatch(text, /https?:\/\/|www\./gi);
    this.bracketPairs = new NextMatch(text, /\]\[/g);
    this.atSigns = new NextMatch(text, /@/g);
    this.facts = emptyFacts(countLines(this.locator, text));
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
    this.layout = {
      chains: [],
      prefixEnds: new PrefixEnds(this.lineStarts.length),
      lists: new Map(),
      continuations: new Map(),
    };
  }

  run(pieceBytes: number): FileFacts {
    const pieces = splitIntoPieces(this.source, this.lineStarts, pieceBytes);
    // One tree for the file: parts lezer may misread go to micromark.
    if (pieces.length === 1) return this.runWhole();
    // In pieces, a part lezer may misread hands the whole file to micromark.
    // A reference may come before its definition: every piece's definitions first (none without `]:`).
    if (this.source.includes(']:')) for (const { tree } of this.trees(pieces)) this.define(tree);
    let carried: ListFact | null = null;
    for (const { piece, tree, continuing } of this.trees(pieces)) {
      const top = tree.topNode;
      const fromLine = this.point(piece.from).line - 1;
      // The cut line is laid out with no container: true after a blank cut; after an item cut only
      // checks of containers that end before it look there, and they read a new item alike.
      const toLine = piece.cut ? this.point(piece.to).line : this.lineStarts.length;
      const unusual = unusualContainers(tree, this.source, this.lineStarts, this.layout, {
        top,
        fromLine,
        toLine,
        continuing,
      });
      if (unusual) unsure(unusual);
      const listsBefore = this.facts.lists.length;
      this.lastLeaf = seenFromAnotherTree(this.lastLeaf);
      this.walkTree(() => this.block(top.cursor(), 0));
      if (carried) {
        const next = this.facts.lists[listsBefore];
        if (next?.position.start.offset !== piece.from) throw new PieceMismatch();
        for (const item of next.items) carried.items.push(item);
        carried.position = { start: carried.position.start, end: next.position.end };
        this.facts.lists.splice(listsBefore, 1);
      }
      // A list that went on from the last piece is already part of the carried fact.
      if (!continuing) carried = null;
      else if (!carried || continuing.from !== piece.from) carried = this.listFactAt(continuing.from);
      // Let the piece's tree go: the layout is all that still points into it.
      this.forgetLines(fromLine, toLine);
      // A new map, not `clear()`: a cleared map keeps its old table, which lives in the old
      // generation until a full collection, and every scavenge until then keeps alive what it
      // points to (a piece's items): with one GC thread, 16 MB of list items promoted 1.6 GB
      // instead of 0.1 GB and took twice the CPU.
      this.layout.lists = new Map();
    }
    this.numberSlugs();
    return this.facts;
  }

  /**
   * Each piece's tree, once it is seen to end as the whole file's would there (and with it the
   * top-level list that goes on in the next piece); a piece that does not grows into the next.
   */
  *trees(pieces: readonly Piece[]): Generator<{ piece: Piece; tree: Tree; continuing: SyntaxNode | null }> {
    let parsed = 0;
    for (let index = 0; index < pieces.length; index++) {
      let piece = pieces[index]!;
      for (;;) {
        const tree = this.parsePiece(piece);
        parsed += piece.to - piece.from;
        const last = tree.topNode.lastChild;
        if (piece.cut === null) {
          yield { piece, tree, continuing: null };
          break;
        }
        // Blank cut: nothing (an open fence or HTML block) runs on over the blank line.
        if (piece.cut === 'blank' && last && /^[ \t]*\n[ \t]*\n[ \t\n]*$/.test(this.source.slice(last.to, piece.to))) {
          yield { piece, tree, continuing: null };
          break;
        }
        // Item cut: the piece ends in a top-level list of the next item's marker.
        if (
          piece.cut === 'item' &&
          last?.name === 'BulletList' &&
          this.source.charCodeAt(last.from) === this.source.charCodeAt(piece.to)
        ) {
          yield { piece, tree, continuing: last };
          break;
        }
        // Re-reading more than twice the file would cost more than reading it whole.
        if (parsed > 3 * this.source.length) throw new PieceMismatch();
        const next = pieces[++index]!;
        piece = { from: piece.from, to: next.to, cut: next.cut };
      }
    }
  }

  /** The piece's tree, placed at its offset in the document. */
  parsePiece(piece: Piece): Tree {
    return this.placed(parser.parse(this.source.slice(piece.from, piece.to)), piece);
  }

  /** A tree of `text.slice(piece.from, piece.to)`, placed at its offset in the document. */
  placed(tree: Tree, piece: { from: number; to: number }): Tree {
    return new Tree(
      tree.type,
      tree.children,
      tree.positions.map((position) => position + piece.from),
      piece.to,
    );
  }

  define(tree: Tree): void {
    const definitions: SyntaxNode[] = [];
    tree.iterate({
      enter: (node) => {
        if (node.name === 'LinkReference') definitions.push(node.node);
        return !isInline(node.name);
      },
    });
    // Defined as micromark decides: by the normalized form.
    for (const node of definitions) {
      const label = node.getChild('LinkLabel')!;
      this.identifierOf(label);
      this.defined.add(normalizeIdentifier(this.source.slice(label.from + 1, label.to - 1)));
    }
  }

  listFactAt(offset: number): ListFact {
    const lists = this.facts.lists;
    for (let index = lists.length - 1; index >= 0; index--)
      if (lists[index]!.depth === 0 && lists[index]!.position.start.offset === offset) return lists[index]!;
    throw new PieceMismatch();
  }

  /** The file from one tree, each part lezer may misread handed to micromark. */
  runWhole(): FileFacts {
    const tree = parser.parse(this.source);
    const top = tree.topNode;
    const parts: Part[] = this.inParts ? this.parts(top) : [{ from: 0, to: this.source.length, reason: null }];
    if (this.everyPart) for (const part of parts) part.reason = 'every part';
    const partOf = (line: number): number => {
      const offset = this.lineStarts[line]!;
      let low = 0;
      let high = parts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (parts[middle]!.from <= offset) low = middle;
        else high = middle - 1;
      }
      return low;
    };
    const whole = { top, fromLine: 0, toLine: this.lineStarts.length, continuing: null };
    const unusual = unusualContainers(tree, this.source, this.lineStarts, this.layout, whole, {
      skip: (line) => parts[partOf(line)]!.reason !== null,
      fail: (line, reason) => {
        const index = partOf(line);
        parts[index]!.reason ??= reason;
        const next = parts[index + 1];
        return next ? this.lineOf(next.from) : this.lineStarts.length;
      },
    });
    if (unusual) unsure(unusual);
    // Definitions are the file's: a first guess from lezer's, then again until the parts agree.
    const guess = new Set<string>();
    // A definition's label ends in `]:`.
    if (this.source.includes(']:'))
      tree.iterate({
        enter: (node) => {
          if (node.name === 'LinkReference') {
            const label = node.node.getChild('LinkLabel');
            if (label) guess.add(normalizeIdentifier(this.source.slice(label.from + 1, label.to - 1)));
          }
          return !isInline(node.name);
        },
      });
    let known: ReadonlySet<string> = guess;
    for (let attempt = 0; ; attempt++) {
      const defined = this.walkParts(top, parts, known);
      if (sameSet(defined, known)) break;
      if (attempt === 3) unsure('definitions differ between parts');
      known = defined;
      this.reset();
    }
    this.numberSlugs();
    return this.facts;
  }

  /** Slugs in document order, as GitHub numbers repeated ones. */
  numberSlugs(): void {
    const slugger = new GithubSlugger();
    const { headings, anchors } = this.facts;
    let heading = 0;
    for (let index = 0; index < anchors.length; index++) {
      if (anchors[index] !== pendingSlug) continue;
      const slug = slugger.slug(this.plains[heading]!);
      headings[heading++]!.slug = slug;
      anchors[index] = slug;
    }
  }

  reset(): void {
    this.facts = emptyFacts(this.facts.lineCount);
    this.plains = [];
    this.found = [];
    this.handedBack = [];
    this.lastLeaf = '';
  }

  /**
   * The file cut where a line at column 0 that no list item can start follows a blank line and
   * lezer starts a block there: CommonMark has closed every block by then, but a fenced code or
   * HTML block left open above it (checked after micromark reads a part, and trusted where lezer's
   * reading is).
   */
  parts(top: SyntaxNode): Part[] {
    const { text } = this;
    const parts: Part[] = [];
    let from = 0;
    for (let child = top.firstChild; child; child = child.nextSibling) {
      const at = child.from;
      if (at === 0 || text.charCodeAt(at - 1) !== 10) continue;
      if (!afterBlankClosingAll(text, at, lineEndAt(text, at))) continue;
      const previous = text.lastIndexOf('\n', at - 2) + 1;
      if (child.prevSibling && child.prevSibling.to > previous) continue;
      parts.push({ from, to: at, reason: null });
      from = at;
    }
    parts.push({ from, to: text.length, reason: null });
    return parts;
  }

  /** Walks the parts in order, handing those lezer may misread to micromark; the definitions found. */
  walkParts(top: SyntaxNode, parts: readonly Part[], known: ReadonlySet<string>): Set<string> {
    this.defined.clear();
    for (const identifier of known) this.defined.add(identifier);
    const defined = new Set<string>();
    let child = top.firstChild;
    let pending: { from: number; reason: string } | null = null;
    const flush = (to: number): void => {
      if (!pending) return;
      const { from, reason } = pending;
      pending = null;
      if (!this.inParts) unsure(reason);
      this.handedBack.push({ from, to, reason });
      const result = collectEventsFacts(this.text, {
        from,
        to,
        // The next part's first line closes the blocks still open here, and how micromark spans
        // them depends on whether it opens a block quote: a line without facts that does the same.
        ...(to < this.text.length ? { closing: this.text.charCodeAt(to) === 62 ? '>' : 'x' } : {}),
        line: this.lineOf(from) + 1,
        facts: this.facts,
        locator: this.locator,
        slug: (plain) => this.pendingSlug(plain),
        known,
      });
      for (const identifier of result.defined) defined.add(identifier);
      // A fenced code or HTML block still open at the part's end runs on into the next one.
      if (to < this.text.length && result.open) unsure('part ending in an open fenced code or HTML block');
      // What micromark read last is not known here (an indented code block, say).
      this.lastLeaf = unseenCode;
    };
    for (const part of parts) {
      const first = child;
      while (child && child.from < part.to) child = child.nextSibling;
      if (part.reason === null) {
        flush(part.from);
        const mark = this.mark();
        this.partBrackets = [];
        const before = first?.prevSibling?.name ?? null;
        // Read again earlier (another pass over the parts, for definitions): its own tree and layout.
        const reread = this.rereads.get(part.from);
        const leafBefore = this.lastLeaf;
        try {
          this.textBrackets = reread?.asText ?? [];
          if (reread) this.lastLeaf = seenFromAnotherTree(leafBefore);
          this.walkTree(() => this.walkBlocks(reread ? reread.tree.topNode.firstChild : first, part.to, before));
        } catch (error) {
          if (!(error instanceof Unsure)) throw error;
          this.rollback(mark);
          this.lastLeaf = leafBefore;
          const noted = this.partBrackets.length > 0;
          if (reread || !noted || !this.rereadPart(part, before, leafBefore)) {
            // Its lines may be laid out from a tree read again: micromark reads it in every pass.
            if (noted || reread) part.reason = error.message;
            if (!this.inParts) throw error;
            pending = { from: part.from, reason: error.message };
            continue;
          }
        }
        for (const identifier of this.found.slice(mark[mark.length - 1])) defined.add(identifier);
        continue;
      }
      if (this.everyPart) flush(part.from);
      pending ??= { from: part.from, reason: part.reason };
    }
    flush(this.text.length);
    return defined;
  }

  mark(): Mark {
    const { headings, anchors, links, definitions, references, controls, lists } = this.facts;
    return [
      headings.length,
      anchors.length,
      links.length,
      definitions.length,
      references.length,
      controls.length,
      lists.length,
      this.plains.length,
      this.found.length,
    ];
  }

  rollback(mark: Mark): void {
    const { headings, anchors, links, definitions, references, controls, lists } = this.facts;
    [headings, anchors, links, definitions, references, controls, lists, this.plains, this.found].forEach(
      (list: unknown[], index) => (list.length = mark[index]!),
    );
    this.runStart = -1;
  }

  /** Numbers come later: see `run`. */
  pendingSlug(plain: string): string {
    this.plains.push(plain);
    return pendingSlug;
  }

  /** The line (0-based) `offset` is on. */
  lineOf(offset: number): number {
    return lineAt(this.lineStarts, offset);
  }

  point(offset: number): Point {
    return this.locator.toPoint(offset)!;
  }

  position(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to) };
  }

  /**
   * The part read again with the brackets the walk found to be text made `%`, and walked: lezer
   * parses the part alone (it starts where CommonMark has closed every block), with the layout of
   * its lines made anew. False when the walk still cannot be sure of it (its facts are then as
   * before it); `previous` is the name of the block before the part, `leafBefore` the last leaf.
   */
  rereadPart(part: Part, previous: string | null, leafBefore: string): boolean {
    const asText: number[] = [];
    for (let reread = 0; reread < rereadLimit && this.partBrackets.length > 0; reread++) {
      asText.push(...this.partBrackets);
      this.partBrackets = [];
      const tree = this.placed(parser.parse(readAsText(this.source, part, asText)), part);
      // A label cannot hold a bracket: read as text, one could make a label lezer would not have read.
      let labelOverText = false;
      tree.iterate({
        enter: (node) => {
          if (node.type.id === nodeId.LinkLabel && asText.some((at) => at >= node.from && at < node.to))
            labelOverText = true;
        },
      });
      if (labelOverText) return false;
      const { continuations } = this.layout;
      for (const at of continuations!.keys()) if (at >= part.from && at < part.to) continuations!.delete(at);
      // The part's own lines: the first line of the next part is CommonMark's start of a block.
      const top = tree.topNode;
      const toLine = part.to < this.source.length ? this.lineOf(part.to) : this.lineStarts.length;
      const range = { top, fromLine: this.lineOf(part.from), toLine, continuing: null };
      this.forgetLines(range.fromLine, toLine);
      if (unusualContainers(tree, this.source, this.lineStarts, this.layout, range)) return false;
      const mark = this.mark();
      try {
        this.textBrackets = asText;
        this.lastLeaf = seenFromAnotherTree(leafBefore);
        this.walkTree(() => this.walkBlocks(top.firstChild, part.to, previous));
        this.rereads.set(part.from, { tree, asText: asText.slice() });
        return true;
      } catch (error) {
        if (!(error instanceof Unsure)) throw error;
        this.rollback(mark);
        this.lastLeaf = leafBefore;
      } finally {
        this.textBrackets = [];
      }
    }
    return false;
  }

  /** Drops the layout of lines `fromLine` to `toLine` (exclusive), to be laid out from another tree. */
  forgetLines(fromLine: number, toLine: number): void {
    this.layout.chains.fill(undefined as unknown as [], fromLine, toLine);
    this.layout.prefixEnds.release(fromLine, toLine);
  }

  /** The top-level blocks from `first` to `to`; `previous`: the name of the block before them. */
  walkBlocks(first: SyntaxNode | null, to: number, previous: string | null): void {
    for (let node = first; node && node.from < to; node = node.nextSibling) {
      this.blockChild(node.cursor(), nodeId.Document, 0, previous);
      previous = node.name;
    }
  }

  /**
   * `[from, to)` as micromark reads text over lines: each line after the first without the
   * prefixes of the containers it continues (its own indent is text).
   */
  textOverLines(from: number, to: number): string {
    const source = this.source;
    let end = source.indexOf('\n', from);
    if (end === -1 || end >= to) return source.slice(from, to);
    const { prefixEnds } = this.layout;
    let text = '';
    let at = from;
    for (; end !== -1 && end < to; end = source.indexOf('\n', at)) {
      text += source.slice(at, end + 1);
      const line = this.lineOf(end + 1);
      // A tab split by a prefix leaves micromark columns of it that the source does not show.
      const count = prefixEnds.count(line);
      if (count === 0 || splitColumns(this.layout, line, count - 1) > 0) unsure('multi-line reference label');
      at = Math.max(end + 1, prefixEnds.last(line));
    }
    return text + source.slice(at, to);
  }

  /** An undefined reference was found nested (its facts are not read): the walk gives up on its part. */
  nested = false;

  /**
   * Walks the blocks of one tree (`walk`) from the state its inline texts start in, and gives up
   * on it at the end if an undefined reference was found nested in it.
   */
  walkTree(walk: () => void): void {
    this.nested = false;
    this.rowChecked = -1;
    walk();
    if (!this.nested) return;
    this.nested = false;
    unsure('undefined reference nested');
  }

  noteTextBrackets(open: number, close: number, label: string): void {
    this.partBrackets.push(open, close);
    this.textIdentifiers.push(normalizeIdentifier(label));
  }

  identifierOf(label: SyntaxNode): string {
    const raw = this.source.slice(label.from + 1, label.to - 1);
    if (raw.includes('\n')) unsure('multi-line label');
    return normalizeIdentifier(raw).toLowerCase();
  }

  /*
   * The walk moves a cursor through the tree and leaves it where it found it. A cursor makes no
   * object for a node inside one of lezer's buffers (inline content, table rows); blocks are
   * lezer's own nodes, which `cursor.node` hands over as they are, for the rarer checks that ask
   * about their neighbours.
   */

  /** The blocks in the cursor's node. */
  block(cursor: TreeCursor, listDepth: number): void {
    const parent = cursor.type.id;
    if (!cursor.firstChild()) return;
    let previous: string | null = null;
    do {
      const name = cursor.name;
      this.blockChild(cursor, parent, listDepth, previous);
      // A quote's markers sit between its blocks.
      if (name !== 'QuoteMark') previous = name;
    } while (cursor.nextSibling());
    cursor.parent();
  }

  /** The block at the cursor, in a node of type `parent`; `previous`: the name of the sibling before it, if any. */
  blockChild(cursor: TreeCursor, parent: number, listDepth: number, previous: string | null): void {
    const name = cursor.name;
    const child = cursor.node;
    if (!containerOrMark.has(name)) this.lastLeaf = name;
    // Two paragraphs (or a paragraph and a heading's text) on adjacent lines: lezer split one CommonMark keeps whole.
    if (
      (name === 'Paragraph' || name.startsWith('Setext')) &&
      previous === 'Paragraph' &&
      !this.blankBefore(child.from)
    )
      unsure('paragraph split');
    switch (name) {
      case 'Paragraph': {
        // GFM reads `[x]` alone on an item's first line as a checkbox; lezer as text.
        if (
          parent === nodeId.ListItem &&
          /^\[[ xX]\][ \t]*(?:\n|$)/.test(this.source.slice(child.from, child.from + 12))
        )
          unsure('task marker alone on its line');
        const continuation = this.continuationOf(child);
        if (continuation && this.source.charCodeAt(continuation.items[0]!.markFrom) === 45)
          this.heading(cursor, continuation.items[0]!);
        else this.inlineContainer(cursor, child.from, child.to, null, false, continuation);
        break;
      }
      case 'ATXHeading1':
      case 'ATXHeading2':
      case 'ATXHeading3':
      case 'ATXHeading4':
      case 'ATXHeading5':
      case 'ATXHeading6':
      case 'SetextHeading1':
      case 'SetextHeading2':
        this.heading(cursor);
        break;
      case 'BulletList':
      case 'OrderedList': {
        // Its items as the check of the containers found them (lists hold only items); its first
        // ones may be read with the paragraph above it (see continuationOf).
        const list = this.layout.lists.get(child.from);
        if (list?.to !== child.to) return unsure('list not laid out');
        const absorbed = this.layout.continuations!.get(child.from) ?? 0;
        if (absorbed === list.items.length) break;
        const items: Position[] = [];
        for (let index = absorbed; index < list.items.length; index++) {
          const item = list.items[index]!;
          if (item.markFrom === -1) unsure('list item without mark');
          items.push(this.position(item.markFrom, item.contentEnd));
        }
        const firstMarkTo = list.items[absorbed]?.markTo ?? -1;
        if (items.length === 0) unsure('empty list');
        // micromark does not let an empty item start a list right after an indented code block.
        if (
          (this.lastLeaf === 'CodeBlock' || this.lastLeaf === unseenCode) &&
          firstMarkTo !== -1 &&
          isBlankTo(this.source, firstMarkTo, lineEndAt(this.source, firstMarkTo))
        )
          unsure('empty list item after indented code');
        // Past its last item, micromark's list (and the item around it) takes the whitespace of the blank `>` line lezer stops in.
        if (child.to > items[items.length - 1]!.end.offset! && child.to < lineEndAt(this.source, child.to))
          unsure('list ending in whitespace on a blank quote line');
        if (
          name === 'OrderedList' &&
          (this.lastLeaf === unseenCode || this.lastLeaf === 'CodeBlock') &&
          !/^1[.)]/.test(this.source.slice(items[0]!.start.offset!, items[0]!.start.offset! + 2))
        ) {
          // micromark reads an ordered list not at 1 as text after an indented code block, blank
          // lines between or not; the patched parser does too, but only after one its tree holds.
          if (this.lastLeaf === unseenCode) unsure('ordered list not at 1 after indented code in another tree');
          // The patched parser lets it follow code that comes after an empty item's blank line;
          // where CommonMark reads that item as a paragraph's line or underline (see
          // continuationOf), micromark's code waits, and the list is text.
          if (this.layout.continuations!.size > 0)
            unsure('ordered list not at 1 after code after absorbed empty items');
        }
        // A list fact per line where each line opens a list: the list shares its first item's start,
        // and its items sit in an array of their size (one grown by `push` holds room for 16).
        this.facts.lists.push({
          ordered: name === 'OrderedList',
          depth: listDepth,
          position: { start: items[0]!.start, end: this.point(child.to) },
          items: items.slice(),
        });
        this.block(cursor, listDepth + 1);
        break;
      }
      case 'ListItem':
      case 'Blockquote':
        this.block(cursor, listDepth);
        break;
      case 'Task': {
        const marker = child.getChild('TaskMarker');
        if (!marker) unsure('task without marker');
        // mdast moves the text's start past the checkbox as if it stayed on the marker's line.
        if (isBlankTo(this.source, marker!.to, lineEndAt(this.source, marker!.to)))
          unsure('task with an empty first line');
        this.inlineContainer(cursor, skipSpace(this.source, marker!.to, child.to), child.to, null, false);
        break;
      }
      case 'Table':
        this.table(cursor);
        break;
      case 'LinkReference':
        this.definition(child);
        break;
      case 'HTMLBlock':
      case 'CommentBlock':
      case 'ProcessingInstructionBlock':
        this.htmlBlock(child);
        break;
      case 'FencedCode':
        // micromark ends an item with an unclosed fence at the next line's start.
        if (parent !== nodeId.Document && child.getChildren('CodeMark').length < 2)
          unsure('unclosed fence in container');
        break;
      case 'CodeBlock':
        // White space after it is checked with its item's lines (container-lines' afterCode).
        break;
      case 'HorizontalRule':
        break;
      case 'ListMark':
      case 'QuoteMark':
        break;
      default:
        unsure('unknown block');
    }
  }

  /**
   * The heading at the cursor; with `underline`, the paragraph at the cursor, which that empty item
   * (a `-`) below it makes a setext heading for CommonMark.
   */
  heading(cursor: TreeCursor, underline: Item | null = null): void {
    const node = cursor.node;
    const setext = underline !== null || node.name.startsWith('Setext');
    const depth = underline ? 2 : setext ? (node.name.endsWith('1') ? 1 : 2) : Number(node.name.slice(-1));
    let from: number;
    let to: number;
    let end: number;
    if (setext) {
      let underlineTo: number;
      from = node.from;
      if (underline) {
        to = node.to;
        underlineTo = underline.markTo;
      } else {
        const mark = node.lastChild;
        if (mark?.name !== 'HeaderMark') return unsure('setext without underline');
        to = this.source.lastIndexOf('\n', mark.from);
        underlineTo = mark.to;
      }
      // micromark's underline takes the whitespace after it.
      end = lineEndAt(this.source, underlineTo);
      // A heading under a definition starts, for micromark, where the definition does.
      let before = node.prevSibling;
      while (before?.name === 'QuoteMark') before = before.prevSibling;
      if (before?.name === 'LinkReference' && !this.blankBefore(node.from)) unsure('setext heading after a definition');
    } else {
      const open = node.firstChild;
      if (open?.name !== 'HeaderMark' || open.from !== node.from) return unsure('ATX without mark');
      from = skipSpace(this.source, open.to, node.to);
      to = node.to;
      const close = node.lastChild;
      if (close && close.from !== open.from && close.name === 'HeaderMark') to = close.from;
      end = node.to;
    }
    const sink: Sink = { collect: true, full: '', plain: '', hidden: false, inLink: false, inTable: false };
    const anchorIndex = this.facts.anchors.length;
    this.inlineContainer(cursor, from, to, sink, false);
    const slug = this.pendingSlug(sink.plain);
    this.facts.headings.push({ depth, text: sink.full, slug, position: this.position(node.from, end) });
    this.facts.anchors.splice(anchorIndex, 0, slug);
  }

  table(cursor: TreeCursor): void {
    const node = cursor.node;
    const header = node.getChild('TableHeader');
    const delimiter = node.getChildren('TableDelimiter').find((child) => child.from > (header?.to ?? node.from));
    if (!header || !delimiter) return unsure('table without header');
    // GFM reads no delimiter row indented as code (then its lines are a paragraph's); lezer does.
    if (this.indentAt(delimiter.from) > 3) unsure('table delimiter row indented');
    // Counted from the text: lezer makes no cell node of an empty cell, which GFM counts.
    const cells = rowCells(this.source.slice(header.from, header.to));
    const columns = this.source
      .slice(delimiter.from, delimiter.to)
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|').length;
    if (cells !== columns) unsure('table column count');
    if (!cursor.firstChild()) return;
    do {
      const row = cursor.name;
      if (row !== 'TableHeader' && row !== 'TableRow') continue;
      const line = this.source.slice(cursor.from, lineEndAt(this.source, cursor.from));
      if (!line.includes('|') || blockStart.test(line.trimStart())) unsure('table row that could start a block');
      // A row indented as code is code to micromark; lezer's table runs on.
      if (this.indentAt(cursor.from) > 3) unsure('table row indented as code');
      if (!cursor.firstChild()) continue;
      do {
        const cell = cursor.name;
        if (cell === 'TableCell') this.inlineContainer(cursor, cursor.from, cursor.to, null, true);
        else if (cell !== 'TableDelimiter') unsure('table cell kind');
      } while (cursor.nextSibling());
      cursor.parent();
    } while (cursor.nextSibling());
    cursor.parent();
  }

  /**
   * The columns of whitespace before `offset` past its line's container prefixes (with the rest
   * of a tab they end inside); a tab among them counts as 4.
   */
  indentAt(offset: number): number {
    const line = this.lineOf(offset);
    const { prefixEnds } = this.layout;
    const count = prefixEnds.count(line);
    const start = count > 0 ? prefixEnds.last(line) : this.lineStarts[line]!;
    const indent = this.source.slice(start, offset);
    return (indent.includes('\t') ? 4 : indent.length) + (count > 0 ? splitColumns(this.layout, line, count - 1) : 0);
  }

  definition(node: SyntaxNode): void {
    const label = node.getChild('LinkLabel');
    if (!label) return unsure('definition without label');
    const raw = this.source.slice(label.from + 1, label.to - 1);
    const identifier = this.identifierOf(label);
    const destination = node.getChild('URL');
    // micromark ends a destination not in `<…>` with its parentheses balanced; lezer takes `a(b`.
    if (destination && this.source.charCodeAt(destination.from) !== 60 && !parenthesesClose(this.source, destination))
      unsure('definition destination with an open parenthesis');
    this.found.push(normalizeIdentifier(raw));
    const url = destination ? this.url(destination.from, destination.to) : '';
    // micromark's definition takes the whitespace after it on its line.
    let end = node.to;
    while (isSpace(this.source.charCodeAt(end))) end++;
    if (end < this.source.length && this.source.charCodeAt(end) !== 10) end = node.to;
    const position = this.position(node.from, end);
    this.afterDefinition(node);
    const labelText = decodeString(raw);
    this.facts.links.push({
      kind: 'definition',
      url,
      position,
      destination: findDestination(
        this.text,
        destinationShim('definition', node.from, position.end.offset!, undefined),
      ),
      text: labelText,
    });
    this.facts.definitions.push({ identifier, label: labelText, url, position });
  }

  /** For CommonMark a definition is the start of a paragraph: the next line may continue it. */
  afterDefinition(node: SyntaxNode): void {
    const line = this.point(node.to).line; // 1-based: the index of the next line
    if (line >= this.lineStarts.length) return;
    const { chains, prefixEnds } = this.layout;
    const own = chains[line - 1] ?? outside;
    const next = chains[line] ?? outside;
    if (next.length !== own.length || own.some((container, index) => next[index] !== container)) return;
    if (prefixEnds.count(line) <= own.length) return; // blank
    if (splitColumns(this.layout, line, own.length) > 0) unsure('tab split by an item indent');
    const rest = prefixEnds.at(line, own.length);
    const end = lineEndAt(this.source, rest);
    if (isBlankTo(this.source, rest, end)) return;
    const indent = skipSpace(this.source, rest, end) - rest;
    if (this.source.slice(rest, rest + indent).includes('\t')) unsure('tab after a definition');
    const sibling = node.nextSibling;
    if (indent < 4 && sibling?.name === 'LinkReference' && this.point(sibling.from).line === line + 1) return;
    const text = this.source.slice(rest + indent, end);
    if (indent < 4 && definiteInterrupter(text)) return;
    // Text for micromark, which reads on in the definition's paragraph, and for the patched parser.
    if (indent < 4 && notInterrupting.test(text)) return;
    unsure('line right after a definition');
  }

  /** The destination at `from`..`to`, decoded. */
  url(from: number, to: number): string {
    let raw = this.source.slice(from, to);
    if (raw.startsWith('<')) raw = raw.slice(1, -1);
    if (raw.includes('\n')) unsure('multi-line url');
    return decodeString(raw);
  }

  htmlBlock(node: SyntaxNode): void {
    const topLevel = node.parent?.name === 'Document';
    // micromark's HTML block starts where its container's prefixes end, taking its indent.
    const line = this.lineOf(node.from);
    const { prefixEnds } = this.layout;
    if (splitColumns(this.layout, line, prefixEnds.count(line) - 1) > 0) unsure('tab split by an item indent');
    if (prefixEnds.count(line) !== (this.layout.chains[line] ?? outside).length + 1) unsure('html on a lazy line');
    const from = Math.min(node.from, prefixEnds.last(line));
    const to = htmlBlockEnd(this.source, node);
    const value = topLevel ? this.source.slice(from, to) : this.htmlOverLines(from, to, false);
    // micromark ends an item with an unclosed comment, `<?`, `<!`, CDATA or raw-text block at the next line's start.
    if (!topLevel && unclosedHtml(value)) unsure('unclosed html in container');
    // micromark's block of kinds 6 and 7 ends at a line blank past the quote markers; lezer's
    // only at one blank in full.
    if (!topLevel && /\n[ \t]*(?:\n|$)/.test(value) && !htmlEnds.some(([open]) => open.test(value)))
      unsure('blank quote line in html');
    collectHtml(value, this.position(from, to), this.text, this.locator, this.facts);
  }

  /**
   * The value micromark gives HTML over lines, `[from, to)`: each line after the first without the
   * prefixes of the containers it continues. A block's lines keep their own indent; inline HTML's
   * lose up to three spaces more (their line prefix), and may be lazy (continuing fewer containers).
   */
  htmlOverLines(from: number, to: number, inline: boolean): string {
    const { source } = this;
    const { chains, prefixEnds, splitTabs } = this.layout;
    let value = '';
    let at = from;
    for (let end = source.indexOf('\n', from); end !== -1 && end < to; end = source.indexOf('\n', at)) {
      value += source.slice(at, end + 1);
      const line = this.lineOf(end + 1);
      if (prefixEnds.count(line) === 0 || splitTabs?.has(line)) unsure('html over a split tab');
      const start = prefixEnds.last(line);
      if (inline) {
        at = start;
        for (let spaces = 0; spaces < 3 && source.charCodeAt(at) === 32; spaces++) at++;
        if (source.charCodeAt(at) === 9 && at - start < 3) unsure('tab in inline html');
        continue;
      }
      at = Math.max(end + 1, start);
      // A line blank in a container: micromark's item takes some of its white space, lezer's none.
      if (prefixEnds.count(line) !== (chains[line] ?? outside).length + 1 && at !== lineEndAt(source, at))
        unsure('white space in html in a container');
    }
    return value + source.slice(at, to);
  }

  // Inline content.

  /** The empty items (the first `count` of `items`) CommonMark reads as this paragraph's last lines, if any. */
  continuationOf(paragraph: SyntaxNode): Continuation | null {
    if (this.layout.continuations!.size === 0) return null;
    const next = paragraph.nextSibling;
    const count = next ? this.layout.continuations!.get(next.from) : undefined;
    if (count === undefined) return null;
    const items = this.layout.lists.get(next!.from)?.items;
    if (!items || items.length < count || items[0]!.markFrom === -1) return unsure('list item without mark');
    return { items, count };
  }

  /** The inline content of the node at the cursor, `from`..`to`. */
  inlineContainer(
    cursor: TreeCursor,
    from: number,
    to: number,
    sink: Sink | null,
    inTable: boolean,
    continuation: Continuation | null = null,
  ): void {
    const own = sink ?? (inTable ? uncollectedCell : uncollected);
    this.openBrackets = 0;
    this.inlineStart = inTable ? -1 : from;
    // micromark pairs a single `~` only with another in the same text (a table row holds its cells).
    this.inlineFrom = inTable ? lineStartAt(this.source, from) : from;
    this.inlineTo = inTable ? lineEndAt(this.source, from) : to;
    // Which single `~` could pair is known only in one text; in a table row, at most one is text.
    // In text nothing reads, with nothing else a strikethrough could end or split, pairs change
    // no fact.
    this.loneTilde = inTable
      ? singleTildes(this.source, this.inlineFrom, this.inlineTo) < 2
      : !singleTildesMayPair(this.source, from, to) ||
        (sink === null && !besideTildes.test(this.source.slice(from, to)));
    const end = trimEnd(this.source, from, to);
    // micromark's rule of 3 counts what is left of a run, lezer the whole run: they may pair
    // emphasis otherwise. That changes a heading's text, and where text nothing reads is split
    // (an undefined reference or a URL literal in it); a link's text is checked on its own.
    // Where runs could pair otherwise, micromark's pairing is worked out from the tree's runs
    // (emphasis-pairing.ts): only a text it pairs otherwise is handed back. A table row is one
    // text: checked once, at its first cell that asks, as runs could.
    this.pairsMatter = sink !== null || this.bracketPairs.within(from, end) || this.urlStarts.within(from, end);
    if (this.pairsMatter && !(inTable && this.rowChecked === this.inlineFrom)) {
      if (inTable) this.rowChecked = this.inlineFrom;
      if (
        rulesOfThreeMayPart(this.source, inTable ? this.inlineFrom : from, inTable ? this.inlineTo : end) &&
        (inTable || continuation !== null || !emphasisPairsAgree(this.source, cursor.node, from, end))
      )
        unsure('emphasis runs micromark may pair otherwise');
    }
    // Each line after the first, whether in text or in a node (code, HTML, a link's destination, a
    // hard break) that holds the line ending before it.
    for (let index = inTable ? -1 : this.source.indexOf('\n', from); index !== -1 && index < end;) {
      let next = index + 1;
      while (isSpace(this.source.charCodeAt(next))) next++;
      this.continuationLine(next);
      index = this.source.indexOf('\n', next);
    }
    // An undefined reference nested in brackets: how the rest of this text pairs is not known,
    // and it is left; the walk goes on to the other texts of the part, noting such brackets in
    // each, so that one more reading of the part takes them all (see walkTree).
    const type = cursor.type.id;
    try {
      this.inline(cursor, from, end, own);
    } catch (error) {
      if (!(error instanceof NestedReference)) throw error;
      while (cursor.type.id !== type || cursor.from > from) cursor.parent();
      this.nested = true;
      this.runStart = -1;
      return;
    }
    if (continuation) {
      let at = to;
      for (let index = 0; index < continuation.count; index++) {
        const { markFrom, markTo } = continuation.items[index]!;
        const lineEnd = lineEndAt(this.source, at);
        this.addText(lineEnd, lineEnd + 1, '\n', own);
        this.addText(markFrom, markTo, this.source.slice(markFrom, markTo), own);
        at = markTo;
      }
    }
    this.endRun();
  }

  /** The inline children of the node at the cursor between `from` and `to`, and the text between them. */
  inline(cursor: TreeCursor, from: number, to: number, sink: Sink): void {
    let at = from;
    if (cursor.firstChild()) {
      do {
        if (cursor.to <= from) continue;
        if (cursor.from >= to) break;
        // A URL literal may run on over escapes: the nodes it covers are its text.
        if (cursor.from > at) at = this.gap(at, cursor.from, sink, to);
        if (cursor.to <= at) continue;
        at = Math.max(at, cursor.to);
        this.inlineNode(cursor, sink);
      } while (cursor.nextSibling());
      cursor.parent();
    }
    if (at < to) this.gap(at, to, sink);
  }

  /** The inline node at the cursor. */
  inlineNode(cursor: TreeCursor, sink: Sink): void {
    const source = this.source;
    const { from, to } = cursor;
    switch (cursor.type.id) {
      case nodeId.QuoteMark:
      case nodeId.EmphasisMark:
      case nodeId.StrikethroughMark:
        return;
      case nodeId.Escape: {
        this.addText(from, to, source.charAt(from + 1), sink);
        return;
      }
      case nodeId.Entity: {
        this.addText(from, to, decodeString(source.slice(from, to)), sink);
        return;
      }
      case nodeId.HardBreak:
        this.endRun();
        return;
      case nodeId.Emphasis:
      case nodeId.StrongEmphasis:
      case nodeId.Strikethrough: {
        this.endRun();
        if (source.charCodeAt(from) === 126 && source.charCodeAt(from + 1) !== 126) unsure('single tilde');
        // GFM pairs no `~` run longer than two; lezer may pair two of three (see inlineContainer
        // for where pairs matter).
        if (
          cursor.type.id === nodeId.Strikethrough &&
          (sink.collect || this.pairsMatter) &&
          [from - 1, from + 2, to - 3, to].some((at) => source.charCodeAt(at) === 126)
        )
          unsure('strikethrough in a longer run of tildes');
        // An e-mail address may start with `_`: micromark reads `_a@b.c_` as one, lezer as emphasis,
        // and `_a*_.a@b.c` as `_a*` and an address from the closing `_` on.
        if (source.charCodeAt(from) === 95 && this.atSigns.within(from, source.length)) {
          const marks = cursor.type.id === nodeId.Emphasis ? 1 : 2;
          for (const at of [from, to - marks])
            if (literalAutolinkAt(source, at, source.length, this.previousCode(at)))
              unsure('literal autolink at emphasis');
        }
        this.inline(cursor, from, to, sink);
        this.endRun();
        return;
      }
      case nodeId.InlineCode: {
        this.endRun();
        // Its marks: the first child and the last (one node can be both).
        if (!cursor.firstChild()) return unsure('code without marks');
        const openTo = cursor.to;
        let closeFrom = cursor.from;
        while (cursor.nextSibling()) closeFrom = cursor.from;
        cursor.parent();
        let value = source.slice(openTo, closeFrom);
        // Its lines hold the prefixes of the containers around it, which only its text would show.
        if (sink.collect && value.includes('\n')) unsure('multi-line code');
        if (value.length > 1 && value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value))
          value = value.slice(1, -1);
        if (sink.inTable)
          value = value.replace(/\\([\\|])/g, (all: string, char: string) => (char === '|' ? char : all));
        collectBoth(sink, value);
        return;
      }
      case nodeId.HTMLTag:
      case nodeId.Comment:
      case nodeId.ProcessingInstruction: {
        this.endRun();
        let value = source.slice(from, to);
        if (value.includes('\n')) {
          if (hasAncestor(cursor.node, 'Blockquote')) unsure('html in blockquote');
          value = this.htmlOverLines(from, to, true);
        }
        if (!sink.hidden) collectHtml(value, this.position(from, to), this.text, this.locator, this.facts);
        if (sink.collect) sink.full += value;
        return;
      }
      case nodeId.Autolink: {
        this.endRun();
        const raw = source.slice(from + 1, to - 1);
        if (!sink.hidden)
          this.facts.links.push({
            kind: 'link',
            url: /^[a-z][a-z\d+.-]{1,31}:/i.test(raw) ? raw : 'mailto:' + raw,
            position: this.position(from, to),
            destination: null,
            text: raw,
          });
        collectBoth(sink, raw);
        return;
      }
      case nodeId.Link:
      case nodeId.Image:
        this.link(cursor, sink);
        return;
      default:
        unsure('unknown inline');
    }
  }

  /** The link or image at the cursor. */
  link(cursor: TreeCursor, sink: Sink): void {
    const source = this.source;
    const { from, to } = cursor;
    const image = cursor.type.id === nodeId.Image;
    if (sink.inLink && !image) unsure('link in link');
    // Its parts, in one pass over its children: `[`, the `]` that closes it, what follows that
    // (`(` or a label) and the destination.
    if (!cursor.firstChild() || cursor.type.id !== nodeId.LinkMark) return unsure('link without mark');
    const openTo = cursor.to;
    let closeFrom = -1;
    let closeTo = -1;
    let resource = false;
    let labelFrom = -1;
    let labelTo = -1;
    let urlFrom = -1;
    let urlTo = -1;
    let afterClose = false;
    while (cursor.nextSibling()) {
      const type = cursor.type.id;
      if (afterClose) {
        afterClose = false;
        if (type === nodeId.LinkMark && source.charCodeAt(cursor.from) === 40) resource = true;
        else if (type === nodeId.LinkLabel) {
          labelFrom = cursor.from;
          labelTo = cursor.to;
        }
      } else if (
        closeFrom === -1 &&
        type === nodeId.LinkMark &&
        source.charCodeAt(cursor.from) === 93 &&
        cursor.to - cursor.from === 1
      ) {
        closeFrom = cursor.from;
        closeTo = cursor.to;
        afterClose = true;
      }
      if (type === nodeId.URL && urlFrom === -1) {
        urlFrom = cursor.from;
        urlTo = cursor.to;
      }
    }
    cursor.parent();
    if (closeFrom === -1) return unsure('link without close');
    // As in a definition (see there): `[a](b(c )` is text to micromark.
    if (urlFrom !== -1 && source.charCodeAt(urlFrom) !== 60 && !parenthesesClose(source, { from: urlFrom, to: urlTo }))
      unsure('link destination with an open parenthesis');
    const labelled = labelFrom !== -1;
    // A reference's label as micromark reads it: its own, or (collapsed, shortcut) its text.
    const raw = resource
      ? ''
      : labelled && labelTo - labelFrom > 2
        ? this.textOverLines(labelFrom + 1, labelTo - 1)
        : this.textOverLines(openTo, closeFrom);
    if (!resource) {
      // Defined as micromark decides: by its normalized form.
      if (!this.defined.has(normalizeIdentifier(raw))) {
        // mdast keeps it as text: only when nothing inside or around could pair differently.
        if (this.openBrackets > 0 || sink.inLink || sink.hidden) {
          // A shortcut's brackets are text; so are `[a]`'s in `[a][b]` (the label after it rules
          // out a shortcut), and `[b]`, read again alone, is a shortcut in turn. The walk goes on
          // to note the others in the part too, so that one more reading takes them all.
          this.noteTextBrackets(openTo - 1, closeFrom, raw);
          throw new NestedReference();
        }
        // `[a][b][c]`: which pair is the reference depends on the definitions. A shortcut `[a]`
        // that lezer did not join to the `(…)` or `[…]` after it is text for micromark too: that is
        // no resource, and a label after it rules out a shortcut either way.
        const afterBracket = source.charAt(from - 1) === ']' && !this.textBrackets.includes(from - 1);
        if ((labelled && /[[(]/.test(source.charAt(to))) || afterBracket) {
          // `[a][b](c)` with `b` undefined: `[a]` is text to micromark (the label after it rules out
          // a shortcut, defined or not), and `[b]` pairs with what follows, as lezer finds once
          // `[a]`'s brackets are read as text.
          if (labelled && !afterBracket) this.noteTextBrackets(openTo - 1, closeFrom, raw);
          unsure('undefined reference beside brackets');
        }
        // A label is another bracket pair, and emphasis inside could pair with emphasis outside
        // (lezer pairs it inside the brackets first, micromark across them).
        const inside = source.slice(from, closeTo);
        const label = source.slice(closeTo, to);
        if (
          !/^!?\[[^[\]\n]*\]$/.test(inside) ||
          !plainLabel.test(label) ||
          this.delimitersAcross(inside, from, closeTo)
        ) {
          // A shortcut has no label of its own: its brackets are text however the inside reads.
          if (!labelled) this.noteTextBrackets(openTo - 1, closeFrom, raw);
          unsure('undefined reference with syntax');
        }
        // `[`, the text inside read as inline content (no literal autolinks: a `[` is open), `]`.
        this.addText(from, openTo, source.slice(from, openTo), sink);
        const brackets = this.openBrackets;
        this.openBrackets = 1;
        this.inline(cursor, openTo, closeFrom, sink);
        this.openBrackets = brackets;
        this.addText(closeFrom, to, source.slice(closeFrom, to), sink);
        return;
      }
      // micromark tries no shortcut before a `[`: unless a label follows, `[a][b` is text.
      if (!labelled && source.charCodeAt(to) === 91) unsure('shortcut reference before a bracket');
    }
    this.endRun();
    // Its text pairs its emphasis on its own (see inlineContainer).
    if (rulesOfThreeMayPart(source, openTo, closeFrom) && !emphasisPairsAgree(source, cursor.node, openTo, closeFrom))
      unsure('emphasis runs micromark may pair otherwise');
    const linkIndex = this.facts.links.length;
    const referenceIndex = this.facts.references.length;
    const inner: Sink = {
      collect: true,
      full: '',
      plain: '',
      hidden: sink.hidden || image,
      inLink: sink.inLink || !image,
      inTable: sink.inTable,
    };
    const brackets = this.openBrackets;
    this.openBrackets = 1;
    this.inline(cursor, openTo, closeFrom, inner);
    this.endRun();
    this.openBrackets = brackets;
    if (!sink.hidden) {
      const position = this.position(from, to);
      if (resource) {
        const url = urlFrom === -1 ? '' : this.url(urlFrom, urlTo);
        const lastEnd = !image && closeFrom > openTo ? closeFrom : undefined;
        this.facts.links.splice(linkIndex, 0, {
          kind: image ? 'image' : 'link',
          url,
          position,
          destination: findDestination(this.text, destinationShim(image ? 'image' : 'link', from, to, lastEnd)),
          text: inner.full,
        });
      } else {
        const reference: ReferenceFact = {
          kind: image ? 'image' : 'link',
          identifier: normalizeIdentifier(raw).toLowerCase(),
          label: decodeString(raw),
          position,
          defined: true,
        };
        this.facts.references.splice(referenceIndex, 0, reference);
      }
    }
    if (sink.collect) {
      sink.full += inner.full;
      if (!image) sink.plain += inner.plain;
    }
  }

  /**
   * Whether emphasis or strikethrough delimiters inside `inside` (at `from`..`to`) could pair with
   * others in the same inline text outside it.
   */
  delimitersAcross(inside: string, from: number, to: number): boolean {
    const delimiters = /[*_]|~~/.test(inside) || (inside.includes('~') && !this.loneTilde);
    if (!delimiters) return false;
    const outside = /[*_~]/;
    return outside.test(this.source.slice(this.inlineFrom, from)) || outside.test(this.source.slice(to, this.inlineTo));
  }

  /** Plain text between inline nodes: line prefixes and suffixes dropped, literal autolinks found. */
  gap(from: number, to: number, sink: Sink, limit = to): number {
    const source = this.source;
    let chunk = from;
    let index = from;
    while (chunk < to && isSpace(source.charCodeAt(chunk)) && this.atLineStart(chunk)) chunk++;
    index = chunk;
    while (index < to) {
      const code = source.charCodeAt(index);
      if (code === 10) {
        // A line ending is text; the whitespace before it and the prefix after it are not.
        let end = index;
        while (end > chunk && isSpace(source.charCodeAt(end - 1))) end--;
        if (end > chunk) this.addText(chunk, end, source.slice(chunk, end), sink);
        this.addText(index, index + 1, '\n', sink);
        index++;
        while (index < to && isSpace(source.charCodeAt(index))) index++;
        chunk = index;
        continue;
      }
      // GFM reads `~a~` as strikethrough; lezer only `~~a~~`. A lone `~` pairs with nothing.
      if (
        code === 126 &&
        !this.loneTilde &&
        source.charCodeAt(index + 1) !== 126 &&
        source.charCodeAt(index - 1) !== 126
      )
        unsure('single tilde');
      if (code === 91) this.openBrackets++;
      else if (code === 93 && this.openBrackets > 0) this.openBrackets--;
      else if (code < 128 && isCandidate(code) && !sink.hidden && this.openBrackets === 0) {
        const previous = index === chunk ? this.previousCode(index) : source.charCodeAt(index - 1);
        if (previous === null || !isAsciiAlpha(previous)) {
          const literal = literalAutolinkAt(
            source,
            index,
            source.length,
            previous,
            this.atSigns.within(index, source.length),
          );
          if (literal) {
            // It runs on over escapes (to GFM a `\` in a URL is the URL's), or else into other
            // markup: into brackets lezer read as a link, say, whose `[` is part of the URL to
            // micromark, whatever is defined (the part is read again with it as text).
            if (literal.end > to && (literal.end > limit || !onlyEscapes(source, to, literal.end))) {
              if (source.charCodeAt(to) === 91) this.partBrackets.push(to);
              unsure('literal autolink past inline');
            }
            if (index > chunk) this.addText(chunk, index, source.slice(chunk, index), sink);
            this.endRun();
            const raw = source.slice(literal.start, literal.end);
            this.facts.links.push({
              kind: 'link',
              url: literal.kind === 'www' ? 'http://' + raw : literal.kind === 'email' ? 'mailto:' + raw : raw,
              position: this.position(literal.start, literal.end),
              destination: null,
              text: raw,
            });
            collectBoth(sink, raw);
            index = chunk = literal.end;
            continue;
          }
        }
      }
      index++;
    }
    if (to > chunk) this.addText(chunk, to, source.slice(chunk, to), sink);
    return Math.max(to, chunk);
  }

  /**
   * Checks a continuation line of a paragraph or heading, at `index` (past the whitespace at its
   * start, or at a quote marker): one that could start a block (or make the line above a table's
   * header) is where lezer and micromark may part.
   */
  continuationLine(index: number): void {
    const source = this.source;
    const { first, deep, lazy } = this.continuationStart(index);
    if (!deep) {
      const start = source.slice(first, first + 12);
      if (
        blockStart.test(start) &&
        (lazy || !notInterrupting.test(start)) &&
        !notFence.test(source.slice(first, lineEndAt(source, first)))
      )
        unsure('continuation line could start block');
    }
    // GFM makes the line before a delimiter row a table header where lezer may not. A row of
    // dashes alone, without a `|` or `:`, is a thematic break or an underline to GFM, never one.
    const line = source.slice(first, lineEndAt(source, first));
    if (delimiterRow.test(line) && /[|:]/.test(line)) unsure('table delimiter row in a paragraph');
  }

  /**
   * Where a paragraph's continuation line starts after its containers' prefixes (`index`: past
   * the whitespace at its start, or at a quote marker), and whether it is indented 4 or more
   * columns past them: then no block can start there and it continues the paragraph.
   */
  continuationStart(index: number): { first: number; deep: boolean; lazy: boolean } {
    const line = this.lineOf(index);
    const { prefixEnds } = this.layout;
    const chain = this.layout.chains[line] ?? outside;
    const count = prefixEnds.count(line);
    // A lazy line (some prefixes missing) starts where its whitespace ends. Four spaces after the
    // prefixes that continued are too many for micromark to open a container there, and a
    // paragraph goes on over a line indented that far.
    if (count !== chain.length + 1) {
      if (count === 0) return { first: index, deep: false, lazy: true };
      const start = prefixEnds.last(line);
      let first = start;
      while (this.source.charCodeAt(first) === 32) first++;
      return { first: index, deep: first - start >= 4, lazy: true };
    }
    const start = prefixEnds.last(line);
    let first = start;
    while (isSpace(this.source.charCodeAt(first))) first++;
    // Columns of a tab the prefixes end inside indent the line too (a tab after them is left
    // uncounted: the line is then read as if it could start a block).
    const split = splitColumns(this.layout, line, count - 1);
    return {
      first,
      deep: split + first - start >= 4 && !this.source.slice(start, first).includes('\t'),
      lazy: false,
    };
  }

  /** Whether the line before the one `offset` is on is blank (or there is none). */
  blankBefore(offset: number): boolean {
    const lineStart = this.source.lastIndexOf('\n', offset - 1);
    if (lineStart <= 0) return true;
    const previousStart = this.source.lastIndexOf('\n', lineStart - 1) + 1;
    return /^[ \t>]*$/.test(this.source.slice(previousStart, lineStart));
  }

  /** micromark's `previous` for a literal autolink starting at `index`. */
  previousCode(index: number): number | null {
    if (index === 0) return null;
    if (this.atLineStart(index) || index === this.inlineStart) return 10;
    const code = this.source.codePointAt(index - 1)!;
    if (code >= 0xdc00 && code <= 0xdfff && index > 1) return this.source.codePointAt(index - 2)!;
    return code;
  }

  atLineStart(index: number): boolean {
    return atLineStartIn(this.source, index);
  }

  addText(from: number, to: number, value: string, sink: Sink): void {
    if (this.runStart === -1) {
      this.runStart = from;
      this.runValue = '';
      this.runInLink = sink.inLink;
      this.runHidden = sink.hidden;
    }
    this.runEnd = to;
    this.runValue += value;
    collectBoth(sink, value);
  }

  runHidden = false;
  readonly layout: LineLayout;
  /** The inline text micromark pairs delimiters in: a paragraph's or heading's, or a table row's. */
  inlineFrom = 0;
  inlineTo = 0;
  /** Whether how the current inline text pairs its delimiters changes a fact. */
  pairsMatter = false;
  /** The start of the last table row whose emphasis runs were checked. */
  rowChecked = -1;
  /** The current inline content holds at most one single `~`: it is text for micromark too. */
  loneTilde = false;
  /** Where the current paragraph's or heading's text starts: a line start, for micromark. */
  inlineStart = -1;
  /** The last leaf block walked (document order). */
  lastLeaf = '';

  /** The text node is complete: `[text][label]` left as text is an undefined reference. */
  endRun(): void {
    const start = this.runStart;
    this.runStart = -1;
    if (start === -1 || this.runHidden) return;
    const end = this.runEnd;
    // URL literals only GFM's transform finds (after `(`, inside `[…]`): GitHub links them too.
    if (!this.runInLink && this.urlStarts.within(start, end))
      addLateLiteralLinks(this.facts.links, this.runValue, this.text.slice(start, end), start, this.locator);
    if (!this.bracketPairs.within(start, end)) return;
    const source = this.text.slice(start, end);
    const matches = [...source.matchAll(fullReference)];
    if (matches.length === 0) return;
    const value = this.runValue;
    if (!value.includes('][') || (!this.runInLink && autolinkLiteralSplits(value))) return;
    for (const match of matches) {
      const label = match[2] || match[1]!;
      this.facts.references.push({
        kind: 'link',
        identifier: label.toLowerCase().replace(/\s+/g, ' ').trim(),
        label,
        position: this.position(start + match.index, start + match.index + match[0].length),
        defined: false,
      });
    }
  }
}

/** The HTML blocks that end only at their own end marker (kinds 1 to 5), each with that marker. */
const htmlEnds: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^\s*<!--/, /-->/],
  [/^\s*<\?/, /\?>/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<![A-Za-z]/, />/],
  [new RegExp(`^\\s*<(?:${rawHtmlNames})(?:\\s|>|$)`, 'i'), new RegExp(`</(?:${rawHtmlNames})>`, 'i')],
];

/** Whether an HTML block's value opens one of kinds 1 to 5 and holds no end marker of its kind past its `<`. */
function unclosedHtml(value: string): boolean {
  for (const [open, close] of htmlEnds) if (open.test(value)) return !close.test(value.slice(value.indexOf('<') + 1));
  return false;
}

/** `lastLeaf` when the last leaf may be an indented code block that the tree being walked did not read. */
const unseenCode = 'unseen CodeBlock';

/** `lastLeaf` for a walk of another tree: one that starts after it. */
const seenFromAnotherTree = (leaf: string): string => (leaf === 'CodeBlock' ? unseenCode : leaf);

/** The first `count` of `items`: empty items CommonMark reads as the last lines of the paragraph above them. */
interface Continuation {
  items: readonly Item[];
  count: number;
}

const containerOrMark = new Set(['BulletList', 'OrderedList', 'ListItem', 'Blockquote', 'ListMark', 'QuoteMark']);

/** Text that counts for both the heading's text and its slug. */
function collectBoth(sink: Sink, value: string): void {
  if (!sink.collect) return;
  sink.full += value;
  sink.plain += value;
}

function sameSet(one: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  if (one.size !== other.size) return false;
  for (const value of one) if (!other.has(value)) return false;
  return true;
}

function isInline(name: string): boolean {
  return (
    name === 'Paragraph' || name.startsWith('ATXHeading') || name.startsWith('SetextHeading') || name === 'TableCell'
  );
}

function hasAncestor(node: SyntaxNode, name: string): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.name === name) return true;
  return false;
}

/** Characters where a literal autolink can start (letters, digits, `+-._`). */
function isCandidate(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 95
  );
}

const isSpace = (code: number): boolean => code === 32 || code === 9;
const isAsciiAlpha = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Only spaces, tabs and line endings: micromark keeps U+2028, no-break spaces and the like. */
function trimEnd(source: string, from: number, to: number): number {
  while (to > from && (isSpace(source.charCodeAt(to - 1)) || source.charCodeAt(to - 1) === 10)) to--;
  return to;
}

function isBlankTo(source: string, from: number, to: number): boolean {
  return skipSpace(source, from, to) === to;
}

/** How many runs of exactly one `~` there are in `[from, to)`. */
function singleTildes(source: string, from: number, to: number): number {
  let count = 0;
  // Within `[from, to)` only: `indexOf` would look on to the end of the file for a `~` that is not
  // there, once for each paragraph, which made a file without `~` cost time by its length squared.
  for (let index = from; index < to; index++) {
    if (source.charCodeAt(index) !== 126) continue;
    let end = index + 1;
    while (source.charCodeAt(end) === 126) end++;
    if (end - index === 1) count++;
    index = end;
  }
  return count;
}

/**
 * Whether micromark could pair two single `~` in the inline text `[from, to)`: one that may open
 * (by GFM's flanking rules) before one that may close. If none can, every single `~` is text.
 */
function singleTildesMayPair(source: string, from: number, to: number): boolean {
  let opener = false;
  // Within `[from, to)` only, as `singleTildes` (`indexOf` would look on to the end of the file).
  for (let index = from; index < to;) {
    if (source.charCodeAt(index) !== 126) {
      index++;
      continue;
    }
    const { start, end } = runAt(source, index);
    index = end;
    if (end - start !== 1) continue;
    const before =
      start === from || atLineStartIn(source, start) ? whitespaceGroup : characterGroup(source.charCodeAt(start - 1));
    const after = end >= to ? whitespaceGroup : characterGroup(source.charCodeAt(end));
    const open = !after || (after === punctuationGroup && Boolean(before));
    const close = !before || (before === punctuationGroup && Boolean(after));
    if (close && opener) return true;
    if (open) opener = true;
  }
  return false;
}

/**
 * Whether `*` or `_` runs in `[from, to)` may be paired otherwise by micromark than by lezer: of
 * one marker, a run can both open and close (micromark's `attention` flanking rules), and a
 * pairing may leave a run partly used (runs of different lengths, or one of three or more).
 */
function rulesOfThreeMayPart(source: string, from: number, to: number): boolean {
  // Per marker (`*`, `_`): whether a run can both open and close, the first run's length, and
  // whether a pairing may leave a run partly used.
  const both = [false, false];
  const length = [0, 0];
  const partly = [false, false];
  for (let index = from; index < to;) {
    const code = source.charCodeAt(index);
    if (code !== 42 && code !== 95) {
      index++;
      continue;
    }
    const { start, end } = runAt(source, index);
    index = end;
    const size = end - start;
    if (size < 1) continue;
    const marker = code === 42 ? 0 : 1;
    if (size > 2 || (length[marker] !== 0 && length[marker] !== size)) partly[marker] = true;
    length[marker] ||= size;
    // A `*` between a `~` and a letter opens or closes to micromark (`~` is an attention marker
    // there), not to lezer.
    const previous = start === 0 ? 10 : source.charCodeAt(start - 1);
    const next = end >= source.length ? 10 : source.charCodeAt(end);
    if (code === 42 && ((previous === 126 && !characterGroup(next)) || (next === 126 && !characterGroup(previous))))
      return true;
    const { open, close } = attentionSides(source, start, end);
    if (open && close) both[marker] = true;
    if (both[marker] && partly[marker]) return true;
  }
  return false;
}

/** The run of the marker at `index` (`~`, `*`, `_`) to its end; a `\` escaping its first is text, so the run starts after it. */
function runAt(source: string, index: number): { start: number; end: number } {
  const code = source.charCodeAt(index);
  let end = index + 1;
  while (source.charCodeAt(end) === code) end++;
  let slashes = 0;
  while (source.charCodeAt(index - 1 - slashes) === 92) slashes++;
  return { start: slashes % 2 === 1 ? index + 1 : index, end };
}

/** Whether every `(` not escaped in `[from, to)` is closed there. */
function parenthesesClose(source: string, { from, to }: { from: number; to: number }): boolean {
  let depth = 0;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    if (code === 92) index++;
    else if (code === 40) depth++;
    else if (code === 41) depth--;
  }
  return depth <= 0;
}

function lineStartAt(source: string, at: number): number {
  return source.lastIndexOf('\n', at - 1) + 1;
}

function lineEndAt(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end === -1 ? source.length : end;
}

function skipSpace(source: string, from: number, to: number): number {
  while (from < to && isSpace(source.charCodeAt(from))) from++;
  return from;
}

/**
 * The cells of a table row as GFM counts them: split at each `|` not escaped, a leading and a
 * trailing one only opening and closing the row, empty cells included.
 */
function rowCells(row: string): number {
  let count = 0;
  let first = true;
  let content = false;
  for (let at = 0; at < row.length; at++) {
    const code = row.charCodeAt(at);
    if (code === 92 /* \ */) {
      content = true;
      at++;
    } else if (code === 124 /* | */) {
      if (!first || content) count++;
      first = false;
      content = false;
    } else if (code !== 32 && code !== 9) content = true;
  }
  return content ? count + 1 : count;
}

/**
 * Whether lezer's only inline nodes in `source[from, to)` are escapes, each inside it (a `\` and
 * the ASCII punctuation after it): none of the characters that may start other markup is there.
 */
function onlyEscapes(source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    if (code === 92 /* \ */) {
      if (!isAsciiPunctuation(source.charCodeAt(at + 1))) continue;
      if (at + 1 === to) return false;
      at++;
    } else if (mayStartMarkup(code)) return false;
  }
  return true;
}

/** `&`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `!`, `<`. */
const mayStartMarkup = (code: number): boolean =>
  code === 38 ||
  code === 96 ||
  code === 42 ||
  code === 95 ||
  code === 126 ||
  code === 91 ||
  code === 93 ||
  code === 33 ||
  code === 60;

const isAsciiPunctuation = (code: number): boolean =>
  (code >= 33 && code <= 47) ||
  (code >= 58 && code <= 64) ||
  (code >= 91 && code <= 96) ||
  (code >= 123 && code <= 126);

/** `source` from `part.from` to `part.to`, the characters at `at` made `%` (which starts nothing). */
function readAsText(source: string, part: { from: number; to: number }, at: readonly number[]): string {
  const sorted = [...at].sort((a, b) => a - b);
  let result = '';
  let from = part.from;
  for (const index of sorted) {
    result += source.slice(from, index) + '%';
    from = index + 1;
  }
  return result + source.slice(from, part.to);
}
