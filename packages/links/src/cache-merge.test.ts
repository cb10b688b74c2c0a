import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkCache } from './cache.js';
import { planLinkCacheMerge, renderLinkCacheMerge } from './cache-merge.js';
import type { CheckResult } from './types.js';

const result = (url: string, outcome: 'alive' | 'dead', reason: string): CheckResult => ({
  url,
  outcome,
  status: outcome === 'alive' ? 200 : 404,
  reason,
  redirect: null,
  missingFragments: [],
  source: 'network',
  requests: 1,
});

/** A cache file as the link checker writes it, with answers at the given times. */
async function written(dir: string, name: string, answers: [string, 'alive' | 'dead', number][]): Promise<string> {
  const path = join(dir, name);
  const { cache } = await LinkCache.open(path);
  for (const [url, outcome, at] of answers) cache.set(result(url, outcome, `${outcome} at ${at}`), null, at);
  await cache.save();
  return readFileSync(path, 'utf8');
}

describe('link cache merge', () => {
  it('keeps the newest answer per URL, and the merged file reads back as a cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-cache-merge-'));
    try {
      const one = await written(dir, 'one.json', [
        ['https://a.example/', 'alive', 1000],
        ['https://b.example/', 'dead', 5000],
        ['https://c.example/', 'alive', 3000],
      ]);
      const two = await written(dir, 'two.json', [
        ['https://a.example/', 'dead', 2000],
        ['https://b.example/', 'alive', 4000],
        ['https://d.example/', 'alive', 3000],
      ]);
      const merge = planLinkCacheMerge([
        { name: 'one.json', text: one },
        { name: 'two.json', text: two },
      ]);
      expect(Object.fromEntries([...merge.entries].map(([url, entry]) => [url, entry.reason]))).toEqual({
        'https://a.example/': 'dead at 2000',
        'https://b.example/': 'dead at 5000',
        'https://c.example/': 'alive at 3000',
        'https://d.example/': 'alive at 3000',
      });
      expect(merge.taken).toEqual([
        { name: 'one.json', urls: 2 },
        { name: 'two.json', urls: 2 },
      ]);
      // The order of the inputs does not change the answers.
      const reversed = planLinkCacheMerge([
        { name: 'two.json', text: two },
        { name: 'one.json', text: one },
      ]);
      expect(renderLinkCacheMerge(reversed)).toBe(renderLinkCacheMerge(merge));
      // What the checker reads back: the merged answers, from the cache.
      writeFileSync(join(dir, 'merged.json'), renderLinkCacheMerge(merge));
      const { cache, warning } = await LinkCache.open(join(dir, 'merged.json'));
      expect(warning).toBeNull();
      expect(cache.get('https://a.example/', [], 2500, () => true)?.outcome).toBe('dead');
      expect(cache.get('https://d.example/', [], 3500, () => true)?.source).toBe('cache');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a link cache, naming it', () => {
    expect(() =>
      planLinkCacheMerge([
        { name: 'ok.json', text: '{"version":1,"entries":{}}' },
        { name: 'report.json', text: '[]' },
      ]),
    ).toThrow(/^Unexpected link cache `report\.json`, expected a devguide link cache \(version 1\)$/);
    expect(() => planLinkCacheMerge([])).toThrow(/no link caches/);
  });

  it('a cache opened where there was none, or a corrupt one, is written even when nothing was checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-cache-empty-'));
    try {
      await written(dir, 'empty.json', []);
      writeFileSync(join(dir, 'corrupt.json'), 'not json');
      const { cache, warning } = await LinkCache.open(join(dir, 'corrupt.json'));
      expect(warning).toMatch(/it is ignored and rewritten/);
      await cache.save();
      for (const name of ['empty.json', 'corrupt.json']) {
        expect(existsSync(join(dir, name)), name).toBe(true);
        const { cache: again, warning: none } = await LinkCache.open(join(dir, name));
        expect(none, name).toBeNull();
        expect(
          again.get('https://a.example/', [], Date.now(), () => true),
          name,
        ).toBeNull();
      }
      // Unchanged since it was read: not written again.
      const before = readFileSync(join(dir, 'empty.json'), 'utf8');
      writeFileSync(join(dir, 'empty.json'), before.replace('{', '{ '));
      const { cache: clean } = await LinkCache.open(join(dir, 'empty.json'));
      await clean.save();
      expect(readFileSync(join(dir, 'empty.json'), 'utf8')).toBe(before.replace('{', '{ '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
