import { startFakeWorld, type FakeWorld, type FakeWorldOptions } from '@devguide/github/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../test/servers.js';
import { checkLinks, type CheckLinksOptions } from './check-links.js';
import { collectExternalUrls } from './extract.js';
import { parseGithubUrl } from './github.js';

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 } };
const urlsOf = (...urls: string[]) =>
  collectExternalUrls([{ path: 'doc.md', links: urls.map((url) => ({ url, position, destination: null })) }]);

let world: FakeWorld | undefined;
let agent: Agent | undefined;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-ghbatch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await world?.close();
  world = undefined;
  await agent?.close();
  agent = undefined;
});

const repositories: FakeWorldOptions['repositories'] = [
  {
    owner: 'kubernetes',
    name: 'community',
    refs: {
      master: ['README.md', 'contributors/devel/README.md', 'contributors/guide/owners.md', 'sig-list.md'],
      'release/1.0': ['README.md', 'old/notes.md'],
    },
    issues: 20,
    transferred: { 7: 'kubernetes/website' },
    releases: ['v1.0.0'],
  },
  { owner: 'kubernetes', name: 'website', refs: { main: ['content/en/_index.md'] }, issues: 10, labels: ['sig/docs'] },
  // `master` was renamed `main`: GitHub redirects its pages, not its raw files.
  { owner: 'kubernetes', name: 'org', defaultBranch: 'main', refs: { main: ['OWNERS', 'config/teams.yaml'] } },
  {
    owner: 'kubernetes-sigs',
    name: 'kind',
    formerNames: ['kubernetes/kind'],
    refs: { main: ['site/content/docs/user/quick-start.md', 'go.mod'] },
    issues: 4,
  },
];

async function start(extra: Partial<FakeWorldOptions> = {}): Promise<FakeWorld> {
  world = await startFakeWorld({
    repositories,
    users: ['alice'],
    organisations: [{ login: 'kubernetes', teams: ['sig-docs'] }],
    ...extra,
  });
  return world;
}

function options(fake: FakeWorld, extra: Partial<CheckLinksOptions> = {}) {
  agent ??= new Agent({ connect: { timeout: 2_000 } });
  const clock = testClock();
  return {
    clock,
    options: {
      dispatcher: agent,
      clock,
      retry: { attempts: 4, baseDelay: 1, maxDelay: 4, maxWait: 120_000 },
      timeouts: { headers: 2_000, body: 2_000 },
      env: { GITHUB_API_URL: fake.url, GITHUB_TOKEN: 'tok' },
      ...extra,
    } satisfies CheckLinksOptions,
  };
}

const outcomes = (run: Awaited<ReturnType<typeof checkLinks>>) =>
  Object.fromEntries([...run.results].map(([url, result]) => [url, result.outcome]));

