import { gitBlobSha } from '@devguide/upstream';
import {
  HttpPolicy,
  redactor,
  Scheduler,
  systemClock as httpClock,
  type HttpPolicyOptions,
  type HttpResult,
  type RetryOptions,
} from '@devguide/http';
import type { Dispatcher } from 'undici';
import { parseComparison, type Comparison } from './compare.js';
import { GitHubError, RateLimitError } from './errors.js';

export const defaultApiUrl = 'https://api.github.com';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = { now: httpClock.now, sleep: httpClock.sleep };

export interface GitHubClientOptions {
  /** `https://api.github.com` or a GitHub Enterprise / test server API root. */
  apiUrl?: string;
  /** Sent as `Authorization: Bearer` to the API origin only. */
  token?: string | undefined;
  /** The undici dispatcher (an `Agent` or `Pool`); never the global one implicitly. */
  dispatcher: Dispatcher;
  /** With `random` for jitter; default `Math.random`. */
  clock?: Clock & { random?(): number };
  /** A fixed schedule of delays before each retry; its length is the number of retries. Default: doubling with jitter. */
  backoff?: readonly number[];
  /** The longest single rate-limit wait (ms) sat out before giving up with a message. */
  maxRateLimitWait?: number;
  /** Attempts and the total wait of one request (defaults: 5 attempts, 3 minutes); see `RetryOptions`. */
  retry?: Partial<Pick<RetryOptions, 'attempts' | 'maxTotalWait'>>;
  /** Requests in flight at once to the API host (default 6). */
  concurrency?: number;
  /** Waiting for the headers and between two body chunks, in ms; unset: the dispatcher's. */
  timeouts?: { headers?: number; body?: number };
  /** Bytes received, per chunk, for progress. */
  onBytes?: (bytes: number) => void;
}

export interface RequestCounts {
  requests: number;
  bytes: number;
  blobs: number;
}

interface Response {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sync's defaults: bounded so that a CI job ends with one line rather than waiting for hours. */
export const defaultSyncRetry: RetryOptions = {
  attempts: 5,
  baseDelay: 500,
  maxDelay: 8_000,
  maxWait: 60_000,
  maxTotalWait: 180_000,
  // Without a documented wait, GitHub asks for at least a minute.
  rateLimitFallback: 60_000,
  // GitHub's reset is to the second; a little slack avoids retrying a moment too early.
  resetSlack: 1_000,
};

/**
 * GitHub's waits on top of a caller's retry bounds: a secondary limit asks for a minute when it
 * names no time, so waits up to a minute are honoured (never less than the caller allows).
 */
export function githubRetry(retry: RetryOptions): RetryOptions {
  return {
    ...retry,
    maxWait: Math.max(retry.maxWait, defaultSyncRetry.maxWait),
    rateLimitFallback: Math.max(retry.rateLimitFallback ?? 0, defaultSyncRetry.rateLimitFallback!),
    resetSlack: retry.resetSlack ?? defaultSyncRetry.resetSlack,
  };
}

/** The subset of the GitHub REST API that sync needs. */
export class GitHubClient {
  readonly apiUrl: URL;
  readonly counts: RequestCounts = { requests: 0, bytes: 0, blobs: 0 };
  readonly #api: GitHubApi;
  readonly #policy: HttpPolicy;
  readonly #onBytes: ((bytes: number) => void) | undefined;

