import { gitBlobSha } from '@devguide/upstream';
import { request, type Dispatcher } from 'undici';
import { parseComparison, type Comparison } from './compare.js';
import { GitHubError, RateLimitError } from './errors.js';
import { isRateLimited, rateLimitWait } from './rate-limit.js';

export const defaultApiUrl = 'https://api.github.com';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface GitHubClientOptions {
  /** `https://api.github.com` or a GitHub Enterprise / test server API root. */
  apiUrl?: string;
  /** Sent as `Authorization: Bearer` to the API origin only. */
  token?: string | undefined;
  /** The undici dispatcher (an `Agent` or `Pool`); never the global one implicitly. */
  dispatcher: Dispatcher;
  clock?: Clock;
  /** Delays before each retry of a network error or 5xx; its length is the number of retries. */
  backoff?: readonly number[];
  /** The longest rate-limit wait (ms) sat out before giving up with a message. */
  maxRateLimitWait?: number;
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

/** The subset of the GitHub REST API that sync needs. */
export class GitHubClient {
  readonly apiUrl: URL;
  readonly counts: RequestCounts = { requests: 0, bytes: 0, blobs: 0 };
  readonly #api: GitHubApi;
  readonly #dispatcher: Dispatcher;
  readonly #clock: Clock;
  readonly #backoff: readonly number[];
  readonly #maxWait: number;
  readonly #onBytes: ((bytes: number) => void) | undefined;

  constructor(options: GitHubClientOptions) {
    this.#api = new GitHubApi(options.apiUrl, options.token);
    this.apiUrl = this.#api.root;
    this.#dispatcher = options.dispatcher;
    this.#clock = options.clock ?? systemClock;
    this.#backoff = options.backoff ?? [500, 1000, 2000, 4000];
    this.#maxWait = options.maxRateLimitWait ?? 60_000;
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
        `Unexpected answer for ${repository}@${ref}: \`${sha.slice(0, 60)}\`, expected a commit sha`,
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

  /** A blob's bytes; checked against its sha, so a cut or altered body never gets through. */
  async blob(repository: string, sha: string): Promise<Buffer> {
    const response = await this.#get(
      `repos/${repository}/git/blobs/${sha}`,
      { accept: 'application/vnd.github.raw+json' },
      [200],
    );
    this.counts.blobs++;
    let content = response.body;
    if ((response.headers['content-type'] ?? '').includes('json')) {
      // GitHub answers the JSON form (base64) when the raw media type is not honoured.
      const json = parseJson<{ content?: string; encoding?: string }>(response, `blob ${sha}`);
      if (json.encoding !== 'base64' || typeof json.content !== 'string')
        throw new GitHubError(`Unexpected blob ${sha} encoding \`${json.encoding}\`, expected base64`);
      content = Buffer.from(json.content.replace(/\s+/g, ''), 'base64');
    }
    const actual = gitBlobSha(content);
    if (actual !== sha)
      throw new GitHubError(`Unexpected content for blob ${sha} (it hashes to ${actual}); run sync again`);
    return content;
  }

  async #get(path: string, headers: Record<string, string>, expected: readonly number[]): Promise<Response> {
    const url = this.#api.url(path);
    let attempt = 0;
    for (;;) {
      let response: Response;
      try {
        response = await this.#fetch(url, headers);
      } catch (error) {
        if (error instanceof GitHubError) throw error;
        const delay = this.#backoff[attempt];
        if (delay === undefined)
          throw new GitHubError(
            `Unexpected network failure for ${describe(url)}: ${this.#api.redact(errorText(error))}; check the connection and run sync again`,
          );
        attempt++;
        await this.#clock.sleep(delay);
        continue;
      }
      if (isRateLimited(response.status, response.headers)) {
        // Without a documented wait, GitHub asks for at least a minute.
        const wait = rateLimitWait(response.headers, this.#clock.now()) ?? 60_000;
        if (wait <= this.#maxWait) {
          await this.#clock.sleep(wait);
          continue;
        }
        throw new RateLimitError(response.headers, this.#clock.now(), this.#api.authenticated);
      }
      if (response.status >= 500) {
        const delay = this.#backoff[attempt];
        if (delay === undefined)
          throw new GitHubError(
            `Unexpected HTTP ${response.status} from ${describe(url)} after ${attempt + 1} attempt(s); GitHub may be having trouble, run sync again later`,
          );
        attempt++;
        await this.#clock.sleep(delay);
        continue;
      }
      if (expected.includes(response.status)) return response;
      if (response.status === 401)
        throw new GitHubError(
          `Unexpected HTTP 401 from ${describe(url)}: the token in GITHUB_TOKEN was refused; check or unset it`,
        );
      throw new GitHubError(
        `Unexpected HTTP ${response.status} from ${describe(url)}, expected ${expected.join(' or ')}${messageOf(response)}`,
      );
    }
  }

  async #fetch(url: URL, headers: Record<string, string>): Promise<Response> {
    const response = await this.#api.request(url, {
      dispatcher: this.#dispatcher,
      headers: { 'user-agent': 'devguide-sync', ...headers },
      around: (_url, hop) => {
        this.counts.requests++;
        return hop();
      },
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
    return { status: response.status, headers: flatten(response.headers), body: response.body };
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

export interface ApiRequestOptions<T> {
  dispatcher: Dispatcher;
  method?: 'GET' | 'HEAD';
  /** Sent on every hop; an `authorization` among them is dropped, as `request` decides it per hop. */
  headers: Readonly<Record<string, string>>;
  headersTimeout?: number;
  bodyTimeout?: number;
  /** Runs each hop, the request and its body, e.g. to count it or hold a scheduler slot; default: as is. */
  around?: <R>(url: URL, hop: () => Promise<R>) => Promise<R>;
  /** Reads the final answer's body, within its hop. */
  read(body: Dispatcher.ResponseData['body'], status: number): Promise<T>;
}

export interface ApiResponse<T> {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  body: T;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 5;

/**
 * The configured GitHub API root and its token, and the one place the token is put on a
 * request: to the API origin only, decided again at every redirect hop, so a redirect to
 * another host never carries it. The token is a private field so that logging or serialising
 * this object cannot show it.
 */
export class GitHubApi {
  readonly root: URL;
  readonly #token: string | undefined;

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
  }

  get authenticated(): boolean {
    return this.#token !== undefined;
  }

  /** An API path (`repos/o/r`) as a URL under the root; a leading `/` would drop a GitHub Enterprise `/api/v3` prefix, so it is ignored. */
  url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), this.root);
  }

  /** One request, following redirects by hand (at most five) so that the token stays on the API origin. */
  async request<T>(start: URL, options: ApiRequestOptions<T>): Promise<ApiResponse<T>> {
    const around = options.around ?? ((_url, hop) => hop());
    let url = start;
    for (let hop = 0; ; hop++) {
      const current = url;
      const answer = await around(current, async (): Promise<{ location: string } | { response: ApiResponse<T> }> => {
        // A caller's own `authorization` would follow every redirect, so only this one is sent.
        const headers = Object.fromEntries(
          Object.entries({ 'x-github-api-version': '2022-11-28', ...options.headers }).filter(
            ([name]) => name.toLowerCase() !== 'authorization',
          ),
        );
        if (this.#token && current.origin === this.root.origin) headers['authorization'] = `Bearer ${this.#token}`;
        const response = await request(current, {
          method: options.method ?? 'GET',
          headers,
          dispatcher: options.dispatcher,
          // Unset, undici takes the dispatcher's own timeouts.
          headersTimeout: options.headersTimeout,
          bodyTimeout: options.bodyTimeout,
        });
        const location = response.headers['location'];
        if (redirectStatuses.has(response.statusCode) && location) {
          // Never leave a body unread: the connection would stay busy until it times out.
          await response.body.dump();
          return { location: Array.isArray(location) ? location[0]! : location };
        }
        return {
          response: {
            status: response.statusCode,
            headers: response.headers,
            body: await options.read(response.body, response.statusCode),
          },
        };
      });
      if ('response' in answer) return answer.response;
      if (hop >= maxRedirects) throw new GitHubError(`Unexpected redirect loop at ${describe(current)}`);
      if (!URL.canParse(answer.location, current.href))
        throw new GitHubError(`Unexpected redirect to an invalid URL from ${describe(current)}`);
      url = new URL(answer.location, current);
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new GitHubError(`Unexpected redirect to a ${url.protocol} URL from ${describe(current)}`);
    }
  }

  /** Belt and braces: no message built from a lower layer may carry the token. */
  redact(text: string): string {
    return this.#token ? text.split(this.#token).join('***') : text;
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
    throw new GitHubError(`Unexpected non-JSON answer for ${what}, expected GitHub's JSON; run sync again`);
  }
}

function messageOf(response: Response): string {
  try {
    const message = (JSON.parse(response.body.toString('utf8')) as { message?: unknown }).message;
    return typeof message === 'string' ? ` (${message.slice(0, 200)})` : '';
  } catch {
    return '';
  }
}

function describe(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function errorText(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code} ${message}` : message;
}
