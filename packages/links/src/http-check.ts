import {
  readBounded,
  type HttpPolicy,
  type HttpResult,
  type Method,
  type ResponseBody,
  type ResponseHeaders,
} from '@devguide/http';
import { hasFragment, htmlAnchors, markdownAnchors } from './anchors.js';
import type { CheckResult } from './types.js';

export interface Timeouts {
  /** Waiting for the response headers, in ms. */
  headers: number;
  /** Between two chunks of the body, in ms. */
  body: number;
}

export interface HttpContext {
  /** Retries, redirects, credentials pinned to their origin, timeouts and per-host slots: all of it is the policy's. */
  policy: HttpPolicy;
  userAgent: string;
  /** Redirects followed at most, for the reason when there are more. */
  maxRedirects: number;
  /** Bytes of a page read to find its anchors. */
  maxBody: number;
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

const headersOf = new WeakMap<HttpContext, Readonly<Record<string, string>>>();

/** The same headers object for every request of a run. */
function requestHeaders(context: HttpContext): Readonly<Record<string, string>> {
  let headers = headersOf.get(context);
  if (!headers) {
    headers = {
      'user-agent': context.userAgent,
      accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8',
    };
    headersOf.set(context, headers);
  }
  return headers;
}

interface Page {
  /** The page text, when it was needed and readable. */
  text: string | null;
  contentType: string;
}

/** Checks one URL over HTTP: HEAD first, GET when HEAD is doubtful or the page's anchors are needed. */
export async function checkHttp(
  target: { url: string; fragments: readonly string[] },
  context: HttpContext,
): Promise<CheckResult & { anchors: string[] | null }> {
  let current = target.url;
  let requests = 0;
  let permanent = true;
  // `#top` and an empty fragment land on any page: no need to read it for them.
  const needBody = target.fragments.some((fragment) => fragment !== '' && fragment !== 'top');
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

  const ask = async (method: Method | ((url: URL) => Method), wantBody: boolean): Promise<HttpResult<Page>> => {
    const answer = await context.policy.request(current, {
      method,
      headers: requestHeaders(context),
      read: (body, status, headers) => readPage(body, status, headers, wantBody, context.maxBody),
    });
    requests += answer.requests;
    for (const hop of answer.hops) permanent &&= hop.status === 301 || hop.status === 308;
    if (answer.hops.length) current = answer.url.href;
    return answer;
  };

  // A host whose HEAD is known not to work is asked GET at once, at every hop.
  let attempt = await ask((url) => (needBody || policies.get(url.host) === 'unsupported' ? 'GET' : 'HEAD'), needBody);
  if (attempt.kind === 'answer' && attempt.method === 'HEAD' && headDoubtful.has(attempt.status)) {
    const host = attempt.url.host;
    const policy = policies.get(host);
    const headStatus = attempt.status;
    const missing = headStatus === 404 || headStatus === 410;
    // While one GET finds out whether this host's HEAD 404s can be trusted, its other 404s wait for the answer.
    const probe = missing && policy === undefined ? probesOf(context).get(host) : undefined;
    const verdict = policy ?? (probe ? await probe : undefined);
    if (!(verdict === 'reliable' && missing)) {
      let settle: ((verdict: 'reliable' | 'unsupported') => void) | null = null;
      if (missing && verdict === undefined) probesOf(context).set(host, new Promise((resolve) => (settle = resolve)));
      attempt = await ask('GET', false);
      const learnt =
        attempt.kind === 'answer'
          ? attempt.status === headStatus && headStatus !== 405 && headStatus !== 501
            ? 'reliable'
            : 'unsupported'
          : null;
      if (learnt) policies.set(host, learnt);
      (settle as ((verdict: 'reliable' | 'unsupported') => void) | null)?.(learnt ?? 'unsupported');
    }
  }
  if (attempt.kind === 'network')
    return result({ outcome: attempt.unreachable ? 'dead' : 'inconclusive', reason: attempt.reason });
  if (attempt.kind === 'quota') return result({ outcome: 'inconclusive', reason: 'quota spent' });
  if (attempt.kind === 'redirect') {
    current = attempt.url.href;
    const { status } = attempt;
    if (attempt.problem === 'malformed')
      return result({ outcome: 'dead', status, reason: `${status} to a malformed Location` });
    if (attempt.problem === 'scheme')
      return result({
        outcome: 'inconclusive',
        status,
        reason: `redirect to a \`${attempt.scheme}\` URL, not followed`,
      });
    if (attempt.problem === 'limit')
      return result({ outcome: 'dead', status, reason: `more than ${context.maxRedirects} redirects` });
    return result({ outcome: 'dead', status, reason: 'redirect loop' });
  }
  const { status } = attempt;
  if (status >= 300 && status < 400 && status !== 304)
    return result({ outcome: 'inconclusive', status, reason: `${status} without a Location` });
  if (status >= 200 && status < 300) {
    const text = attempt.body?.text ?? null;
    if (!needBody || text === null) return result({ outcome: 'alive', status, reason: `${status}` });
    const anchors = /markdown|text\/plain/.test(attempt.body!.contentType) ? markdownAnchors(text) : htmlAnchors(text);
    const missing = target.fragments.filter((fragment) => !hasFragment(anchors, fragment, false));
    return result({ outcome: 'alive', status, reason: `${status}`, missingFragments: missing }, [...anchors]);
  }
  if (status === 404 || status === 410) return result({ outcome: 'dead', status, reason: `${status}` });
  if (status === 429)
    return result({ outcome: 'inconclusive', status, reason: `429 after ${attempt.attempts} attempt(s)` });
  return result({ outcome: 'inconclusive', status, reason: `${status}` });
}

/** A page's text when its anchors are wanted and it is one that has them; the body is drained either way. */
async function readPage(
  body: ResponseBody,
  status: number,
  headers: ResponseHeaders,
  wantBody: boolean,
  maxBody: number,
): Promise<Page> {
  const type = headers['content-type'];
  const contentType = (Array.isArray(type) ? type[0] : type) ?? '';
  if (!(wantBody && status >= 200 && status < 300 && /html|xml|markdown|text\/plain/.test(contentType))) {
    // Never leave a body unread: the connection would stay busy until it times out.
    await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    return { text: null, contentType };
  }
  return { text: (await readBounded(body, maxBody)).toString('utf8'), contentType };
}