  constructor(options: GitHubClientOptions) {
    this.#api = new GitHubApi(options.apiUrl, options.token);
    this.apiUrl = this.#api.root;
    const clock = options.clock ?? systemClock;
    const retry: RetryOptions = { ...defaultSyncRetry, ...options.retry };
    if (options.backoff) {
      retry.delays = options.backoff;
      retry.attempts = options.retry?.attempts ?? options.backoff.length + 1;
    }
    if (options.maxRateLimitWait !== undefined) retry.maxWait = options.maxRateLimitWait;
    const perHost = options.concurrency ?? 6;
    const slots = new Scheduler({ concurrency: perHost, perHost, minInterval: 0, clock });
    this.#policy = this.#api.policy({
      dispatcher: options.dispatcher,
      clock,
      retry,
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      quotaGate: true,
      around: (url, send) =>
        slots.run(url.host, () => {
          this.counts.requests++;
          return send();
        }),
    });
    this.#onBytes = options.onBytes;
  }

  /**
   * The commit a ref points at. With `knownSha`, GitHub answers 304 when the ref
   * still points there (and the request does not count against the rate limit).
   */
  async commitSha(
    repository: string,
    ref: string,
    knownSha?: string | null,
  ): Promise<{ sha: string; changed: boolean }> {
    const headers: Record<string, string> = { accept: 'application/vnd.github.sha' };
    if (knownSha) headers['if-none-match'] = `"${knownSha}"`;
    const response = await this.#get(
      `repos/${repository}/commits/${encodeURIComponent(ref)}`,
      headers,
      [200, 304, 404, 422],
    );
    if (response.status === 304 && knownSha) return { sha: knownSha, changed: false };
    if (response.status === 404 || response.status === 422) {
      throw new GitHubError(
        `Unexpected ref \`${ref}\` in ${repository}: GitHub has no such branch, tag or commit (HTTP ${response.status}); check \`--ref\` and \`upstream.repository\``,
      );
    }
    const sha = response.body.toString('utf8').trim();
    if (!/^[0-9a-f]{40}$/.test(sha))
      throw new GitHubError(
        `Unexpected answer for ${repository}@${ref}: \`${this.#api.redact(sha.slice(0, 60))}\`, expected a commit sha`,
      );
    return { sha, changed: sha !== knownSha };
  }

  /** One tree object as GitHub returns it. */
  async tree(repository: string, sha: string, recursive: boolean): Promise<TreeResponse> {
    const response = await this.#get(
      `repos/${repository}/git/trees/${sha}${recursive ? '?recursive=1' : ''}`,
      { accept: 'application/vnd.github+json' },
      [200],
    );
    const tree = parseJson<Partial<TreeResponse>>(response, `tree ${sha}`);
    const valid = (entry: Partial<TreeEntry>) =>
      typeof entry.path === 'string' &&
      typeof entry.mode === 'string' &&
      typeof entry.sha === 'string' &&
      /^[0-9a-f]{40}$/.test(entry.sha);
    if (typeof tree.sha !== 'string' || !Array.isArray(tree.tree) || !tree.tree.every(valid)) {
      throw new GitHubError(
        `Unexpected answer for tree ${sha}, expected GitHub's tree object (sha, tree[path, mode, type, sha]); run sync again`,
      );
    }
    return { sha: tree.sha, tree: tree.tree, truncated: tree.truncated === true };
  }

  /**
   * A blob's bytes, checked against its sha, so a cut or altered body never gets through. The
   * raw media type is asked, so the answer is the file's bytes whatever its label (GitHub's
   * docs name it `application/vnd.github.raw+json`; others say `application/vnd.github.raw` or
   * `application/octet-stream`). Only a server that plainly ignored the raw ask (labelled
   * `application/json`, failing the sha) is asked again for the JSON form, which is then parsed.
   */
  async blob(repository: string, sha: string): Promise<Buffer> {
    const path = `repos/${repository}/git/blobs/${sha}`;
    const raw = await this.#get(path, { accept: 'application/vnd.github.raw+json' }, [200]);
    this.counts.blobs++;
    let content = raw.body;
    if (gitBlobSha(content) !== sha && /^application\/json\s*(;|$)/i.test(raw.headers['content-type'] ?? '')) {
      const json = parseJson<{ content?: string; encoding?: string }>(
        await this.#get(path, { accept: 'application/vnd.github+json' }, [200]),
        `blob ${sha}`,
      );
      if (json.encoding !== 'base64' || typeof json.content !== 'string')
        throw new GitHubError(
          `Unexpected blob ${sha} encoding \`${this.#api.redact(String(json.encoding))}\`, expected base64`,
        );
      content = Buffer.from(json.content.replace(/\s+/g, ''), 'base64');
    }
    const actual = gitBlobSha(content);
    if (actual !== sha)
      throw new GitHubError(`Unexpected content for blob ${sha} (it hashes to ${actual}); run sync again`);
    return content;
  }

  /** One GET of an API path through the HTTP policy; a status outside `expected` is an error worded for the user. */
  async #get(path: string, headers: Record<string, string>, expected: readonly number[]): Promise<Response> {
    const url = this.#api.url(path);
    const result = await this.#policy.request(url, {
      headers: { 'user-agent': 'devguide-sync', ...headers },
      read: async (body) => {
        const chunks: Buffer[] = [];
        for await (const chunk of body) {
          const buffer = chunk as Buffer;
          chunks.push(buffer);
          this.counts.bytes += buffer.byteLength;
          this.#onBytes?.(buffer.byteLength);
        }
        return Buffer.concat(chunks);
      },
    });
    if (result.kind === 'network') {
      const fix = result.unreachable
        ? 'check the connection and `--api-url` (or GITHUB_API_URL)'
        : 'check the connection and run sync again';
      throw new GitHubError(`Unexpected network failure for ${describe(url)}: ${result.detail}; ${fix}`);
    }
    if (result.kind !== 'answer') throw this.#api.failure(result);
    const headersOf = flatten(result.headers);
    if (result.gaveUp?.rateLimited) {
      if (result.gaveUp.cause === 'too-long')
        throw RateLimitError.tooLong(headersOf, Date.now(), this.#api.authenticated, result.gaveUp.retryAt);
      throw RateLimitError.persisting(
        { status: result.status, message: messageOf(result.text) },
        result.attempts,
        result.gaveUp.waited,
        result.gaveUp.retryAt,
        this.#api.authenticated,
      );
    }
    if (result.gaveUp)
      throw new GitHubError(
        `Unexpected HTTP ${result.status} from ${describe(url)} after ${result.attempts} attempt(s); GitHub may be having trouble, run sync again later`,
      );
    if (expected.includes(result.status))
      return { status: result.status, headers: headersOf, body: result.body ?? Buffer.from(result.text ?? '') };
    if (result.status === 401)
      throw new GitHubError(
        `Unexpected HTTP 401 from ${describe(url)}: the token in GITHUB_TOKEN was refused; check or unset it`,
      );
    const said = messageOf(result.text);
    throw new GitHubError(
      `Unexpected HTTP ${result.status} from ${describe(url)}, expected ${expected.join(' or ')}${said ? ` (${said})` : ''}`,
    );
  }

  /**
   * What changed from `base` to `head` (`GET /repos/{o}/{r}/compare/{base}...{head}`), or null
   * when GitHub does not know one of the commits (404).
   */
  async compare(repository: string, base: string, head: string): Promise<Comparison | null> {
    const what = `compare ${base.slice(0, 12)}...${head.slice(0, 12)}`;
    const response = await this.#get(
      `repos/${repository}/compare/${base}...${head}`,
      { accept: 'application/vnd.github+json' },
      [200, 404],
    );
    return response.status === 404 ? null : parseComparison(parseJson<unknown>(response, what), what);
  }
}

