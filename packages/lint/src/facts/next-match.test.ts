import { describe, expect, it } from 'vitest';
import { NextMatch } from './next-match.js';

/** A small deterministic generator: the cases are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('NextMatch', () => {
  it('tells what a test of the span alone tells, for spans in and out of order', () => {
    const next = random(17);
    const pieces = ['http://', 'https://', 'www.', 'htt', 'ww', '][', ']', '[', 'a', ' ', '\n', 'HTTP://'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      while (text.length < 80) text += pieces[Math.floor(next() * pieces.length)];
      for (const source of ['https?:\\/\\/|www\\.', '\\]\\[']) {
        const matcher = new NextMatch(text, new RegExp(source, 'gi'));
        const plain = new RegExp(source, 'i');
        let from = 0;
        for (let span = 0; span < 40; span++) {
          // Mostly forward, as text runs come; now and then back to the start, as a walk begun again.
          from = next() < 0.1 ? Math.floor(next() * 10) : Math.min(text.length, from + Math.floor(next() * 8));
          const to = Math.min(text.length, from + Math.floor(next() * 12));
          expect(matcher.within(from, to), `${JSON.stringify(text)} ${from}..${to} /${source}/`).toBe(
            plain.test(text.slice(from, to)),
          );
        }
      }
    }
  });
});
