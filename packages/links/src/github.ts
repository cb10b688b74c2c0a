import type { LockView } from '@devguide/content';
import { GitHubApi, githubRetry } from '@devguide/github';
import type { HttpPolicy, RetryOptions, Scheduler } from '@devguide/http';
import type { Dispatcher } from 'undici';
import { hasFragment, markdownAnchors } from './anchors.js';
import type { Clock } from './clock.js';
import type { CheckResult } from './types.js';

export type PathView = 'blob' | 'tree' | 'raw' | 'blame';

export type GithubTarget =
  | { kind: 'repo'; owner: string; repo: string }
  | { kind: PathView; owner: string; repo: string; ref: string; path: string; rest: string[] }
  | { kind: 'issue'; owner: string; repo: string; number: number }
  | { kind: 'pull'; owner: string; repo: string; number: number; commit?: string }
  | { kind: 'commit'; owner: string; repo: string; sha: string }
  | { kind: 'release'; owner: string; repo: string; tag: string }
  | { kind: 'label'; owner: string; repo: string; name: string }
  | { kind: 'team'; owner: string; slug: string }
  | { kind: 'owner'; owner: string }
  | { kind: 'listing'; owner: string; repo: string; page: string; feature: Feature | null }
  | { kind: 'milestone'; owner: string; repo: string; number: number }
  | { kind: 'discussion'; owner: string; repo: string; number: number }
  | { kind: 'project'; owner: string; scope: 'organization' | 'user'; number: number; view?: number }
  | { kind: 'gist'; owner: string; id: string };

/** A repository feature its owners can turn off, taking its pages with it. */
export type Feature = 'issues' | 'wiki' | 'discussions' | 'projects';

/**
 * A repository's listing pages (with or without a search in the query): there while the
 * repository is, and the feature they belong to is on.
 */
const listings = new Map<string, Feature | null>([
  ['issues', 'issues'],
  ['pulls', null],
  ['labels', null],
  ['milestones', null],
  ['projects', 'projects'],
  ['discussions', 'discussions'],
  ['wiki', 'wiki'],
  ['actions', null],
  ['releases', null],
  ['tags', null],
  ['branches', null],
  ['commits', null],
  ['graphs', null],
  ['network', null],
  ['pulse', null],
  ['security', null],
  ['search', null],
  ['activity', null],
  ['stargazers', null],
  ['watchers', null],
  ['forks', null],
]);

/** Tabs of a team's page, the team's. */
const teamTabs = new Set(['members', 'repositories', 'teams']);

/** Targets only GraphQL answers (GitHub's REST API has no discussions or projects by number). */
export function needsGraphql(target: GithubTarget): boolean {
  return target.kind === 'discussion' || target.kind === 'project';
}

/**
 * First path segments of github.com that are GitHub's own pages, not owners; a URL under one is
 * checked over HTTP. GitHub reserves these names for users and organisations.
 */
const reservedOwners = new Set(
  (
    'about apps blog collections contact customer-stories enterprise events explore features gist ' +
    'github-copilot issues login logout marketplace new notifications orgs organizations pricing pulls ' +
    'readme search security settings site sitemap solutions sponsors team topics trending users codespaces'
  ).split(' '),
);

