import GithubSlugger from 'github-slugger';
import type { Definition, Image, Link } from 'mdast';
import { findDestination } from '@devguide/markdown';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Point as TokenPoint, Token, TokenizeContext } from 'micromark-util-types';
import type { Point, Position } from 'unist';
import { emptyFacts, type FileFacts, type LinkFact, type ListFact, type ReferenceFact } from './file-facts.js';
import { location } from 'vfile-location';
import { collectHtml, countLines, fullReference, type Locator, spanOf } from './html-facts.js';

/*
 * `collectFacts(parseMarkdown(text), text)` without building the tree: micromark's events are
 * walked once, doing what mdast-util-from-markdown (with mdast-util-gfm and mdast-util-frontmatter)
 * would do to them, but only as far as the facts need: a stack of light frames for the nodes and
 * buffers that matter, the open text node of each, and plain-text values only where a fact reads
 * one. The equivalence test over the corpus holds the two to the same result.
 */

// Same order as processor.ts: remark-frontmatter is used before remark-gfm.
const extensions = [frontmatter(['yaml']), gfm()];

// Kept identical to collect-facts.ts (not exported there).

/** A node in mdast: entering it ends the parent's open text node; its end is the parent's last child end. */
const NODE = 1;
/** mdast `canContainEols`: a line ending directly inside becomes text. Buffers ("fragment") can. */
const EOLS = 2;
/** Needs its own plain-text value (heading text, link text, alt, label, url, html value). */
const COLLECT = 4;
/** Counts in its parent's `toString` (phrasing content), so collects when the parent does. */
const PASS = 8;
/** Content is a buffer mdast throws away: nothing inside is visited by collectFacts. */
const HIDDEN = 16;

// The tokens that open a frame: nodes and buffers of mdast. Block containers (block quotes,
// lists, list items, tables, rows, footnote definitions) get none: text is never directly inside
// them, so they change nothing in how mdast merges text or treats line endings (and skipping
// lists skips from-markdown's list-item preparation pass too).
const frameFlags: Record<string, number> = {
  paragraph: NODE | EOLS,
  emphasis: NODE | EOLS | PASS,
  strong: NODE | EOLS | PASS,
  strikethrough: NODE | EOLS | PASS,
  tableHeader: NODE,
  tableData: NODE,
  atxHeading: NODE | EOLS | COLLECT,
  setextHeading: NODE | EOLS | COLLECT,
  link: NODE | COLLECT | PASS,
  autolink: NODE | COLLECT | PASS,
  literalAutolink: NODE | COLLECT | PASS,
  image: NODE | PASS,
  definition: NODE,
  hardBreakEscape: NODE,
  hardBreakTrailing: NODE,
  gfmFootnoteCall: NODE,
  // Nodes whose content mdast reads from a buffer: one frame stands for node and buffer.
  htmlFlow: NODE | EOLS | COLLECT | PASS | HIDDEN,
  htmlText: NODE | EOLS | COLLECT | PASS | HIDDEN,
  codeText: NODE | EOLS | PASS | HIDDEN,
  codeFenced: NODE | HIDDEN,
  codeIndented: NODE | HIDDEN,
  // Buffers: strings mdast resumes into a field and drops.
  resourceDestinationString: EOLS | COLLECT | HIDDEN,
  definitionDestinationString: EOLS | COLLECT | HIDDEN,
  definitionLabelString: EOLS | COLLECT | HIDDEN,
  referenceString: EOLS | COLLECT | HIDDEN,
  resourceTitleString: EOLS | HIDDEN,
  definitionTitleString: EOLS | HIDDEN,
  gfmFootnoteCallString: EOLS | HIDDEN,
  gfmFootnoteDefinitionLabelString: EOLS | HIDDEN,
  // A link's label becomes its children; an image's label only its `alt` (HIDDEN added on enter).
  label: EOLS | COLLECT,
};

