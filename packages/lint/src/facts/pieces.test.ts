import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown } from '@devguide/markdown';
import { corpus, corpusManifest } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../test/collect-facts-oracle.js';
import { collectFactsFast } from './collect-facts-fast.js';
import { splitIntoPieces } from './pieces.js';

const lineStartsOf = (text: string): number[] => {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
};

let wholeReads = 0;
const everyLine = { above: 0, bytes: 1, readWhole: () => wholeReads++ };

/** Read in pieces cut at every safe line: the same facts as read whole, or as the oracle's when whole hands back. */
function piecewiseDiffers(text: string): boolean {
  const pieces = collectFactsFast(text, undefined, everyLine);
  const whole = collectFactsFast(text);
  if (!pieces) return false;
  return !isDeepStrictEqual(pieces, whole ?? collectFacts(parseMarkdown(text), text));
}

describe('reading a file in pieces', () => {
  it('cuts after a blank line before a line no container continues, and before a bullet item', () => {
    const text = '# A\n\npara\n\n- a\n- b\n\n> q\n\n  indented\n\nlast [x](y)\n';
    const cuts = splitIntoPieces(text, lineStartsOf(text), 1).map((piece) => [
      text.slice(piece.from, piece.to),
      piece.cut,
    ]);
    expect(cuts).toEqual([
      ['# A\n\n', 'blank'],
      ['para\n\n', 'item'],
      ['- a\n', 'item'],
      ['- b\n\n', 'blank'],
      ['> q\n\n  indented\n\n', 'blank'],
      ['last [x](y)\n', null],
    ]);
  });

  it('gives the whole-file facts on every corpus file, cut at every safe line', () => {
    const paths = [...corpusManifest().keys()].filter((path) => path.endsWith('.md'));
    let cuts = 0;
    const differing: string[] = [];
    const before = wholeReads;
    for (const path of paths) {
      const text = readFileSync(join(corpus.communityDir, path), 'utf8');
      cuts += splitIntoPieces(text, lineStartsOf(text), 1).length - 1;
      if (piecewiseDiffers(text)) differing.push(path);
    }
    expect(differing).toEqual([]);
    expect(cuts).toBeGreaterThan(10_000);
    expect(wholeReads).toBe(before);
  });

  it('joins a top-level list cut between items into one list', () => {
    const text = '- one\n- two\n  - inner [a](b)\n- three\n- four\n\nafter\n';
    const before = wholeReads;
    const facts = collectFactsFast(text, undefined, everyLine)!;
    expect(wholeReads).toBe(before);
    expect(facts).toStrictEqual(collectFacts(parseMarkdown(text), text));
    expect(facts.lists.filter((list) => list.depth === 0)).toHaveLength(1);
    expect(facts.lists[0]!.items).toHaveLength(4);
  });

  it('does not cut where a fence or HTML block left open runs on', () => {
    for (const text of [
      '```\ncode\n\nstill [code](x)\n```\n\n[out](y)\n',
      '<!--\nnote\n\nstill [note](x)\n-->\n\n[out](y)\n',
      '<pre>\na\n\nb [x](y)\n</pre>\n',
      '- a\n- b\n```\n- c\n- d\n```\n',
    ]) {
      expect(collectFactsFast(text, undefined, everyLine)).toStrictEqual(collectFacts(parseMarkdown(text), text));
    }
  });

  it('resolves a reference whose definition is in a later piece', () => {
    const text = 'See [the guide][g].\n\nMore text.\n\n[g]: https://k8s.io\n';
    const before = wholeReads;
    const facts = collectFactsFast(text, undefined, everyLine)!;
    expect(wholeReads).toBe(before);
    expect(facts).toStrictEqual(collectFacts(parseMarkdown(text), text));
    expect(facts.references.every((reference) => reference.defined)).toBe(true);
  });

  it('gives the whole-file facts on seeded documents of blocks that meet at cuts', () => {
    let state = 20261206;
    const random = (): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x80000000;
    };
    const blocks = [
      '- one [a](a.md)\n- two\n',
      '* star\n* more\n',
      '- item\n  - nested [n](n.md)\n- back\n',
      '- item\n  continued\nlazy\n',
      '1. first\n2. second\n',
      '> quote [q](q.md)\n> more\n',
      '```\nfenced [not](x)\n',
      '```\n',
      '~~~\n',
      '<!--\n',
      '-->\n',
      '<div>\n',
      '<pre>\n',
      '</pre>\n',
      '# Heading\n',
      'Setext\n===\n',
      'text [ref][r] and [r]\n',
      '[r]: https://k8s.io\n',
      '[s]:\n  /split\n',
      '| a | b |\n| - | - |\n| [c](c.md) | d |\n',
      '    indented code\n',
      'www.k8s.io and <https://a.b>\n',
      '---\n',
      'Para\n',
    ];
    const documents: string[] = [];
    for (let index = 0; index < 400; index++) {
      let text = '';
      for (let block = 0, count = 2 + Math.floor(random() * 10); block < count; block++) {
        text += blocks[Math.floor(random() * blocks.length)];
        if (random() < 0.5) text += '\n';
      }
      documents.push(text);
    }
    expect(documents.filter(piecewiseDiffers)).toEqual([]);
    // Most are kept (not handed back), so the comparison has something to compare.
    expect(documents.filter((text) => collectFactsFast(text, undefined, everyLine)).length).toBeGreaterThan(200);
    // The documents exercise both cuts, joined lists and whole-file re-reads.
    const cuts = documents.flatMap((text) => splitIntoPieces(text, lineStartsOf(text), 1).map((piece) => piece.cut));
    expect(cuts.filter((cut) => cut === 'item').length).toBeGreaterThan(100);
    expect(cuts.filter((cut) => cut === 'blank').length).toBeGreaterThan(100);
  });
});
