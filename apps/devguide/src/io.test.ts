import { describe, expect, it } from 'vitest';
import { writeInPieces, writePieces } from './io.js';

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

describe('writePieces', () => {
  const writeAll = (pieces: Iterable<string>) => {
    const written: string[] = [];
    writePieces({ write: (chunk: string) => written.push(chunk) }, pieces);
    return written;
  };

  it('writes the pieces in order, joined about a mebibyte at a time', () => {
    const line = (at: number) => `\n  ${at}:1  error  Unexpected missing anchor \`#row-${at}\`  no-missing-anchor`;
    const pieces = ['big.md', ...Array.from({ length: 40_000 }, (_, at) => line(at)), '\n\n✖ 40000 problems\n'];
    const written = writeAll(pieces);
    expect(written.join('')).toBe(pieces.join(''));
    expect(written.length).toBeGreaterThan(1);
    for (const chunk of written.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(1 << 20);
      expect(chunk.length).toBeLessThan((1 << 20) + 100);
    }
  });

  it('cuts a piece that is a whole report as writeInPieces does, after what came before it', () => {
    const line = (index: number) => `docs/page-${index}.md:${index}:1  error  Unexpected \`x\`, expected \`y\`\n`;
    const whole = Array.from({ length: 60_000 }, (_, index) => line(index)).join('');
    const written = writeAll(['head\n', whole, 'tail\n']);
    expect(written.join('')).toBe(`head\n${whole}tail\n`);
    expect(written[0]).toBe('head\n');
    expect(written.slice(1, -1)).toEqual(pieces(whole));
    expect(written.at(-1)).toBe('tail\n');
  });

  it('writes a short report at once, and nothing for no pieces', () => {
    expect(writeAll(['a', '\nb', '\n'])).toEqual(['a\nb\n']);
    expect(writeAll([])).toEqual([]);
  });
});
