import type { Dispatcher } from 'undici';
import { request } from 'undici';
import { hasFragment, htmlAnchors, markdownAnchors } from './anchors.js';
import type { Clock } from './clock.js';
import { backoffDelay, isRetryableStatus, serverWait, type RetryOptions } from './retry.js';
import type { Scheduler } from './scheduler.js';
import type { CheckResult } from './types.js';

export interface Timeouts {
  /** Waiting for the response headers, in ms. */
  headers: number;
  /** Between two chunks of the body, in ms. */
  body: number;
}

export interface HttpContext {
  dispatcher: Dispatcher;
  scheduler: Scheduler;
  clock: Clock;
  retry: RetryOptions;
  timeouts: Timeouts;
  /** Headers configured for a host (credentials included); applied only to requests to that origin. */
  headersFor(url: URL): Record<string, string>;
  userAgent: string;
  maxRedirects: number;
  /** Bytes of a page read to find its anchors. */
  maxBody: number;
  /** Called for every request sent. */
  onRequest(url: string, method: string): void;
}

/** Statuses after which a HEAD answer is not trusted and GET is asked. */
const headDoubtful = new Set([400, 403, 404, 405, 406, 410, 501]);
const headPolicy = new WeakMap<HttpContext, Map<string, 'reliable' | 'unsupported'>>();
const headProbes = new WeakMap<HttpContext, Map<string, Promise<'reliable' | 'unsupported'>>>();

function probesOf(context: HttpContext): Map<string, Promise<'reliable' | 'unsupported'>> {
  let probes = headProbes.get(context);
  if (!probes) {
    probes = new Map();
    headProbes.set(context, probes);
  }
  return probes;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The page text, when it was needed and readable. */
  text: string | null;
  contentType: string;
}

type Attempt =
  | { kind: 'answer'; answer: Answer; requests: number }
  | { kind: 'failure'; outcome: 'dead' | 'inconclusive'; reason: string; requests: number };

/** Checks one URL over HTTP: HEAD first, GET when HEAD is doubtful or the page's anchors are needed; redirects by hand. */
export async function checkHttp(
  target: { url: string; fragments: readonly string[] },
  context: HttpContext,
): Promise<CheckResult & { anchors: string[] | null }> {
  let current = target.url;
  const seen = new Set([current]);
  let requests = 0;
  let permanent = true;
  // `#top` and an empty fragment land on any page: no need to read it for them.
  const needBody = target.fragments.some((fragment) => fragment !== '' && fragment !== 'top');
  const credentialOrigin = new URL(current).origin;
  const policies = headPolicy.get(context) ?? new Map<string, 'reliable' | 'unsupported'>();
  headPolicy.set(context, policies);

  const result = (
    fields: Partial<CheckResult> & Pick<CheckResult, 'outcome' | 'reason'>,
    anchors: string[] | null = null,
  ) => ({
    url: target.url,
    status: null,
    redirect: current !== target.url ? { to: current, permanent } : null,
    missingFragments: [],
    source: 'network' as const,
    requests,
    anchors,
    ...fields,
  });

  for (let hops = 0; ; hops++) {
    const url = new URL(current);
    // Credentials stay with the origin they were configured for, across every hop.
    const extra = url.origin === credentialOrigin ? context.headersFor(url) : {};
    const host = url.host;
    const policy = policies.get(host);
    let attempt = await withRetries(
      current,
      host,
      needBody || policy === 'unsupported' ? 'GET' : 'HEAD',
      needBody,
      extra,
      context,
    );
    requests += attempt.requests;
    if (attempt.kind === 'answer' && !needBody && policy !== 'unsupported' && headDoubtful.has(attempt.answer.status)) {
      const headStatus = attempt.answer.status;
      const missing = headStatus === 404 || headStatus === 410;
      // While one GET finds out whether this host's HEAD 404s can be trusted, its other 404s wait for the answer.
      const probe = missing && policy === undefined ? probesOf(context).get(host) : undefined;
      const verdict = policy ?? (probe ? await probe : undefined);
      if (!(verdict === 'reliable' && missing)) {
        let settle: ((verdict: 'reliable' | 'unsupported') => void) | null = null;
        if (missing && verdict === undefined) probesOf(context).set(host, new Promise((resolve) => (settle = resolve)));
        attempt = await withRetries(current, host, 'GET', false, extra, context);
        requests += attempt.requests;
        const learnt =
          attempt.kind === 'answer'
            ? attempt.answer.status === headStatus && headStatus !== 405 && headStatus !== 501
              ? 'reliable'
              : 'unsupported'
            : null;
        if (learnt) policies.set(host, learnt);
        (settle as ((verdict: 'reliable' | 'unsupported') => void) | null)?.(learnt ?? 'unsupported');
      }
    }
    if (attempt.kind === 'failure') return result({ outcome: attempt.outcome, reason: attempt.reason });
    const { status, headers } = attempt.answer;
    if (status >= 300 && status < 400 && status !== 304) {
      const location = first(headers.location);
      if (!location) return result({ outcome: 'inconclusive', status, reason: `${status} without a Location` });
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return result({ outcome: 'dead', status, reason: `${status} to a malformed Location` });
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return result({
          outcome: 'inconclusive',
          status,
          reason: `redirect to a \`${next.protocol}\` URL, not followed`,
        });
      next.hash = '';
      if (hops + 1 > context.maxRedirects)
        return result({ outcome: 'dead', status, reason: `more than ${context.maxRedirects} redirects` });
      if (seen.has(next.href)) return result({ outcome: 'dead', status, reason: 'redirect loop' });
      seen.add(next.href);
      permanent &&= status === 301 || status === 308;
      current = next.href;
      continue;
    }
    if (status >= 200 && status < 300) {
      const text = attempt.answer.text;
      if (!needBody || text === null) return result({ outcome: 'alive', status, reason: `${status}` });
      const anchors = /markdown|text\/plain/.test(attempt.answer.contentType)
        ? markdownAnchors(text)
        : htmlAnchors(text);
      const missing = target.fragments.filter((fragment) => !hasFragment(anchors, fragment, false));
      return result({ outcome: 'alive', status, reason: `${status}`, missingFragments: missing }, [...anchors]);
    }
    if (status === 404 || status === 410) return result({ outcome: 'dead', status, reason: `${status}` });
    if (status === 429)
      return result({ outcome: 'inconclusive', status, reason: `429 after ${context.retry.attempts} attempt(s)` });
    return result({ outcome: 'inconclusive', status, reason: `${status}` });
  }
}