/** What the policy of a GitHub API client is given; credentials, redirects and redaction are `GitHubApi`'s. */
export type ApiPolicyOptions = Omit<HttpPolicyOptions, 'credentials' | 'redirects' | 'redact'>;

/**
 * The configured GitHub API root and its token, and the one place the token is put on a
 * request: to the API origin only, decided again at every redirect hop by the HTTP policy, so
 * a redirect to another origin never carries it. The token is a private field so that logging
 * or serialising this object cannot show it.
 */
export class GitHubApi {
  readonly root: URL;
  readonly #token: string | undefined;
  readonly #redact: (text: string) => string;

  /** Throws a GitHubError for a root that is not an http(s) URL or that carries credentials. */
  constructor(apiUrl: string = defaultApiUrl, token?: string | null) {
    let url: URL;
    try {
      url = new URL(apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
    } catch {
      throw new GitHubError(`Unexpected API URL \`${apiUrl}\`, expected an http(s) URL such as ${defaultApiUrl}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new GitHubError(`Unexpected API URL \`${apiUrl}\`, expected an http(s) URL such as ${defaultApiUrl}`);
    if (url.username || url.password)
      throw new GitHubError('Unexpected credentials in the API URL, expected them in `GITHUB_TOKEN`');
    this.root = url;
    this.#token = token || undefined;
    this.#redact = redactor([this.#token]);
  }

  get authenticated(): boolean {
    return this.#token !== undefined;
  }

  /** An API path (`repos/o/r`) as a URL under the root; a leading `/` would drop a GitHub Enterprise `/api/v3` prefix, so it is ignored. */
  url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), this.root);
  }

  /** The HTTP policy for this API: the token on the API origin only, at most five redirects, the token hidden in every text. */
  policy(options: ApiPolicyOptions): HttpPolicy {
    return new HttpPolicy({
      ...options,
      // A loop is not cut short by its first repeat: GitHub's renames can pass a URL twice.
      redirects: { max: 5, stopLoops: false },
      credentials: (url): Record<string, string> =>
        this.#token && url.origin === this.root.origin ? { authorization: `Bearer ${this.#token}` } : {},
      redact: this.#redact,
    });
  }

  /** A redirect or quota failure of the policy as a GitHubError. */
  failure(result: Exclude<HttpResult<unknown>, { kind: 'answer' } | { kind: 'network' }>): GitHubError {
    if (result.kind === 'quota') return RateLimitError.tooLong({}, Date.now(), this.authenticated, result.retryAt);
    if (result.problem === 'malformed')
      return new GitHubError(`Unexpected redirect to an invalid URL from ${describe(result.url)}`);
    if (result.problem === 'scheme')
      return new GitHubError(`Unexpected redirect to a ${result.scheme} URL from ${describe(result.url)}`);
    return new GitHubError(`Unexpected redirect loop at ${describe(result.url)}`);
  }

  /** Belt and braces: no message built from a lower layer may carry the token. */
  redact(text: string): string {
    return this.#redact(text);
  }
}

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

export interface TreeResponse {
  sha: string;
  tree: TreeEntry[];
  truncated: boolean;
}

/** Every field read from an answer is a singleton: a repeated one counts by its first value, as in `rateLimitReset`. */
function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name.toLowerCase()] = first;
  }
  return out;
}

function parseJson<T>(response: Response, what: string): T {
  try {
    return JSON.parse(response.body.toString('utf8')) as T;
  } catch {
    throw new GitHubError(
      `Unexpected non-JSON answer for ${what}, expected GitHub's JSON; check that \`--api-url\` (or GITHUB_API_URL) is a GitHub API`,
    );
  }
}

/** GitHub's `message` in an error answer (already redacted by the policy), shortened. */
function messageOf(text: string | null): string | null {
  try {
    const message = (JSON.parse(text ?? '') as { message?: unknown }).message;
    return typeof message === 'string' ? message.replace(/\s+/g, ' ').slice(0, 200) : null;
  } catch {
    return null;
  }
}

function describe(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
