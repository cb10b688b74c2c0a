import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileFacts } from '../facts/file-facts.js';
import { LintCache } from './cache.js';
import type { FileOutcome } from './lint-file.js';

const outcome = (path: string, hash: string): FileOutcome => ({
  path,
  hash,
  facts: { headings: [{ text: path, depth: 1 }] } as unknown as FileFacts,
  findings: [],
});

/** The cache file as written: each entry's role, hash and serialized outcome. */
type Written = {
  version: number;
  key: string;
  entries: Map<string, { role: string; hash: string; bytes: Uint8Array }>;
};
const written = (file: string) => deserialize(readFileSync(file)) as Written;

describe('LintCache', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-cache-'));
    file = join(dir, 'cache.v8');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function saved(...paths: string[]) {
    const { cache } = await LintCache.open(file, 'key');
    for (const path of paths) cache.set(path, 'doc', outcome(path, `h-${path}`));
    expect(await cache.save(new Set(paths))).toBeNull();
  }

  it('answers an entry by its path, content hash and role', async () => {
    await saved('a.md', 'b.md');
    const { cache, warning } = await LintCache.open(file, 'key');
    expect(warning).toBeNull();
    expect(cache.get('a.md', 'h-a.md', 'doc')).toEqual(outcome('a.md', 'h-a.md'));
    expect(cache.get('b.md', 'h-b.md', 'doc')).toEqual(outcome('b.md', 'h-b.md'));
    expect(cache.get('a.md', 'changed', 'doc')).toBeNull();
    expect(cache.get('a.md', 'h-a.md', 'readme')).toBeNull();
    expect(cache.get('c.md', 'h-c.md', 'doc')).toBeNull();
  });

  it('drops every entry under another key', async () => {
    await saved('a.md');
    const { cache } = await LintCache.open(file, 'other key');
    expect(cache.get('a.md', 'h-a.md', 'doc')).toBeNull();
  });

  it('writes back the entries no run asked for as they were read', async () => {
    await saved('a.md', 'b.md');
    const before = written(file).entries.get('b.md')!.bytes;
    const { cache } = await LintCache.open(file, 'key');
    expect(cache.get('a.md', 'h-a.md', 'doc')).not.toBeNull();
    cache.set('c.md', 'doc', outcome('c.md', 'h-c.md'));
    await cache.save(new Set(['a.md', 'b.md', 'c.md']));
    const after = written(file);
    expect(Buffer.from(after.entries.get('b.md')!.bytes).equals(Buffer.from(before))).toBe(true);
    expect([...after.entries.keys()]).toEqual(['a.md', 'b.md', 'c.md']);
    // Only bytes are written: an entry's decoded outcome is not a second copy in the file.
    expect(Object.keys(after.entries.get('a.md')!).sort()).toEqual(['bytes', 'hash', 'role']);
  });

  it('decodes each entry on its own: a damaged one is a miss, and the others are answered', async () => {
    await saved('a.md', 'b.md', 'c.md');
    const data = written(file);
    data.entries.get('b.md')!.bytes = Uint8Array.from([0xff, 0x0f, 0x6f, 0x22]);
    // Bytes that decode, but to an outcome of other content.
    data.entries.get('c.md')!.bytes = data.entries.get('a.md')!.bytes;
    writeFileSync(file, serialize(data));
    const { cache, warning } = await LintCache.open(file, 'key');
    expect(warning).toBeNull();
    expect(cache.get('a.md', 'h-a.md', 'doc')).toEqual(outcome('a.md', 'h-a.md'));
    expect(cache.get('b.md', 'h-b.md', 'doc')).toBeNull();
    expect(cache.get('c.md', 'h-c.md', 'doc')).toBeNull();
    // The damaged entries are gone from the next file, as entries the run lints again would replace them.
    await cache.save(new Set(['a.md', 'b.md', 'c.md']));
    expect([...written(file).entries.keys()]).toEqual(['a.md']);
  });

  it('reads a cache of the previous format (whole outcomes) as empty, without a warning', async () => {
    const old = {
      version: 2,
      key: 'key',
      entries: new Map([['a.md', { role: 'doc', outcome: outcome('a.md', 'h-a.md') }]]),
    };
    writeFileSync(file, serialize(old));
    const { cache, warning } = await LintCache.open(file, 'key');
    expect(warning).toBeNull();
    expect(cache.get('a.md', 'h-a.md', 'doc')).toBeNull();
  });

  it('drops the entries of files no longer linted', async () => {
    await saved('a.md', 'b.md');
    const { cache } = await LintCache.open(file, 'key');
    await cache.save(new Set(['a.md']));
    expect([...written(file).entries.keys()]).toEqual(['a.md']);
  });

  it('answers a read for facts only from an entry of facts only, across a save, and never a lint of the file', async () => {
    const first = (await LintCache.open(file, 'key')).cache;
    first.set('a.md', 'doc', outcome('a.md', 'h-a.md'), true);
    await first.save(new Set(['a.md']));
    const { cache } = await LintCache.open(file, 'key');
    expect(cache.get('a.md', 'h-a.md', 'doc')).toBeNull();
    expect(cache.get('a.md', 'h-a.md', 'doc', true)).toEqual(outcome('a.md', 'h-a.md'));
  });

  it('keeps a whole outcome over facts of the same content, and a whole outcome replaces facts', async () => {
    const { cache } = await LintCache.open(file, 'key');
    const whole = { ...outcome('a.md', 'h-a.md'), findings: [{ ruleId: 'x' }] as unknown as FileOutcome['findings'] };
    cache.set('a.md', 'doc', whole);
    cache.set('a.md', 'doc', outcome('a.md', 'h-a.md'), true);
    expect(cache.get('a.md', 'h-a.md', 'doc')).toBe(whole);
    // Other content: the facts read now are what the file holds.
    cache.set('a.md', 'doc', outcome('a.md', 'changed'), true);
    expect(cache.get('a.md', 'changed', 'doc')).toBeNull();
    expect(cache.get('a.md', 'changed', 'doc', true)).toEqual(outcome('a.md', 'changed'));
    cache.set('a.md', 'doc', whole);
    expect(cache.get('a.md', 'h-a.md', 'doc')).toBe(whole);
  });
});