describe('batched GitHub verification', () => {
  it('settles every blob, tree, raw and blame URL under a (repository, ref) with one tree', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/community/blob/master/README.md',
      'https://github.com/kubernetes/community/blob/master/contributors/devel/README.md',
      'https://github.com/kubernetes/community/tree/master/contributors/guide',
      'https://github.com/kubernetes/community/blame/master/sig-list.md',
      'https://github.com/kubernetes/community/raw/master/sig-list.md',
      'https://raw.githubusercontent.com/kubernetes/community/master/contributors/guide/owners.md',
      'https://github.com/kubernetes/community/blob/master/gone.md',
      'https://github.com/kubernetes/community/blob/release/1.0/old/notes.md',
      'https://github.com/kubernetes/community/tree/master/sig-list.md',
      'https://github.com/kubernetes/community/blob/master/contributors',
      'https://github.com/kubernetes/community/blob/nosuchref/README.md',
    ];
    const { options: opts } = options(fake, { github: { treeFrom: 1 } });
    const run = await checkLinks(urlsOf(...urls), opts);
    expect(outcomes(run)).toEqual({
      [urls[0]!]: 'alive',
      [urls[1]!]: 'alive',
      [urls[2]!]: 'alive',
      [urls[3]!]: 'alive',
      [urls[4]!]: 'alive',
      [urls[5]!]: 'alive',
      [urls[6]!]: 'dead',
      [urls[7]!]: 'alive',
      [urls[8]!]: 'alive',
      [urls[9]!]: 'alive',
      [urls[10]!]: 'dead',
    });
    expect(run.results.get(urls[8]!)).toMatchObject({
      reason: 'Unexpected `tree/` view for the file `sig-list.md`, expected `blob/`',
      redirect: { to: 'https://github.com/kubernetes/community/blob/master/sig-list.md' },
    });
    expect(run.results.get(urls[9]!)?.reason).toBe(
      'Unexpected `blob/` view for the directory `contributors`, expected `tree/`',
    );
    // GraphQL: the repository and the heads of the refs (`release/1.0` once `release` proved no ref);
    // trees: master, `release` (not a ref), `release/1.0`, `nosuchref`.
    const trees = fake.requests
      .filter((request) => request.path.includes('/git/trees/'))
      .map((request) => request.path);
    expect(trees.sort()).toEqual([
      '/repos/kubernetes/community/git/trees/master?recursive=1',
      '/repos/kubernetes/community/git/trees/nosuchref?recursive=1',
      '/repos/kubernetes/community/git/trees/release%2F1.0?recursive=1',
      '/repos/kubernetes/community/git/trees/release?recursive=1',
    ]);
    expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(2);
    expect(fake.requests).toHaveLength(6);
  });

  it('walks only the sub-trees on the linked paths when GitHub truncates the tree', async () => {
    const fake = await start({ truncateTreesAbove: 2 });
    const url = 'https://github.com/kubernetes/community/blob/master/contributors/devel/README.md';
    const { options: opts } = options(fake, { github: { treeFrom: 1 } });
    const run = await checkLinks(
      urlsOf(url, 'https://github.com/kubernetes/community/blob/master/contributors/devel/nope.md'),
      opts,
    );
    expect(outcomes(run)).toEqual({
      [url]: 'alive',
      'https://github.com/kubernetes/community/blob/master/contributors/devel/nope.md': 'dead',
    });
    // The cut recursive listing, then the root, `contributors` and `contributors/devel`, each once.
    expect(fake.requests.filter((request) => request.path.includes('/git/trees/'))).toHaveLength(4);
  });

  it('asks issues, pull requests, commits, releases and owners as aliases of one GraphQL query, NOT_FOUND beside data', async () => {
    const fake = await start();
    const head = fake.head('kubernetes/community', 'master')!;
    const urls = [
      'https://github.com/kubernetes/community/issues/3',
      'https://github.com/kubernetes/community/pull/4',
      'https://github.com/kubernetes/community/pull/3',
      'https://github.com/kubernetes/community/issues/99',
      `https://github.com/kubernetes/community/commit/${head.slice(0, 10)}`,
      'https://github.com/kubernetes/community/commit/0000000000',
      'https://github.com/kubernetes/community/releases/tag/v1.0.0',
      'https://github.com/kubernetes/community/releases/tag/v9',
      'https://github.com/alice',
      'https://github.com/nobody-here',
      'https://github.com/kubernetes/nosuchrepo/issues/1',
    ];
    const { options: opts } = options(fake);
    const run = await checkLinks(urlsOf(...urls), opts);
    expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual([
      'alive',
      'alive',
      'dead',
      'dead',
      'alive',
      'dead',
      'alive',
      'dead',
      'alive',
      'dead',
      'dead',
    ]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer tok');
    expect(run.stats.requests).toBe(1);
  });

  it('reports a renamed repository and a transferred issue as redirects with the fix', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/kind',
      'https://github.com/kubernetes/kind/blob/main/go.mod',
      'https://github.com/kubernetes/kind/issues/3',
      'https://github.com/kubernetes/community/issues/7',
    ];
    const { options: opts } = options(fake, { github: { treeFrom: 1 } });
    const run = await checkLinks(urlsOf(...urls), opts);
    expect(urls.map((url) => run.results.get(url)?.redirect?.to)).toEqual([
      'https://github.com/kubernetes-sigs/kind',
      'https://github.com/kubernetes-sigs/kind/blob/main/go.mod',
      'https://github.com/kubernetes-sigs/kind/issues/3',
      'https://github.com/kubernetes/website/issues/7',
    ]);
    expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual(['alive', 'alive', 'alive', 'alive']);
    expect(run.results.get(urls[0]!)?.reason).toBe('repository moved to `kubernetes-sigs/kind`');
    // The tree is read under the new name.
    expect(fake.requests.map((request) => request.path)).toContain(
      '/repos/kubernetes-sigs/kind/git/trees/main?recursive=1',
    );
  });

  it('waits out a secondary-limit answer mid-batch and then verifies every lookup', async () => {
    const fake = await start();
    // The first query is answered, the second meets the secondary limit.
    fake.faults.push({
      match: /^POST \/graphql$/,
      skip: 1,
      status: 403,
      headers: { 'retry-after': '60' },
      body: JSON.stringify({
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      }),
    });
    const urls = Array.from({ length: 6 }, (_, n) => `https://github.com/kubernetes/community/issues/${n + 1}`);
    urls.push('https://github.com/kubernetes/website/issues/1', 'https://github.com/kubernetes-sigs/kind/issues/1');
    const { clock, options: opts } = options(fake, { github: { firstBatch: 3 } });
    const check = checkLinks(urlsOf(...urls), opts);
    const run = await check;
    expect(new Set(Object.values(outcomes(run)))).toEqual(new Set(['alive']));
    expect(clock.sleeps).toContain(60_000);
    expect(fake.requests.filter((request) => request.status === 403)).toHaveLength(1);
  });

  it('stops before the quota runs out, keeps what was verified and goes on from there next run', async () => {
    const fake = await start({ rest: { limit: 60, remaining: 22, reset: 4102444800 } });
    const cache = join(dir, 'quota.json');
    const urls = [
      'https://github.com/kubernetes/community/blob/master/README.md',
      'https://github.com/kubernetes/website/blob/main/content/en/_index.md',
      'https://github.com/kubernetes-sigs/kind/blob/main/go.mod',
      'https://github.com/kubernetes-sigs/kind/blob/main/gone.md',
    ];
    const { options: opts } = options(fake, { cache, github: { reserve: 20, treeFrom: 1 } });
    const first = await checkLinks(urlsOf(...urls), opts);
    const verified = urls.filter((url) => first.results.get(url)?.outcome !== 'inconclusive');
    const unchecked = urls.filter((url) => first.results.get(url)?.outcome === 'inconclusive');
    // 22 left, 20 kept: two trees asked at most; nothing unasked is called dead.
    expect(fake.requests.filter((request) => request.path.includes('/git/trees/')).length).toBeLessThanOrEqual(2);
    expect(unchecked.length).toBeGreaterThan(0);
    for (const url of unchecked)
      expect(first.results.get(url)?.reason).toMatch(
        /^not yet checked: the GitHub REST quota is down to \d+, kept in reserve/,
      );
    await fake.close();

    world = await startFakeWorld({ repositories, rest: { limit: 5000, remaining: 5000, reset: 4102444800 } });
    const next = options(world, { cache, github: { treeFrom: 1 } });
    const second = await checkLinks(urlsOf(...urls), next.options);
    for (const url of verified) expect(second.results.get(url)?.source).toBe('cache');
    expect(urls.map((url) => second.results.get(url)?.outcome)).toEqual(['alive', 'alive', 'alive', 'dead']);
    const asked = world.requests.filter((request) => request.path.includes('/git/trees/')).length;
    expect(asked).toBe(new Set(unchecked.map((url) => url.split('/').slice(3, 5).join('/'))).size);
  });

  it('stops GraphQL batches at the reserve of points the answers report', async () => {
    const fake = await start({ graphql: { limit: 5000, remaining: 24, resetAt: 4102444800 }, costPerLookup: 1 });
    const urls = Array.from({ length: 10 }, (_, n) => `https://github.com/kubernetes/community/issues/${n + 1}`);
    const { options: opts } = options(fake, { github: { firstBatch: 2, reserve: 20 } });
    const run = await checkLinks(urlsOf(...urls), opts);
    const results = urls.map((url) => run.results.get(url)!);
    expect(results.filter((result) => result.outcome === 'dead')).toHaveLength(0);
    expect(results.filter((result) => result.outcome === 'alive').length).toBeGreaterThan(0);
    expect(results.some((result) => /^not yet checked: the GitHub GraphQL quota/.test(result.reason))).toBe(true);
    expect(fake.points()).toBeLessThanOrEqual(4);
  });

  it('asks GitHub Enterprise at /api/graphql beside the /api/v3 REST root', async () => {
    const fake = await start();
    const { options: opts } = options(fake, { env: { GITHUB_API_URL: `${fake.url}/api/v3`, GITHUB_TOKEN: 'tok' } });
    const run = await checkLinks(
      urlsOf(
        'https://github.com/kubernetes/website/issues/1',
        'https://github.com/kubernetes/website/blob/main/content/en/_index.md',
      ),
      opts,
    );
    expect(new Set(Object.values(outcomes(run)))).toEqual(new Set(['alive']));
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/graphql']);
  });

  it('falls back to REST without a token and says what that costs', async () => {
    const fake = await start();
    const { options: opts } = options(fake, { env: { GITHUB_API_URL: fake.url } });
    const urls = [
      'https://github.com/kubernetes/community/issues/1',
      'https://github.com/kubernetes/community/blob/master/README.md',
    ];
    const run = await checkLinks(urlsOf(...urls), opts);
    expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual(['alive', 'alive']);
    expect(run.warnings).toEqual([expect.stringMatching(/^GitHub GraphQL needs a token \(GITHUB_TOKEN\)/)]);
    expect(fake.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('gives the per-URL mode the same verdicts', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/community',
      'https://github.com/kubernetes/community/blob/master/gone.md',
      'https://github.com/kubernetes/community/tree/master/contributors',
      'https://github.com/kubernetes/community/issues/5',
      'https://github.com/kubernetes/community/pull/5',
      'https://github.com/kubernetes/nosuch',
      'https://github.com/kubernetes/kind/issues/1',
      'https://github.com/alice',
    ];
    const batched = await checkLinks(urlsOf(...urls), options(fake).options);
    const perUrl = await checkLinks(urlsOf(...urls), options(fake, { github: { mode: 'per-url' } }).options);
    expect(outcomes(batched)).toEqual(outcomes(perUrl));
  });
  it('settles paths through object(expression:) lookups batched with the repository, and a tree only where many paths share a ref', async () => {
    const urls = [
      'https://github.com/kubernetes/community/blob/master/README.md',
      'https://github.com/kubernetes/community/tree/master/contributors/guide',
      'https://github.com/kubernetes/community/blame/master/sig-list.md',
      'https://raw.githubusercontent.com/kubernetes/community/master/contributors/guide/owners.md',
      'https://github.com/kubernetes/community/blob/master/gone.md',
      'https://github.com/kubernetes/community/tree/master/sig-list.md',
      'https://github.com/kubernetes/community/blob/release/1.0/old/notes.md',
      'https://github.com/kubernetes/community/blob/nosuchref/README.md',
      'https://github.com/kubernetes/website/blob/main/content/en/_index.md',
      'https://github.com/kubernetes/website/tree/main/content',
      'https://github.com/kubernetes/website/blob/main/content/en/nope.md',
    ];
    const expected = ['alive', 'alive', 'alive', 'alive', 'dead', 'alive', 'alive', 'dead', 'alive', 'alive', 'dead'];
    const byObjects = await start();
    const run = await checkLinks(urlsOf(...urls), options(byObjects).options);
    expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual(expected);
    expect(run.results.get(urls[5]!)?.redirect?.to).toBe(
      'https://github.com/kubernetes/community/blob/master/sig-list.md',
    );
    // No tree: one query for everything, one more for `release/1.0` once `release` proved no ref.
    expect(byObjects.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /graphql',
      'POST /graphql',
    ]);
    await byObjects.close();

    // Six paths under kubernetes/community@master: its tree; the other refs by lookups.
    const mixed = await start();
    const again = await checkLinks(urlsOf(...urls), options(mixed, { github: { treeFrom: 6 } }).options);
    expect(urls.map((url) => again.results.get(url)?.outcome)).toEqual(expected);
    expect(mixed.requests.filter((request) => request.method === 'GET').map((request) => request.path)).toEqual([
      '/repos/kubernetes/community/git/trees/master?recursive=1',
    ]);
  });

  it('reads the text of a markdown file for its fragments in the same batch', async () => {
    const fake = await start();
    const urls = collectExternalUrls([
      {
        path: 'doc.md',
        links: [
          'https://github.com/kubernetes/community/blob/master/sig-list.md#overview',
          'https://github.com/kubernetes/community/blob/master/sig-list.md#nope',
          'https://github.com/kubernetes/community/blob/master/sig-list.md#L3',
        ].map((url) => ({ url, position, destination: null })),
      },
    ]);
    const run = await checkLinks(urls, options(fake).options);
    expect(run.results.get('https://github.com/kubernetes/community/blob/master/sig-list.md')).toMatchObject({
      outcome: 'alive',
      missingFragments: ['nope'],
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('reports `master` links into a repository whose default branch is now `main` with the fix, in both modes', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/org/blob/master/OWNERS',
      'https://github.com/kubernetes/org/tree/master/config',
      'https://raw.githubusercontent.com/kubernetes/org/master/OWNERS',
      'https://github.com/kubernetes/org/blob/master/nope.md',
    ];
    for (const mode of ['batched', 'per-url'] as const) {
      const run = await checkLinks(urlsOf(...urls), options(fake, { github: { mode } }).options);
      expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual(['alive', 'alive', 'dead', 'dead']);
      expect(run.results.get(urls[0]!)).toMatchObject({
        reason: 'Unexpected branch `master` in `kubernetes/org`, expected its default branch `main`',
        redirect: { to: 'https://github.com/kubernetes/org/blob/main/OWNERS', permanent: true },
      });
      expect(run.results.get(urls[1]!)?.redirect?.to).toBe('https://github.com/kubernetes/org/tree/main/config');
      expect(run.results.get(urls[2]!)?.reason).toMatch(
        /; did you mean `https:\/\/raw\.githubusercontent\.com\/kubernetes\/org\/main\/OWNERS`$/,
      );
    }
  });

  it('asks labels and teams through GraphQL; a team GitHub does not show is not called dead', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/website/labels/sig%2Fdocs',
      'https://github.com/kubernetes/website/labels/nope',
      'https://github.com/orgs/kubernetes/teams/sig-docs',
      'https://github.com/orgs/kubernetes/teams/hidden-or-gone',
      'https://github.com/orgs/nosuchorg/teams/any',
    ];
    const expected = ['alive', 'dead', 'alive', 'inconclusive', 'dead'];
    const run = await checkLinks(urlsOf(...urls), options(fake).options);
    expect(urls.map((url) => run.results.get(url)?.outcome)).toEqual(expected);
    expect(run.results.get(urls[3]!)?.reason).toMatch(/^team not visible/);
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /graphql']);
    const perUrl = await checkLinks(urlsOf(...urls), options(fake, { github: { mode: 'per-url' } }).options);
    expect(urls.map((url) => perUrl.results.get(url)?.outcome)).toEqual(expected);
  });

  it('answers an unchanged (repository, ref) from the cache after one request per repository, and verifies a moved one again', async () => {
    const fake = await start();
    const cache = join(dir, 'heads.json');
    const urls = [
      'https://github.com/kubernetes/community/blob/master/README.md',
      'https://github.com/kubernetes/community/blob/master/gone.md',
      'https://github.com/kubernetes/community/tree/master/contributors',
      'https://github.com/kubernetes/community/blob/release/1.0/old/notes.md',
      'https://github.com/kubernetes/website/blob/main/content/en/_index.md',
      'https://github.com/kubernetes/website/issues/3',
    ];
    const first = await checkLinks(urlsOf(...urls), options(fake, { cache }).options);
    const outcomesOf = (run: typeof first) => urls.map((url) => run.results.get(url)?.outcome);
    const sourcesOf = (run: typeof first) => urls.map((url) => run.results.get(url)?.source);
    const sent = (from: number) =>
      fake.requests.slice(from).map((request) => `${request.method} ${request.path} ${request.status}`);
    expect(outcomesOf(first)).toEqual(['alive', 'dead', 'alive', 'alive', 'alive', 'alive']);

    // kubernetes/website has one linked ref: a conditional request, answered 304. kubernetes/community
    // has two: their heads in one GraphQL query (which any other repository's would join).
    let before = fake.requests.length;
    const second = await checkLinks(urlsOf(...urls), options(fake, { cache }).options);
    expect(outcomesOf(second)).toEqual(outcomesOf(first));
    expect(sourcesOf(second)).toEqual(['cache', 'cache', 'cache', 'cache', 'cache', 'cache']);
    expect(sent(before).sort()).toEqual(['GET /repos/kubernetes/website/commits/main 304', 'POST /graphql 200']);
    const conditional = fake.requests.find((request) => request.method === 'GET' && request.path.includes('/commits/'));
    expect(conditional?.headers['if-none-match']).toBe(`"${fake.head('kubernetes/website', 'main')}"`);
    expect(conditional?.headers['accept']).toBe('application/vnd.github.sha');

    fake.touch('kubernetes/community', 'master');
    fake.touch('kubernetes/website', 'main');
    before = fake.requests.length;
    const third = await checkLinks(urlsOf(...urls), options(fake, { cache }).options);
    expect(outcomesOf(third)).toEqual(outcomesOf(first));
    expect(sourcesOf(third)).toEqual(['github-api', 'github-api', 'github-api', 'cache', 'github-api', 'cache']);
    expect(sent(before)).toEqual(
      expect.arrayContaining(['GET /repos/kubernetes/website/commits/main 200', 'POST /graphql 200']),
    );
  });

  it('stops path lookups at the GraphQL reserve, reports the rest not yet checked and asks only those next run', async () => {
    const fake = await start({ graphql: { limit: 5000, remaining: 25, resetAt: 4102444800 }, costPerLookup: 1 });
    const cache = join(dir, 'graphql-quota.json');
    const urls = [
      'https://github.com/kubernetes/community/blob/master/README.md',
      'https://github.com/kubernetes/community/blob/master/gone.md',
      'https://github.com/kubernetes/website/blob/main/content/en/_index.md',
      'https://github.com/kubernetes-sigs/kind/blob/main/go.mod',
      'https://github.com/kubernetes-sigs/kind/blob/main/gone.md',
    ];
    const expected = ['alive', 'dead', 'alive', 'alive', 'dead'];
    const first = await checkLinks(urlsOf(...urls), options(fake, { cache, github: { firstBatch: 3 } }).options);
    const unchecked = urls.filter((url) => first.results.get(url)?.outcome === 'inconclusive');
    // Some verified within the quota, the rest kept for the next run.
    expect(unchecked.length).toBeGreaterThan(0);
    expect(unchecked.length).toBeLessThan(urls.length);
    for (const url of unchecked)
      expect(first.results.get(url)?.reason).toMatch(/^not yet checked: the GitHub GraphQL quota is down to \d+/);
    urls.forEach((url, n) => {
      if (!unchecked.includes(url)) expect(first.results.get(url)?.outcome).toBe(expected[n]);
    });
    expect(fake.points()).toBeLessThanOrEqual(5);
    await fake.close();

    world = await startFakeWorld({ repositories });
    const second = await checkLinks(urlsOf(...urls), options(world, { cache }).options);
    expect(urls.map((url) => second.results.get(url)?.outcome)).toEqual(expected);
    for (const url of urls.filter((url) => !unchecked.includes(url)))
      expect(second.results.get(url)?.source).toBe('cache');
    for (const url of unchecked) expect(second.results.get(url)?.source).toBe('github-api');
  });

  it('answers a fragment the batches do not judge (an issue comment) from the cache next run, as a fresh check would', async () => {
    const fake = await start();
    const cache = join(dir, 'fragments.json');
    const urls = collectExternalUrls([
      {
        path: 'doc.md',
        links: ['https://github.com/kubernetes/website/issues/3#issuecomment-1'].map((url) => ({
          url,
          position,
          destination: null,
        })),
      },
    ]);
    const first = await checkLinks(urls, options(fake, { cache }).options);
    expect(first.results.get('https://github.com/kubernetes/website/issues/3')).toMatchObject({
      outcome: 'alive',
      missingFragments: [],
    });
    const before = fake.requests.length;
    const second = await checkLinks(urls, options(fake, { cache }).options);
    expect(second.results.get('https://github.com/kubernetes/website/issues/3')).toMatchObject({
      outcome: 'alive',
      missingFragments: [],
      source: 'cache',
    });
    expect(fake.requests.length).toBe(before);
  });

  it('weighs a file read for its fragments more than other lookups in sizing a query', async () => {
    const fake = await start();
    const files = ['README.md', 'contributors/devel/README.md', 'contributors/guide/owners.md', 'sig-list.md'];
    const links = (fragment: string) =>
      collectExternalUrls([
        {
          path: 'doc.md',
          links: files.map((file) => ({
            url: `https://github.com/kubernetes/community/blob/master/${file}${fragment}`,
            position,
            destination: null,
          })),
        },
      ]);
    const opts = options(fake, { github: { firstBatch: 10, maxBatch: 10 } }).options;
    const plain = await checkLinks(links(''), opts);
    expect([...plain.results.values()].every((result) => result.outcome === 'alive')).toBe(true);
    expect(fake.requests).toHaveLength(1);
    const texts = await checkLinks(
      links('#overview'),
      options(fake, { github: { firstBatch: 10, maxBatch: 10 } }).options,
    );
    expect([...texts.results.values()].map((result) => result.missingFragments)).toEqual([[], [], [], []]);
    // Five lookups a text against ten a query: after the first run's one query, one text with the
    // repository and the ref's head, then one text a query.
    expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(5);
  });

  it("waits as long as GitHub asks for a secondary limit, a minute when it names no time, past the link checker's own bound", async () => {
    const fake = await start();
    fake.faults.push(
      {
        match: /^POST \/graphql$/,
        status: 403,
        headers: { 'retry-after': '45' },
        body: JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }),
      },
      {
        match: /^POST \/graphql$/,
        status: 403,
        body: JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' }),
      },
    );
    const { clock, options: opts } = options(fake, {
      retry: { attempts: 4, baseDelay: 1, maxDelay: 4, maxWait: 30_000 },
    });
    const run = await checkLinks(urlsOf('https://github.com/kubernetes/website/issues/1'), opts);
    expect(run.results.get('https://github.com/kubernetes/website/issues/1')?.outcome).toBe('alive');
    expect(clock.sleeps).toEqual([45_000, 60_000]);
  });
});

