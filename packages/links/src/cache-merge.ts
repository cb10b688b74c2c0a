import { InputError } from '@devguide/markdown';
import { linkCacheVersion, parseLinkCacheEntries, renderLinkCache, type LinkCacheEntry } from './cache.js';

/** One link cache given to `devguide cache merge`. */
export interface LinkCacheInput {
  name: string;
  text: string;
}

export interface LinkCacheMerge {
  entries: Map<string, LinkCacheEntry>;
  /** URLs whose answer came from each input (by name), in input order. */
  taken: { name: string; urls: number }[];
}

/**
 * Merges link caches, such as the shards of a sweep wrote: for each URL the newest answer wins
 * (an older one is stale however it came out); two answers of the same moment keep the first
 * given. A file that is not a link cache is one line naming it: a merge never drops a cache
 * silently.
 */
export function planLinkCacheMerge(inputs: readonly LinkCacheInput[]): LinkCacheMerge {
  if (inputs.length === 0)
    throw new InputError(
      'Unexpected no link caches, expected at least one',
      'write `devguide cache merge <cache.json>... --output <file>`',
    );
  const entries = new Map<string, LinkCacheEntry>();
  const from = new Map<string, number>();
  for (const [at, input] of inputs.entries()) {
    const parsed = parseLinkCacheEntries(input.text);
    if (!parsed)
      throw new InputError(
        `Unexpected link cache \`${input.name}\`, expected a devguide link cache (version ${linkCacheVersion})`,
        'give the files `devguide lint --external --link-cache <file>` wrote',
      );
    for (const [url, entry] of parsed) {
      const held = entries.get(url);
      if (held && held.checkedAt >= entry.checkedAt) continue;
      entries.set(url, entry);
      from.set(url, at);
    }
  }
  const counts = inputs.map((input) => ({ name: input.name, urls: 0 }));
  for (const at of from.values()) counts[at]!.urls++;
  return { entries, taken: counts };
}

/** The merged cache's text, as the link checker writes it. */
export function renderLinkCacheMerge(merge: LinkCacheMerge): string {
  return renderLinkCache(merge.entries);
}
