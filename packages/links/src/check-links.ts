import { Agent, HttpPolicy, redactor, Scheduler, type RetryOptions } from '@devguide/http';
import type { Dispatcher } from 'undici';
import { hasFragment } from './anchors.js';
import { LinkCache, type CacheLifetimes } from './cache.js';
import { systemClock, type Clock } from './clock.js';
import type { LockView } from '@devguide/content';
import { answerFromLock, GithubVerifier, needsGraphql, parseGithubUrl, readsAnchors } from './github.js';
import { GithubBatchVerifier, type BatchOptions } from './github-batch.js';
import { checkHttp, type HttpContext, type Timeouts } from './http-check.js';
import type { CheckResult, ExternalUrl, Outcome } from './types.js';

export interface CheckLinksOptions {
  /** The one dispatcher every request goes through; default: an Agent with the timeouts below. */
  dispatcher?: Dispatcher;
  /** Reads `GITHUB_TOKEN` and `GITHUB_API_URL`. */
  env?: Readonly<Record<string, string | undefined>>;
  concurrency?: number;
  perHost?: number;
  /** Least ms between two requests to one host. */
  minInterval?: number;
  timeouts?: Partial<Timeouts & { connect: number }>;
  retry?: Partial<RetryOptions>;
  /** Per host (`example.com`, `example.com:8080`): headers sent to that origin only. */
  headers?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The cache file; null for none. */
  cache?: string | null;
  lifetimes?: CacheLifetimes;
  /** Send nothing: answers come from the cache and the lock only. */
  offline?: boolean;
  /** Verify github.com URLs through the GitHub API (default true). */
  githubApi?: boolean;
  /**
   * `batched` (default): GraphQL batches (a tree for a (repository, ref) linked `treeFrom` times); `per-url`: one REST
   * call per URL (and per repository). The rest are the batches' sizes and the quota kept back.
   */
  github?: { mode?: 'batched' | 'per-url' } & Partial<BatchOptions>;
  lock?: LockView | null;
  clock?: Clock;
  userAgent?: string;
  onProgress?(done: number, total: number): void;
}

export interface HostSummary {
  alive: number;
  dead: number;
  inconclusive: number;
  unchecked: number;
}

export interface CheckLinksRun {
  /** By URL without fragment. */
  results: Map<string, CheckResult>;
  stats: {
    urls: number;
    requests: number;
    fromCache: number;
    fromLock: number;
    byOutcome: Record<Outcome | 'unchecked', number>;
    byHost: Map<string, HostSummary>;
    ms: number;
  };
  warnings: string[];
}

export const defaultCheckOptions = {
  concurrency: 64,
  perHost: 8,
  minInterval: 0,
  timeouts: { connect: 10_000, headers: 15_000, body: 15_000 },
  retry: { attempts: 4, baseDelay: 500, maxDelay: 8_000, maxWait: 30_000 },
  maxRedirects: 10,
  maxBody: 8 * 1024 * 1024,
};

/** Checks every URL once: lock, cache, GitHub API or HTTP, under the host limits. */
export async function checkLinks(
  urls: readonly ExternalUrl[],
  options: CheckLinksOptions = {},
): Promise<CheckLinksRun> {
  const checker = await LinkChecker.start(options);
  return checker.finish(urls);
}

const noHeaders: Readonly<Record<string, string>> = Object.freeze({});

interface Pending {
  /** The fragments the check was started with. */
  asked: ReadonlySet<string>;
  answer: Promise<Answer>;
}

interface Answer {
  result: CheckResult;
  /** The page's anchors, when it was read. */
  anchors: readonly string[] | null;
  github: boolean;
}

/**
 * A checking run that takes URLs as they are found, so requests go out while
 * the rest of the files are still being parsed: with rate-limited hosts, the
 * sooner a URL is first asked, the sooner its `Retry-After` wait is over.
 * `finish` takes the complete list; a URL already asked is not asked again,
 * unless a fragment turned up after its check began (its page is then read).
 */
export class LinkChecker {
  readonly #options: CheckLinksOptions;
  readonly #clock: Clock;
  readonly #started: number;
  readonly #ownDispatcher: Agent | null;
  readonly #cache: LinkCache | null;
  readonly #http: HttpContext;
  readonly #github: GithubVerifier | null;
  readonly #githubBatch: GithubBatchVerifier | null;
  readonly #githubToken: boolean;
  readonly #warnings: string[];
  readonly #pending = new Map<string, Pending>();
  readonly #scheduler: Scheduler;
  #requests = 0;
  #done = 0;