/**
 * The identifiers micromark has seen defined: an array to micromark, looked up in a set. A part of
 * a file is parsed knowing the definitions of the rest (`known`, micromark's normalized form).
 */
class Identifiers extends Array<string> {
  readonly #set = new Set<string>();
  #known: ReadonlySet<string> | undefined;

  static knowing(known: ReadonlySet<string> | undefined): Identifiers {
    const identifiers = new Identifiers();
    identifiers.#known = known;
    return identifiers;
  }

  override push(...identifiers: string[]): number {
    for (const identifier of identifiers) this.#set.add(identifier);
    return super.push(...identifiers);
  }

  override includes(identifier: string): boolean {
    return this.#set.has(identifier) || (this.#known?.has(identifier) ?? false);
  }

  /** The identifiers defined in what was parsed. */
  get own(): ReadonlySet<string> {
    return this.#set;
  }
}

/** One open node or buffer, with the text node (if any) that is currently its last child. */
class Frame {
  /** Whether this node itself is in the tree (not inside a dropped buffer). */
  readonly inTree: boolean;
  readonly hidden: boolean;
  readonly collect: boolean;
  /** Under a link: GFM's autolink-literal transform does not look there. */
  readonly inLink: boolean;
  /** toString(node) and toString(node, {includeHtml: false, includeImageAlt: false}). */
  full = '';
  plain = '';
  /** End offset of the last child, which `findDestination` starts from for links. */
  lastEnd: number | undefined = undefined;
  // The open text node: mdast merges data, escapes, references and line endings into one.
  runStart: TokenPoint | undefined = undefined;
  runEnd: TokenPoint | undefined = undefined;
  runFirst = 0;
  runLast = 0;
  // Link, image, definition and heading fields.
  url = '';
  alt = '';
  label: string | undefined = undefined;
  identifier = '';
  rawLabel = '';
  hasResource = false;
  depth = 0;
  linkIndex = 0;
  referenceIndex = 0;
  anchorIndex = 0;

  constructor(
    /** The token type, `root` for the document. */
    readonly type: string,
    readonly flags: number,
    parent: Frame | undefined,
  ) {
    this.inTree = !parent?.hidden;
    this.hidden = (parent?.hidden ?? false) || (flags & HIDDEN) !== 0;
    this.collect = (flags & COLLECT) !== 0 || ((flags & PASS) !== 0 && (parent?.collect ?? false));
    this.inLink = (parent?.inLink ?? false) || type === 'link' || type === 'autolink' || type === 'literalAutolink';
  }
}

/** The facts `collectFacts(parseMarkdown(text), text)` finds, from micromark's events alone. */
export function collectFactsFromEvents(text: string): FileFacts {
  const locator = location(text);
  const facts = emptyFacts(countLines(locator, text));
  const slugger = new GithubSlugger();
  collectEventsFacts(text, { from: 0, to: text.length, line: 1, facts, locator, slug: (plain) => slugger.slug(plain) });
  return facts;
}

/** A part of a file to read with micromark, and where its facts go. */
export interface EventsPart {
  /** Offsets into the file: `from` is a line start, where every block of the file is closed. */
  from: number;
  to: number;
  /** The line `from` is on (1-based). */
  line: number;
  facts: FileFacts;
  locator: Locator;
  /** A heading's slug from its plain text: the caller may number headings across parts. */
  slug: (plain: string) => string;
  /** The identifiers (micromark's normalized form) defined in the rest of the file. */
  known?: ReadonlySet<string>;
  /** A line read after the part, without facts, to close its blocks as the file's next line does. */
  closing?: string;
}

/** What a part's reading leaves for its caller to check. */
export interface EventsPartResult {
  /** The identifiers defined in the part, in micromark's normalized form. */
  defined: ReadonlySet<string>;
  /**
   * Whether a fenced code block or an HTML block that ends only at its end condition (a comment,
   * `<?`, `<!X`, CDATA, raw text) is left open, outside every container, at the part's end.
   */
  open: boolean;
}

