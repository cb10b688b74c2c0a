import { corpus, rejection } from '@devguide/testkit';
import { gitBlobSha } from '@devguide/upstream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubClient, type Clock } from './client.js';
import { GitHubError, RateLimitError } from './errors.js';
import { buildRepo, gitIn, startFakeGitHub, type FakeGitHub } from './testing/index.js';
import { openGitHubSource } from './github-source.js';
import { fullTree } from './tree.js';

const repository = 'kubernetes/community';
const guide = 'contributors/devel/README.md';
const development = 'contributors/devel/development.md';
const token = 'ghp_faketoken0123456789abcdefghijklmnopqr';
const lookalike = 'contributors/devel/blob-form.json';
let repo: string;
let head: string;
let server: FakeGitHub;
let agent: Agent;

function fakeClock(start = Date.parse('2026-01-01T00:00:00Z')): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

function client(options: Partial<ConstructorParameters<typeof GitHubClient>[0]> = {}) {
  return new GitHubClient({
    apiUrl: server.url,
    dispatcher: agent,
    backoff: [1, 1, 1],
    clock: fakeClock(),
    ...options,
  });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-github-'));
  const files = Object.fromEntries(
    [guide, development, 'contributors/devel/automation.md', 'contributors/guide/README.md'].map((path) => [
      path,
      readFileSync(join(corpus.communityDir, path)),
    ]),
  );
  // A file whose bytes are themselves GitHub's JSON blob form: only what was asked decides how it is read.
  files[lookalike] = Buffer.from(JSON.stringify({ content: 'aGk=', encoding: 'base64' }));
  [head] = buildRepo(repo, [{ message: 'upstream', write: files }]) as [string];
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

beforeAll(async () => {
  agent = new Agent({ keepAliveTimeout: 10 });
});
afterAll(async () => agent.close());

let started: FakeGitHub[] = [];
async function serve(options: Partial<Parameters<typeof startFakeGitHub>[0]> = {}) {
  server = await startFakeGitHub({ repo, repository, ...options });
  started.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(started.map((each) => each.close()));
  started = [];
});

describe('commits/{ref}', () => {
  it('resolves a ref with the sha media type, and answers 304 for the known sha in one request', async () => {
    await serve();
    const api = client();
    expect(await api.commitSha(repository, 'main')).toEqual({ sha: head, changed: true });
    expect(server.requests[0]!.headers['accept']).toBe('application/vnd.github.sha');
    expect(await api.commitSha(repository, 'main', head)).toEqual({ sha: head, changed: false });
    expect(server.requests[1]!.headers['if-none-match']).toBe(`"${head}"`);
    expect(server.requests[1]!.status).toBe(304);
    expect(api.counts.requests).toBe(2);
  });

  it('names a ref GitHub does not know', async () => {
    await serve();
    const error = await rejection(client().commitSha(repository, 'no-such-branch'));
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toMatch(/^Unexpected ref `no-such-branch` in kubernetes\/community/);
  });
});

describe('git/trees', () => {
  it('walks sub-trees when the recursive listing is truncated, giving the same entries', async () => {
    await serve();
    const whole = await fullTree(client(), repository, head);
    const listed = gitIn(repo, ['ls-tree', '-r', '-t', '--name-only', head]).split('\n');
    expect(whole.map((entry) => entry.path).sort()).toEqual(listed.sort());
    await server.close();
    await serve({ truncateTreesAbove: 2 });
    const api = client();
    const walked = await fullTree(api, repository, head);
    expect(server.requests.filter((request) => request.path.includes('recursive=1')).length).toBeGreaterThan(1);
    expect(
      walked.map(({ path, sha, mode }) => ({ path, sha, mode })).sort((a, b) => a.path.localeCompare(b.path)),
    ).toEqual(whole.map(({ path, sha, mode }) => ({ path, sha, mode })).sort((a, b) => a.path.localeCompare(b.path)));
  });
});

describe('git/blobs', () => {
  it('reads raw and base64 blobs to the same bytes, checked against the sha', async () => {
    await serve();
    const sha = gitIn(repo, ['rev-parse', `${head}:${guide}`]);
    const raw = await client().blob(repository, sha);
    expect(server.requests[0]!.headers['accept']).toBe('application/vnd.github.raw+json');
    expect(gitBlobSha(raw)).toBe(sha);
    await server.close();
    await serve({ base64Blobs: true });
    expect((await client().blob(repository, sha)).equals(raw)).toBe(true);
  });
});