/** GitHub web URLs the API can answer; anything else is checked over HTTP. */
export function parseGithubUrl(url: string): GithubTarget | null {
  const parsed = new URL(url);
  let segments: string[];
  try {
    segments = parsed.pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  if (segments.at(-1) === '') segments.pop();
  if (parsed.hostname === 'raw.githubusercontent.com') {
    const [owner, repo, ...rest] = segments;
    if (!owner || !repo || rest.length < 2) return null;
    return { kind: 'raw', owner, repo, ref: rest[0]!, path: rest.slice(1).join('/'), rest };
  }
  if (parsed.hostname === 'gist.github.com') {
    const [owner, id, ...more] = segments;
    return owner && id && more.length === 0 && /^[0-9a-f]{20,40}$/i.test(id) ? { kind: 'gist', owner, id } : null;
  }
  if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com') return null;
  const [owner, repoName, view, ...rest] = segments;
  // The query of a page GitHub renders (a search, a tab) does not change whether the page is there.
  if (owner === 'orgs' && repoName && view === 'teams' && (rest.length === 1 || teamTabs.has(rest[1] ?? '')))
    if (rest.length <= 2) return { kind: 'team', owner: repoName, slug: rest[0]! };
  // A project, or one of its views (`projects/N/views/M`).
  const projectView = rest.length === 3 && rest[1] === 'views' && /^\d+$/.test(rest[2]!);
  if ((owner === 'orgs' || owner === 'users') && repoName && view === 'projects' && (rest.length === 1 || projectView))
    if (/^\d+$/.test(rest[0]!))
      return {
        kind: 'project',
        owner: repoName,
        scope: owner === 'orgs' ? 'organization' : 'user',
        number: Number(rest[0]),
        ...(projectView ? { view: Number(rest[2]) } : {}),
      };
  if (!owner || reservedOwners.has(owner.toLowerCase())) return null;
  if (!repoName) return segments.length === 1 ? { kind: 'owner', owner } : null;
  const repo = repoName.replace(/\.git$/, '');
  if (view === undefined) return { kind: 'repo', owner, repo };
  if (
    listings.has(view) &&
    (rest.length === 0 || view === 'graphs' || (view === 'issues' && (rest[0] === 'new' || rest[0] === 'choose')))
  )
    if (view !== 'issues' || rest.length <= 1 || (rest[0] === 'new' && rest[1] === 'choose' && rest.length === 2))
      return { kind: 'listing', owner, repo, page: [view, ...rest].join('/'), feature: listings.get(view)! };
  if ((view === 'milestone' || view === 'discussions') && rest.length === 1 && /^\d+$/.test(rest[0]!))
    return { kind: view === 'milestone' ? 'milestone' : 'discussion', owner, repo, number: Number(rest[0]) };
  if ((view === 'blob' || view === 'tree' || view === 'raw' || view === 'blame') && rest.length >= 1) {
    if (view !== 'tree' && rest.length < 2) return null;
    const [ref, ...path] = rest;
    return { kind: view, owner, repo, ref: ref!, path: path.join('/'), rest };
  }
  // A pull request's tabs are the pull request's.
  const pullTab = view === 'pull' && rest.length === 2 && ['files', 'commits', 'checks'].includes(rest[1]!);
  // A commit of a pull request: the pull request, and the commit in its repository.
  if (view === 'pull' && rest.length === 3 && rest[1] === 'commits' && /^\d+$/.test(rest[0]!))
    if (/^[0-9a-f]{7,40}$/i.test(rest[2]!))
      return { kind: 'pull', owner, repo, number: Number(rest[0]), commit: rest[2]!.toLowerCase() };
  if ((view === 'issues' || view === 'pull') && (rest.length === 1 || pullTab) && /^\d+$/.test(rest[0]!)) {
    return { kind: view === 'issues' ? 'issue' : 'pull', owner, repo, number: Number(rest[0]) };
  }
  if (view === 'commit' && rest.length === 1 && /^[0-9a-f]{7,40}$/i.test(rest[0]!))
    return { kind: 'commit', owner, repo, sha: rest[0]!.toLowerCase() };
  if (view === 'labels' && rest.length >= 1) return { kind: 'label', owner, repo, name: rest.join('/') };
  if (view === 'releases' && rest[0] === 'tag' && rest.length >= 2)
    return { kind: 'release', owner, repo, tag: rest.slice(1).join('/') };
  return null;
}

/** A markdown file's page, whose fragments are judged by reading the file. */
export function readsAnchors(target: GithubTarget): boolean {
  return 'path' in target && target.kind !== 'tree' && /\.(md|markdown)$/i.test(target.path);
}

/** The key of a repository as GitHub compares names: case-insensitively. */
export function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}

