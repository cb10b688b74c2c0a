import { GitHubError } from '@devguide/github';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, stopHosts, testClock, type Handler, type TestHost } from '../test/servers.js';
import { GithubVerifier, parseGithubUrl, type GithubContext } from './github.js';
import { Scheduler } from '@devguide/http';

let hosts: TestHost[] = [];
let agent: Agent | undefined;
afterEach(async () => {
  await stopHosts(hosts);
  hosts = [];
  await agent?.close();
  agent = undefined;
});

async function host(address: string, handler: Handler): Promise<TestHost> {
  const started = await startHost(address, handler);
  hosts.push(started);
  return started;
}

/** A real scheduler that also notes the host of every slot it grants. */
class RecordingScheduler extends Scheduler {
  readonly hosts: string[] = [];
  override run<T>(host: string, task: () => Promise<T>): Promise<T> {
    this.hosts.push(host);
    return super.run(host, task);
  }
}

function verifier(apiUrl: string, clock = testClock()) {
  agent ??= new Agent({ connect: { timeout: 2_000 } });
  const scheduler = new RecordingScheduler({ concurrency: 8, perHost: 2, minInterval: 0, clock });
  const requested: string[] = [];
  const context: GithubContext = {
    dispatcher: agent,
    scheduler,
    clock,
    retry: { attempts: 3, baseDelay: 1, maxDelay: 4, maxWait: 5_000 },
    apiUrl,
    token: 'tok',
    userAgent: 'devguide-test',
    headersTimeout: 2_000,
    bodyTimeout: 2_000,
    onRequest: (url, method) => requested.push(`${method} ${url}`),
  };
  return { github: new GithubVerifier(context), clock, scheduler, requested };
}

const check = (github: GithubVerifier, url: string) => github.check(url, parseGithubUrl(url)!, []);