/** Adds the facts of `text.slice(part.from, part.to)` to `part.facts`, positions as in the whole file. */
export function collectEventsFacts(text: string, part: EventsPart): EventsPartResult {
  const { facts, locator, slug: slugOf } = part;
  const parser = parse({ extensions });
  // micromark looks labels up in plain arrays (`includes` for every reference and footnote
  // call): with thousands of definitions that grew with definitions times references.
  const defined = Identifiers.knowing(part.known);
  parser.defined = defined;
  (parser as { gfmFootnotes?: string[] }).gfmFootnotes = new Identifiers();
  const slice =
    part.from === 0 && part.to === text.length ? text : text.slice(part.from, part.to) + (part.closing ?? '');
  const events = postprocess(
    parser.document({ line: part.line, column: 1, offset: part.from }).write(preprocess()(slice, undefined, true)),
  );
  let containers = 0;
  let open = false;
  let fences = 0;
  const root = new Frame('root', 0, undefined);
  const stack: Frame[] = [root];
  let top = root;
  // from-markdown's global `data` flags.
  let atHardBreak = false;
  let setextSlurp = false;
  let inTable = false;
  // Items are spanned as the walk meets them: a list's own scan of its events would go over
  // every nested list again, once per level.
  const openLists: Array<{ fact: ListFact; itemStart: TokenPoint | undefined }> = [];

  for (let index = 0; index < events.length; index++) {
    const [kind, token, context] = events[index]!;
    const type: string = token.type;
    if (kind === 'enter') {
      const flags = frameFlags[type];
      if (flags !== undefined) {
        // A new child ends the parent's text node; a buffer is not a child.
        if (flags & NODE) endRun(top);
        const frame = new Frame(type, type === 'label' && top.type === 'image' ? flags | HIDDEN : flags, top);
        frame.linkIndex = facts.links.length;
        frame.referenceIndex = facts.references.length;
        frame.anchorIndex = facts.anchors.length;
        stack.push(frame);
        top = frame;
      } else if (isTextToken(type)) {
        if (top.runStart === undefined) {
          top.runStart = token.start;
          top.runFirst = index;
        }
      } else if (type === 'table') {
        inTable = true;
      } else if (type === 'codeFencedFence') {
        fences++;
      } else if (type === 'blockQuote') {
        containers++;
      } else if (type === 'listUnordered' || type === 'listOrdered') {
        containers++;
        const fact: ListFact = {
          ordered: type === 'listOrdered',
          depth: openLists.length,
          position: position(token),
          items: [],
        };
        facts.lists.push(fact);
        openLists.push({ fact, itemStart: undefined });
      } else if (type === 'listItemPrefix') {
        const open = openLists[openLists.length - 1];
        if (open) {
          if (open.itemStart) open.fact.items.push(itemSpan(events, open.itemStart, index, token));
          open.itemStart = token.start;
        }
      }
      continue;
    }

    switch (type) {
      case 'lineEnding':
        if (atHardBreak) {
          // mdast stretches the break over its line ending.
          top.lastEnd = token.end.offset;
          atHardBreak = false;
        } else if (!setextSlurp && top.flags & EOLS) {
          if (top.runStart === undefined) {
            top.runStart = token.start;
            top.runFirst = index;
          }
          addText(top, token, context, index);
        }
        continue;
      case 'labelText': {
        // Stashed on the link or image in case it turns out to be a reference.
        stack[stack.length - 2]!.rawLabel = context.sliceSerialize(token);
        continue;
      }
      case 'resource':
        top.hasResource = true;
        continue;
      case 'atxHeadingSequence':
        // The closing sequence does not change the depth.
        if (top.depth === 0) top.depth = context.sliceSerialize(token).length;
        continue;
      case 'setextHeadingText':
        setextSlurp = true;
        continue;
      case 'setextHeadingLineSequence':
        top.depth = context.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
        continue;
      case 'setextHeading':
        setextSlurp = false;
        break; // and close the frame
      case 'table':
        inTable = false;
        continue;
      case 'blockQuote':
        containers--;
        continue;
      case 'codeFenced':
        if (containers === 0 && fences < 2) open = true;
        fences = 0;
        break; // and close the frame
      case 'htmlFlow':
        if (containers === 0 && !htmlClosed(context.sliceSerialize(token))) open = true;
        break; // and close the frame
      case 'listUnordered':
      case 'listOrdered': {
        containers--;
        const { fact, itemStart } = openLists.pop()!;
        if (itemStart) fact.items.push(itemSpan(events, itemStart, index, token));
        continue;
      }
      default:
        if (isTextToken(type)) {
          addText(top, token, context, index);
          if (type === 'autolinkProtocol' || type === 'literalAutolinkHttp') top.url = context.sliceSerialize(token);
          else if (type === 'literalAutolinkWww') top.url = 'http://' + context.sliceSerialize(token);
          else if (type === 'autolinkEmail' || type === 'literalAutolinkEmail')
            top.url = 'mailto:' + context.sliceSerialize(token);
          continue;
        }
    }
    if (frameFlags[type] === undefined) continue;

    const frame = stack.pop()!;
    top = stack[stack.length - 1]!;
    endRun(frame);
    if (frame.flags & NODE) top.lastEnd = token.end.offset;
    closeFrame(frame, top, token, context);
  }
  endRun(root);
  return { defined: defined.own, open };

  /** A piece of text (data, escape, reference, line ending) joins the frame's open text node. */
  function addText(frame: Frame, token: Token, context: TokenizeContext, index: number): void {
    frame.runEnd = token.end;
    frame.runLast = index;
    frame.lastEnd = token.end.offset;
    if (frame.collect) {
      const value = textOf(token, context);
      frame.full += value;
      frame.plain += value;
    }
  }

  /** What mdast's `onexit` handlers do with a finished node or buffer. */
  function closeFrame(frame: Frame, parent: Frame, token: Token, context: TokenizeContext): void {
    switch (frame.type) {
      case 'atxHeading':
      case 'setextHeading': {
        // `headingText` leaves html and image alt out of the slug; `toString` keeps them.
        const slug = slugOf(frame.plain);
        facts.headings.push({ depth: frame.depth, text: frame.full, slug, position: position(token) });
        facts.anchors.splice(frame.anchorIndex, 0, slug);
        return;
      }
      case 'label':
        // An image keeps its label as `alt`; a link's label is its children (and last child).
        if (parent.type === 'image') {
          parent.alt = frame.full;
        } else {
          parent.full = frame.full;
          parent.plain = frame.plain;
          parent.lastEnd = frame.lastEnd;
        }
        return;
      case 'resourceDestinationString':
      case 'definitionDestinationString':
        parent.url = frame.full;
        return;
      case 'referenceString':
      case 'definitionLabelString':
        parent.label = frame.full;
        parent.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
        return;
      case 'link':
      case 'image':
      case 'autolink':
      case 'literalAutolink': {
        const image = frame.type === 'image';
        if (frame.inTree) {
          if ((frame.type === 'link' || image) && !frame.hasResource) {
            // mdast's `linkReference` / `imageReference`: label from `[label]`, else from the text.
            const reference: ReferenceFact = {
              kind: image ? 'image' : 'link',
              identifier:
                frame.label === undefined ? normalizeIdentifier(frame.rawLabel).toLowerCase() : frame.identifier,
              label: frame.label ?? decodeString(frame.rawLabel),
              position: position(token),
              defined: true,
            };
            facts.references.splice(frame.referenceIndex, 0, reference);
          } else {
            facts.links.splice(frame.linkIndex, 0, {
              kind: image ? 'image' : 'link',
              url: frame.url,
              position: position(token),
              destination: findDestination(
                text,
                destinationShim(image ? 'image' : 'link', token.start.offset, token.end.offset, frame.lastEnd),
              ),
              text: image ? frame.alt : frame.full,
            });
          }
        }
        if (parent.collect) {
          // toString: an image counts by its alt, and not at all in heading slugs.
          parent.full += image ? frame.alt : frame.full;
          if (!image) parent.plain += frame.plain;
        }
        return;
      }
      case 'definition': {
        if (!frame.inTree) return;
        const label = frame.label ?? frame.identifier;
        facts.links.push({
          kind: 'definition',
          url: frame.url,
          position: position(token),
          destination: findDestination(
            text,
            destinationShim('definition', token.start.offset, token.end.offset, undefined),
          ),
          text: label,
        });
        facts.definitions.push({ identifier: frame.identifier, label, url: frame.url, position: position(token) });
        return;
      }
      case 'htmlFlow':
      case 'htmlText':
        if (frame.inTree) collectHtml(frame.full, position(token), text, locator, facts);
        if (parent.collect) parent.full += frame.full;
        return;
      case 'codeText':
        if (parent.collect) {
          // mdast-util-gfm-table unescapes `\|` in inline code inside tables.
          const value = inTable
            ? frame.full.replace(/\\([\\|])/g, (all: string, char: string) => (char === '|' ? char : all))
            : frame.full;
          parent.full += value;
          parent.plain += value;
        }
        return;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        return;
      case 'emphasis':
      case 'strong':
      case 'strikethrough':
        if (parent.collect) {
          parent.full += frame.full;
          parent.plain += frame.plain;
        }
        return;
      default:
        // Paragraphs, table cells, code, footnote calls and titles: nothing the facts use.
        return;
    }
  }

  /** The text node is complete: look for `[text][label]` that mdast left as text, as collectFacts does. */
  function endRun(frame: Frame): void {
    const start = frame.runStart;
    const end = frame.runEnd;
    frame.runStart = undefined;
    if (start === undefined || end === undefined || frame.hidden) return;
    const source = text.slice(start.offset, end.offset);
    if (!frame.inLink && /https?:\/\/|www\./i.test(source)) {
      // URL literals only GFM's transform finds (after `(` or inside `[…]`): GitHub links them too.
      addLateLiteralLinks(facts.links, runValue(frame), source, start.offset, locator);
    }
    if (!source.includes('][')) return;
    const matches = [...source.matchAll(fullReference)];
    if (matches.length === 0) return;
    const value = runValue(frame);
    // collectFacts checks the decoded value; and GFM's autolink-literal transform replaces a text
    // node it finds a link in by position-less nodes, which collectFacts then skips.
    if (!value.includes('][') || (!frame.inLink && autolinkLiteralSplits(value))) return;
    for (const match of matches) {
      const label = match[2] || match[1]!;
      facts.references.push({
        kind: 'link',
        identifier: label.toLowerCase().replace(/\s+/g, ' ').trim(),
        label,
        position: spanOf(locator, start.offset + match.index, start.offset + match.index + match[0].length),
        defined: false,
      });
    }
  }

  /** The mdast `value` of the frame's text node, rebuilt from its events (rarely needed). */
  function runValue(frame: Frame): string {
    let value = '';
    for (let index = frame.runFirst; index <= frame.runLast; index++) {
      const [kind, token, context] = events[index]!;
      if (kind === 'exit' && (isTextToken(token.type) || (token.type === 'lineEnding' && frame.flags & EOLS)))
        value += textOf(token, context);
    }
    return value;
  }
}