  private constructor(options: CheckLinksOptions, cache: LinkCache | null, warnings: string[]) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#started = this.#clock.now();
    this.#cache = cache;
    this.#warnings = warnings;
    const timeouts = { ...defaultCheckOptions.timeouts, ...options.timeouts };
    const retry = { ...defaultCheckOptions.retry, ...options.retry };
    const perHost = options.perHost ?? defaultCheckOptions.perHost;
    // As many connections per origin as requests in flight: a request granted a slot the moment
    // another finished reuses that socket instead of opening one more.
    this.#ownDispatcher = options.dispatcher
      ? null
      : new Agent({
          connections: perHost,
          connect: { timeout: timeouts.connect },
          headersTimeout: timeouts.headers,
          bodyTimeout: timeouts.body,
        });
    const dispatcher = options.dispatcher ?? this.#ownDispatcher!;
    const scheduler = (this.#scheduler = new Scheduler({
      concurrency: options.concurrency ?? defaultCheckOptions.concurrency,
      perHost,
      minInterval: options.minInterval ?? defaultCheckOptions.minInterval,
      clock: this.#clock,
    }));
    const env = options.env ?? {};
    const userAgent = options.userAgent ?? 'devguide-link-check (+https://github.com/devguide/devguide)';
    const onRequest = () => {
      this.#requests++;
    };
    const headerConfig = new Map(
      Object.entries(options.headers ?? {}).map(([host, headers]) => [host.toLowerCase(), headers]),
    );
    // Configured headers and the token never show in a reason, printed or cached.
    const redact = redactor([
      env.GITHUB_TOKEN,
      ...[...headerConfig.values()].flatMap((headers) => Object.values(headers)),
    ]);
    this.#http = {
      policy: new HttpPolicy({
        dispatcher,
        clock: this.#clock,
        retry,
        timeouts,
        redirects: { max: defaultCheckOptions.maxRedirects },
        // Headers configured for a host (credentials included), to that origin only, at every hop.
        credentials: (url) =>
          headerConfig.size === 0
            ? noHeaders
            : { ...(headerConfig.get(url.hostname) ?? {}), ...(headerConfig.get(url.host) ?? {}) },
        around: (url, send) =>
          scheduler.run(url.host, () => {
            onRequest();
            return send();
          }),
        redact,
      }),
      userAgent,
      maxRedirects: defaultCheckOptions.maxRedirects,
      maxBody: defaultCheckOptions.maxBody,
    };
    // One GitHub API setup for both verifiers: the per-URL one and the batches in front of it.
    const api = {
      dispatcher,
      scheduler,
      clock: this.#clock,
      retry,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      token: env.GITHUB_TOKEN || null,
      userAgent,
      headersTimeout: timeouts.headers,
      bodyTimeout: timeouts.body,
      onRequest,
    };
    this.#githubToken = api.token !== null;
    this.#github = options.githubApi === false ? null : new GithubVerifier(api);
    const { mode, ...batch } = options.github ?? {};
    const perUrl = this.#github;
    this.#githubBatch =
      perUrl && mode !== 'per-url'
        ? new GithubBatchVerifier(
            api,
            perUrl.policy,
            (url, target, fragments) => perUrl.check(url, target, fragments),
            batch,
          )
        : null;
    if (this.#githubBatch) this.#warnings.push(...this.#githubBatch.notes);
  }

  /** GraphQL queries and points, REST requests of the batched GitHub verifier; null in per-URL mode. */
  get githubUsage(): GithubBatchVerifier['usage'] | null {
    return this.#githubBatch?.usage ?? null;
  }

  /** Every request slot is taken: a URL found now would wait for one. */
  get saturated(): boolean {
    return this.#scheduler.saturated;
  }

  /** Opens the cache (a corrupt one is a warning, not an error) and makes the checker ready. */
  static async start(options: CheckLinksOptions = {}): Promise<LinkChecker> {
    const opened = options.cache ? await LinkCache.open(options.cache, options.lifetimes) : null;
    return new LinkChecker(options, opened?.cache ?? null, opened?.warning ? [opened.warning] : []);
  }

  /** Starts checking every URL not asked yet; returns at once. */
  check(urls: readonly ExternalUrl[]): void {
    for (const target of urls) {
      if (this.#pending.has(target.url)) continue;
      const asked = new Set(target.fragments);
      const answer = this.#answer({ ...target, fragments: [...asked] }).then((answer) => {
        this.#done++;
        this.#options.onProgress?.(this.#done, this.#pending.size);
        return answer;
      });
      // Awaited in `finish`; this only keeps a failure from counting as unhandled before then.
      answer.catch(() => undefined);
      this.#pending.set(target.url, { asked, answer });
    }
  }

  /** Checks whatever of `urls` is not checked yet, waits for all, saves the cache; results and stats for `urls`. */
  async finish(urls: readonly ExternalUrl[]): Promise<CheckLinksRun> {
    const results = new Map<string, CheckResult>();
    try {
      this.check(urls);
      for (const target of urls) {
        const pending = this.#pending.get(target.url)!;
        const answer = await pending.answer;
        results.set(
          target.url,
          target.fragments.every((fragment) => pending.asked.has(fragment))
            ? answer.result
            : await this.#lateFragments(target, answer),
        );
      }
      await this.#cache?.save();
    } finally {
      await this.#ownDispatcher?.close();
    }
    return { results, stats: this.#stats(urls, results), warnings: this.#warnings };
  }

  /** Fragments found after the URL's check began: answered from the page read then, else asked again. */
  async #lateFragments(target: ExternalUrl, first: Answer): Promise<CheckResult> {
    if (first.result.outcome !== 'alive') return first.result;
    if (first.anchors) {
      const anchors = new Set(first.anchors);
      return {
        ...first.result,
        missingFragments: target.fragments.filter((fragment) => !hasFragment(anchors, fragment, first.github)),
      };
    }
    return (await this.#answer(target)).result;
  }

  /** Gives up: requests in flight are dropped, nothing is saved. For a run that failed elsewhere. */
  async abandon(): Promise<void> {
    await this.#ownDispatcher?.destroy();
  }

  async #answer(target: ExternalUrl): Promise<Answer> {
    const clock = this.#clock;
    const parsed = parseGithubUrl(target.url);
    // Discussions and projects are GraphQL's only, which needs a token: without one, their pages.
    const githubTarget = parsed && needsGraphql(parsed) && !this.#githubToken ? null : parsed;
    const github = githubTarget !== null;
    if (githubTarget) {
      const locked = answerFromLock(target.url, githubTarget, target.fragments, this.#options.lock ?? null);
      if (locked) return { result: locked, anchors: null, github };
    }
    const check = (anchors: ReadonlySet<string>, fragment: string) => hasFragment(anchors, fragment, github);
    // A path under a ref is answered from the cache while the ref has not moved: one conditional
    // request per (repository, ref), whatever the answer's age.
    const head =
      githubTarget && 'path' in githubTarget && !this.#options.offline ? this.#cache?.head(target.url) : null;
    if (head && this.#githubBatch) {
      const kept = this.#cache!.get(target.url, target.fragments, clock.now(), check, true);
      const unchanged = kept ? await this.#githubBatch.unchanged(head) : 'unknown';
      if (kept && unchanged === 'same') {
        this.#cache!.renew(target.url, clock.now());
        return { result: { ...kept, reason: `${kept.reason}; \`${head.ref}\` unchanged` }, anchors: null, github };
      }
      if (unchanged === 'moved') this.#cache!.forget(target.url);
    }
    const cached = this.#cache?.get(target.url, target.fragments, clock.now(), check);
    if (cached) return { result: cached, anchors: null, github };
    if (this.#options.offline)
      return {
        result: {
          url: target.url,
          outcome: 'inconclusive',
          status: null,
          reason: 'not checked (offline)',
          redirect: null,
          missingFragments: [],
          source: 'offline',
          requests: 0,
        },
        anchors: null,
        github,
      };
    if (githubTarget && this.#github) {
      const result = await (this.#githubBatch ?? this.#github).check(target.url, githubTarget, target.fragments);
      const batch = this.#githubBatch;
      const anchors = batch?.anchors.get(target.url) ?? null;
      // The batches read a page's anchors only for markdown files; other fragments are not judged.
      this.#cache?.set(result, anchors, clock.now(), {
        head: batch?.heads.get(target.url) ?? null,
        anyFragment: batch !== null && anchors === null && !readsAnchors(githubTarget),
      });
      return { result, anchors: null, github };
    }
    const { anchors, ...result } = await checkHttp(target, this.#http);
    this.#cache?.set(result, anchors, clock.now());
    return { result, anchors, github };
  }

  #stats(urls: readonly ExternalUrl[], results: ReadonlyMap<string, CheckResult>): CheckLinksRun['stats'] {
    const byOutcome: Record<Outcome | 'unchecked', number> = { alive: 0, dead: 0, inconclusive: 0, unchecked: 0 };
    const byHost = new Map<string, HostSummary>();
    let fromCache = 0;
    let fromLock = 0;
    for (const target of urls) {
      const result = results.get(target.url)!;
      const key = result.source === 'offline' ? 'unchecked' : result.outcome;
      byOutcome[key]++;
      const host = byHost.get(target.host) ?? { alive: 0, dead: 0, inconclusive: 0, unchecked: 0 };
      host[key]++;
      byHost.set(target.host, host);
      if (result.source === 'cache') fromCache++;
      if (result.source === 'lock') fromLock++;
    }
    return {
      urls: urls.length,
      requests: this.#requests,
      fromCache,
      fromLock,
      byOutcome,
      byHost,
      ms: this.#clock.now() - this.#started,
    };
  }
}
