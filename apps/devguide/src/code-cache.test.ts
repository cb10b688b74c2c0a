import { Script } from 'node:vm';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCachedScript } from './code-cache.js';

/*
 * Each run compiles a copy of the script under a name of its own: V8 keeps what it compiled in this
 * process by script name, and a second compile of the same name would not read the cache file.
 */
let dir: string;
let copies = 0;
const source = [
  "'use strict';",
  'function sum(values) { let total = 0; for (const value of values) total += value; return total; }',
  'module.exports = { answer: sum([40, 2]), dirname: __dirname, url: hookUrl };',
].join('\n');

function run(text = source, flags: string[] = []) {
  const file = join(dir, `script-${copies++}.cjs`);
  writeFileSync(file, text);
  return runCachedScript<{ answer: number; dirname: string; url: string }>(file, {
    cacheFile: join(dir, 'cache', 'code.v8'),
    flags,
    globals: { hookUrl: 'file:///bundle/hook.js' },
  });
}
const cacheBytes = () => readFileSync(join(dir, 'cache', 'code.v8'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-code-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runCachedScript', () => {
  it('runs the script as CommonJS, writes the cache on a miss and compiles from it next time', () => {
    const first = run();
    expect(first.exports).toEqual({ answer: 42, dirname: dir, url: 'file:///bundle/hook.js' });
    expect(first.cache).toBe('miss');
    first.save();
    const written = cacheBytes();
    const second = run();
    expect(second.cache).toBe('hit');
    expect(second.exports).toEqual(first.exports);
    second.save();
    // A hit is not written again.
    expect(cacheBytes().equals(written)).toBe(true);
    // Written atomically: no temporary file is left.
    expect(readdirSync(join(dir, 'cache'))).toEqual(['code.v8']);
  });

  it('ignores a cache for other text or other flags, and replaces it', () => {
    run().save();
    const other = run(`${source}\n// changed`);
    expect(other.cache).toBe('miss');
    other.save();
    expect(run(`${source}\n// changed`).cache).toBe('hit');
    const flagged = run(`${source}\n// changed`, ['--interrupt-budget=1200000']);
    expect(flagged.cache).toBe('miss');
  });

  it('ignores a corrupt cache file, runs the same, and rewrites it', () => {
    const first = run();
    first.save();
    for (const damage of [
      () => Buffer.from('not a cache at all'),
      // The header intact, a byte of V8's data changed: its hash no longer matches.
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        copy[copy.length - 10] = copy[copy.length - 10]! ^ 0xff;
        return copy;
      },
      (bytes: Buffer) => bytes.subarray(0, 30),
      () => Buffer.alloc(0),
    ]) {
      writeFileSync(join(dir, 'cache', 'code.v8'), damage(cacheBytes()));
      const damaged = run();
      expect(damaged.cache).toBe('rejected');
      expect(damaged.exports).toEqual(first.exports);
      damaged.save();
      expect(run().cache).toBe('hit');
    }
  });

  it('runs without the cache when V8 refuses it, and rewrites it', () => {
    const first = run();
    first.save();
    // Data V8 made for another script, under this script's key and with a valid hash.
    const other = new Script(`${source}\n// another script, another length`, { filename: join(dir, 'other.cjs') });
    const data = other.createCachedData();
    const bytes = cacheBytes();
    const headerEnd = bytes.indexOf(10, bytes.indexOf(10) + 1);
    const header = JSON.parse(bytes.subarray(bytes.indexOf(10) + 1, headerEnd).toString('utf8')) as { key: string };
    writeFileSync(
      join(dir, 'cache', 'code.v8'),
      Buffer.concat([
        bytes.subarray(0, bytes.indexOf(10) + 1),
        Buffer.from(
          `${JSON.stringify({ key: header.key, sha256: createHash('sha256').update(data).digest('hex') })}\n`,
        ),
        data,
      ]),
    );
    const refused = run();
    expect(refused.cache).toBe('rejected');
    expect(refused.exports).toEqual(first.exports);
    refused.save();
    expect(run().cache).toBe('hit');
  });

  it('runs without a cache file, and a cache it cannot write leaves the run as it was', () => {
    const file = join(dir, 'plain.cjs');
    writeFileSync(file, source);
    const plain = runCachedScript<{ answer: number }>(file, { cacheFile: null, flags: [], globals: { hookUrl: '' } });
    expect(plain.exports.answer).toBe(42);
    plain.save();
    // A file where the cache's directory would be.
    writeFileSync(join(dir, 'blocked'), '');
    const copy = join(dir, 'blocked-run.cjs');
    copyFileSync(file, copy);
    const blocked = runCachedScript<{ answer: number }>(copy, {
      cacheFile: join(dir, 'blocked', 'code.v8'),
      flags: [],
      globals: { hookUrl: '' },
    });
    expect(blocked.exports.answer).toBe(42);
    expect(() => blocked.save()).not.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
