import { pieceLength } from '@devguide/content';
import { describe, expect, it } from 'vitest';
import { writePieces } from './io.js';

describe('writePieces', () => {
  it('writes every piece in order, evened out, never more than twice pieceLength at once', () => {
    const line = (at: number) => `\n  ${at}:1  error  Unexpected missing anchor \`#row-${at}\`  no-missing-anchor`;
    const pieces = ['big.md', ...Array.from({ length: 40_000 }, (_, at) => line(at)), '\n\n✖ 40000 problems\n'];
    const written: string[] = [];
    writePieces({ write: (chunk: string) => written.push(chunk) }, pieces);
    expect(written.join('')).toBe(pieces.join(''));
    expect(written.length).toBeGreaterThan(1);
    for (const chunk of written) expect(chunk.length).toBeLessThan(2 * pieceLength);
  });
});
