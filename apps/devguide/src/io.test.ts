import { describe, expect, it } from 'vitest';
import { writeInPieces } from './io.js';

function pieces(text: string): string[] {
  const written: string[] = [];
  writeInPieces({ write: (chunk: string) => written.push(chunk) }, text);
  return written;
}

describe('writeInPieces', () => {
  it('writes a long report whole, in pieces of at most a mebibyte that end at a line end', () => {
    const line = (index: number) => `docs/page-${index}.md:${index}:1  error  Unexpected \`x\`, expected \`y\`\n`;
    const text = Array.from({ length: 60_000 }, (_, index) => line(index)).join('');
    const written = pieces(text);
    expect(written.length).toBeGreaterThan(2);
    expect(written.join('')).toBe(text);
    for (const piece of written) expect(piece.length).toBeLessThanOrEqual(1 << 20);
    for (const piece of written.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('never cuts a surrogate pair in a line longer than a piece', () => {
    const text = `${'x'.repeat(3)}${'😀'.repeat(600_000)}`;
    const written = pieces(text);
    expect(written.length).toBeGreaterThan(1);
    expect(written.join('')).toBe(text);
    // A lone half of a pair would turn into U+FFFD on the way to bytes.
    for (const piece of written) expect(Buffer.from(piece).toString()).toBe(piece);
  });

  it('writes a short text at once, and nothing for none', () => {
    expect(pieces('a\nb\n')).toEqual(['a\nb\n']);
    expect(pieces('')).toEqual([]);
  });
});
