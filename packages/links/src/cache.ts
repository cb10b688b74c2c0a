import { writeAtomically } from '@devguide/content';
import { readFile } from 'node:fs/promises';
import type { RefHead } from './github-batch.js';
import type { CheckResult, Outcome } from './types.js';

/** Bumped whenever the stored shape or the meaning of an outcome changes. */
export const linkCacheVersion = 1;

export interface CacheLifetimes {
  /** How long an alive answer is trusted, in ms. */
  alive: number;
  /** How long a dead answer is trusted, in ms (shorter: sites come back). */
  dead: number;
}

export const defaultLifetimes: CacheLifetimes = { alive: 7 * 24 * 3600_000, dead: 24 * 3600_000 };

export interface LinkCacheEntry {
  outcome: Exclude<Outcome, 'inconclusive'>;
  status: number | null;
  reason: string;
  redirect: CheckResult['redirect'];
  checkedAt: number;
  /** The page's anchors, when they were read for a fragment check. */
  anchors?: string[];
  /** Fragments were not judged (GitHub pages whose anchors are not read): any is taken. */
  anyFragment?: true;
  /** The commit the URL's (repository, ref) stood at: the verdict holds while the ref stays there. */
  head?: RefHead;
}

/** What a verifier adds to a result for the cache. */
export interface CacheExtra {
  head?: RefHead | null;
  anyFragment?: boolean;
}

/**
 * Outcomes of earlier runs, one versioned JSON file. Inconclusive answers and
 * errors are never stored; nothing about requests (headers, tokens) is.
 */
export class LinkCache {
  readonly #path: string;
  readonly #entries: Map<string, LinkCacheEntry>;
  readonly #lifetimes: CacheLifetimes;
  #dirty = false;

  private constructor(path: string, entries: Map<string, LinkCacheEntry>, lifetimes: CacheLifetimes, dirty = false) {
    this.#path = path;
    this.#entries = entries;
    this.#lifetimes = lifetimes;
    this.#dirty = dirty;
  }

  /**
   * Opens the cache; a missing file is empty, a corrupt or foreign one is ignored with a warning.
   * Either is written by `save` even when nothing was checked: a run with a link cache leaves one
   * (a shard that checks no URL still hands `devguide cache merge` its file), and a corrupt one is
   * rewritten, as the warning says.
   */
  static async open(
    path: string,
    lifetimes: CacheLifetimes = defaultLifetimes,
  ): Promise<{ cache: LinkCache; warning: string | null }> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return { cache: new LinkCache(path, new Map(), lifetimes, true), warning: null };
    }
    const entries = parseLinkCacheEntries(text);
    return entries
      ? { cache: new LinkCache(path, entries, lifetimes), warning: null }
      : {
          cache: new LinkCache(path, new Map(), lifetimes, true),
          warning: `Unexpected unreadable link cache \`${path}\`, expected a devguide link cache (version ${linkCacheVersion}); it is ignored and rewritten`,
        };
  }

  /** A stored answer still in its lifetime that covers the fragments asked for, or null. */
  get(
    url: string,
    fragments: readonly string[],
    now: number,
    check: (anchors: ReadonlySet<string>, fragment: string) => boolean,
    anyAge = false,
  ): CheckResult | null {
    const entry = this.#entries.get(url);
    if (!entry) return null;
    if (!anyAge && now - entry.checkedAt > (entry.outcome === 'alive' ? this.#lifetimes.alive : this.#lifetimes.dead))
      return null;
    let missingFragments: string[] = [];
    if (entry.outcome === 'alive' && fragments.length > 0 && !entry.anyFragment) {
      if (!entry.anchors && fragments.some((fragment) => !check(new Set(), fragment))) return null;
      const anchors = new Set(entry.anchors ?? []);
      missingFragments = fragments.filter((fragment) => !check(anchors, fragment));
    }
    return {
      url,
      outcome: entry.outcome,
      status: entry.status,
      reason: entry.reason,
      redirect: entry.redirect,
      missingFragments,
      source: 'cache',
      requests: 0,
    };
  }

  /** The commit the stored answer's (repository, ref) stood at, whatever its age. */
  head(url: string): RefHead | null {
    return this.#entries.get(url)?.head ?? null;
  }

  /** Drops a stored answer that no longer holds. */
  forget(url: string): void {
    if (this.#entries.delete(url)) this.#dirty = true;
  }

  /** Marks a stored answer as confirmed now (its ref has not moved). */
  renew(url: string, now: number): void {
    const entry = this.#entries.get(url);
    if (!entry) return;
    entry.checkedAt = now;
    this.#dirty = true;
  }

  set(result: CheckResult, anchors: readonly string[] | null, now: number, extra: CacheExtra = {}): void {
    if (
      result.outcome === 'inconclusive' ||
      result.source === 'cache' ||
      result.source === 'lock' ||
      result.source === 'offline'
    )
      return;
    this.#entries.set(result.url, {
      outcome: result.outcome,
      status: result.status,
      reason: result.reason,
      redirect: result.redirect,
      checkedAt: now,
      ...(anchors ? { anchors: [...anchors] } : extra.anyFragment ? { anyFragment: true as const } : {}),
      ...(extra.head ? { head: extra.head } : {}),
    });
    this.#dirty = true;
  }

  /** Writes the cache atomically (temporary file, then rename), only when it changed. */
  async save(): Promise<void> {
    if (!this.#dirty) return;
    await writeAtomically([{ path: this.#path, content: renderLinkCache(this.#entries) }]);
    this.#dirty = false;
  }
}

/** The entries of a link cache file's text; null when it is not one (corrupt, foreign, another version). */
export function parseLinkCacheEntries(text: string): Map<string, LinkCacheEntry> | null {
  try {
    const data = JSON.parse(text) as { version?: unknown; entries?: unknown };
    if (data.version !== linkCacheVersion || typeof data.entries !== 'object' || data.entries === null) return null;
    const entries = new Map<string, LinkCacheEntry>();
    for (const [url, entry] of Object.entries(data.entries as Record<string, LinkCacheEntry>)) {
      if ((entry.outcome === 'alive' || entry.outcome === 'dead') && typeof entry.checkedAt === 'number')
        entries.set(url, entry);
    }
    return entries;
  } catch {
    return null;
  }
}

/** A link cache file's text: sorted by URL, so equal caches are equal files. */
export function renderLinkCache(entries: ReadonlyMap<string, LinkCacheEntry>): string {
  const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: linkCacheVersion, entries: sorted });
}
