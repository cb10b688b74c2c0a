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
import { fullTree } from './tree.js';

const repository = 'kubernetes/community';
const guide = 'contributors/devel/README.md';
const development = 'contributors/devel/development.md';
const token = 'ghp_faketoken0123456789abcdefghijklmnopqr';
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