describe('faults', () => {
  it('waits out a 429 with Retry-After, then succeeds', async () => {
    await serve();
    server.faults.push({ match: /commits/, kind: 'status', status: 429, headers: { 'retry-after': '3' } });
    const clock = fakeClock();
    expect((await client({ clock }).commitSha(repository, 'main')).sha).toBe(head);
    expect(clock.slept).toEqual([3000]);
  });

  it('waits for a primary rate-limit reset that is near, and stops with when to retry when it is far', async () => {
    await serve();
    const clock = fakeClock();
    const resetSoon = String(Math.floor(clock.now() / 1000) + 20);
    server.faults.push({
      match: /commits/,
      kind: 'status',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resetSoon },
    });
    expect((await client({ clock }).commitSha(repository, 'main')).sha).toBe(head);
    expect(clock.slept).toEqual([21_000]);

    const resetLate = Math.floor(clock.now() / 1000) + 3600;
    server.faults.push({
      match: /commits/,
      kind: 'status',
      status: 403,
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetLate) },
    });
    const error = await rejection(client({ clock }).commitSha(repository, 'main'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toBe(
      `Unexpected GitHub API rate limit (60 requests an hour) reached, expected requests left; retry after ${new Date(resetLate * 1000).toISOString()}; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)`,
    );
  });

  it('retries 5xx with backoff, and gives up with a message after the last retry', async () => {
    await serve();
    const clock = fakeClock();
    for (let i = 0; i < 2; i++) server.faults.push({ match: /trees/, kind: 'status', status: 502 });
    expect((await client({ clock, backoff: [5, 10, 20] }).tree(repository, head, true)).truncated).toBe(false);
    expect(clock.slept).toEqual([5, 10]);
    for (let i = 0; i < 4; i++) server.faults.push({ match: /trees/, kind: 'status', status: 500 });
    const error = await rejection(client({ clock, backoff: [1, 1, 1] }).tree(repository, head, true));
    expect(error.message).toMatch(
      /^Unexpected HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/git\/trees\/[0-9a-f]{40} after 4 attempt\(s\)/,
    );
  });

  it('retries a connection reset in the middle of a body', async () => {
    await serve();
    const sha = gitIn(repo, ['rev-parse', `${head}:${development}`]);
    server.faults.push({ match: /blobs/, kind: 'reset-mid-body' }, { match: /blobs/, kind: 'reset' });
    const clock = fakeClock();
    const api = client({ clock });
    expect(gitBlobSha(await api.blob(repository, sha))).toBe(sha);
    expect(clock.slept).toEqual([1, 1]);
    expect(server.requests.filter((request) => request.path.includes('/blobs/'))).toHaveLength(3);
  });

  it('reports a network failure without the token once the retries are spent', async () => {
    await serve();
    const url = server.url;
    await server.close();
    const error = await rejection(
      new GitHubClient({ apiUrl: url, token, dispatcher: agent, backoff: [1], clock: fakeClock() }).commitSha(
        repository,
        'main',
      ),
    );
    expect(error.message).toMatch(
      /^Unexpected network failure for http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/commits\/main: ECONNREFUSED/,
    );
    expect(error.message + String(error.stack)).not.toContain(token);
  });
});

