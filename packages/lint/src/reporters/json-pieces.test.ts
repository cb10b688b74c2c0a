import { describe, expect, it } from 'vitest';
import { itemsMarker, jsonPieces, wholeItem } from './json-pieces.js';

const streamed = (skeleton: unknown, items: unknown[]) => [...jsonPieces(skeleton, items, wholeItem)].join('');

describe('jsonPieces', () => {
  it('writes what JSON.stringify writes, with the array at any depth, empty or not', () => {
    const items = [{ a: 1, b: ['x', { c: null }] }, 'two', [], {}, 3];
    for (const list of [items, [], [{}], ['only']]) {
      const cases: [unknown, unknown][] = [
        [itemsMarker, list],
        [
          { head: 1, list: itemsMarker, tail: { deep: [1, 2] } },
          { head: 1, list, tail: { deep: [1, 2] } },
        ],
        [
          { runs: [{ tool: 'x', results: itemsMarker, kind: 'k' }] },
          { runs: [{ tool: 'x', results: list, kind: 'k' }] },
        ],
      ];
      for (const [skeleton, value] of cases) expect(streamed(skeleton, list)).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('nests: an item may itself be written in pieces at the indentation it is given', () => {
    const files = [
      { path: 'a.md', messages: [{ line: 1 }, { line: 2, text: 'x\ny' }] },
      { path: 'b.md', messages: [] },
    ];
    const text = [
      ...jsonPieces(itemsMarker, files, (file, indent) =>
        jsonPieces(
          { path: file.path, messages: itemsMarker, count: file.messages.length },
          file.messages,
          wholeItem,
          indent,
        ),
      ),
    ].join('');
    const whole = files.map((file) => ({ path: file.path, messages: file.messages, count: file.messages.length }));
    expect(text).toBe(JSON.stringify(whole, null, 2));
  });

  it('refuses a skeleton without the marker', () => {
    expect(() => streamed({ a: 1 }, [])).toThrow(/itemsMarker/);
  });
});
