import type { SyntaxNode } from '@lezer/common';
import { unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';
import { atLineStartIn } from './container-lines.js';
import { nodeId } from './markdown-syntax.js';

/**
 * Whether micromark pairs the `*` and `_` runs of one inline text as lezer did: the text is
 * `node`'s children between `from` and `to` (a paragraph's, a heading's, a link's text). `null`
 * when that cannot be known from the tree: a reference (micromark may read it as text, its runs
 * then in this text), something a URL or e-mail literal could hold, a `~` a strikethrough could
 * pair across emphasis with.
 *
 * micromark's `attention` resolver pairs as CommonMark does, save that its rule of 3 counts what
 * a pairing left of a run where lezer counts the whole run (`**(***.**`).
 */
export function emphasisPairsAgree(source: string, node: SyntaxNode, from: number, to: number): boolean | null {
  const reading: Reading = { text: [], lezer: [], unknown: false };
  readText(source, node, from, to, reading);
  if (reading.unknown) return null;
  const runs = markerRuns(source, reading.text);
  if (runs.length === 0) return reading.lezer.length === 0;
  const micromark = pairRuns(runs);
  if (micromark.length !== reading.lezer.length) return false;
  const order = (a: Pair, b: Pair): number => a.from - b.from || a.to - b.to;
  micromark.sort(order);
  reading.lezer.sort(order);
  return micromark.every(
    (pair, index) =>
      pair.from === reading.lezer[index]!.from &&
      pair.to === reading.lezer[index]!.to &&
      pair.strong === reading.lezer[index]!.strong,
  );
}

interface Pair {
  from: number;
  to: number;
  strong: boolean;
}

interface Reading {
  /** Where the text's own characters are (not inside code, HTML, escapes, links…), in order. */
  text: Array<[number, number]>;
  /** The emphasis lezer made. */
  lezer: Pair[];
  unknown: boolean;
}

interface Run {
  marker: number;
  from: number;
  to: number;
  open: boolean;
  close: boolean;
  /** Paired whole, or inside a pair (micromark makes it data). */
  gone: boolean;
}

/** Text no literal could start in. */
const literalStart = /@|https?:\/\/|www\./i;

function readText(source: string, node: SyntaxNode, from: number, to: number, reading: Reading): void {
  let at = from;
  const gap = (end: number): void => {
    if (end <= at) return;
    const text = source.slice(at, end);
    if (literalStart.test(text) || text.includes('~')) reading.unknown = true;
    addText(reading, at, end);
  };
  for (let child = node.firstChild; child && !reading.unknown; child = child.nextSibling) {
    if (child.to <= from) continue;
    if (child.from >= to) break;
    gap(child.from);
    at = Math.max(at, child.from);
    switch (child.type.id) {
      case nodeId.EmphasisMark:
        addText(reading, child.from, child.to);
        break;
      case nodeId.Emphasis:
      case nodeId.StrongEmphasis:
        reading.lezer.push({ from: child.from, to: child.to, strong: child.type.id === nodeId.StrongEmphasis });
        readText(source, child, child.from, child.to, reading);
        break;
      case nodeId.Strikethrough:
        reading.unknown = true;
        break;
      case nodeId.Link:
      case nodeId.Image:
        // A link's text pairs on its own; a reference's only if it is defined.
        if (!isResource(source, child) && /[*_]/.test(source.slice(child.from, child.to))) reading.unknown = true;
        break;
      case nodeId.InlineCode:
      case nodeId.HTMLTag:
      case nodeId.Comment:
      case nodeId.ProcessingInstruction:
      case nodeId.Autolink:
      case nodeId.Escape:
      case nodeId.Entity:
      case nodeId.HardBreak:
      case nodeId.QuoteMark:
        // No run is in it.
        break;
      default:
        // Not text micromark is known to read alike (a definition lezer found in a paragraph).
        reading.unknown = true;
    }
    at = Math.max(at, child.to);
  }
  gap(to);
}

function addText(reading: Reading, from: number, to: number): void {
  const last = reading.text[reading.text.length - 1];
  if (last && last[1] === from) last[1] = to;
  else reading.text.push([from, to]);
}

/** Whether the link or image is written with a destination: `](`. */
function isResource(source: string, link: SyntaxNode): boolean {
  let close = false;
  for (let child = link.firstChild; child; child = child.nextSibling) {
    if (child.type.id !== nodeId.LinkMark) continue;
    const code = source.charCodeAt(child.from);
    if (close) return code === 40;
    if (code === 93 && child.to - child.from === 1) close = true;
  }
  return false;
}

/** The runs of `*` and `_` in the text, each with micromark's `attention` flanking. */
function markerRuns(source: string, text: ReadonlyArray<[number, number]>): Run[] {
  const runs: Run[] = [];
  for (const [from, to] of text) {
    for (let index = from; index < to;) {
      const marker = source.charCodeAt(index);
      if (marker !== 42 && marker !== 95) {
        index++;
        continue;
      }
      let end = index + 1;
      while (end < to && source.charCodeAt(end) === marker) end++;
      runs.push({ marker, from: index, to: end, ...attentionSides(source, index, end), gone: false });
      index = end;
    }
  }
  return runs;
}

/** Whether the run of `*` or `_` at `[from, to)` can open and close, by micromark's `attention`. */
export function attentionSides(source: string, from: number, to: number): { open: boolean; close: boolean } {
  // The text starts at its line's prefixes and ends with the file: white space to micromark.
  const previous = from === 0 || atLineStartIn(source, from) ? null : source.charCodeAt(from - 1);
  const next = to >= source.length ? null : source.charCodeAt(to);
  const before = previous === null ? whitespaceGroup : characterGroup(previous);
  const after = next === null ? whitespaceGroup : characterGroup(next);
  const open = !after || (after === punctuationGroup && Boolean(before)) || isAttentionMarker(next);
  const close = !before || (before === punctuationGroup && Boolean(after)) || isAttentionMarker(previous);
  return source.charCodeAt(from) === 42
    ? { open, close }
    : { open: open && (Boolean(before) || !close), close: close && (Boolean(after) || !open) };
}

/** micromark's `resolveAllAttention` over the runs: the emphasis it makes. */
function pairRuns(runs: Run[], pairs: Pair[] = []): Pair[] {
  for (let index = 0; index < runs.length;) {
    const closer = runs[index]!;
    if (closer.gone || !closer.close) {
      index++;
      continue;
    }
    const closeSize = closer.to - closer.from;
    let open = index - 1;
    for (; open >= 0; open--) {
      const opener = runs[open]!;
      if (opener.gone || !opener.open || opener.marker !== closer.marker) continue;
      // The rule of 3, on what is left of both runs.
      if ((opener.close || closer.open) && closeSize % 3 && !((opener.to - opener.from + closeSize) % 3)) continue;
      break;
    }
    if (open < 0) {
      index++;
      continue;
    }
    const opener = runs[open]!;
    const use = opener.to - opener.from > 1 && closeSize > 1 ? 2 : 1;
    pairs.push({ from: opener.to - use, to: closer.from + use, strong: use === 2 });
    opener.to -= use;
    closer.from += use;
    if (opener.to === opener.from) opener.gone = true;
    // micromark resolves the runs inside again before they become text: with what pairings left
    // of them, runs the rule of 3 kept apart may pair now (`_*"*****,**.**_`: `*"*`).
    const inside = runs.slice(open + 1, index).filter((run) => !run.gone);
    if (inside.length > 1) pairRuns(inside, pairs);
    for (const run of inside) run.gone = true;
    // What is left of the closer closes again.
    if (closer.from === closer.to) {
      closer.gone = true;
      index++;
    }
  }
  return pairs;
}

export const whitespaceGroup = 1;
export const punctuationGroup = 2;

/** micromark's `classifyCharacter` for a UTF-16 code unit. */
export function characterGroup(code: number): number | undefined {
  if (code === 10 || code === 32 || code === 9 || unicodeWhitespace(code)) return whitespaceGroup;
  if (unicodePunctuation(code)) return punctuationGroup;
  return undefined;
}

/** A marker another construct registers (GFM strikethrough's `~`): beside one, a run opens and closes. */
const isAttentionMarker = (code: number | null): boolean => code === 126;