/** Answers a URL into the locked upstream commit from the lock, or null when the lock cannot tell. */
export function answerFromLock(
  url: string,
  target: GithubTarget,
  fragments: readonly string[],
  lock: LockView | null,
): CheckResult | null {
  if (!lock?.commit || !('path' in target)) return null;
  if (`${target.owner}/${target.repo}`.toLowerCase() !== lock.repository.toLowerCase()) return null;
  if (target.ref.length < 7 || !lock.commit.startsWith(target.ref.toLowerCase())) return null;
  const base = { url, status: null, redirect: null, source: 'lock' as const, requests: 0 };
  if (lock.missing.has(target.path))
    return { ...base, outcome: 'dead', reason: 'missing at the locked commit', missingFragments: [] };
  const entry = lock.files.get(target.path);
  if (!entry) return null;
  const anchors = new Set(entry.anchors ?? []);
  const missing = entry.anchors ? fragments.filter((fragment) => !hasFragment(anchors, fragment, true)) : [];
  return { ...base, outcome: 'alive', reason: 'in the lock', missingFragments: missing };
}

export interface GithubContext {
  dispatcher: Dispatcher;
  scheduler: Scheduler;
  clock: Clock;
  retry: RetryOptions;
  /** `GITHUB_API_URL`, default `https://api.github.com`. */
  apiUrl: string;
  /** `GITHUB_TOKEN`; sent to the API origin only. */
  token: string | null;
  userAgent: string;
  headersTimeout: number;
  bodyTimeout: number;
  onRequest(url: string, method: string): void;
}

interface ApiAnswer {
  status: number;
  text: string | null;
  requests: number;
  failure?: string;
}

/**
 * Verifies GitHub URLs through the REST API: one call per repository first (a
 * missing repository answers all its URLs), then one per path, issue or pull;
 * discussions and projects, which REST lacks, one GraphQL query each;
 * identical calls are made once; the quota the API reports is respected.
 */
export class GithubVerifier {
  readonly #context: GithubContext;
  readonly #api: GitHubApi;
  readonly #policy: HttpPolicy;
  readonly #calls = new Map<string, Promise<ApiAnswer>>();

