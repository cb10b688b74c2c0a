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
 * Every shard's 32-bit score for `key`: FNV-1a over the UTF-16 units from a start that mixes in
 * the shard, then murmur3's finaliser so that near keys spread. A plan scores every file for every
 * shard (at 256 shards, a quarter of a million scores on the corpus), so the key's units are read
 * once and the loop stays in one function.
 */
function scores(key: string, count: number): number[] {
  const units = new Uint16Array(key.length);
  for (let at = 0; at < key.length; at++) units[at] = key.charCodeAt(at);
  const result = new Array<number>(count);
  for (let shard = 0; shard < count; shard++) {
    let hash = 0x811c9dc5 ^ Math.imul(shard + 1, 0x9e3779b1);
    for (let at = 0; at < units.length; at++) hash = Math.imul(hash ^ units[at]!, 0x01000193);
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    result[shard] = hash >>> 0;
  }
  return result;
}

/**
 * The shard a key with these scores prefers most among the `eligible` ones (rendezvous hashing:
 * the highest score, the lowest shard among equal scores); -1 when none is eligible. One pass: the
 * first eligible shard of the key's whole order, without sorting that order.
 */
function preferred(scores: readonly number[], eligible: (shard: number) => boolean = () => true): number {
  let best = -1;
  for (let shard = 0; shard < scores.length; shard++)
    if (eligible(shard) && (best === -1 || scores[shard]! > scores[best]!)) best = shard;
  return best;
}

/**
 * The shard (1-based) that checks an external URL: rendezvous hashing by the URL alone, so each
 * URL is checked by exactly one shard whichever files link it.
 */
export function shardOfUrl(url: string, count: number): number {
  return preferred(scores(url, count)) + 1;
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
    // The first shard of the file's order with room for it, else the lightest (the first of those).
    let chosen = preferred(scored, (shard) => weights[shard]! + weight <= cap);
    if (chosen === -1) {
      const lightest = Math.min(...weights);
      chosen = preferred(scored, (shard) => weights[shard] === lightest);
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
