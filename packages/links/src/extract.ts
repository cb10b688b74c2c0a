import type { Position } from 'unist';
import { normalizeUrl } from './normalize.js';
import type { ExternalUrl } from './types.js';

/** A link as the lint facts record it (links, images, autolinks, definitions, HTML `href`/`src`). */
export interface LinkInput {
  url: string;
  position: Position;
  destination: { start: number; end: number } | null;
}

export interface ExtractOptions {
  /** URLs matching any of these are not checked. */
  exclude?: readonly RegExp[];
}

/**
 * Every external http(s) URL of a set of files, deduplicated by URL without
 * fragment, every place kept; in first-seen order, so runs are reproducible.
 */
export function collectExternalUrls(
  files: Iterable<{ path: string; links: readonly LinkInput[] }>,
  options: ExtractOptions = {},
): ExternalUrl[] {
  const byUrl = new Map<string, ExternalUrl>();
  const exclude = options.exclude ?? [];
  for (const file of files) {
    for (const link of file.links) {
      const normal = normalizeUrl(link.url);
      if (!normal) continue;
      if (exclude.some((pattern) => pattern.test(link.url) || pattern.test(normal.url))) continue;
      let entry = byUrl.get(normal.url);
      if (!entry) {
        entry = { url: normal.url, host: normal.host, fragments: [], occurrences: [] };
        byUrl.set(normal.url, entry);
      }
      if (normal.fragment !== null && !entry.fragments.includes(normal.fragment)) entry.fragments.push(normal.fragment);
      entry.occurrences.push({
        path: file.path,
        position: link.position,
        fragment: normal.fragment,
        written: link.url,
        destination: link.destination,
      });
    }
  }
  return [...byUrl.values()];
}
