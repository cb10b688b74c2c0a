import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { html, startHost, stopHosts, testClock, type TestHost } from '../test/servers.js';
import { checkLinks, LinkChecker, type CheckLinksOptions } from './check-links.js';
import { collectExternalUrls } from './extract.js';
import { lockView } from '@devguide/content';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 } };
const urlsOf = (...urls: string[]) =>
  collectExternalUrls([{ path: 'doc.md', links: urls.map((url) => ({ url, position, destination: null })) }]);

let hosts: TestHost[] = [];
let agent: Agent;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-links-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await stopHosts(hosts);
  hosts = [];
  await agent?.close();
});

async function host(address: string, handler: Parameters<typeof startHost>[1]): Promise<TestHost> {
  const started = await startHost(address, handler);
  hosts.push(started);
  return started;
}

function options(extra: Partial<CheckLinksOptions> = {}) {
  agent = new Agent({ connect: { timeout: 2_000 } });
  const clock = testClock();
  return {
    clock,
    options: {
      dispatcher: agent,
      clock,
      retry: { attempts: 4, baseDelay: 1, maxDelay: 4, maxWait: 5_000 },
      timeouts: { headers: 2_000, body: 2_000 },
      githubApi: false,
      ...extra,
    } satisfies CheckLinksOptions,
  };
}