describe('the token', () => {
  it('is sent to the API origin only, and dropped when a redirect leaves it', async () => {
    const other = await serve();
    const api = await serve();
    const sha = gitIn(repo, ['rev-parse', `${head}:${guide}`]);
    api.faults.push({
      match: /blobs/,
      kind: 'redirect',
      location: `${other.url}/repos/${repository}/git/blobs/${sha}`,
      status: 307,
    });
    server = api;
    const github = client({ token });
    expect((await github.commitSha(repository, 'main')).sha).toBe(head);
    expect(api.requests[0]!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(gitBlobSha(await github.blob(repository, sha))).toBe(sha);
    expect(api.requests[1]!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('keeps the token on a redirect within the API origin, and never puts it in an error', async () => {
    await serve();
    server.faults.push({ match: /commits\/main/, kind: 'redirect', location: `/repos/${repository}/commits/moved` });
    const github = client({ token });
    const error = await rejection(github.commitSha(repository, 'main'));
    expect(server.requests.map((request) => request.headers['authorization'])).toEqual([
      `Bearer ${token}`,
      `Bearer ${token}`,
    ]);
    expect(error.message).toMatch(/^Unexpected ref `main`/);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain(token);
  });
});

describe('malformed answers', () => {
  it("refuses a tree that is not GitHub's tree object, and a blob whose bytes do not match its sha", async () => {
    await serve();
    server.faults.push({
      match: /trees/,
      kind: 'status',
      status: 200,
      body: JSON.stringify({ sha: head, tree: [{ path: 'a' }] }),
    });
    expect((await rejection(client().tree(repository, head, true))).message).toBe(
      `Unexpected answer for tree ${head}, expected GitHub's tree object (sha, tree[path, mode, type, sha]); run sync again`,
    );
    const sha = gitIn(repo, ['rev-parse', `${head}:${guide}`]);
    server.faults.push({
      match: /blobs/,
      kind: 'status',
      status: 200,
      body: 'not the guide',
      headers: { 'content-type': 'application/vnd.github.raw' },
    });
    expect((await rejection(client().blob(repository, sha))).message).toMatch(
      new RegExp(`^Unexpected content for blob ${sha} \\(it hashes to [0-9a-f]{40}\\); run sync again$`),
    );
  });
});

describe('raw blobs are what was asked', () => {
  it.each([
    'application/vnd.github.raw+json',
    'application/vnd.github.raw',
    'application/octet-stream',
    'application/json',
  ])("takes an answer labelled %s to a raw request as the file's bytes", async (contentType) => {
    await serve({ rawContentType: contentType });
    for (const path of [guide, lookalike]) {
      const sha = gitIn(repo, ['rev-parse', `${head}:${path}`]);
      const bytes = await client().blob(repository, sha);
      expect(bytes.equals(readFileSync(join(repo, path)))).toBe(true);
    }
    expect(server.requests.map((request) => request.headers['accept'])).toEqual([
      'application/vnd.github.raw+json',
      'application/vnd.github.raw+json',
    ]);
  });
});

describe('bounded waiting', () => {
  const secondary = JSON.stringify({
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  });

  it.each([
    ['403 with Retry-After', 403, { 'retry-after': '60' }],
    ['429 with Retry-After', 429, { 'retry-after': '45' }],
    ['403 naming no wait', 403, {}],
  ] as const)(
    'a permanent secondary limit (%s) ends within the attempts and the total wait, in one line',
    async (_name, status, headers) => {
      await serve();
      server.faults.push({ match: /commits/, kind: 'status', status, headers, body: secondary, times: 30 });
      const clock = fakeClock();
      const error = await rejection(client({ clock, backoff: undefined }).commitSha(repository, 'main'));
      expect(error).toBeInstanceOf(RateLimitError);
      const asked = server.requests.filter((request) => request.path.includes('/commits/')).length;
      expect(asked).toBeLessThanOrEqual(5);
      expect(clock.slept.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(180_000);
      expect(error.message).not.toContain('\n');
      expect(error.message).toMatch(
        new RegExp(
          `^Unexpected GitHub API rate limit still in force after ${asked} attempt\\(s\\) and \\d+ s of waiting \\(HTTP ${status}: You have exceeded a secondary rate limit\\. Please wait a few minutes before you try again\\.\\), expected it to lift; retry after 2026-01-01T00:\\d\\d:\\d\\d\\.000Z; set GITHUB_TOKEN`,
        ),
      );
    },
  );

  it('takes its bounds from the options', async () => {
    await serve();
    server.faults.push({ match: /commits/, kind: 'status', status: 429, headers: { 'retry-after': '10' }, times: 30 });
    const clock = fakeClock();
    await rejection(client({ clock, backoff: undefined, retry: { attempts: 3 } }).commitSha(repository, 'main'));
    expect(clock.slept).toEqual([10_000, 10_000]);
    server.faults.length = 0;
    server.faults.push({ match: /commits/, kind: 'status', status: 429, headers: { 'retry-after': '10' }, times: 30 });
    const bounded = fakeClock();
    await rejection(
      client({ clock: bounded, backoff: undefined, retry: { maxTotalWait: 25_000 } }).commitSha(repository, 'main'),
    );
    expect(bounded.slept).toEqual([10_000, 10_000]);
  });

  const inSeconds = (clock: Clock, seconds: number) => String(Math.floor(clock.now() / 1000) + seconds);
  it.each<[string, (clock: Clock) => Record<string, string | null>, number]>([
    ['a body saying "rate limit exceeded" without rate-limit headers', () => ({}), 60_000],
    [
      'a negative X-RateLimit-Remaining, spelled in mixed case',
      (clock) => ({ 'X-RateLimit-Remaining': '-1', 'X-RateLimit-Reset': inSeconds(clock, 30) }),
      31_000,
    ],
    [
      'x-rate-limit-* fields',
      (clock) => ({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': inSeconds(clock, 30) }),
      31_000,
    ],
    [
      'the IETF RateLimit-* fields, the reset in seconds from now',
      () => ({ 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' }),
      31_000,
    ],
  ])('a 403 with %s is a rate limit: waited out, then the request succeeds', async (_name, headers, wait) => {
    await serve({ rateLimit: null });
    const clock = fakeClock();
    server.faults.push({
      match: /commits/,
      kind: 'status',
      status: 403,
      headers: headers(clock),
      body: JSON.stringify({ message: 'API rate limit exceeded for 127.0.0.1.' }),
    });
    expect((await client({ clock }).commitSha(repository, 'main')).sha).toBe(head);
    expect(clock.slept).toEqual([wait]);
  });
});

describe('truncated trees', () => {
  const treeOf = (path: string) => gitIn(repo, ['rev-parse', `${head}:${path}`]);

  it('lists only the directories on the wanted paths, each once, in parallel', async () => {
    await serve({ truncateTreesAbove: 2 });
    const devel = treeOf('contributors/devel');
    // Held until another tree is asked: a walk one request at a time would never get there.
    server.faults.push({ match: new RegExp(`trees/${devel}`), kind: 'stall' });
    const walking = fullTree(client(), repository, head, [guide, development, 'contributors/guide/README.md', guide]);
    await server.waitFor(new RegExp(`trees/${devel}`));
    await server.waitFor(new RegExp(`trees/${treeOf('contributors/guide')}`));
    server.release();
    const entries = await walking;
    const trees = server.requests.filter((request) => request.path.includes('/git/trees/'));
    expect(trees.map((request) => request.path.replace(/^.*\/git\/trees\//, ''))).toEqual(
      expect.arrayContaining([
        `${head}?recursive=1`,
        treeOf(''),
        treeOf('contributors'),
        devel,
        treeOf('contributors/guide'),
      ]),
    );
    expect(new Set(trees.map((request) => request.path)).size).toBe(trees.length);
    expect(trees).toHaveLength(5);
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining([guide, development, 'contributors/guide/README.md']));
    for (const entry of entries) expect(entry.sha).toBe(gitIn(repo, ['rev-parse', `${head}:${entry.path}`]));
  });

  it('answers a source from the directories its paths need, and lists everything only when asked to', async () => {
    await serve({ truncateTreesAbove: 2 });
    const opened = await openGitHubSource(client(), { repository, ref: 'main' });
    if (opened.unchanged) throw new Error('expected a source');
    const [readme, missing, other] = await Promise.all([
      opened.source.stat(guide),
      opened.source.stat('contributors/devel/no-such-file.md'),
      opened.source.stat(development),
    ]);
    expect(readme).toMatchObject({ path: guide, type: 'blob', sha: treeOf(guide) });
    expect(other).toMatchObject({ path: development, type: 'blob' });
    expect(missing).toBeNull();
    const guideTree = treeOf('contributors/guide');
    expect(server.requests.some((request) => request.path.includes(guideTree))).toBe(false);
    expect(await opened.source.listFiles()).toEqual(
      gitIn(repo, ['ls-tree', '-r', '--name-only', head]).split('\n').sort(),
    );
  });
});

describe('redaction', () => {
  it('hides the token in a server message that echoes the request headers', async () => {
    await serve();
    server.faults.push({ match: /trees/, kind: 'echo-headers', status: 400 });
    const error = await rejection(client({ token }).tree(repository, head, true));
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(error.message).toMatch(/^Unexpected HTTP 400 from .*\(Bad request; you sent .*authorization: Bearer \*\*\*/);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain(token);
  });
});