/**
 * An item of a list, spanned as mdast-util-from-markdown's list preparation spans it: from the
 * prefix to the end of the item's content, before the line endings (and the container prefixes
 * between them) that trail it. `index` is the event that ends it: the next item's prefix or the
 * list's exit.
 */
function itemSpan(
  events: ReturnType<typeof postprocess>,
  itemStart: TokenPoint,
  index: number,
  token: Token,
): Position {
  let lineIndex: number | undefined;
  for (let tail = index - 1; tail >= 0; tail--) {
    const [tailKind, tailToken] = events[tail]!;
    const tailType: string = tailToken.type;
    if (tailType === 'lineEnding' || tailType === 'lineEndingBlank') {
      if (tailKind === 'enter') lineIndex = tail;
    } else if (!trailingPrefix.has(tailType)) {
      break;
    }
  }
  return { start: point(itemStart), end: point(lineIndex === undefined ? token.end : events[lineIndex]![1].start) };
}

const trailingPrefix = new Set([
  'linePrefix',
  'blockQuotePrefix',
  'blockQuotePrefixWhitespace',
  'blockQuoteMarker',
  'listItemIndent',
]);

/**
 * Whether an HTML block is closed by the line it ends on: always for those a blank line ends;
 * for the others only when their last line holds their end condition (else they run on).
 */
