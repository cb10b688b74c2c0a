import { describe, expect, it } from 'vitest';
import { evenPieces, pieceLength } from './text-pieces.js';

const line = (index: number) => `docs/page-${index}.md:${index}:1  error  Unexpected \`x\`, expected \`y\`\n`;

describe('evenPieces', () => {
  it('cuts a long text into pieces of at most pieceLength that end at a line end', () => {
    const text = Array.from({ length: 60_000 }, (_, index) => line(index)).join('');
    const written = [...evenPieces([text])];
    expect(written.length).toBeGreaterThan(2);
    expect(written.join('')).toBe(text);
    for (const piece of written) expect(piece.length).toBeLessThanOrEqual(pieceLength);
    for (const piece of written.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('never cuts a surrogate pair in a line longer than a piece', () => {
    const text = `${'x'.repeat(3)}${'😀'.repeat(60_000)}`;
    const written = [...evenPieces([text])];
    expect(written.length).toBeGreaterThan(1);
    expect(written.join('')).toBe(text);
    // A lone half of a pair would turn into U+FFFD on the way to bytes.
    for (const piece of written) expect(Buffer.from(piece).toString()).toBe(piece);
  });

  it('joins short pieces into pieces of pieceLength to twice that, in order', () => {
    const pieces = ['big.md', ...Array.from({ length: 40_000 }, (_, at) => `\n  ${at}:1  error  missing \`#row-${at}\``)];
    const written = [...evenPieces(pieces)];
    expect(written.join('')).toBe(pieces.join(''));
    expect(written.length).toBeGreaterThan(10);
    for (const chunk of written.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(pieceLength);
      expect(chunk.length).toBeLessThan(2 * pieceLength);
    }
  });

  it('cuts a piece that is a whole text after what came before it, and keeps what follows', () => {
    const whole = Array.from({ length: 20_000 }, (_, index) => line(index)).join('');
    const written = [...evenPieces(['head\n', whole, 'tail\n'])];
    expect(written.join('')).toBe(`head\n${whole}tail\n`);
    expect(written[0]).toBe('head\n');
    expect(written.slice(1, -1)).toEqual([...evenPieces([whole])]);
    expect(written.at(-1)).toBe('tail\n');
  });

  it('gives a short text at once, and nothing for none', () => {
    expect([...evenPieces(['a', '\nb', '\n'])]).toEqual(['a\nb\n']);
    expect([...evenPieces([])]).toEqual([]);
    expect([...evenPieces([''])]).toEqual([]);
  });
});
