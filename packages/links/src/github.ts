import type { LockView } from '@devguide/content';
import { GitHubApi } from '@devguide/github';
import type { HttpPolicy, RetryOptions, Scheduler } from '@devguide/http';
import type { Dispatcher } from 'undici';
import { hasFragment, markdownAnchors } from './anchors.js';
import type { Clock } from './clock.js';
import type { CheckResult } from './types.js';

export type GithubTarget =
  | { kind: 'repo'; owner: string; repo: string }
  | { kind: 'blob'; owner: string; repo: string; ref: string; path: string; rest: string[] }
  | { kind: 'tree'; owner: string; repo: string; ref: string; path: string; rest: string[] }
  | { kind: 'issue'; owner: string; repo: string; number: number }
  | { kind: 'pull'; owner: string; repo: string; number: number };

/** GitHub web URLs the REST API can answer; anything else is checked over HTTP. */
export function parseGithubUrl(url: string): GithubTarget | null {
  const parsed = new URL(url);
  if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com') return null;
  if (parsed.search) return null;
  const segments = parsed.pathname.split('/').slice(1).map(decodeURIComponent);
  if (segments.at(-1) === '') segments.pop();
  const [owner, repoName, view, ...rest] = segments;
  if (!owner || !repoName) return null;
  const repo = repoName.replace(/\.git$/, '');
  if (view === undefined) return { kind: 'repo', owner, repo };
  if ((view === 'blob' || view === 'tree') && rest.length >= 1) {
    const [ref, ...path] = rest;
    return { kind: view, owner, repo, ref: ref!, path: path.join('/'), rest };
  }
  if ((view === 'issues' || view === 'pull') && rest.length === 1 && /^\d+$/.test(rest[0]!)) {
    return { kind: view === 'issues' ? 'issue' : 'pull', owner, repo, number: Number(rest[0]) };
  }
  return null;
}

/** Answers a URL into the locked upstream commit from the lock, or null when the lock cannot tell. */
export function answerFromLock(
  url: string,
  target: GithubTarget,
  fragments: readonly string[],
  lock: LockView | null,
): CheckResult | null {
  if (!lock?.commit || target.kind === 'issue' || target.kind === 'pull' || target.kind === 'repo') return null;
  if (`${target.owner}/${target.repo}`.toLowerCase() !== lock.repository.toLowerCase()) return null;
  if (target.ref.length < 7 || !lock.commit.startsWith(target.ref.toLowerCase())) return null;
  const base = { url, status: null, redirect: null, source: 'lock' as const, requests: 0 };
  if (lock.missing.has(target.path))
    return { ...base, outcome: 'dead', reason: 'missing at the locked commit', missingFragments: [] };
  const entry = lock.files.get(target.path);
  if (!entry) return null;
  const anchors = new Set(entry.anchors ?? []);
  const missing = entry.anchors ? fragments.filter((fragment) => !hasFragment(anchors, fragment, true)) : [];
  return { ...base, outcome: 'alive', reason: 'in the lock', missingFragments: missing };
}

export interface GithubContext {
  dispatcher: Dispatcher;
  scheduler: Scheduler;
  clock: Clock;
  retry: RetryOptions;
  /** `GITHUB_API_URL`, default `https://api.github.com`. */
  apiUrl: string;
  /** `GITHUB_TOKEN`; sent to the API origin only. */
  token: string | null;
  userAgent: string;
  headersTimeout: number;
  bodyTimeout: number;
  onRequest(url: string, method: string): void;
}

interface ApiAnswer {
  status: number;
  text: string | null;
  requests: number;
  failure?: string;
}

/**
 * Verifies GitHub URLs through the REST API: one call per repository first (a
 * missing repository answers all its URLs), then one per path, issue or pull;
 * identical calls are made once; the quota the API reports is respected.
 */
export class GithubVerifier {
  readonly #context: GithubContext;
  readonly #api: GitHubApi;
  readonly #policy: HttpPolicy;
  readonly #calls = new Map<string, Promise<ApiAnswer>>();