function htmlClosed(html: string): boolean {
  const first = html.trimStart();
  const last = html.slice(html.lastIndexOf('\n') + 1);
  const rest = (opener: number): string => (last === html ? first.slice(opener) : last);
  if (/^<(?:script|pre|style|textarea)(?:[\t >]|$)/i.test(first))
    return /<\/(?:script|pre|style|textarea)>/i.test(rest(1));
  if (first.startsWith('<!--')) return rest(4).includes('-->');
  if (first.startsWith('<?')) return rest(2).includes('?>');
  if (first.startsWith('<![CDATA[')) return rest(9).includes(']]>');
  if (/^<![A-Za-z]/.test(first)) return rest(2).includes('>');
  return true;
}

/** Tokens mdast turns into (part of) a text node. */
function isTextToken(type: string): boolean {
  switch (type) {
    case 'data':
    case 'characterEscape':
    case 'characterReference':
    case 'codeTextData':
    case 'htmlFlowData':
    case 'htmlTextData':
    case 'autolinkProtocol':
    case 'autolinkEmail':
    case 'literalAutolinkHttp':
    case 'literalAutolinkWww':
    case 'literalAutolinkEmail':
      return true;
    default:
      return false;
  }
}

/** The text a token adds to a text node. */
function textOf(token: Token, context: TokenizeContext): string {
  const value = context.sliceSerialize(token);
  if (token.type === 'characterEscape') return value.slice(1);
  // The tokenizer only marks valid references, which decodeString decodes as mdast does.
  if (token.type === 'characterReference') return decodeString(value);
  return value;
}

