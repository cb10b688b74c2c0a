import type { Dispatcher } from 'undici';
import { systemClock, type Clock } from './clock.js';
import { request } from './undici-parts.js';
import { classifyNetworkError, errorText, type NetworkFailure } from './network.js';
import { isRateLimited, quotaReset, rateLimitReset, rateLimitWait } from './rate-limit.js';
import { backoffDelay, isRetryableStatus, serverWait, type RetryOptions } from './retry.js';

export type Method = 'GET' | 'HEAD' | 'POST';
export type ResponseHeaders = Dispatcher.ResponseData['headers'];
export type ResponseBody = Dispatcher.ResponseData['body'];

export interface RedirectOptions {
  /** Redirects followed at most; one more is a failure. */
  max: number;
  /** Schemes a redirect may lead to, with their colon. */
  schemes: readonly string[];
  /** Stop at the first URL seen twice; otherwise a loop runs into `max`. */
  stopLoops: boolean;
}

export interface HttpPolicyOptions {
  /** The undici dispatcher (an `Agent` or `Pool`); never the global one implicitly. */
  dispatcher: Dispatcher;
  clock?: Clock;
  retry: RetryOptions;
  redirects?: Partial<RedirectOptions>;
  /** Waiting for the response headers and between two chunks of the body, in ms; unset: the dispatcher's. */
  timeouts?: { headers?: number | undefined; body?: number | undefined };
  /**
   * Credentials (`Authorization`, configured headers) for a URL. They are pinned to the origin
   * (scheme, host and port) a request starts at, decided again at every hop: a redirect to any
   * other origin never carries them.
   */
  credentials?(url: URL): Readonly<Record<string, string>>;
  /** Runs each single request with its body, e.g. in a per-host slot or to count it; default: as is. */
  around?<R>(url: URL, send: () => Promise<R>, method: Method): Promise<R>;
  /** Holds every request to an origin whose quota is spent until the quota resets (the GitHub API). */
  quotaGate?: boolean;
  /** Hides secrets in text from the network before it leaves the policy. */
  redact?(text: string): string;
  /** Bytes of an error answer read for its message and its rate-limit words. */
  maxErrorBody?: number;
}

export interface RequestSpec<T> {
  /** The method, or the method for each hop's URL (e.g. GET where a host's HEAD is known to fail). */
  method?: Method | ((url: URL) => Method);
  /** Sent on every hop; credential fields among them are dropped: only `credentials` carries those. */
  headers?: Readonly<Record<string, string>>;
  /**
   * A request body (with `POST`), sent again on every attempt: only for requests that read
   * and may be repeated, such as a GraphQL query.
   */
  body?: string;
  /**
   * Reads the body of a final answer below 400, within its attempt (a failure mid-body is retried).
   * Not called for HEAD, whose answers have no body.
   */
  read(body: ResponseBody, status: number, headers: ResponseHeaders): Promise<T>;
}

export interface Hop {
  url: URL;
  status: number;
}

/** Why retrying stopped on a refusal the policy would otherwise ask again. */
export interface GaveUp {
  rateLimited: boolean;
  /** `too-long`: the server asked for a wait past `maxWait`; `attempts` or `total-wait`: the bounds were reached. */
  cause: 'too-long' | 'attempts' | 'total-wait';
  /** When the server says a retry may succeed, when it says. */
  retryAt: Date | null;
  /** Ms waited in all before giving up. */
  waited: number;
}

interface Common {
  /** The URL of the last request. */
  url: URL;
  /** Redirects followed, in order. */
  hops: Hop[];
  /** Requests sent, every attempt and hop. */
  requests: number;
  /** Attempts at the last URL. */
  attempts: number;
}

export interface HttpAnswer<T> extends Common {
  kind: 'answer';
  method: Method;
  status: number;
  headers: ResponseHeaders;
  /** What `read` made of a body below 400; null otherwise, and for HEAD. */
  body: T | null;
  /** The start of an error answer's body (400 and above), redacted; null otherwise. */
  text: string | null;
  /** Set when this is a refusal (rate limit, 5xx) the policy stopped retrying. */
  gaveUp: GaveUp | null;
}

export interface HttpNetworkFailure extends Common, NetworkFailure {
  kind: 'network';
  /** The lower layer's code and message, redacted. */
  detail: string;
}

export interface HttpRedirectFailure extends Common {
  kind: 'redirect';
  problem: 'loop' | 'limit' | 'scheme' | 'malformed';
  status: number;
  /** The scheme refused, for `scheme`. */
  scheme: string | null;
}

/** The origin's quota is spent and resets too late to wait for; nothing was sent. */
export interface HttpQuotaFailure extends Common {
  kind: 'quota';
  retryAt: Date;
}

export type HttpResult<T> = HttpAnswer<T> | HttpNetworkFailure | HttpRedirectFailure | HttpQuotaFailure;