/** Repository listing pages, milestones, discussions, projects, pull request commits and gists. */
const pageRepositories: FakeWorldOptions['repositories'] = [
  {
    owner: 'kubernetes',
    name: 'community',
    refs: { master: ['README.md'] },
    milestones: [1, 3],
    discussions: [10],
    off: ['wiki'],
    issues: 6,
    pulls: [4],
    commits: ['5879787bbfee6951afbe39f0cc02dff409a2339a'],
  },
  { owner: 'kubernetes', name: 'steering', refs: { main: ['README.md'] }, off: ['issues', 'discussions', 'projects'] },
  {
    owner: 'kubernetes-sigs',
    name: 'kind',
    formerNames: ['kubernetes/kind'],
    refs: { main: ['go.mod'] },
    milestones: [2],
    discussions: [4],
  },
];

async function startPages(): Promise<FakeWorld> {
  world = await startFakeWorld({
    repositories: pageRepositories,
    users: ['alice'],
    projects: { 'kubernetes-sigs': [114], alice: [2] },
    gists: { alice: ['6a3a2217fa5f846b52519acfc0ffece0'] },
  });
  return world;
}

/** Each URL and the verdict GitHub's pages give it. */
const pageCases: Array<[string, 'alive' | 'dead']> = [
  ['https://github.com/kubernetes/community/pulls?q=is%3Apr+is%3Aopen+label%3Asig%2Fdocs', 'alive'],
  ['https://github.com/kubernetes/community/issues?q=label%3Atriage%2Faccepted', 'alive'],
  ['https://github.com/kubernetes/community/issues/new?template=bug.md', 'alive'],
  ['https://github.com/kubernetes/community/labels', 'alive'],
  ['https://github.com/kubernetes/community/milestones', 'alive'],
  ['https://github.com/kubernetes/community/projects', 'alive'],
  ['https://github.com/kubernetes/community/discussions', 'alive'],
  ['https://github.com/kubernetes/community/releases/', 'alive'],
  ['https://github.com/kubernetes/community/graphs/contributors?from=2021-01-01', 'alive'],
  ['https://github.com/kubernetes/community/commits?author=alice', 'alive'],
  ['https://github.com/kubernetes/community/wiki', 'dead'],
  ['https://github.com/kubernetes/community/milestone/3', 'alive'],
  ['https://github.com/kubernetes/community/milestone/2', 'dead'],
  ['https://github.com/kubernetes/community/discussions/10', 'alive'],
  ['https://github.com/kubernetes/community/discussions/11', 'dead'],
  ['https://github.com/kubernetes/steering/issues', 'dead'],
  ['https://github.com/kubernetes/steering/issues?q=is%3Aopen', 'dead'],
  ['https://github.com/kubernetes/steering/discussions', 'dead'],
  ['https://github.com/kubernetes/steering/projects', 'dead'],
  ['https://github.com/kubernetes/steering/pulls', 'alive'],
  ['https://github.com/kubernetes/steering/wiki', 'alive'],
  ['https://github.com/kubernetes/nosuch/pulls?q=is%3Aopen', 'dead'],
  ['https://github.com/kubernetes/nosuch/milestone/1', 'dead'],
  ['https://github.com/kubernetes/nosuch/discussions/1', 'dead'],
  ['https://github.com/orgs/kubernetes-sigs/projects/114', 'alive'],
  ['https://github.com/orgs/kubernetes-sigs/projects/115', 'dead'],
  ['https://github.com/orgs/nosuch-org/projects/1', 'dead'],
  ['https://github.com/users/alice/projects/2', 'alive'],
  ['https://github.com/users/alice/projects/3', 'dead'],
  ['https://github.com/orgs/kubernetes-sigs/projects/114/views/2?filterQuery=sig%3Asig-node', 'alive'],
  ['https://github.com/orgs/kubernetes-sigs/projects/114/views/9', 'dead'],
  ['https://github.com/kubernetes/community/issues/choose', 'alive'],
  ['https://github.com/kubernetes/steering/issues/new/choose', 'dead'],
  ['https://github.com/kubernetes/community/pull/4/commits/5879787bbfee6951afbe39f0cc02dff409a2339a', 'alive'],
  ['https://github.com/kubernetes/community/pull/4/commits/5126b9e1e93d2530ac820981c93986d64e46faa3', 'dead'],
  ['https://github.com/kubernetes/community/pull/5/commits/5879787bbfee6951afbe39f0cc02dff409a2339a', 'dead'],
  ['https://gist.github.com/alice/6a3a2217fa5f846b52519acfc0ffece0', 'alive'],
  // GitHub sends a gist's page under another login to its owner.
  ['https://gist.github.com/bob/6a3a2217fa5f846b52519acfc0ffece0', 'alive'],
  ['https://gist.github.com/alice/0000000000000000000000000000ffff', 'dead'],
];