async function withRetries(
  url: string,
  host: string,
  method: 'HEAD' | 'GET',
  wantBody: boolean,
  extra: Record<string, string>,
  context: HttpContext,
): Promise<Attempt> {
  let requests = 0;
  for (let attempt = 0; ; attempt++) {
    const last = attempt + 1 >= context.retry.attempts;
    requests++;
    let answer: Answer;
    try {
      answer = await context.scheduler.run(host, () => send(url, method, wantBody, extra, context));
    } catch (error) {
      const failure = classify(error);
      if (failure.final || last) return { kind: 'failure', outcome: failure.outcome, reason: failure.reason, requests };
      await context.clock.sleep(backoffDelay(attempt, context.retry, context.clock.random()));
      continue;
    }
    if (!isRetryableStatus(answer.status) || last) return { kind: 'answer', answer, requests };
    const asked = serverWait(answer.headers, context.clock.now());
    if (asked !== null && asked > context.retry.maxWait) return { kind: 'answer', answer, requests };
    await context.clock.sleep(asked ?? backoffDelay(attempt, context.retry, context.clock.random()));
  }
}

async function send(
  url: string,
  method: 'HEAD' | 'GET',
  wantBody: boolean,
  extra: Record<string, string>,
  context: HttpContext,
): Promise<Answer> {
  context.onRequest(url, method);
  const response = await request(url, {
    dispatcher: context.dispatcher,
    method,
    // undici closes the connection after every HEAD, in case a broken server sends a body; that
    // costs a connection per URL. A stray body would fail to parse as the next response and be
    // retried on a fresh connection, so keep the socket.
    reset: false,
    headers: {
      'user-agent': context.userAgent,
      accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8',
      ...extra,
    },
    headersTimeout: context.timeouts.headers,
    bodyTimeout: context.timeouts.body,
  });
  const contentType = first(response.headers['content-type']) ?? '';
  const readable =
    wantBody &&
    response.statusCode >= 200 &&
    response.statusCode < 300 &&
    /html|xml|markdown|text\/plain/.test(contentType);
  if (!readable) {
    // Never leave a body unread: the connection would stay busy until it times out.
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    return { status: response.statusCode, headers: response.headers, text: null, contentType };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= context.maxBody) {
      response.body.destroy();
      break;
    }
  }
  return {
    status: response.statusCode,
    headers: response.headers,
    text: Buffer.concat(chunks).toString('utf8'),
    contentType,
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Network failures: refused and unknown hosts are dead at once; resets and timeouts are retried. */
function classify(error: unknown): { outcome: 'dead' | 'inconclusive'; reason: string; final: boolean } {
  const code = codeOf(error);
  if (code === 'ENOTFOUND') return { outcome: 'dead', reason: 'host not found', final: true };
  if (code === 'ECONNREFUSED') return { outcome: 'dead', reason: 'connection refused', final: true };
  if (code === 'UND_ERR_HEADERS_TIMEOUT')
    return { outcome: 'inconclusive', reason: 'timeout waiting for headers', final: false };
  if (code === 'UND_ERR_BODY_TIMEOUT')
    return { outcome: 'inconclusive', reason: 'timeout reading the body', final: false };
  if (code === 'UND_ERR_CONNECT_TIMEOUT')
    return { outcome: 'inconclusive', reason: 'timeout connecting', final: false };
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code?.startsWith('CERT_') || code?.includes('CERT'))
    return { outcome: 'inconclusive', reason: `TLS error ${code}`, final: true };
  return {
    outcome: 'inconclusive',
    reason: code ? `network error ${code}` : `network error: ${error instanceof Error ? error.message : String(error)}`,
    final: false,
  };
}

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
