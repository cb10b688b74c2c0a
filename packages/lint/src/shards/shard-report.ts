import * as z from 'zod';
import { jsonResultPieces, type JsonResult } from '../reporters/json.js';
import { itemsMarker } from '../reporters/json-pieces.js';
import type { Reporter } from '../reporters/types.js';

/** What a shard's JSON report says about its run, so that the merge can check the set is whole. */
export interface ShardHeader {
  /** 1-based, of `count`. */
  index: number;
  count: number;
  /** Digest of every path of the run (`planDigest`): shards of different trees are not merged. */
  plan: string;
  /** Files this shard reported on. */
  files: number;
  /** The lint root, relative to the directory the report's paths are relative to (`.` for the same). */
  root: string;
  repository: string | null;
  defaultBranch: string;
  version: string;
}

/** `devguide lint --shard i/n --format json`: the header, then the results as `--format json` writes them. */
export interface ShardReport {
  shard: ShardHeader;
  results: JsonResult[];
}

export const shardHeaderSchema = z.strictObject({
  index: z.number().int().min(1),
  count: z.number().int().min(1),
  plan: z.string().regex(/^[0-9a-f]{16}$/),
  files: z.number().int().min(0),
  root: z.string(),
  repository: z.string().nullable(),
  defaultBranch: z.string(),
  version: z.string(),
});

/** The shard's JSON report a piece at a time, as `--format json` writes its results. */
export function* shardReportPieces(
  files: Parameters<Reporter>[0],
  options: Parameters<Reporter>[1],
  header: ShardHeader,
): Generator<string> {
  yield* jsonResultPieces(files, options, { shard: header, results: itemsMarker });
  yield '\n';
}

export function renderShardReport(
  files: Parameters<Reporter>[0],
  options: Parameters<Reporter>[1],
  header: ShardHeader,
): string {
  return [...shardReportPieces(files, options, header)].join('');
}