describe('GitHub listing pages, milestones, discussions, projects, pull request commits and gists', () => {
  it("are read as API targets; wiki pages, classic repository projects and GitHub's own pages stay pages", () => {
    expect(parseGithubUrl('https://github.com/kubernetes/community/pulls?q=is%3Aopen')).toEqual({
      kind: 'listing',
      owner: 'kubernetes',
      repo: 'community',
      page: 'pulls',
      feature: null,
    });
    expect(parseGithubUrl('https://github.com/kubernetes/community/wiki')).toMatchObject({ feature: 'wiki' });
    expect(parseGithubUrl('https://github.com/orgs/kubernetes/teams/sig-docs/members')).toEqual({
      kind: 'team',
      owner: 'kubernetes',
      slug: 'sig-docs',
    });
    expect(parseGithubUrl('https://github.com/kubernetes/community/issues/5?notification=1')).toMatchObject({
      kind: 'issue',
      number: 5,
    });
    for (const url of [
      'https://github.com/kubernetes/community/wiki/Some-Page',
      'https://github.com/kubernetes/community/projects/1',
      'https://github.com/orgs/kubernetes/projects/1/settings',
      'https://github.com/kubernetes/community/issues/label/x',
      'https://github.com/search?q=org%3Akubernetes',
    ])
      expect(parseGithubUrl(url), url).toBeNull();
  });

  it('verifies each kind in GraphQL batches: alive, missing repository, feature turned off, missing number', async () => {
    const fake = await startPages();
    const run = await checkLinks(urlsOf(...pageCases.map(([url]) => url)), options(fake).options);
    expect(pageCases.map(([url]) => [url, run.results.get(url)?.outcome])).toEqual(pageCases);
    expect(run.results.get('https://github.com/kubernetes/community/wiki')?.reason).toBe(
      "the repository's wiki is turned off (GitHub API)",
    );
    expect(run.results.get('https://github.com/kubernetes/steering/issues')?.reason).toBe(
      "the repository's issues are turned off (GitHub API)",
    );
    // Every lookup went as GraphQL but the gists not found under the login named, asked by id.
    expect(fake.requests.filter((request) => request.method !== 'POST').map((request) => request.path)).toEqual([
      '/gists/6a3a2217fa5f846b52519acfc0ffece0',
      '/gists/0000000000000000000000000000ffff',
    ]);
    expect(fake.requests.filter((request) => request.method === 'POST').length).toBeLessThanOrEqual(2);
  });

  it('gives the per-URL mode the same verdicts', async () => {
    const fake = await startPages();
    const run = await checkLinks(
      urlsOf(...pageCases.map(([url]) => url)),
      options(fake, { github: { mode: 'per-url' } }).options,
    );
    expect(pageCases.map(([url]) => [url, run.results.get(url)?.outcome])).toEqual(pageCases);
  });

  it('reports a listing, milestone or discussion of a renamed repository as a redirect with the fix', async () => {
    const fake = await startPages();
    const urls = [
      'https://github.com/kubernetes/kind/pulls?q=is%3Aopen',
      'https://github.com/kubernetes/kind/milestone/2',
      'https://github.com/kubernetes/kind/discussions/4',
    ];
    const run = await checkLinks(urlsOf(...urls), options(fake).options);
    expect(urls.map((url) => [run.results.get(url)?.outcome, run.results.get(url)?.redirect?.to])).toEqual([
      ['alive', 'https://github.com/kubernetes-sigs/kind/pulls?q=is%3Aopen'],
      ['alive', 'https://github.com/kubernetes-sigs/kind/milestone/2'],
      ['alive', 'https://github.com/kubernetes-sigs/kind/discussions/4'],
    ]);
    const perUrl = await checkLinks(urlsOf(...urls), options(fake, { github: { mode: 'per-url' } }).options);
    expect(urls.map((url) => perUrl.results.get(url)?.outcome)).toEqual(['alive', 'alive', 'alive']);
    // A discussion missing there is dead under the old name too.
    const gone = await checkLinks(urlsOf('https://github.com/kubernetes/kind/discussions/5'), options(fake).options);
    expect(gone.results.get('https://github.com/kubernetes/kind/discussions/5')?.outcome).toBe('dead');
  });

  it('checks discussions and projects as pages without a token, since only GraphQL knows them', async () => {
    const fake = await startPages();
    const urls = [
      'https://github.com/kubernetes/community/discussions/10',
      'https://github.com/users/alice/projects/2',
    ];
    // Pages are not fetched from github.com in a test: every connection is refused, and seen.
    const dialled: string[] = [];
    const refusing = new Agent({
      connect: (to, callback) => {
        dialled.push(to.hostname);
        callback(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }), null);
      },
    });
    try {
      const run = await checkLinks(
        urlsOf(...urls),
        options(fake, { env: { GITHUB_API_URL: fake.url }, dispatcher: refusing }).options,
      );
      for (const url of urls) expect(run.results.get(url)?.source, url).toBe('network');
    } finally {
      await refusing.close();
    }
    expect(new Set(dialled)).toEqual(new Set(['github.com']));
    expect(fake.requests).toEqual([]);
  });
});
