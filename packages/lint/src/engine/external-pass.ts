import { lockView, type Content } from '@devguide/content';
import {
  collectExternalUrls,
  LinkChecker,
  type CheckLinksOptions,
  type CheckLinksRun,
  type CheckResult,
  type LinkInput,
} from '@devguide/links';
import { resolveLink } from '@devguide/markdown';
import { pinnedForApi } from './pinned-external.js';
import type { LintConfig } from './lint-config.js';
import type { ExternalResults, ProjectFileView } from './rule.js';

/** `devguide lint --external`: how the network pass runs. */
export interface ExternalLintOptions {
  /** Answer from the cache and the lock only; send nothing. */
  offline?: boolean;
  /** The link cache file; null for none; default from the configuration. */
  cache?: string | null;
  /** The undici dispatcher every request goes through (tests route it to local servers). */
  dispatcher?: CheckLinksOptions['dispatcher'];
  /** `GITHUB_TOKEN`, `GITHUB_API_URL` and the variables configured headers name. */
  env?: Readonly<Record<string, string | undefined>>;
  onProgress?(done: number, total: number): void;
  clock?: CheckLinksOptions['clock'];
  /** How GitHub URLs are verified: in batches by repository and ref (default), or one at a time. */
  github?: CheckLinksOptions['github'];
}

export type ExternalStats = CheckLinksRun['stats'];

/**
 * The network pass of `--external`. Files are fed as their facts arrive, and their URLs are
 * asked at once (links into the same repository are left to the offline rules); `finish` takes
 * every linted file, in a stable order, and waits for the answers. A URL checked earlier in this
 * run (before `--fix`) is not asked again.
 */
export interface ExternalPass {
  feed(views: readonly ProjectFileView[]): void;
  /** Every request slot is taken: the URLs of more files would wait for one. */
  saturated(): boolean;
  /** For a lint that failed: drops what is in flight, so that no connection keeps the process alive. */
  abandon(): Promise<void>;
  finish(
    views: readonly ProjectFileView[],
  ): Promise<{ external: ExternalResults; stats: ExternalStats; warnings: string[] }>;
}

export async function startExternalPass(
  config: LintConfig['external'],
  content: Content | null,
  options: ExternalLintOptions,
  cachePath: string | null,
  previous: Map<string, CheckResult>,
  /** Set when no git repository can answer links pinned to other refs: the API is asked instead. */
  pinned: { defaultBranch: string } | null = null,
  /** In a shard: the URLs this shard checks (each URL is checked by exactly one shard). */
  owns: ((url: string) => boolean) | null = null,
): Promise<ExternalPass> {
  const exclude = config.exclude.map((pattern) => new RegExp(pattern));
  // A file's external links are resolved when its facts are fed, and reused by `finish`.
  const resolved = new WeakMap<ProjectFileView['facts'], LinkInput[]>();
  const externalLinksOf = (view: ProjectFileView): LinkInput[] => {
    let links = resolved.get(view.facts);
    if (!links) {
      links = view.facts.links.flatMap((link) => {
        const target = resolveLink(link.url, view.resolve);
        return target.kind === 'external'
          ? [
              {
                url: target.url,
                position: link.position,
                destination: target.sitePath === null ? link.destination : null,
              },
            ]
          : pinned
            ? [pinnedForApi(target, link, pinned.defaultBranch) ?? []].flat()
            : [];
      });
      resolved.set(view.facts, links);
    }
    return links;
  };
  const urlsOf = (views: readonly ProjectFileView[]) => {
    const urls = collectExternalUrls(
      views.map((view) => ({ path: view.path, links: externalLinksOf(view) })),
      { exclude },
    );
    return owns ? urls.filter((url) => owns(url.url)) : urls;
  };
  const env = options.env ?? {};
  const headers = Object.fromEntries(
    Object.entries(config.headers).map(([host, values]) => [
      host,
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          value.startsWith('$') ? (env[value.slice(1)] ?? '') : value,
        ]),
      ),
    ]),
  );
  const checker = await LinkChecker.start({
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.github ? { github: options.github } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    env,
    concurrency: config.concurrency,
    perHost: config.perHost,
    minInterval: config.minInterval,
    timeouts: { connect: config.timeout, headers: config.timeout, body: config.timeout },
    headers,
    cache: cachePath,
    offline: options.offline ?? false,
    lock: content ? lockView(content.lock) : null,
  });
  const unchecked = (views: readonly ProjectFileView[]) => urlsOf(views).filter((url) => !previous.has(url.url));
  return {
    feed: (views) => checker.check(unchecked(views)),
    saturated: () => checker.saturated,
    abandon: () => checker.abandon(),
    async finish(views) {
      const urls = urlsOf(views);
      const run = await checker.finish(urls.filter((url) => !previous.has(url.url)));
      for (const [url, result] of run.results) {
        previous.set(url, result);
        // The final URL of a redirect was reached too: after `--fix` writes it, it is not asked again.
        const final = result.redirect?.to;
        if (final && result.outcome === 'alive' && !previous.has(final))
          previous.set(final, { ...result, url: final, redirect: null, requests: 0 });
      }
      return { external: { urls, results: previous }, stats: run.stats, warnings: run.warnings };
    },
  };
}