  /** Throws a GitHubError when `apiUrl` is not an http(s) URL without credentials. */
  constructor(context: GithubContext) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    // The link checker's parts of the one HTTP policy: a scheduler slot and a count per hop, and
    // a spent quota that holds every call until it resets (or makes the answer inconclusive).
    this.#policy = this.#api.policy({
      dispatcher: context.dispatcher,
      clock: context.clock,
      retry: githubRetry(context.retry),
      timeouts: { headers: context.headersTimeout, body: context.bodyTimeout },
      quotaGate: true,
      around: (at, send, method) =>
        context.scheduler.run(at.host, () => {
          context.onRequest(at.href, method);
          return send();
        }),
    });
  }

  /** The policy this verifier's API calls go through, for the batched verifier to share. */
  get policy(): HttpPolicy {
    return this.#policy;
  }

  async check(url: string, target: GithubTarget, fragments: readonly string[]): Promise<CheckResult> {
    let requests = 0;
    const done = (
      outcome: CheckResult['outcome'],
      status: number | null,
      reason: string,
      missingFragments: string[] = [],
    ): CheckResult => ({
      url,
      outcome,
      status,
      reason,
      redirect: null,
      missingFragments,
      source: 'github-api',
      requests,
    });
    if (target.kind === 'owner') {
      const answer = await this.#call(`users/${enc(target.owner)}`, 'HEAD', null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    if (target.kind === 'team') {
      const answer = await this.#call(`orgs/${enc(target.owner)}/teams/${enc(target.slug)}`, 'HEAD', null);
      requests += answer.requests;
      // GitHub hides a secret team, and every team from a token without `read:org`, behind a 404;
      // only a missing organisation settles it.
      if (answer.status !== 404) return this.#verdict(answer, done);
      const org = await this.#call(`users/${enc(target.owner)}`, 'HEAD', null);
      requests += org.requests;
      if (org.status === 404) return done('dead', 404, 'no such organisation (GitHub API)');
      return done('inconclusive', 404, teamHidden);
    }
    if (target.kind === 'project') {
      const answer = await this.#graphql(projectField(target));
      requests += answer.requests;
      if (answer.failure) return done('inconclusive', null, answer.failure);
      const verdict = projectVerdict(target, answer.value);
      return done(verdict.outcome, verdict.outcome === 'alive' ? 200 : 404, verdict.reason);
    }
    if (target.kind === 'gist') {
      // By id: GitHub sends a gist's page under another owner's name to its owner.
      const answer = await this.#call(`gists/${enc(target.id)}`, 'HEAD', null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    const repoPath = `repos/${enc(target.owner)}/${enc(target.repo)}`;
    // A listing page needs the repository's features: the answer's body, not only its status.
    const repo = await this.#call(
      repoPath,
      target.kind === 'listing' ? 'GET' : 'HEAD',
      target.kind === 'listing' ? 'json' : null,
    );
    requests += repo.requests;
    if (repo.failure) return done('inconclusive', repo.status || null, repo.failure);
    if (repo.status === 404) return done('dead', 404, 'repository not found (GitHub API)');
    if (repo.status !== 200) return done('inconclusive', repo.status, `${repo.status} from the GitHub API`);
    if (target.kind === 'repo') return done('alive', 200, '200 (GitHub API)');
    if (target.kind === 'listing') {
      const body = JSON.parse(repo.text ?? '{}') as Record<string, unknown>;
      return target.feature && body[`has_${target.feature}`] === false
        ? done('dead', 404, featureOff(target.feature))
        : done('alive', 200, '200 (GitHub API)');
    }
    if (target.kind === 'discussion') {
      const answer = await this.#graphql(
        `repository(owner: ${JSON.stringify(target.owner)}, name: ${JSON.stringify(target.repo)}) { discussion(number: ${target.number}) { number } }`,
      );
      requests += answer.requests;
      if (answer.failure) return done('inconclusive', null, answer.failure);
      return (answer.value as { discussion?: unknown } | null)?.discussion
        ? done('alive', 200, '200 (GitHub GraphQL)')
        : done('dead', 404, 'no such discussion (GitHub GraphQL)');
    }
    if (target.kind === 'milestone') {
      const answer = await this.#call(`${repoPath}/milestones/${target.number}`, 'HEAD', null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }

    if (target.kind === 'issue' || target.kind === 'pull') {
      const answer = await this.#call(
        `${repoPath}/${target.kind === 'issue' ? 'issues' : 'pulls'}/${target.number}`,
        'HEAD',
        null,
      );
      requests += answer.requests;
      if (target.kind === 'issue' || !target.commit || answer.status !== 200) return this.#verdict(answer, done);
      const commit = await this.#call(`${repoPath}/commits/${enc(target.commit)}`, 'HEAD', null);
      requests += commit.requests;
      return this.#verdict(commit.status === 422 ? { ...commit, status: 404 } : commit, done);
    }
    if (target.kind === 'commit' || target.kind === 'release' || target.kind === 'label') {
      const answer = await this.#call(
        target.kind === 'commit'
          ? `${repoPath}/commits/${enc(target.sha)}`
          : target.kind === 'label'
            ? `${repoPath}/labels/${enc(target.name)}`
            : `${repoPath}/releases/tags/${enc(target.tag)}`,
        'HEAD',
        null,
      );
      requests += answer.requests;
      // GitHub answers 422 for a commit it does not know.
      return this.#verdict(answer.status === 422 ? { ...answer, status: 404 } : answer, done);
    }
    const wantsAnchors =
      target.kind !== 'tree' &&
      /\.(md|markdown)$/i.test(target.path) &&
      fragments.some((fragment) => !/^L\d+/.test(fragment));
    // A ref may contain `/`: try the shorter ref first, then longer ones.
    const most = Math.min(target.rest.length - (target.kind === 'tree' ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const ref = target.rest.slice(0, split).join('/');
      const path = target.rest.slice(split).join('/');
      const answer = await this.#call(
        `${repoPath}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(ref)}`,
        wantsAnchors ? 'GET' : 'HEAD',
        wantsAnchors ? 'raw' : null,
      );
      requests += answer.requests;
      if (answer.status === 404 && split < most) continue;
      if (answer.status === 404 && target.rest[0] === 'master') {
        const renamed = await this.#renamedDefault(url, target, repoPath);
        requests += renamed.requests;
        if (renamed.result) return { ...renamed.result, requests };
      }
      if (answer.status !== 200 || !wantsAnchors || answer.text === null) return this.#verdict(answer, done);
      const anchors = markdownAnchors(answer.text);
      return done(
        'alive',
        200,
        '200 (GitHub API)',
        fragments.filter((fragment) => !hasFragment(anchors, fragment, true)),
      );
    }
    return done('dead', 404, 'not found (GitHub API)');
  }

  /**
   * A link to `master` where there is none: when the default branch holds the path, the fix
   * (GitHub redirects a renamed branch's pages, not its raw files).
   */
  async #renamedDefault(
    url: string,
    target: Extract<GithubTarget, { kind: PathView }>,
    repoPath: string,
  ): Promise<{ result: CheckResult | null; requests: number }> {
    let requests = 0;
    const repo = await this.#policy.request(this.#api.url(repoPath), {
      headers: { 'user-agent': this.#context.userAgent, accept: 'application/vnd.github+json' },
      read: async (body, status) =>
        status === 200 ? ((await body.json()) as { default_branch?: string }) : (await body.dump(), null),
    });
    requests += repo.requests;
    const branch = repo.kind === 'answer' ? repo.body?.default_branch : undefined;
    if (!branch || branch === 'master') return { result: null, requests };
    const path = target.rest.slice(1).join('/');
    const found = await this.#call(
      `${repoPath}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(branch)}`,
      'HEAD',
      null,
    );
    requests += found.requests;
    if (found.status !== 200) return { result: null, requests };
    const to = new URL(url);
    const segments = to.pathname.split('/');
    segments[to.hostname === 'raw.githubusercontent.com' ? 3 : 4] = encodeURIComponent(branch);
    to.pathname = segments.join('/');
    const reason = `Unexpected branch \`master\` in \`${target.owner}/${target.repo}\`, expected its default branch \`${branch}\``;
    const base = { url, status: 200, missingFragments: [], source: 'github-api' as const, requests: 0 };
    return {
      requests,
      result:
        to.hostname === 'raw.githubusercontent.com'
          ? { ...base, outcome: 'dead', status: 404, reason: `${reason}; did you mean \`${to.href}\``, redirect: null }
          : { ...base, outcome: 'alive', reason, redirect: { to: to.href, permanent: true } },
    };
  }

  #verdict(
    answer: ApiAnswer,
    done: (outcome: CheckResult['outcome'], status: number | null, reason: string) => CheckResult,
  ): CheckResult {
    if (answer.failure) return done('inconclusive', answer.status || null, answer.failure);
    if (answer.status === 200) return done('alive', 200, '200 (GitHub API)');
    if (answer.status === 404 || answer.status === 410)
      return done('dead', answer.status, `${answer.status} (GitHub API)`);
    return done('inconclusive', answer.status, `${answer.status} from the GitHub API`);
  }

  #call(path: string, method: 'HEAD' | 'GET', read: 'raw' | 'json' | null): Promise<ApiAnswer> {
    const key = `${method} ${path}`;
    let call = this.#calls.get(key);
    if (!call) {
      call = this.#send(path, method, read);
      this.#calls.set(key, call);
    }
    return call.then((answer) => ({ ...answer, requests: this.#counted(key) ? 0 : answer.requests }));
  }

  /**
   * One lookup as a GraphQL query of its own, for what GitHub's REST API cannot answer
   * (discussions, projects): its value, null when GitHub found nothing.
   */
  async #graphql(field: string): Promise<{ value: unknown; requests: number; failure?: string }> {
    const result = await this.#policy.request(graphqlUrl(this.#api), {
      method: 'POST',
      body: JSON.stringify({ query: `query { q0: ${field} }` }),
      headers: {
        'user-agent': this.#context.userAgent,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      read: async (body, status) =>
        status === 200
          ? ((await body.json()) as {
              data?: Record<string, unknown> | null;
              errors?: Array<{ type?: string; message?: string }>;
            })
          : (await body.dump().catch(() => undefined), null),
    });
    const { requests } = result;
    if (result.kind !== 'answer')
      return {
        value: null,
        requests,
        failure: result.kind === 'quota' ? 'GitHub API quota spent' : 'GitHub GraphQL failed',
      };
    if (result.gaveUp?.rateLimited) return { value: null, requests, failure: 'GitHub API rate limit' };
    if (result.status !== 200 || !result.body?.data)
      return { value: null, requests, failure: `${result.status} from GitHub GraphQL` };
    const error = result.body.errors?.find((e) => e.type !== 'NOT_FOUND');
    if (error) return { value: null, requests, failure: error.message ?? 'GitHub GraphQL error' };
    return { value: result.body.data['q0'] ?? null, requests };
  }

  readonly #countedKeys = new Set<string>();
  /** Requests are counted for the first URL that asked, so totals add up. */
  #counted(key: string): boolean {
    if (this.#countedKeys.has(key)) return true;
    this.#countedKeys.add(key);
    return false;
  }

  /** One API call through the policy; a spent quota, a rate limit or a failed redirect is an inconclusive answer. */
  async #send(path: string, method: 'HEAD' | 'GET', read: 'raw' | 'json' | null): Promise<ApiAnswer> {
    const result = await this.#policy.request(this.#api.url(path), {
      method,
      headers: {
        'user-agent': this.#context.userAgent,
        accept: read === 'raw' ? 'application/vnd.github.raw+json' : 'application/vnd.github+json',
      },
      read: async (body, status) => {
        if (read && status === 200) return body.text();
        await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        return null;
      },
    });
    const { requests } = result;
    if (result.kind === 'quota') return { status: 0, text: null, requests, failure: 'GitHub API quota spent' };
    if (result.kind === 'network')
      return { status: 0, text: null, requests, failure: `network error ${result.code ?? ''}`.trim() };
    if (result.kind === 'redirect')
      return { status: 0, text: null, requests, failure: this.#api.failure(result).message };
    if (result.gaveUp?.rateLimited)
      return { status: result.status, text: null, requests, failure: 'GitHub API rate limit' };
    return { status: result.status, text: result.body ?? null, requests };
  }
}