/** Just what `findDestination` reads of a link, image or definition node spanning `from` to `to`. */
export function destinationShim(
  type: 'link' | 'image' | 'definition',
  from: number,
  to: number,
  lastChildEnd: number | undefined,
): Link | Image | Definition {
  const children = lastChildEnd === undefined ? [] : [{ position: { end: { offset: lastChildEnd } } }];
  return { type, position: { start: { offset: from }, end: { offset: to } }, children } as unknown as Link;
}

// GFM autolink literals that mdast-util-gfm-autolink-literal's transform finds in text nodes
// (the tokenizer found the others); a copy of its expressions and their guards.
const autolinkLiterals: Array<[RegExp, (match: RegExpExecArray) => boolean]> = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, isUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, isXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (match) => !/[\d\-_]$/.test(match[2]!)],
  [
    /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
    (match) => !/[\d\-_]$/.test(match[2]!),
  ],
];

/**
 * The URL literals mdast-util-gfm-autolink-literal's transform makes links of in a text node's value
 * (its expression, guards and trailing-punctuation split): the URL, and the text as written.
 */
function lateUrlLiterals(value: string): Array<{ url: string; written: string }> {
  const [expression] = autolinkLiterals[0]!;
  const found: Array<{ url: string; written: string }> = [];
  expression.lastIndex = 0;
  for (let match = expression.exec(value); match; match = expression.exec(value)) {
    let protocol = match[1]!;
    let domain = match[2]!;
    let prefix = '';
    if (/^w/i.test(protocol)) {
      domain = protocol + domain;
      protocol = '';
      prefix = 'http://';
    }
    if (!isUrl(match)) {
      // mdast-util-find-and-replace retries one character further on a rejected match.
      expression.lastIndex = match.index + 1;
      continue;
    }
    const [url] = splitUrl(domain + match[3]!);
    found.push({ url: prefix + protocol + url, written: protocol + url });
  }
  return found;
}

