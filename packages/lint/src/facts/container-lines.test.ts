import { describe, expect, it } from 'vitest';
import { type LineLayout, PrefixEnds, unusualContainers } from './container-lines.js';
import { parser } from './markdown-syntax.js';

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function endsOf(ends: PrefixEnds, line: number): number[] {
  return Array.from({ length: ends.count(line) }, (_, index) => ends.at(line, index));
}

describe('PrefixEnds', () => {
  it('keeps each line its own ends while the room grows, and a line laid out again its new ones', () => {
    const ends = new PrefixEnds(40);
    for (let line = 0; line < 40; line++) {
      ends.begin(line, line * 100);
      for (let prefix = 1; prefix <= line % 5; prefix++) ends.push(line, line * 100 + prefix * 2);
    }
    for (let line = 0; line < 40; line++) {
      expect(ends.count(line)).toBe(1 + (line % 5));
      expect(ends.at(line, 0)).toBe(line * 100);
      expect(ends.last(line)).toBe(line * 100 + (line % 5) * 2);
    }
    ends.begin(7, 700);
    expect(endsOf(ends, 7)).toEqual([700]);
    expect(endsOf(ends, 8)).toEqual([800, 802, 804, 806]);
  });

  it('forgets released lines, and reuses the room once none is laid out', () => {
    const ends = new PrefixEnds(4);
    ends.begin(0, 0);
    ends.push(0, 2);
    ends.begin(1, 10);
    ends.release(0, 1);
    expect(ends.count(0)).toBe(0);
    expect(endsOf(ends, 1)).toEqual([10]);
    ends.release(1, 4);
    expect(ends.count(1)).toBe(0);
    ends.begin(2, 20);
    ends.push(2, 22);
    ends.begin(3, 30);
    expect(endsOf(ends, 2)).toEqual([20, 22]);
    expect(endsOf(ends, 3)).toEqual([30]);
  });
});

describe('unusualContainers layout', () => {
  it("gives each line its containers, shared by lines alike, and where each one's prefix ends", () => {
    const text = '- a\n  - b\n    c\n> d\n> - e\n\nf\n';
    const lineStarts = lineStartsOf(text);
    const layout: LineLayout = { chains: [], prefixEnds: new PrefixEnds(lineStarts.length), lists: new Map() };
    expect(unusualContainers(parser.parse(text), text, lineStarts, layout)).toBeNull();
    const kinds = layout.chains.map((chain) => chain?.map((container) => container.kind).join(' ') ?? '');
    expect(kinds).toEqual(['item', 'item item', 'item item', 'quote', 'quote item']);
    // `b` and its lazy-free continuation `c` are in the same containers: one array.
    expect(layout.chains[1]).toBe(layout.chains[2]);
    expect(Array.from({ length: lineStarts.length }, (_, line) => endsOf(layout.prefixEnds, line))).toEqual([
      [0, 2],
      [4, 6, 8],
      [10, 12, 14],
      [16, 18],
      [20, 22, 24],
      [26],
      [27],
      [29],
    ]);
    // The lists by where they start, with their items in order.
    expect([...layout.lists.keys()]).toEqual([0, 6, 22]);
    const [outer, inner] = [layout.lists.get(0)!, layout.lists.get(6)!];
    expect(outer.items.map((item) => [item.markFrom, item.markTo, item.afterMark])).toEqual([[0, 1, true]]);
    expect(inner.items.map((item) => [item.markFrom, item.contentEnd])).toEqual([[6, 15]]);
  });
});

describe('unusualContainers continuations', () => {
  const continuationsOf = (text: string): Array<[number, number]> | string => {
    const lineStarts = lineStartsOf(text);
    const layout: LineLayout = {
      chains: [],
      prefixEnds: new PrefixEnds(lineStarts.length),
      lists: new Map(),
      continuations: new Map(),
    };
    return unusualContainers(parser.parse(text), text, lineStarts, layout) ?? [...layout.continuations!];
  };

  it('counts the empty items under a paragraph CommonMark reads as its lines, by where their list starts', () => {
    // Both `*` are the paragraph's; the list starts at `* b`.
    expect(continuationsOf('- a\n  *\n  * \n  * b\n')).toEqual([[6, 2]]);
    // A blank line ends the paragraph: the second `*` starts the list.
    expect(continuationsOf('- a\n  *\n\n  *\n  * b\n')).toEqual([[6, 1]]);
    // A `-` is the underline of a heading, after which a list may start with an empty item.
    expect(continuationsOf('- a\n  -\n  -\n  - b\n')).toEqual([[6, 1]]);
  });

  it('gives up an empty item under a paragraph that CommonMark may read otherwise', () => {
    expect(continuationsOf('- a\n  *\n  *\n    b\n')).toBe('empty list item after a paragraph');
    expect(continuationsOf('- a  \n  *\n')).toBe('empty list item after a paragraph');
  });
});