const credentialFields = new Set(['authorization', 'proxy-authorization', 'cookie']);
const defaultRedirects: RedirectOptions = { max: 5, schemes: ['https:', 'http:'], stopLoops: true };

/**
 * The one HTTP policy: retries (attempts, backoff with jitter, `Retry-After`, rate-limit fields,
 * bounded single and total waits), redirects (a limit, allowed schemes, loops, credentials pinned
 * to their origin per hop), timeouts, and secrets kept out of every text it returns. The sync
 * client, the link checker and the GitHub verifier each hold one with their own options.
 */
export class HttpPolicy {
  readonly #options: HttpPolicyOptions;
  readonly #clock: Clock;
  readonly #redirects: RedirectOptions;
  /** By origin: when its spent quota resets. */
  readonly #blockedUntil = new Map<string, number>();

  constructor(options: HttpPolicyOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#redirects = { ...defaultRedirects, ...options.redirects };
  }

  get retry(): RetryOptions {
    return this.#options.retry;
  }

  redact(text: string): string {
    return this.#options.redact ? this.#options.redact(text) : text;
  }

  /** One request to `start`, retried and redirected by the policy. Never throws for the network. */
  async request<T>(start: URL | string, spec: RequestSpec<T>): Promise<HttpResult<T>> {
    let url = new URL(start);
    url.hash = '';
    const origin = url.origin;
    const seen = new Set([url.href]);
    const state: Common & { waited: number } = { url, hops: [], requests: 0, attempts: 0, waited: 0 };
    for (;;) {
      state.url = url;
      const method = typeof spec.method === 'function' ? spec.method(url) : (spec.method ?? 'GET');
      const result = await this.#attempts(url, method, url.origin === origin, spec, state);
      if (result.kind !== 'answer' || result.status < 300 || result.status >= 400 || result.status === 304)
        return result;
      const location = result.headers['location'];
      const to = Array.isArray(location) ? location[0] : location;
      // A 3xx without a place to go is an answer in its own right.
      if (!to) return result;
      const failure = (problem: HttpRedirectFailure['problem'], scheme: string | null = null): HttpRedirectFailure => ({
        kind: 'redirect',
        problem,
        status: result.status,
        scheme,
        url,
        hops: state.hops,
        requests: state.requests,
        attempts: state.attempts,
      });
      if (!URL.canParse(to, url.href)) return failure('malformed');
      const next = new URL(to, url);
      next.hash = '';
      if (!this.#redirects.schemes.includes(next.protocol)) return failure('scheme', next.protocol);
      if (state.hops.length + 1 > this.#redirects.max) return failure('limit');
      if (this.#redirects.stopLoops && seen.has(next.href)) return failure('loop');
      seen.add(next.href);
      state.hops.push({ url, status: result.status });
      url = next;
    }
  }

  /** One URL, retried. */
  async #attempts<T>(
    url: URL,
    method: Method,
    withCredentials: boolean,
    spec: RequestSpec<T>,
    state: Common & { waited: number },
  ): Promise<HttpAnswer<T> | HttpNetworkFailure | HttpQuotaFailure> {
    const retry = this.#options.retry;
    const clock = this.#clock;
    const maxTotal = retry.maxTotalWait ?? Infinity;
    const random = () => (clock.random ? clock.random() : Math.random());
    for (let attempt = 1; ; attempt++) {
      state.attempts = attempt;
      const blocked = this.#options.quotaGate ? (this.#blockedUntil.get(url.origin) ?? 0) - clock.now() : 0;
      if (blocked > 0) {
        if (blocked > retry.maxWait || state.waited + blocked > maxTotal)
          return { kind: 'quota', retryAt: new Date(clock.now() + blocked), ...common(state) };
        state.waited += blocked;
        await clock.sleep(blocked);
      }
      let answer: HttpAnswer<T>;
      try {
        answer = await this.#send(url, method, withCredentials, spec, state);
      } catch (error) {
        const failure = classifyNetworkError(error);
        const delay = backoffDelay(attempt - 1, retry, random());
        if (failure.final || attempt >= retry.attempts || state.waited + delay > maxTotal)
          return {
            kind: 'network',
            ...failure,
            reason: this.redact(failure.reason),
            detail: this.redact(errorText(error)),
            ...common(state),
          };
        state.waited += delay;
        await clock.sleep(delay);
        continue;
      }
      const now = clock.now();
      if (this.#options.quotaGate) {
        const reset = quotaReset(answer.headers, now);
        if (reset)
          this.#blockedUntil.set(url.origin, Math.max(this.#blockedUntil.get(url.origin) ?? 0, reset.getTime()));
      }
      const rateLimited = isRateLimited(answer.status, answer.headers, answer.text);
      if (!rateLimited && !isRetryableStatus(answer.status)) return answer;
      const asked = rateLimited
        ? (rateLimitWait(answer.headers, now, retry.resetSlack ?? 0) ?? retry.rateLimitFallback ?? null)
        : serverWait(answer.headers, now);
      const wait = asked ?? backoffDelay(attempt - 1, retry, random());
      const retryAt = rateLimitReset(answer.headers, now) ?? (rateLimited ? new Date(now + wait) : null);
      const cause: GaveUp['cause'] | null =
        asked !== null && asked > retry.maxWait
          ? 'too-long'
          : attempt >= retry.attempts
            ? 'attempts'
            : state.waited + wait > maxTotal
              ? 'total-wait'
              : null;
      if (cause) return { ...answer, gaveUp: { rateLimited, cause, retryAt, waited: state.waited } };
      state.waited += wait;
      await clock.sleep(wait);
    }
  }

  /** One request and its body. */
  async #send<T>(
    url: URL,
    method: Method,
    withCredentials: boolean,
    spec: RequestSpec<T>,
    state: Common,
  ): Promise<HttpAnswer<T>> {
    const around = this.#options.around ?? ((_url, send) => send());
    return around(
      url,
      async () => {
        state.requests++;
        const headers = plainHeaders(spec.headers);
        if (withCredentials)
          for (const [name, value] of Object.entries(this.#options.credentials?.(url) ?? {}))
            headers[name.toLowerCase()] = value;
        const options: Dispatcher.RequestOptions = {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method,
          headers,
          ...(spec.body !== undefined && method === 'POST' ? { body: spec.body } : {}),
          // undici closes the connection after every HEAD, in case a broken server sends a body;
          // that costs a connection per URL. A stray body would fail to parse as the next response
          // and be retried on a fresh connection, so keep the socket.
          reset: false,
          headersTimeout: this.#options.timeouts?.headers,
          bodyTimeout: this.#options.timeouts?.body,
        };
        // Origin and path: undici's top-level `request` would parse the URL again.
        const response =
          method === 'HEAD'
            ? await headOnly(this.#options.dispatcher, options)
            : await request(this.#options.dispatcher, options);
        const status = response.statusCode;
        const answer: HttpAnswer<T> = {
          kind: 'answer',
          method,
          status,
          headers: response.headers,
          body: null,
          text: null,
          gaveUp: null,
          ...common(state),
          url,
        };
        if (response.body === null) {
          // A HEAD answer: no body to drain or read.
          if (status >= 400) answer.text = '';
        } else if (status >= 300 && status < 400 && status !== 304 && response.headers['location']) {
          // Never leave a body unread: the connection would stay busy until it times out.
          await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        } else if (status >= 400) {
          answer.text = this.redact(await readText(response.body, this.#options.maxErrorBody ?? 64 * 1024));
        } else {
          answer.body = await spec.read(response.body, status, response.headers);
        }
        return answer;
      },
      method,
    );
  }
}

/** By a spec's headers: their names in lower case, credential fields dropped (most callers send one object each time). */
const plainOf = new WeakMap<Readonly<Record<string, string>>, Readonly<Record<string, string>>>();

/** A fresh copy of the headers a request sends before its credentials, for the request to add those to. */
function plainHeaders(given: Readonly<Record<string, string>> | undefined): Record<string, string> {
  if (!given) return {};
  let plain = plainOf.get(given);
  if (!plain) {
    const made: Record<string, string> = {};
    for (const [name, value] of Object.entries(given))
      if (!credentialFields.has(name.toLowerCase())) made[name.toLowerCase()] = value;
    plain = made;
    plainOf.set(given, plain);
  }
  return { ...plain };
}

/**
 * A HEAD request through `dispatch`: its status and headers, as `request` gives them. A HEAD answer
 * has no body (undici ends it with the headers), so none of `request`'s body stream is made.
 */
function headOnly(
  dispatcher: Dispatcher,
  options: Dispatcher.RequestOptions,
): Promise<{ statusCode: number; headers: ResponseHeaders; body: null }> {
  return new Promise((resolve, reject) => {
    let answer: { statusCode: number; headers: ResponseHeaders; body: null } | null = null;
    dispatcher.dispatch(options, {
      // Without `onRequestStart`, undici takes the handler for one of its older shape (`onConnect`, `onHeaders`…).
      onRequestStart() {},
      onResponseStart(_controller, statusCode, headers) {
        // 1xx answers come before the final one.
        if (statusCode >= 200) answer = { statusCode, headers, body: null };
      },
      onResponseEnd() {
        if (answer) resolve(answer);
        else reject(new Error('HEAD ended without an answer'));
      },
      onResponseError(_controller, error) {
        reject(error);
      },
    });
  });
}

function common(state: Common): Common {
  return { url: state.url, hops: state.hops, requests: state.requests, attempts: state.attempts };
}

/** At most `limit` bytes of a body; the rest is left unread and the stream closed. */
export async function readBounded(body: ResponseBody, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size >= limit) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

/** The start of an error body as text; what a broken connection leaves unread is not worth a retry. */
async function readText(body: ResponseBody, limit: number): Promise<string> {
  return (await readBounded(body, limit).catch(() => Buffer.alloc(0))).subarray(0, limit).toString('utf8');
}
