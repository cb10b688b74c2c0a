import { createHash } from 'node:crypto';

/** One shard of a run: `index` of `count`, 1-based (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

export interface ShardFile {
  /** Relative to the lint root, `/`-separated. */
  path: string;
  bytes: number;
}

export interface ShardPlan {
  count: number;
  /** The paths of each shard (index 0 is shard 1), sorted. */
  shards: string[][];
  /** The weight of each shard, in bytes (file bytes plus the per-file cost). */
  weights: number[];
  /** Digest of every path of the run: shard reports of different trees are not merged. */
  digest: string;
}

/** Shards at most: a run split finer than this costs more in start-ups than it saves. */
export const maxShards = 256;

/**
 * What a file costs besides its bytes (reading, hashing, the cache lookup, the rules' set-up),
 * in bytes of text: measured on the corpus, a small file costs about as much as 2 KiB of text.
 */
const perFileBytes = 2048;

/** Room above the mean a shard may take before a file goes to its next choice. */
const slack = 0.04;

/** Parses `i/n` (1 ≤ i ≤ n ≤ 256); null when it is not that. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count && count <= maxShards ? { index, count } : null;
}

/**
 * A 32-bit score of `key` for shard `shard`: FNV-1a over the UTF-16 units, then murmur3's
 * finaliser so that near keys spread.
 */
function score(key: string, shard: number): number {
  let hash = 0x811c9dc5 ^ Math.imul(shard + 1, 0x9e3779b1);
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Every shard's score for `key`. */
function scores(key: string, count: number): number[] {
  return Array.from({ length: count }, (_, shard) => score(key, shard));
}

/** The shard `key` prefers most: the highest score, the lowest shard among equal scores. */
function firstChoice(scores: readonly number[]): number {
  let best = 0;
  for (let shard = 1; shard < scores.length; shard++) if (scores[shard]! > scores[best]!) best = shard;
  return best;
}

/** The shards in the order `key` prefers them (rendezvous hashing): highest score first. */
function preferences(scores: readonly number[]): number[] {
  return scores.map((_, shard) => shard).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/**
 * The shard (1-based) that checks an external URL: rendezvous hashing by the URL alone, so each
 * URL is checked by exactly one shard whichever files link it.
 */
export function shardOfUrl(url: string, count: number): number {
  return firstChoice(scores(url, count)) + 1;
}

/**
 * Splits the files of a run into `count` shards, balanced by bytes and stable as the tree
 * changes. Each file prefers shards in its own rendezvous order (by path); files are placed
 * largest first, each in the first shard of its order that stays within 4% above the mean
 * weight, else in the lightest. A file added or removed moves only the files whose choice was
 * at that margin, not the rest of the tree, and the same files give the same plan on any machine.
 */
export function planShards(files: readonly ShardFile[], count: number): ShardPlan {
  if (!Number.isInteger(count) || count < 1 || count > maxShards)
    throw new RangeError(`shard count ${count} is outside 1-${maxShards}`);
  const weightOf = (file: ShardFile) => file.bytes + perFileBytes;
  const total = files.reduce((sum, file) => sum + weightOf(file), 0);
  const cap = (total / count) * (1 + slack);
  const order = [...files].sort(
    (a, b) => weightOf(b) - weightOf(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const shards: string[][] = Array.from({ length: count }, () => []);
  const weights = new Array<number>(count).fill(0);
  for (const file of order) {
    const weight = weightOf(file);
    const scored = scores(file.path, count);
    // Most files fit their first choice: the whole order (a sort per file) only for the rest.
    let chosen: number | undefined = firstChoice(scored);
    if (weights[chosen]! + weight > cap) {
      const ranked = preferences(scored);
      chosen = ranked.find((shard) => weights[shard]! + weight <= cap);
      if (chosen === undefined)
        chosen = ranked.reduce((best, shard) => (weights[shard]! < weights[best]! ? shard : best), ranked[0]!);
    }
    shards[chosen]!.push(file.path);
    weights[chosen]! += weight;
  }
  for (const shard of shards) shard.sort();
  return { count, shards, weights, digest: planDigest(files.map((file) => file.path)) };
}

/** Digest of a run's paths, in any order. */
export function planDigest(paths: readonly string[]): string {
  return createHash('sha256')
    .update([...paths].sort().join('\0'))
    .digest('hex')
    .slice(0, 16);
}
