import { Agent, type Dispatcher } from 'undici';
import { hasFragment } from './anchors.js';
import { LinkCache, type CacheLifetimes } from './cache.js';
import { systemClock, type Clock } from './clock.js';
import { answerFromLock, GithubVerifier, parseGithubUrl, type LockView } from './github.js';
import { checkHttp, type Timeouts } from './http-check.js';
import type { RetryOptions } from './retry.js';
import { Scheduler } from './scheduler.js';
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
  /** Verify github.com URLs through the REST API (default true). */
  githubApi?: boolean;
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
export async function checkLinks(urls: readonly ExternalUrl[], options: CheckLinksOptions = {}): Promise<CheckLinksRun> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const timeouts = { ...defaultCheckOptions.timeouts, ...options.timeouts };
  const retry = { ...defaultCheckOptions.retry, ...options.retry };
  const perHost = options.perHost ?? defaultCheckOptions.perHost;
  // As many connections per origin as requests in flight: a request granted a slot the moment
  // another finished reuses that socket instead of opening one more.
  const ownDispatcher = options.dispatcher ? null : new Agent({ connections: perHost, connect: { timeout: timeouts.connect }, headersTimeout: timeouts.headers, bodyTimeout: timeouts.body });
  const dispatcher = options.dispatcher ?? ownDispatcher!;
  const scheduler = new Scheduler({ concurrency: options.concurrency ?? defaultCheckOptions.concurrency, perHost, minInterval: options.minInterval ?? defaultCheckOptions.minInterval, clock });
  const env = options.env ?? {};
  const userAgent = options.userAgent ?? 'devguide-link-check (+https://github.com/devguide/devguide)';
  const warnings: string[] = [];
  let requests = 0;
  const onRequest = () => {
    requests++;
  };

  const opened = options.cache ? await LinkCache.open(options.cache, options.lifetimes) : null;
  if (opened?.warning) warnings.push(opened.warning);
  const cache = opened?.cache ?? null;
  const headerConfig = new Map(Object.entries(options.headers ?? {}).map(([host, headers]) => [host.toLowerCase(), headers]));
  const http = {
    dispatcher,
    scheduler,
    clock,
    retry,
    timeouts,
    userAgent,
    maxRedirects: defaultCheckOptions.maxRedirects,
    maxBody: defaultCheckOptions.maxBody,
    onRequest,
    headersFor: (url: URL) => ({ ...(headerConfig.get(url.hostname) ?? {}), ...(headerConfig.get(url.host) ?? {}) }),
  };
  const github =
    options.githubApi === false
      ? null
      : new GithubVerifier({ dispatcher, scheduler, clock, retry, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', token: env.GITHUB_TOKEN || null, userAgent, headersTimeout: timeouts.headers, bodyTimeout: timeouts.body, onRequest });

  const results = new Map<string, CheckResult>();
  let done = 0;
  const checkOne = async (target: ExternalUrl): Promise<void> => {
    const result = await answer(target);
    results.set(target.url, result);
    options.onProgress?.(++done, urls.length);
  };
  const answer = async (target: ExternalUrl): Promise<CheckResult> => {
    const githubTarget = parseGithubUrl(target.url);
    if (githubTarget) {
      const locked = answerFromLock(target.url, githubTarget, target.fragments, options.lock ?? null);
      if (locked) return locked;
    }
    const cached = cache?.get(target.url, target.fragments, clock.now(), (anchors, fragment) => hasFragment(anchors, fragment, githubTarget !== null));
    if (cached) return cached;
    if (options.offline) return { url: target.url, outcome: 'inconclusive', status: null, reason: 'not checked (offline)', redirect: null, missingFragments: [], source: 'offline', requests: 0 };
    if (githubTarget && github) {
      const result = await github.check(target.url, githubTarget, target.fragments);
      const anchorsRead = null;
      cache?.set(result, anchorsRead, clock.now());
      return result;
    }
    const { anchors, ...result } = await checkHttp(target, http);
    cache?.set(result, anchors, clock.now());
    return result;
  };

  try {
    await Promise.all(urls.map(checkOne));
    await cache?.save();
  } finally {
    await ownDispatcher?.close();
  }

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
  return { results, stats: { urls: urls.length, requests, fromCache, fromLock, byOutcome, byHost, ms: clock.now() - started }, warnings };
}
