import { pieceLength } from '@devguide/content';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writePieces } from './io.js';

const line = (at: number) => `\n  ${at}:1  error  Unexpected missing anchor \`#row-${at}\`  no-missing-anchor`;

describe('writePieces', () => {
  it('writes every piece in order, evened out, never more than twice pieceLength at once', async () => {
    const pieces = ['big.md', ...Array.from({ length: 40_000 }, (_, at) => line(at)), '\n\n✖ 40000 problems\n'];
    const written: string[] = [];
    await writePieces({ write: (chunk: string) => written.push(chunk) }, pieces);
    expect(written.join('')).toBe(pieces.join(''));
    expect(written.length).toBeGreaterThan(1);
    for (const chunk of written) expect(chunk.length).toBeLessThan(2 * pieceLength);
  });

  it('makes the next piece only once a slow reader has drained the stream (a pipe queues the rest in memory)', async () => {
    let received = '';
    let queuedMost = 0;
    const slow = new Writable({
      highWaterMark: 4 * pieceLength,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.toString();
        setImmediate(callback);
      },
    });
    let made = 0;
    function* pieces() {
      for (let at = 0; at < 20_000; at++) {
        made++;
        queuedMost = Math.max(queuedMost, slow.writableLength);
        yield line(at);
      }
    }
    const text = [...pieces()].join('');
    made = 0;
    queuedMost = 0;
    await writePieces(slow, pieces());
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received).toBe(text);
    expect(made).toBe(20_000);
    // Written without waiting, the whole report (about 1.4 MB) would sit in the stream's queue.
    expect(text.length).toBeGreaterThan(40 * pieceLength);
    expect(queuedMost).toBeLessThanOrEqual(6 * pieceLength);
  });

  it('stops making pieces when the reader has gone', async () => {
    const gone = new Writable({
      highWaterMark: pieceLength,
      write(_chunk, _encoding, callback) {
        setImmediate(() => callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      },
    });
    gone.on('error', () => undefined);
    let made = 0;
    function* pieces() {
      for (let at = 0; at < 20_000; at++) {
        made++;
        yield line(at);
      }
    }
    await writePieces(gone, pieces());
    expect(gone.destroyed).toBe(true);
    expect(made).toBeLessThan(2_000);
  });
});