describe('checkLinks over HTTP', () => {
  it('waits out 429 with Retry-After in seconds, then finds the page alive', async () => {
    let calls = 0;
    const a = await host('127.0.0.2', (_request, response) => {
      if (calls++ === 0) response.writeHead(429, { 'retry-after': '1' }).end();
      else response.writeHead(200).end();
    });
    const { clock, options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/page`), opts);
    expect(run.results.get(`${a.origin}/page`)).toMatchObject({ outcome: 'alive', status: 200, requests: 2 });
    expect(clock.sleeps).toEqual([1000]);
  });

  it('honours Retry-After as an HTTP date and x-ratelimit-reset', async () => {
    let calls = 0;
    const { clock, options: opts } = options();
    const a = await host('127.0.0.2', (_request, response) => {
      calls++;
      if (calls === 1) response.writeHead(429, { 'retry-after': new Date(clock.now() + 3_000).toUTCString() }).end();
      else if (calls === 2)
        response
          .writeHead(429, {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil((clock.now() + 2_000) / 1000)),
          })
          .end();
      else response.writeHead(200).end();
    });
    const run = await checkLinks(urlsOf(`${a.origin}/x`), opts);
    expect(run.results.get(`${a.origin}/x`)).toMatchObject({ outcome: 'alive', requests: 3 });
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThan(1_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(3_000);
    expect(clock.sleeps[1]).toBeGreaterThan(500);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(3_000);
  });

  it('retries 503 with backoff, then 200', async () => {
    let calls = 0;
    const a = await host('127.0.0.2', (_request, response) => {
      response.writeHead(calls++ < 2 ? 503 : 200).end();
    });
    const { clock, options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/flaky`), opts);
    expect(run.results.get(`${a.origin}/flaky`)).toMatchObject({ outcome: 'alive', requests: 3 });
    // Exponential: base 1 ms, then 2 ms, each jittered to 0.75 of the ceiling here.
    expect(clock.sleeps).toEqual([0.75, 1.5]);
  });

  it('gives up on 429 after the attempts and calls it inconclusive, not dead', async () => {
    const a = await host('127.0.0.2', (_request, response) => response.writeHead(429).end());
    const { options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/busy`), opts);
    expect(run.results.get(`${a.origin}/busy`)).toMatchObject({ outcome: 'inconclusive', status: 429, requests: 4 });
    expect(run.stats.byOutcome).toMatchObject({ inconclusive: 1, dead: 0 });
  });

  it('retries a connection reset in the middle of the body', async () => {
    let calls = 0;
    const a = await host('127.0.0.2', (_request, response) => {
      if (calls++ === 0) {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
        response.write('<html><body><h2 id="install">');
        setImmediate(() => response.socket?.destroy());
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end(html(['install']));
      }
    });
    const { options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/doc#install`), opts);
    expect(run.results.get(`${a.origin}/doc`)).toMatchObject({ outcome: 'alive', missingFragments: [], requests: 2 });
  });

  it('times out slow headers and reports inconclusive after retrying', async () => {
    const a = await host('127.0.0.2', () => {
      // Never answers: the client's header timeout decides.
    });
    const { options: opts } = options({
      timeouts: { headers: 50, body: 50 },
      retry: { attempts: 2, baseDelay: 1, maxDelay: 1, maxWait: 10 },
    });
    const run = await checkLinks(urlsOf(`${a.origin}/slow`), opts);
    expect(run.results.get(`${a.origin}/slow`)).toMatchObject({
      outcome: 'inconclusive',
      reason: 'timeout waiting for headers',
      requests: 2,
    });
  });

  it('follows a redirect chain by hand and reports a permanent one with its final URL', async () => {
    const a = await host('127.0.0.2', (request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/older' }).end();
      else if (request.url === '/older') response.writeHead(308, { location: '/new' }).end();
      else if (request.url === '/temp') response.writeHead(302, { location: '/new' }).end();
      else response.writeHead(200).end();
    });
    const { options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/old`, `${a.origin}/temp`), opts);
    expect(run.results.get(`${a.origin}/old`)).toMatchObject({
      outcome: 'alive',
      redirect: { to: `${a.origin}/new`, permanent: true },
      requests: 3,
    });
    expect(run.results.get(`${a.origin}/temp`)).toMatchObject({
      outcome: 'alive',
      redirect: { to: `${a.origin}/new`, permanent: false },
    });
  });

  it('stops at redirect loops, at more than 10 hops, and at non-http schemes', async () => {
    const a = await host('127.0.0.2', (request, response) => {
      const url = request.url ?? '';
      if (url === '/a') response.writeHead(301, { location: '/b' }).end();
      else if (url === '/b') response.writeHead(301, { location: '/a' }).end();
      else if (url.startsWith('/hop/')) response.writeHead(302, { location: `/hop/${Number(url.slice(5)) + 1}` }).end();
      else if (url === '/mail') response.writeHead(301, { location: 'mailto:someone@example.com' }).end();
      else response.writeHead(200).end();
    });
    const { options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/a`, `${a.origin}/hop/0`, `${a.origin}/mail`), opts);
    expect(run.results.get(`${a.origin}/a`)).toMatchObject({ outcome: 'dead', reason: 'redirect loop' });
    expect(run.results.get(`${a.origin}/hop/0`)).toMatchObject({
      outcome: 'dead',
      reason: 'more than 10 redirects',
      requests: 11,
    });
    expect(run.results.get(`${a.origin}/mail`)).toMatchObject({
      outcome: 'inconclusive',
      reason: 'redirect to a `mailto:` URL, not followed',
    });
    expect(a.seen.some((seen) => seen.path === '/hop/11')).toBe(false);
  });

  it('asks GET when HEAD is refused (405) or answers 404 only on HEAD', async () => {
    const a = await host('127.0.0.2', (request, response) => {
      response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    });
    const b = await host('127.0.0.3', (request, response) => {
      response.writeHead(request.method === 'HEAD' ? 404 : 200).end('body');
    });
    const { options: opts } = options();
    const run = await checkLinks(urlsOf(`${a.origin}/p`, `${b.origin}/q`), opts);
    expect(run.results.get(`${a.origin}/p`)).toMatchObject({ outcome: 'alive', requests: 2 });
    expect(run.results.get(`${b.origin}/q`)).toMatchObject({ outcome: 'alive', requests: 2 });
    expect(a.seen.map((seen) => seen.method)).toEqual(['HEAD', 'GET']);
    expect(b.seen.map((seen) => seen.method)).toEqual(['HEAD', 'GET']);
  });

  it("asks GET after HEAD 404 once per host, then trusts that host's HEAD 404s", async () => {
    const a = await host('127.0.0.2', (_request, response) => response.writeHead(404).end());
    const { options: opts } = options({ perHost: 5 });
    const run = await checkLinks(urlsOf(...[1, 2, 3, 4, 5].map((n) => `${a.origin}/gone/${n}`)), opts);
    expect(run.stats.byOutcome.dead).toBe(5);
    expect(a.seen.filter((seen) => seen.method === 'HEAD')).toHaveLength(5);
    expect(a.seen.filter((seen) => seen.method === 'GET')).toHaveLength(1);
  });

  it('keeps one connection per host busy only for its request: HEAD answers, 404s, redirects and GETs reuse it', async () => {
    const a = await host('127.0.0.2', (request, response) => {
      if (request.url?.startsWith('/gone'))
        return void response.writeHead(404, { 'content-type': 'text/html' }).end('gone');
      if (request.url?.startsWith('/moved'))
        return void response.writeHead(301, { location: `/final${request.url}` }).end('moved');
      response.writeHead(200, { 'content-type': 'text/html' }).end(html(['here']));
    });
    let connections = 0;
    a.server.on('connection', () => connections++);
    const { options: opts } = options({ perHost: 1 });
    // One connection in all: a body left unread would hold it until the body timeout, and the next
    // request would wait for it (the answers would come late, as timeouts).
    const single = new Agent({ connections: 1, connect: { timeout: 2_000 } });
    try {
      const paths = [1, 2, 3].flatMap((n) => [`/page/${n}`, `/gone/${n}`, `/moved/${n}`, `/read/${n}#here`]);
      const run = await checkLinks(urlsOf(...paths.map((path) => `${a.origin}${path}`)), {
        ...opts,
        dispatcher: single,
        timeouts: { headers: 60_000, body: 60_000 },
      });
      expect(run.stats.byOutcome).toMatchObject({ alive: 9, dead: 3, inconclusive: 0 });
      // HEAD for pages, 404s and redirects; GET for the pages read for a fragment and the one probe of HEAD 404s.
      expect(a.seen.filter((seen) => seen.method === 'GET')).toHaveLength(4);
      expect(connections).toBe(1);
    } finally {
      await single.close();
    }
  });

  it('calls 404, 410 and refused connections dead; other refusals inconclusive', async () => {
    const a = await host('127.0.0.2', (request, response) => {
      response.writeHead(request.url === '/gone' ? 410 : request.url === '/wall' ? 403 : 404).end();
    });
    const closed = await startHost('127.0.0.3', () => undefined);
    await stopHosts([closed]);
    const { options: opts } = options();
    const run = await checkLinks(
      urlsOf(`${a.origin}/missing`, `${a.origin}/gone`, `${a.origin}/wall`, `${closed.origin}/x`),
      opts,
    );
    expect(run.results.get(`${a.origin}/missing`)).toMatchObject({ outcome: 'dead', status: 404 });
    expect(run.results.get(`${a.origin}/gone`)).toMatchObject({ outcome: 'dead', status: 410 });
    expect(run.results.get(`${a.origin}/wall`)).toMatchObject({ outcome: 'inconclusive', status: 403 });
    expect(run.results.get(`${closed.origin}/x`)).toMatchObject({
      outcome: 'dead',
      reason: 'connection refused',
      requests: 1,
    });
  });

  it('checks fragments against the ids and names of the page, once per URL', async () => {
    const a = await host('127.0.0.2', (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(html(['install', 'user-content-usage']));
    });
    const { options: opts } = options();
    const urls = collectExternalUrls([
      {
        path: 'a.md',
        links: [
          { url: `${a.origin}/doc#install`, position, destination: null },
          { url: `${a.origin}/doc#nope`, position, destination: null },
        ],
      },
      {
        path: 'b.md',
        links: [
          { url: `${a.origin}/doc#usage`, position, destination: null },
          { url: `${a.origin}/doc#named-place`, position, destination: null },
        ],
      },
    ]);
    const run = await checkLinks(urls, opts);
    expect(run.results.get(`${a.origin}/doc`)).toMatchObject({ outcome: 'alive', missingFragments: ['nope'] });
    expect(a.seen).toHaveLength(1);
    expect(a.seen[0]!.method).toBe('GET');
  });

  it('keeps per-host limits, the global limit and the minimum interval', async () => {
    const pending: Array<() => void> = [];
    const handler = (_request: unknown, response: { writeHead(status: number): { end(): void } }) => {
      pending.push(() => response.writeHead(200).end());
      setImmediate(() => pending.shift()?.());
    };
    const a = await host('127.0.0.2', handler as never);
    const b = await host('127.0.0.3', handler as never);
    const { options: opts } = options({ perHost: 2, concurrency: 3 });
    const urls = Array.from({ length: 12 }, (_, index) => `${(index % 2 ? a : b).origin}/${index}`);
    const run = await checkLinks(urlsOf(...urls), opts);
    expect(run.stats.byOutcome.alive).toBe(12);
    expect(a.peak).toBeLessThanOrEqual(2);
    expect(b.peak).toBeLessThanOrEqual(2);
    expect(run.stats.requests).toBe(12);

    const c = await host('127.0.0.4', (_request, response) => response.writeHead(200).end());
    const spaced = options({ minInterval: 30 });
    const started = Date.now();
    await checkLinks(urlsOf(`${c.origin}/1`, `${c.origin}/2`, `${c.origin}/3`), spaced.options);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('lets hosts take turns, so one host with many URLs does not starve another', async () => {
    const order: string[] = [];
    const a = await host(
      '127.0.0.2',
      (request, response) => (order.push(`a${request.url}`), response.writeHead(200).end()),
    );
    const b = await host(
      '127.0.0.3',
      (request, response) => (order.push(`b${request.url}`), response.writeHead(200).end()),
    );
    const { options: opts } = options({ perHost: 1, concurrency: 1 });
    await checkLinks(urlsOf(`${a.origin}/1`, `${a.origin}/2`, `${a.origin}/3`, `${a.origin}/4`, `${b.origin}/1`), opts);
    expect(order.indexOf('b/1')).toBeLessThanOrEqual(1);
  });

  it('never sends configured credentials to another origin on a redirect', async () => {
    const b = await host('127.0.0.3', (_request, response) => response.writeHead(200).end());
    const a = await host('127.0.0.2', (_request, response) =>
      response.writeHead(301, { location: `${b.origin}/landing` }).end(),
    );
    const { options: opts } = options({ headers: { [a.host]: { authorization: 'Bearer s3cret' } } });
    const run = await checkLinks(urlsOf(`${a.origin}/start`), opts);
    expect(run.results.get(`${a.origin}/start`)).toMatchObject({
      outcome: 'alive',
      redirect: { to: `${b.origin}/landing`, permanent: true },
    });
    expect(a.seen[0]!.headers.authorization).toBe('Bearer s3cret');
    expect(b.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('sends nothing offline', async () => {
    const a = await host('127.0.0.2', (_request, response) => response.writeHead(200).end());
    const { options: opts } = options({ offline: true });
    const run = await checkLinks(urlsOf(`${a.origin}/p`), opts);
    expect(run.results.get(`${a.origin}/p`)).toMatchObject({ source: 'offline' });
    expect(run.stats).toMatchObject({ requests: 0, byOutcome: { unchecked: 1 } });
    expect(a.seen).toHaveLength(0);
  });
});

describe('the link cache', () => {
  it('answers a second run with no request; inconclusive answers are not kept', async () => {
    let busy = true;
    const a = await host('127.0.0.2', (request, response) => {
      if (request.url === '/busy' && busy) return void response.writeHead(429).end();
      response.writeHead(request.url === '/dead' ? 404 : 200, { 'content-type': 'text/html' }).end(html(['here']));
    });
    const cache = join(dir, 'second-run.json');
    const first = options({ cache });
    const urls = urlsOf(`${a.origin}/ok#here`, `${a.origin}/dead`, `${a.origin}/busy`);
    const one = await checkLinks(urls, first.options);
    expect(one.stats.byOutcome).toEqual({ alive: 1, dead: 1, inconclusive: 1, unchecked: 0 });
    expect(JSON.parse(readFileSync(cache, 'utf8')).version).toBe(1);
    expect(readFileSync(cache, 'utf8')).not.toContain('/busy');
    const before = a.seen.length;
    busy = false;
    const two = await checkLinks(urls, options({ cache }).options);
    expect(two.stats).toMatchObject({ fromCache: 2, byOutcome: { alive: 2, dead: 1 } });
    expect(a.seen.slice(before).map((seen) => seen.path)).toEqual(['/busy']);
  });

  it('expires dead answers sooner than alive ones', async () => {
    const a = await host('127.0.0.2', (request, response) =>
      response.writeHead(request.url === '/dead' ? 404 : 200).end(),
    );
    const cache = join(dir, 'lifetimes.json');
    const urls = urlsOf(`${a.origin}/ok`, `${a.origin}/dead`);
    await checkLinks(urls, options({ cache }).options);
    const later = options({ cache });
    later.clock.advance(2 * 24 * 3600_000);
    const run = await checkLinks(urls, later.options);
    expect(run.stats.fromCache).toBe(1);
    expect(run.results.get(`${a.origin}/dead`)!.source).toBe('network');
  });

  it('ignores a corrupt cache with a warning and rewrites it', async () => {
    const a = await host('127.0.0.2', (_request, response) => response.writeHead(200).end());
    const cache = join(dir, 'corrupt.json');
    writeFileSync(cache, '{"version":1,"entr');
    const run = await checkLinks(urlsOf(`${a.origin}/ok`), options({ cache }).options);
    expect(run.warnings).toEqual([expect.stringContaining('Unexpected unreadable link cache')]);
    expect(run.stats.byOutcome.alive).toBe(1);
    expect(JSON.parse(readFileSync(cache, 'utf8')).entries).toHaveProperty([`${a.origin}/ok`]);
  });
});

describe('GitHub URLs', () => {
  const lock = lockView({
    lockfileVersion: 1,
    upstream: {
      repository: 'kubernetes/community',
      ref: 'master',
      commit: '24e7d8f5409c1a0121394a613746e524f781e044',
      readme: 'contributors/devel/README.md',
    },
    guide: { sha: null, size: 0 },
    files: [{ path: 'contributors/devel/README.md', type: 'blob', sha: null, size: null, anchors: ['sig-testing'] }],
    missing: ['contributors/devel/gone.md'],
  });

  it('answers URLs at the locked commit from the lock, with no request', async () => {
    const { options: opts } = options({ lock, githubApi: true, env: { GITHUB_API_URL: 'http://127.0.0.9:1' } });
    const base =
      'https://github.com/kubernetes/community/blob/24e7d8f5409c1a0121394a613746e524f781e044/contributors/devel';
    const run = await checkLinks(
      urlsOf(`${base}/README.md#sig-testing`, `${base}/README.md#nope`, `${base}/gone.md`),
      opts,
    );
    expect(run.results.get(`${base}/README.md`)).toMatchObject({
      outcome: 'alive',
      source: 'lock',
      missingFragments: ['nope'],
    });
    expect(run.results.get(`${base}/gone.md`)).toMatchObject({ outcome: 'dead', source: 'lock' });
    expect(run.stats.requests).toBe(0);
  });

  it('verifies blobs, trees, issues and pulls through the REST API with the token, one repository call each', async () => {
    const api = await host('127.0.0.4', (request, response) => {
      const url = request.url ?? '';
      if (url === '/repos/o/r') return void response.writeHead(200).end();
      if (url === '/repos/o/gone') return void response.writeHead(404).end();
      if (url.startsWith('/repos/o/r/contents/docs/guide.md?ref=main')) {
        return void response
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('# Guide\n\n## Getting started\n\n## Getting started\n');
      }
      if (url === '/repos/o/r/contents/docs?ref=main') return void response.writeHead(200).end();
      if (url === '/repos/o/r/issues/1') return void response.writeHead(200).end();
      if (url === '/repos/o/r/pulls/2') return void response.writeHead(404).end();
      response.writeHead(404).end();
    });
    const { options: opts } = options({
      githubApi: true,
      github: { mode: 'per-url' },
      env: { GITHUB_API_URL: api.origin, GITHUB_TOKEN: 'tok' },
    });
    const run = await checkLinks(
      urlsOf(
        'https://github.com/o/r/blob/main/docs/guide.md#getting-started-1',
        'https://github.com/o/r/blob/main/docs/guide.md#missing-heading',
        'https://github.com/o/r/tree/main/docs',
        'https://github.com/o/r/issues/1',
        'https://github.com/o/r/pull/2',
        'https://github.com/o/gone/blob/main/a.md',
        'https://github.com/o/gone/issues/3',
      ),
      opts,
    );
    const result = (url: string) => run.results.get(url);
    expect(result('https://github.com/o/r/blob/main/docs/guide.md')).toMatchObject({
      outcome: 'alive',
      source: 'github-api',
      missingFragments: ['missing-heading'],
    });
    expect(result('https://github.com/o/r/tree/main/docs')).toMatchObject({ outcome: 'alive' });
    expect(result('https://github.com/o/r/issues/1')).toMatchObject({ outcome: 'alive' });
    expect(result('https://github.com/o/r/pull/2')).toMatchObject({ outcome: 'dead', status: 404 });
    expect(result('https://github.com/o/gone/blob/main/a.md')).toMatchObject({ outcome: 'dead' });
    expect(result('https://github.com/o/gone/issues/3')).toMatchObject({ outcome: 'dead' });
    expect(api.seen.filter((seen) => seen.path === '/repos/o/r')).toHaveLength(1);
    expect(api.seen.filter((seen) => seen.path.startsWith('/repos/o/gone'))).toHaveLength(1);
    expect(api.seen.every((seen) => seen.headers.authorization === 'Bearer tok')).toBe(true);
    expect(run.stats.requests).toBe(api.seen.length);
  });

  it('waits for the quota reset the API reports', async () => {
    let calls = 0;
    const { clock, options: opts } = options({ githubApi: true, github: { mode: 'per-url' } });
    const api = await host('127.0.0.4', (_request, response) => {
      calls++;
      if (calls === 1)
        return void response
          .writeHead(403, {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil((clock.now() + 2_000) / 1000)),
          })
          .end();
      response.writeHead(200).end();
    });
    const run = await checkLinks(urlsOf('https://github.com/o/r'), { ...opts, env: { GITHUB_API_URL: api.origin } });
    expect(run.results.get('https://github.com/o/r')).toMatchObject({ outcome: 'alive' });
    expect(clock.sleeps[0]).toBeGreaterThan(1_000);
  });

  it('does not forward the token across a redirect to another host', async () => {
    const other = await host('127.0.0.5', (_request, response) => response.writeHead(200).end());
    const api = await host('127.0.0.4', (_request, response) =>
      response.writeHead(301, { location: `${other.origin}/repositories/42` }).end(),
    );
    const { options: opts } = options({
      githubApi: true,
      github: { mode: 'per-url' },
      env: { GITHUB_API_URL: api.origin, GITHUB_TOKEN: 'tok' },
    });
    const run = await checkLinks(urlsOf('https://github.com/o/renamed'), opts);
    expect(run.results.get('https://github.com/o/renamed')).toMatchObject({ outcome: 'alive' });
    expect(api.seen[0]!.headers.authorization).toBe('Bearer tok');
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });
});

describe('LinkChecker, fed while files are still being read', () => {
  const fileOf = (path: string, ...urls: string[]) => ({
    path,
    links: urls.map((url) => ({ url, position, destination: null })),
  });

  it('asks each URL once however often it is fed, and reports on the final list only', async () => {
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const a = await host('127.0.0.2', (request, response) => {
      asked.push(`${request.method} ${request.url}`);
      // The first answer waits until everything has been fed: feeding does not wait for answers.
      if (request.url === '/one') void held.then(() => response.writeHead(200).end());
      else response.writeHead(request.url === '/gone' ? 404 : 200).end();
    });
    const { options: opts } = options();
    const progress: Array<[number, number]> = [];
    const checker = await LinkChecker.start({ ...opts, onProgress: (done, total) => progress.push([done, total]) });
    checker.check(collectExternalUrls([fileOf('a.md', `${a.origin}/one`)]));
    checker.check(collectExternalUrls([fileOf('b.md', `${a.origin}/one`, `${a.origin}/two`)]));
    await until(() => asked.length === 2);
    release();
    const all = collectExternalUrls([
      fileOf('a.md', `${a.origin}/one`),
      fileOf('b.md', `${a.origin}/one`, `${a.origin}/two`),
      fileOf('c.md', `${a.origin}/gone`),
    ]);
    const run = await checker.finish(all);
    expect(asked.sort()).toEqual(['GET /gone', 'HEAD /gone', 'HEAD /one', 'HEAD /two']);
    expect([...run.results.keys()]).toEqual(all.map((url) => url.url));
    expect(run.results.get(`${a.origin}/gone`)).toMatchObject({ outcome: 'dead', status: 404 });
    expect(run.stats).toMatchObject({ urls: 3, requests: 4, byOutcome: { alive: 2, dead: 1 } });
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it('answers a fragment found after the page was read from that page, without asking again', async () => {
    let requests = 0;
    const a = await host('127.0.0.2', (_request, response) => {
      requests++;
      response.writeHead(200, { 'content-type': 'text/html' }).end(html(['install', 'usage']));
    });
    const { options: opts } = options();
    const checker = await LinkChecker.start(opts);
    checker.check(collectExternalUrls([fileOf('a.md', `${a.origin}/doc#install`)]));
    await until(() => requests === 1);
    const run = await checker.finish(
      collectExternalUrls([
        fileOf('a.md', `${a.origin}/doc#install`),
        fileOf('b.md', `${a.origin}/doc#usage`, `${a.origin}/doc#nope`),
      ]),
    );
    expect(run.results.get(`${a.origin}/doc`)).toMatchObject({ outcome: 'alive', missingFragments: ['nope'] });
    expect(requests).toBe(1);
  });

  it('reads the page when a fragment turns up after a HEAD check', async () => {
    const asked: string[] = [];
    const a = await host('127.0.0.2', (request, response) => {
      asked.push(request.method ?? '');
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(request.method === 'GET' ? html(['install']) : undefined);
    });
    const { options: opts } = options();
    const checker = await LinkChecker.start(opts);
    checker.check(collectExternalUrls([fileOf('a.md', `${a.origin}/doc`)]));
    const run = await checker.finish(
      collectExternalUrls([fileOf('a.md', `${a.origin}/doc`), fileOf('b.md', `${a.origin}/doc#missing`)]),
    );
    expect(asked).toEqual(['HEAD', 'GET']);
    expect(run.results.get(`${a.origin}/doc`)).toMatchObject({ outcome: 'alive', missingFragments: ['missing'] });
  });
});

/** Resolves once `condition` holds, checking on every turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
