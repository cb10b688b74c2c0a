import { startFakeWorld, type FakeWorld, type FakeWorldOptions } from '@devguide/github/testing';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { testClock } from '../test/servers.js';
import { checkLinks, type CheckLinksOptions } from './check-links.js';
import { collectExternalUrls } from './extract.js';
import { parseGithubUrl } from './github.js';

// Repository listing pages, milestones, discussions and projects: the pages GitHub's API answers
// besides files, issues and the rest, in both modes.

const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 } };
const urlsOf = (...urls: string[]) =>
  collectExternalUrls([{ path: 'doc.md', links: urls.map((url) => ({ url, position, destination: null })) }]);

let world: FakeWorld | undefined;
let agent: Agent | undefined;
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

async function start(): Promise<FakeWorld> {
  world = await startFakeWorld({
    repositories,
    users: ['alice'],
    projects: { 'kubernetes-sigs': [114], alice: [2] },
    gists: { alice: ['6a3a2217fa5f846b52519acfc0ffece0'] },
  });
  return world;
}

function options(fake: FakeWorld, extra: Partial<CheckLinksOptions> = {}): CheckLinksOptions {
  agent ??= new Agent({ connect: { timeout: 2_000 } });
  const clock = testClock();
  return {
    dispatcher: agent,
    clock,
    retry: { attempts: 4, baseDelay: 1, maxDelay: 4, maxWait: 120_000 },
    timeouts: { headers: 2_000, body: 2_000 },
    env: { GITHUB_API_URL: fake.url, GITHUB_TOKEN: 'tok' },
    ...extra,
  };
}

/** Each URL and the verdict GitHub's pages give it. */
const cases: Array<[string, 'alive' | 'dead']> = [
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
    const fake = await start();
    const run = await checkLinks(urlsOf(...cases.map(([url]) => url)), options(fake));
    expect(cases.map(([url]) => [url, run.results.get(url)?.outcome])).toEqual(cases);
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
    const fake = await start();
    const run = await checkLinks(urlsOf(...cases.map(([url]) => url)), options(fake, { github: { mode: 'per-url' } }));
    expect(cases.map(([url]) => [url, run.results.get(url)?.outcome])).toEqual(cases);
  });

  it('reports a listing, milestone or discussion of a renamed repository as a redirect with the fix', async () => {
    const fake = await start();
    const urls = [
      'https://github.com/kubernetes/kind/pulls?q=is%3Aopen',
      'https://github.com/kubernetes/kind/milestone/2',
      'https://github.com/kubernetes/kind/discussions/4',
    ];
    const run = await checkLinks(urlsOf(...urls), options(fake));
    expect(urls.map((url) => [run.results.get(url)?.outcome, run.results.get(url)?.redirect?.to])).toEqual([
      ['alive', 'https://github.com/kubernetes-sigs/kind/pulls?q=is%3Aopen'],
      ['alive', 'https://github.com/kubernetes-sigs/kind/milestone/2'],
      ['alive', 'https://github.com/kubernetes-sigs/kind/discussions/4'],
    ]);
    const perUrl = await checkLinks(urlsOf(...urls), options(fake, { github: { mode: 'per-url' } }));
    expect(urls.map((url) => perUrl.results.get(url)?.outcome)).toEqual(['alive', 'alive', 'alive']);
    // A discussion missing there is dead under the old name too.
    const gone = await checkLinks(urlsOf('https://github.com/kubernetes/kind/discussions/5'), options(fake));
    expect(gone.results.get('https://github.com/kubernetes/kind/discussions/5')?.outcome).toBe('dead');
  });

  it('checks discussions and projects as pages without a token, since only GraphQL knows them', async () => {
    const fake = await start();
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
        options(fake, { env: { GITHUB_API_URL: fake.url }, dispatcher: refusing }),
      );
      for (const url of urls) expect(run.results.get(url)?.source, url).toBe('network');
    } finally {
      await refusing.close();
    }
    expect(new Set(dialled)).toEqual(new Set(['github.com']));
    expect(fake.requests).toEqual([]);
  });
});