  /** Throws a GitHubError when `apiUrl` is not an http(s) URL without credentials. */
  constructor(context: GithubContext) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    // The link checker's parts of the one HTTP policy: a scheduler slot and a count per hop, and
    // a spent quota that holds every call until it resets (or makes the answer inconclusive).
    this.#policy = this.#api.policy({
      dispatcher: context.dispatcher,
      clock: context.clock,
      retry: context.retry,
      timeouts: { headers: context.headersTimeout, body: context.bodyTimeout },
      quotaGate: true,
      around: (at, send, method) =>
        context.scheduler.run(at.host, () => {
          context.onRequest(at.href, method);
          return send();
        }),
    });
  }

  async check(url: string, target: GithubTarget, fragments: readonly string[]): Promise<CheckResult> {
    const repoPath = `repos/${enc(target.owner)}/${enc(target.repo)}`;
    let requests = 0;
    const done = (
      outcome: CheckResult['outcome'],
      status: number | null,
      reason: string,
      missingFragments: string[] = [],
    ): CheckResult => ({
      url,
      outcome,
      status,
      reason,
      redirect: null,
      missingFragments,
      source: 'github-api',
      requests,
    });
    const repo = await this.#call(repoPath, 'HEAD', false);
    requests += repo.requests;
    if (repo.failure) return done('inconclusive', repo.status || null, repo.failure);
    if (repo.status === 404) return done('dead', 404, 'repository not found (GitHub API)');
    if (repo.status !== 200) return done('inconclusive', repo.status, `${repo.status} from the GitHub API`);
    if (target.kind === 'repo') return done('alive', 200, '200 (GitHub API)');

    if (target.kind === 'issue' || target.kind === 'pull') {
      const answer = await this.#call(
        `${repoPath}/${target.kind === 'issue' ? 'issues' : 'pulls'}/${target.number}`,
        'HEAD',
        false,
      );
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    const wantsAnchors =
      target.kind === 'blob' &&
      /\.(md|markdown)$/i.test(target.path) &&
      fragments.some((fragment) => !/^L\d+/.test(fragment));
    // A ref may contain `/`: try the shorter ref first, then longer ones.
    for (let split = 1; split <= Math.min(target.rest.length - (target.kind === 'blob' ? 1 : 0), 3); split++) {
      const ref = target.rest.slice(0, split).join('/');
      const path = target.rest.slice(split).join('/');
      const answer = await this.#call(
        `${repoPath}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(ref)}`,
        wantsAnchors ? 'GET' : 'HEAD',
        wantsAnchors,
      );
      requests += answer.requests;
      if (answer.status === 404 && split < target.rest.length - 1) continue;
      if (answer.status !== 200 || !wantsAnchors || answer.text === null) return this.#verdict(answer, done);
      const anchors = markdownAnchors(answer.text);
      return done(
        'alive',
        200,
        '200 (GitHub API)',
        fragments.filter((fragment) => !hasFragment(anchors, fragment, true)),
      );
    }
    return done('dead', 404, 'not found (GitHub API)');
  }

  #verdict(
    answer: ApiAnswer,
    done: (outcome: CheckResult['outcome'], status: number | null, reason: string) => CheckResult,
  ): CheckResult {
    if (answer.failure) return done('inconclusive', answer.status || null, answer.failure);
    if (answer.status === 200) return done('alive', 200, '200 (GitHub API)');
    if (answer.status === 404 || answer.status === 410)
      return done('dead', answer.status, `${answer.status} (GitHub API)`);
    return done('inconclusive', answer.status, `${answer.status} from the GitHub API`);
  }

  #call(path: string, method: 'HEAD' | 'GET', raw: boolean): Promise<ApiAnswer> {
    const key = `${method} ${path}`;
    let call = this.#calls.get(key);
    if (!call) {
      call = this.#send(path, method, raw);
      this.#calls.set(key, call);
    }
    return call.then((answer) => ({ ...answer, requests: this.#counted(key) ? 0 : answer.requests }));
  }

  readonly #countedKeys = new Set<string>();
  /** Requests are counted for the first URL that asked, so totals add up. */
  #counted(key: string): boolean {
    if (this.#countedKeys.has(key)) return true;
    this.#countedKeys.add(key);
    return false;
  }

  /** One API call through the policy; a spent quota, a rate limit or a failed redirect is an inconclusive answer. */
  async #send(path: string, method: 'HEAD' | 'GET', raw: boolean): Promise<ApiAnswer> {
    const result = await this.#policy.request(this.#api.url(path), {
      method,
      headers: {
        'user-agent': this.#context.userAgent,
        accept: raw ? 'application/vnd.github.raw+json' : 'application/vnd.github+json',
      },
      read: async (body, status) => {
        if (raw && status === 200) return body.text();
        await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        return null;
      },
    });
    const { requests } = result;
    if (result.kind === 'quota') return { status: 0, text: null, requests, failure: 'GitHub API quota spent' };
    if (result.kind === 'network')
      return { status: 0, text: null, requests, failure: `network error ${result.code ?? ''}`.trim() };
    if (result.kind === 'redirect')
      return { status: 0, text: null, requests, failure: this.#api.failure(result).message };
    if (result.gaveUp?.rateLimited)
      return { status: result.status, text: null, requests, failure: 'GitHub API rate limit' };
    return { status: result.status, text: result.body ?? null, requests };
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}