/**
 * Links for the URL literals GFM's transform finds in a text node: `value` as mdast has it, `written`
 * the source it comes from, starting at offset `start`. One not written as it reads is left out.
 */
export function addLateLiteralLinks(
  links: LinkFact[],
  value: string,
  written: string,
  start: number,
  locator: Locator,
): void {
  for (const literal of placeLateLiterals(lateUrlLiterals(value), written)) {
    if (literal.at === -1) continue;
    const at = start + literal.at;
    links.push({
      kind: 'link',
      url: literal.url,
      position: spanOf(locator, at, at + literal.written.length),
      destination: null,
      text: literal.written,
    });
  }
}

/** Where each literal is written in `source`, in order (`at` is -1 for one not written as it reads). */
export function placeLateLiterals(
  literals: ReadonlyArray<{ url: string; written: string }>,
  source: string,
): Array<{ url: string; written: string; at: number }> {
  let cursor = 0;
  return literals.map((literal) => {
    const at = source.indexOf(literal.written, cursor);
    if (at !== -1) cursor = at + literal.written.length;
    return { ...literal, at };
  });
}

/** mdast-util-gfm-autolink-literal's split of trailing punctuation, keeping balanced parentheses. */
function splitUrl(url: string): [string, string] {
  let index = url.length;
  while (index > 0 && '!"&\'),.:;<>?]}'.includes(url.charAt(index - 1))) index--;
  if (index === url.length) return [url, ''];
  let trail = url.slice(index);
  let head = url.slice(0, index);
  let closing = trail.indexOf(')');
  const opening = head.split('(').length - 1;
  let closed = head.split(')').length - 1;
  while (closing !== -1 && opening > closed) {
    head += trail.slice(0, closing + 1);
    trail = trail.slice(closing + 1);
    closing = trail.indexOf(')');
    closed++;
  }
  return [head, trail];
}

export function autolinkLiteralSplits(value: string): boolean {
  for (const [expression, accept] of autolinkLiterals) {
    expression.lastIndex = 0;
    for (let match = expression.exec(value); match; match = expression.exec(value)) {
      if (accept(match)) return true;
      // mdast-util-find-and-replace retries one character further on a rejected match.
      expression.lastIndex = match.index + 1;
    }
  }
  return false;
}

function isUrl(match: RegExpExecArray): boolean {
  const before = match.input.charCodeAt(match.index - 1);
  if (match.index !== 0 && !unicodeWhitespace(before) && !unicodePunctuation(before)) return false;
  const domain = /^w/i.test(match[1]!) ? match[1]! + match[2]! : match[2]!;
  if (unicodePunctuation(domain.charCodeAt(0))) return false;
  const parts = domain.split('.');
  const last = parts[parts.length - 1];
  const penultimate = parts[parts.length - 2];
  const bad = (part: string | undefined) => Boolean(part) && (/_/.test(part!) || !/[\dA-Za-z]/.test(part!));
  return parts.length >= 2 && !bad(last) && !bad(penultimate);
}

function isXmpp(match: RegExpExecArray): boolean {
  const resource = match[3];
  if (/[\d\-_]$/.test(match[2]!)) return false;
  return !(resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + match[0].length) === '@'));
}

// The rest mirrors collect-facts.ts.

function point(at: TokenPoint): Point {
  return { line: at.line, column: at.column, offset: at.offset };
}

function position(token: Token): Position {
  return { start: point(token.start), end: point(token.end) };
}