/** The GraphQL lookup of a project (and its view). */
export function projectField(target: Extract<GithubTarget, { kind: 'project' }>): string {
  const view = target.view === undefined ? '' : ` view(number: ${target.view}) { number }`;
  return `${target.scope}(login: ${JSON.stringify(target.owner)}) { projectV2(number: ${target.number}) { number${view} } }`;
}

/** A project's verdict from its lookup's value. */
export function projectVerdict(
  target: Extract<GithubTarget, { kind: 'project' }>,
  value: unknown,
): { outcome: 'alive' | 'dead'; reason: string } {
  const owner = value as { projectV2?: { view?: unknown } | null } | null;
  if (!owner) return { outcome: 'dead', reason: `no such ${target.scope} (GitHub GraphQL)` };
  if (!owner.projectV2) return { outcome: 'dead', reason: 'no such project (GitHub GraphQL)' };
  if (target.view !== undefined && !owner.projectV2.view)
    return { outcome: 'dead', reason: 'no such view of the project (GitHub GraphQL)' };
  return { outcome: 'alive', reason: '200 (GitHub GraphQL)' };
}

/** Why a listing page is gone while its repository is there. */
export function featureOff(feature: Feature): string {
  return `the repository's ${feature === 'wiki' ? 'wiki is' : `${feature} are`} turned off (GitHub API)`;
}

/** GraphQL's endpoint: `<api>/graphql`, or GitHub Enterprise's `/api/graphql` beside its REST root `/api/v3`. */
export function graphqlUrl(api: GitHubApi): URL {
  const root = api.root;
  return /\/api\/v3\/$/.test(root.pathname) ? new URL('/api/graphql', root) : new URL('graphql', root);
}

/** Why a team GitHub does not show is not called dead. */
export const teamHidden =
  'team not visible: GitHub hides secret teams, and all teams from a token without `read:org`; not checked';

function enc(value: string): string {
  return encodeURIComponent(value);
}
