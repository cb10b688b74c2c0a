import { corpusManifest } from '@devguide/testkit';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseShard, planDigest, planShards, shardOfUrl } from './shard-plan.js';

const corpusFiles = [...corpusManifest()]
  .filter(([path]) => /\.md$/i.test(path))
  .map(([path, entry]) => ({ path, bytes: entry.size }));

/** Which shard each path is in. */
const placement = (shards: string[][]) =>
  new Map(shards.flatMap((paths, at) => paths.map((path) => [path, at] as const)));

describe('parseShard', () => {
  it('reads i/n with 1 <= i <= n <= 256, nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('256/256')).toEqual({ index: 256, count: 256 });
    for (const bad of ['0/4', '5/4', '1/0', '1/257', '1', '1/2/3', '-1/2', 'a/b', '1.5/2', ' /2', '1 / 2'])
      expect(parseShard(bad), bad).toBeNull();
  });
});

describe('planShards on the corpus', () => {
  it('puts every file in exactly one shard, balanced by bytes within 5%', () => {
    for (const count of [1, 2, 3, 4, 5, 8, 16]) {
      const plan = planShards(corpusFiles, count);
      expect(plan.shards.flat().sort()).toEqual(corpusFiles.map((file) => file.path).sort());
      const mean = plan.weights.reduce((sum, weight) => sum + weight, 0) / count;
      expect(Math.max(...plan.weights) / mean, `${count} shards`).toBeLessThanOrEqual(1.05);
    }
  });

  it('is the same plan whatever order the files come in', () => {
    const reversed = [...corpusFiles].reverse();
    expect(planShards(reversed, 8)).toEqual(planShards(corpusFiles, 8));
    expect(planDigest(reversed.map((file) => file.path))).toBe(planDigest(corpusFiles.map((file) => file.path)));
  });

  it('moves few files when one is added or removed', () => {
    for (const count of [2, 4, 8]) {
      const before = placement(planShards(corpusFiles, count).shards);
      for (const bytes of [100, 5_000, 60_000]) {
        const after = placement(planShards([...corpusFiles, { path: `new/added-${bytes}.md`, bytes }], count).shards);
        const moved = [...before].filter(([path, at]) => after.get(path) !== at).length;
        // At most 3% of the files: those whose first choice was at the margin of the balance.
        expect(moved, `${count} shards, +${bytes} bytes`).toBeLessThanOrEqual(29);
      }
      const removed = placement(planShards(corpusFiles.slice(1), count).shards);
      expect([...removed].filter(([path, at]) => before.get(path) !== at).length).toBeLessThanOrEqual(29);
    }
  });

  it('gives the plans and URL owners it has always given (shards of two versions may meet in one merge)', () => {
    const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
    const plans = Object.fromEntries(
      [2, 3, 4, 8, 16, 256].map((count) => [count, digest(planShards(corpusFiles, count).shards)]),
    );
    expect(plans).toEqual({
      2: 'debaafa2b4af3c9c',
      3: '6bf67a4e43c652d5',
      4: 'df596a4f0ab63d88',
      8: '5ecc1b1847c3ea10',
      16: '18a74bc559f173f4',
      256: 'a70dc82e65537708',
    });
    const owners = Array.from({ length: 2000 }, (_, at) => shardOfUrl(`https://example.com/${at}`, 1 + (at % 13)));
    expect(createHash('sha256').update(owners.join(',')).digest('hex').slice(0, 16)).toBe('d3eb4722b71dce73');
  });

  it('puts a file larger than a fair share alone where it is lightest, and handles more shards than files', () => {
    const plan = planShards(
      [
        { path: 'huge.md', bytes: 1_000_000 },
        { path: 'a.md', bytes: 10 },
        { path: 'b.md', bytes: 10 },
      ],
      5,
    );
    expect(plan.shards.flat().sort()).toEqual(['a.md', 'b.md', 'huge.md']);
    expect(plan.shards.filter((paths) => paths.length === 0)).toHaveLength(2);
    expect(plan.shards.find((paths) => paths.includes('huge.md'))).toEqual(['huge.md']);
    expect(() => planShards([], 0)).toThrow(RangeError);
  });
});

describe('shardOfUrl', () => {
  it('gives each URL one shard in 1..n, spread evenly', () => {
    const counts = new Array(8).fill(0) as number[];
    for (let at = 0; at < 8000; at++) {
      const shard = shardOfUrl(`https://example.com/page/${at}`, 8);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(8);
      counts[shard - 1]!++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
    expect(shardOfUrl('https://example.com/', 1)).toBe(1);
  });
});