describe('GithubVerifier requests', () => {
  it('keeps a GitHub Enterprise path prefix and sends the token there', async () => {
    const api = await host('127.0.0.4', (request, response) =>
      response
        .writeHead(request.url === '/api/v3/repos/o/r/issues/1' || request.url === '/api/v3/repos/o/r' ? 200 : 404)
        .end(),
    );
    const { github } = verifier(`${api.origin}/api/v3`);
    expect(await check(github, 'https://github.com/o/r/issues/1')).toMatchObject({ outcome: 'alive', requests: 2 });
    expect(api.seen.map((seen) => [seen.method, seen.path, seen.headers.authorization])).toEqual([
      ['HEAD', '/api/v3/repos/o/r', 'Bearer tok'],
      ['HEAD', '/api/v3/repos/o/r/issues/1', 'Bearer tok'],
    ]);
  });

  it('counts every redirect hop and runs each in a slot for its own host', async () => {
    const other = await host('127.0.0.5', (_request, response) => response.writeHead(200).end());
    const api = await host('127.0.0.4', (request, response) => {
      if (request.url === '/repos/o/renamed')
        return void response.writeHead(301, { location: '/repositories/42' }).end();
      response.writeHead(307, { location: `${other.origin}/repositories/42` }).end();
    });
    const { github, scheduler, requested } = verifier(api.origin);
    expect(await check(github, 'https://github.com/o/renamed')).toMatchObject({ outcome: 'alive', requests: 3 });
    expect(requested).toEqual([
      `HEAD ${api.origin}/repos/o/renamed`,
      `HEAD ${api.origin}/repositories/42`,
      `HEAD ${other.origin}/repositories/42`,
    ]);
    expect(scheduler.hosts).toEqual([api.host, api.host, other.host]);
    expect(api.seen.map((seen) => seen.headers.authorization)).toEqual(['Bearer tok', 'Bearer tok']);
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('drops the token on a redirect to another port of the API host, which is another origin', async () => {
    const sameHost = await host('127.0.0.4', (_request, response) => response.writeHead(200).end());
    const api = await host('127.0.0.4', (_request, response) =>
      response.writeHead(302, { location: `${sameHost.origin}/r` }).end(),
    );
    const { github } = verifier(api.origin);
    expect(await check(github, 'https://github.com/o/r')).toMatchObject({ outcome: 'alive' });
    expect(api.seen[0]!.headers.authorization).toBe('Bearer tok');
    expect(sameHost.seen).toHaveLength(1);
    expect(sameHost.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('calls a redirect loop or a redirect to a non-http URL inconclusive, without the token in the reason', async () => {
    const api = await host('127.0.0.4', (request, response) => {
      if (request.url === '/repos/o/ftp')
        return void response.writeHead(301, { location: 'ftp://127.0.0.4/file' }).end();
      response.writeHead(301, { location: request.url ?? '/' }).end();
    });
    const { github } = verifier(api.origin);
    const ftp = await check(github, 'https://github.com/o/ftp');
    expect(ftp).toMatchObject({
      outcome: 'inconclusive',
      status: null,
      requests: 1,
      reason: `Unexpected redirect to a ftp: URL from ${api.origin}/repos/o/ftp`,
    });
    const loop = await check(github, 'https://github.com/o/loop');
    expect(loop).toMatchObject({
      outcome: 'inconclusive',
      requests: 6,
      reason: `Unexpected redirect loop at ${api.origin}/repos/o/loop`,
    });
    expect(JSON.stringify([ftp, loop])).not.toContain('tok');
  });

  it('refuses an API URL that is not http(s) or carries credentials, when it is made', () => {
    const made = (apiUrl: string) => () => verifier(apiUrl);
    expect(made('ftp://api.example')).toThrow(GitHubError);
    expect(made('ftp://api.example')).toThrow(
      'Unexpected API URL `ftp://api.example`, expected an http(s) URL such as https://api.github.com',
    );
    expect(made('not a url')).toThrow(
      'Unexpected API URL `not a url`, expected an http(s) URL such as https://api.github.com',
    );
    expect(made('https://user:secret@api.example')).toThrow(
      'Unexpected credentials in the API URL, expected them in `GITHUB_TOKEN`',
    );
  });
});

describe('GithubVerifier rate limits', () => {
  it('calls a URL inconclusive when the quota resets too late, and sends nothing more until then', async () => {
    const clock = testClock();
    const api = await host('127.0.0.4', (_request, response) => {
      response
        .writeHead(403, {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(clock.now() / 1000) + 3600),
        })
        .end();
    });
    const { github } = verifier(api.origin, clock);
    expect(await check(github, 'https://github.com/o/r')).toMatchObject({
      outcome: 'inconclusive',
      status: 403,
      reason: 'GitHub API rate limit',
      requests: 1,
    });
    expect(await check(github, 'https://github.com/o/other')).toMatchObject({
      outcome: 'inconclusive',
      status: null,
      reason: 'GitHub API quota spent',
      requests: 0,
    });
    expect(api.seen).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('waits out a secondary limit: 403 with Retry-After', async () => {
    let calls = 0;
    const api = await host('127.0.0.4', (_request, response) => {
      if (calls++ === 0) return void response.writeHead(403, { 'retry-after': '2' }).end();
      response.writeHead(200).end();
    });
    const { clock, github } = verifier(api.origin);
    expect(await check(github, 'https://github.com/o/r')).toMatchObject({ outcome: 'alive', requests: 2 });
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('answers a 403 that is no rate limit at once', async () => {
    const api = await host('127.0.0.4', (_request, response) => response.writeHead(403).end());
    const { clock, github } = verifier(api.origin);
    expect(await check(github, 'https://github.com/o/r')).toMatchObject({
      outcome: 'inconclusive',
      status: 403,
      reason: '403 from the GitHub API',
      requests: 1,
    });
    expect(clock.sleeps).toEqual([]);
  });

  it('waits the minute GitHub asks for after a 429 that names a reset but not a spent quota, rather than waiting for the reset', async () => {
    let calls = 0;
    const clock = testClock();
    const api = await host('127.0.0.4', (_request, response) => {
      if (calls++ === 0)
        return void response
          .writeHead(429, { 'x-ratelimit-reset': String(Math.ceil(clock.now() / 1000) + 3600) })
          .end();
      response.writeHead(200).end();
    });
    const { github } = verifier(api.origin, clock);
    expect(await check(github, 'https://github.com/o/r')).toMatchObject({ outcome: 'alive', requests: 2 });
    // GitHub asks for at least a minute when a rate-limit answer names no wait of its own.
    expect(clock.sleeps).toEqual([60_000]);
  });
});
