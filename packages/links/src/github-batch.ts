import { GitHubApi, TreeWalker, type TreeEntry, type TreeResponse, type TreeSource } from '@devguide/github';
import type { HttpPolicy, HttpResult, ResponseHeaders } from '@devguide/http';
import { setImmediate } from 'node:timers';
import { hasFragment, markdownAnchors } from './anchors.js';
import { repoKey, type GithubContext, type GithubTarget, type PathView } from './github.js';
import type { CheckResult } from './types.js';

export interface BatchOptions {
  /** Requests (REST) and points (GraphQL) left unspent: the run stops before the quota runs out. */
  reserve: number;
  /** Lookups in the first GraphQL query; later ones are sized by the cost GitHub reports. */
  firstBatch: number;
  /** Lookups in one GraphQL query at most. */
  maxBatch: number;
}

export const defaultBatchOptions: BatchOptions = { reserve: 20, firstBatch: 50, maxBatch: 100 };

type PathTarget = Extract<GithubTarget, { kind: PathView }>;
type Done = (
  outcome: CheckResult['outcome'],
  status: number | null,
  reason: string,
  extra?: Partial<CheckResult>,
) => CheckResult;

interface Item {
  url: string;
  target: GithubTarget;
  fragments: readonly string[];
  resolve(result: CheckResult): void;
}

/** What GitHub said about a repository. */
type RepoAnswer =
  | { kind: 'found'; nameWithOwner: string }
  | { kind: 'missing' }
  | { kind: 'unchecked'; reason: string; status: number | null };

/** One aliased lookup inside `repository(…)` (or `repositoryOwner` at the root). */
interface Lookup {
  /** The GraphQL selection, without its alias. */
  field: string;
  settle(value: unknown, error: GraphqlError | null): void;
  fail(reason: string): void;
}

interface GraphqlError {
  type?: string;
  path?: Array<string | number>;
  message?: string;
}

type TreeAnswer =
  | { kind: 'found'; walker: TreeWalker }
  | { kind: 'missing' }
  | { kind: 'unchecked'; reason: string; status: number | null };

/** Stops a walk of a truncated tree cleanly when the quota is kept or a call fails. */
class TreeFailure extends Error {}

/**
 * Verifies GitHub URLs in batches rather than one request each. URLs are collected for a turn of
 * the event loop, then: repositories, issues, pull requests, commits, releases and owners as
 * aliased GraphQL lookups, many per query (with a token); every `blob`, `tree`, `raw` and `blame`
 * URL through one recursive tree per (repository, ref), walking only the needed sub-trees when
 * GitHub truncates it. Without a token, GraphQL is unavailable: repositories and the rest are
 * asked over REST, one request each. The quota GitHub reports is kept: what cannot be asked
 * within it is answered as not yet checked (inconclusive, never cached), so the next run goes on.
 */
export class GithubBatchVerifier {
  readonly #context: GithubContext;
  readonly #api: GitHubApi;
  readonly #policy: HttpPolicy;
  readonly #options: BatchOptions;
  readonly #graphqlUrl: URL;
  readonly #queue: Item[] = [];
  readonly #repos = new Map<string, Promise<RepoAnswer>>();
  readonly #trees = new Map<string, Promise<TreeAnswer>>();
  readonly #files = new Map<string, Promise<string | null>>();
  readonly #perItem: (item: Item) => Promise<CheckResult>;
  #scheduled = false;
  /** By quota resource (`core`, `graphql`): what GitHub last said is left, less what is in flight. */
  readonly #remaining = new Map<string, { left: number; reset: number | null }>();
  /** By quota resource: the first request, until whose answer the others wait to learn the quota. */
  readonly #probes = new Map<string, Promise<void>>();
  #batch: number;
  /** Points per lookup the last query cost. */
  #costPerLookup = 0;
  /** GraphQL requests sent and points GitHub charged. */
  readonly usage = { graphqlQueries: 0, graphqlPoints: 0, restRequests: 0 };
  readonly notes: string[] = [];
  /** By URL: the anchors of the markdown file read for its fragments, for the link cache. */
  readonly anchors = new Map<string, string[]>();

  constructor(
    context: GithubContext,
    policy: HttpPolicy,
    perUrl: (url: string, target: GithubTarget, fragments: readonly string[]) => Promise<CheckResult>,
    options: Partial<BatchOptions> = {},
  ) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    this.#policy = policy;
    this.#options = { ...defaultBatchOptions, ...options };
    this.#batch = this.#options.firstBatch;
    // GitHub Enterprise serves GraphQL at `/api/graphql` beside its REST root `/api/v3`.
    const root = this.#api.root;
    this.#graphqlUrl = /\/api\/v3\/$/.test(root.pathname) ? new URL('/api/graphql', root) : new URL('graphql', root);
    this.#perItem = (item) => perUrl(item.url, item.target, item.fragments);
    if (!context.token)
      this.notes.push(
        'GitHub GraphQL needs a token (GITHUB_TOKEN): repositories, issues, pull requests, commits, releases and owners are asked over REST, one request each, against 60 requests an hour without one',
      );
  }

  check(url: string, target: GithubTarget, fragments: readonly string[]): Promise<CheckResult> {
    return new Promise((resolve) => {
      this.#queue.push({ url, target, fragments, resolve });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // One turn of the event loop collects what the caller hands in together.
        setImmediate(() => {
          this.#scheduled = false;
          void this.#flush(this.#queue.splice(0));
        });
      }
    });
  }

  async #flush(items: Item[]): Promise<void> {
    const lookups: Array<{ owner: string | null; repo: string | null; lookup: Lookup }> = [];
    const work: Array<Promise<void>> = [];
    for (const item of items) {
      const target = item.target;
      const done = this.#done(item);
      if (target.kind === 'owner') {
        if (!this.#context.token) {
          work.push(this.#perItem(item).then(item.resolve));
          continue;
        }
        lookups.push({
          owner: null,
          repo: null,
          lookup: {
            field: `repositoryOwner(login: ${JSON.stringify(target.owner)}) { login }`,
            settle: (value) =>
              item.resolve(
                value
                  ? done('alive', 200, 'owner found (GitHub GraphQL)')
                  : done('dead', 404, 'no such user or organisation (GitHub GraphQL)'),
              ),
            fail: (reason) => item.resolve(done('inconclusive', null, reason)),
          },
        });
        continue;
      }
      const key = repoKey(target.owner, target.repo);
      let repo = this.#repos.get(key);
      if (!repo) {
        repo = this.#context.token
          ? this.#repoByGraphql(target.owner, target.repo, lookups)
          : this.#repoByRest(target.owner, target.repo);
        this.#repos.set(key, repo);
      }
      if (target.kind === 'repo') {
        work.push(repo.then((answer) => item.resolve(this.#repoVerdict(item, answer, done))));
        continue;
      }
      if ('path' in target) {
        work.push(this.#path(item, target, repo, done).then(item.resolve));
        continue;
      }
      if (!this.#context.token) {
        work.push(this.#perItem(item).then(item.resolve));
        continue;
      }
      lookups.push({ owner: target.owner, repo: target.repo, lookup: this.#lookup(item, target, done) });
    }
    work.push(this.#sendLookups(lookups));
    await Promise.all(work);
  }

  #done(item: Item): Done {
    return (outcome, status, reason, extra = {}) => ({
      url: item.url,
      outcome,
      status,
      reason,
      redirect: null,
      missingFragments: [],
      source: 'github-api',
      // Requests are counted by the run as a whole: a batch answers many URLs at once.
      requests: 0,
      ...extra,
    });
  }

  #repoVerdict(item: Item, answer: RepoAnswer, done: Done): CheckResult {
    const target = item.target as Exclude<GithubTarget, { kind: 'owner' }>;
    if (answer.kind === 'unchecked') return done('inconclusive', answer.status, answer.reason);
    if (answer.kind === 'missing') return done('dead', 404, 'repository not found (GitHub API)');
    const moved = this.#moved(item, target, answer.nameWithOwner);
    return done(
      'alive',
      200,
      moved ? `repository moved to \`${answer.nameWithOwner}\`` : '200 (GitHub API)',
      moved ? { redirect: moved } : {},
    );
  }

  /** The same URL in the repository's new name, when it was renamed or transferred. */
  #moved(item: Item, target: { owner: string; repo: string }, nameWithOwner: string): CheckResult['redirect'] {
    if (repoKey(target.owner, target.repo) === nameWithOwner.toLowerCase()) return null;
    const url = new URL(item.url);
    const segments = url.pathname.split('/');
    segments.splice(1, 2, ...nameWithOwner.split('/'));
    url.pathname = segments.join('/');
    return { to: url.href, permanent: true };
  }

  #repoByGraphql(
    owner: string,
    repo: string,
    lookups: Array<{ owner: string | null; repo: string | null; lookup: Lookup }>,
  ): Promise<RepoAnswer> {
    return new Promise((resolve) => {
      lookups.push({
        owner,
        repo,
        lookup: {
          field: 'nameWithOwner',
          settle: (value, error) => {
            if (typeof value === 'string') resolve({ kind: 'found', nameWithOwner: value });
            else if (error?.type === 'NOT_FOUND' || value === null) resolve({ kind: 'missing' });
            else
              resolve({ kind: 'unchecked', reason: error?.message ?? 'no answer from GitHub GraphQL', status: null });
          },
          fail: (reason) => resolve({ kind: 'unchecked', reason, status: null }),
        },
      });
    });
  }

  async #repoByRest(owner: string, repo: string): Promise<RepoAnswer> {
    const answer = await this.#rest<{ full_name?: string }>(
      `repos/${enc(owner)}/${enc(repo)}`,
      async (body) => (await body.json()) as { full_name?: string },
    );
    if (answer.kind === 'unchecked') return answer;
    if (answer.status === 404) return { kind: 'missing' };
    if (answer.status !== 200)
      return { kind: 'unchecked', reason: `${answer.status} from the GitHub API`, status: answer.status };
    return { kind: 'found', nameWithOwner: answer.body?.full_name ?? `${owner}/${repo}` };
  }

  #lookup(
    item: Item,
    target: Extract<GithubTarget, { kind: 'issue' | 'pull' | 'commit' | 'release' }>,
    done: Done,
  ): Lookup {
    const fail = (reason: string) => item.resolve(done('inconclusive', null, reason));
    if (target.kind === 'issue' || target.kind === 'pull')
      return {
        field: `issueOrPullRequest(number: ${target.number}) { __typename ... on Issue { url } ... on PullRequest { url } }`,
        settle: (value, error) => {
          const found = value as { __typename?: string; url?: string } | null;
          if (!found) {
            if (error && error.type !== 'NOT_FOUND') return fail(error.message ?? 'GitHub GraphQL error');
            return item.resolve(
              done('dead', 404, `no such ${target.kind === 'issue' ? 'issue' : 'pull request'} (GitHub GraphQL)`),
            );
          }
          // `pull/N` of an issue is GitHub's 404; `issues/N` of a pull request redirects to it.
          if (target.kind === 'pull' && found.__typename !== 'PullRequest')
            return item.resolve(done('dead', 404, 'an issue, not a pull request (GitHub GraphQL)'));
          const at = found.url ? new URL(found.url) : null;
          const asked = new URL(item.url);
          const moved =
            at &&
            at.pathname.split('/').slice(1, 3).join('/').toLowerCase() !==
              asked.pathname.split('/').slice(1, 3).join('/').toLowerCase();
          item.resolve(
            moved
              ? done('alive', 200, `transferred to \`${at.pathname.split('/').slice(1, 3).join('/')}\``, {
                  redirect: { to: at.href, permanent: true },
                })
              : done('alive', 200, '200 (GitHub GraphQL)'),
          );
        },
        fail,
      };
    if (target.kind === 'commit')
      return {
        field: `object(expression: ${JSON.stringify(target.sha)}) { __typename }`,
        settle: (value, error) =>
          value
            ? item.resolve(done('alive', 200, '200 (GitHub GraphQL)'))
            : error && error.type !== 'NOT_FOUND'
              ? fail(error.message ?? 'GitHub GraphQL error')
              : item.resolve(done('dead', 404, 'no such commit (GitHub GraphQL)')),
        fail,
      };
    return {
      field: `release(tagName: ${JSON.stringify(target.tag)}) { tagName }`,
      settle: (value, error) =>
        value
          ? item.resolve(done('alive', 200, '200 (GitHub GraphQL)'))
          : error && error.type !== 'NOT_FOUND'
            ? fail(error.message ?? 'GitHub GraphQL error')
            : item.resolve(done('dead', 404, 'no such release (GitHub GraphQL)')),
      fail,
    };
  }

  /** Every lookup in aliased GraphQL queries, one after another, each sized by what the last one cost. */
  async #sendLookups(all: Array<{ owner: string | null; repo: string | null; lookup: Lookup }>): Promise<void> {
    let at = 0;
    while (at < all.length) {
      const size = this.#batch;
      const chunk = all.slice(at, at + size);
      // Lookups in one repository share its alias; lookups at the root (owners) have their own.
      const groups = new Map<string, { owner: string | null; repo: string | null; lookups: Lookup[] }>();
      chunk.forEach((entry, index) => {
        const key = entry.owner === null ? `#${index}` : repoKey(entry.owner, entry.repo!);
        const group = groups.get(key) ?? { owner: entry.owner, repo: entry.repo, lookups: [] };
        group.lookups.push(entry.lookup);
        groups.set(key, group);
      });
      // Each repository is a lookup of its own besides those inside it.
      const weight = chunk.length + [...groups.values()].filter((group) => group.owner !== null).length;
      // GitHub prices a query by what it did, so the next one's price is a guess: one point over.
      const kept = this.#kept('graphql', Math.ceil(this.#costPerLookup * weight) + 1);
      if (kept) {
        for (const { lookup } of all.slice(at)) lookup.fail(kept);
        return;
      }
      at += chunk.length;
      const fields: string[] = [];
      const settle: Array<(data: Record<string, unknown>, errors: GraphqlError[]) => void> = [];
      [...groups.values()].forEach((group, g) => {
        const alias = `q${g}`;
        if (group.owner === null) {
          const lookup = group.lookups[0]!;
          fields.push(`${alias}: ${lookup.field}`);
          settle.push((data, errors) =>
            lookup.settle(data[alias] ?? null, errors.find((e) => e.path?.[0] === alias) ?? null),
          );
          return;
        }
        const inner = group.lookups.map((lookup, l) =>
          lookup.field === 'nameWithOwner' ? 'nameWithOwner' : `l${l}: ${lookup.field}`,
        );
        if (!inner.includes('nameWithOwner')) inner.unshift('nameWithOwner');
        fields.push(
          `${alias}: repository(owner: ${JSON.stringify(group.owner)}, name: ${JSON.stringify(group.repo)}) { ${inner.join(' ')} }`,
        );
        settle.push((data, errors) => {
          const repo = data[alias] as Record<string, unknown> | null | undefined;
          const repoError = errors.find((e) => e.path?.length === 1 && e.path[0] === alias) ?? null;
          group.lookups.forEach((lookup, l) => {
            if (lookup.field === 'nameWithOwner') return lookup.settle(repo?.['nameWithOwner'] ?? null, repoError);
            if (!repo)
              return repoError?.type === 'NOT_FOUND'
                ? lookup.settle(null, repoError)
                : lookup.fail(repoError?.message ?? 'no answer from GitHub GraphQL');
            lookup.settle(
              repo[`l${l}`] ?? null,
              errors.find((e) => e.path?.[0] === alias && e.path[1] === `l${l}`) ?? null,
            );
          });
        });
      });
      const query = `query { ${fields.join(' ')} rateLimit { cost remaining resetAt } }`;
      const answer = await this.#graphql(query);
      if (answer.kind === 'failed') {
        for (const { lookup } of chunk) lookup.fail(answer.reason);
        continue;
      }
      const errors = answer.errors;
      const limited = errors.find((error) => error.type === 'RATE_LIMITED' && !error.path);
      if (limited) {
        this.#remaining.set('graphql', { left: 0, reset: this.#remaining.get('graphql')?.reset ?? null });
        for (const { lookup } of all.slice(at - chunk.length))
          lookup.fail(
            `not yet checked: GitHub GraphQL quota spent (${limited.message ?? 'RATE_LIMITED'}); run again later`,
          );
        return;
      }
      if (!answer.data) {
        const said = errors.map((error) => error.message).join('; ') || 'no data';
        for (const { lookup } of chunk) lookup.fail(`GitHub GraphQL: ${said}`);
        continue;
      }
      for (const run of settle) run(answer.data, errors);
      // A cheap query may grow; a costly one shrinks, so one query never costs more than a few points.
      const cost = answer.cost ?? 1;
      this.#costPerLookup = cost / weight;
      this.#batch = Math.max(
        1,
        Math.min(this.#options.maxBatch, cost <= 1 ? this.#batch * 2 : Math.floor((this.#batch * 2) / cost)),
      );
    }
  }

  async #graphql(
    query: string,
  ): Promise<
    | { kind: 'answer'; data: Record<string, unknown> | null; errors: GraphqlError[]; cost: number | null }
    | { kind: 'failed'; reason: string }
  > {
    this.usage.graphqlQueries++;
    const result = await this.#policy.request(this.#graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({ query }),
      headers: {
        'user-agent': this.#context.userAgent,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      read: async (body) => (await body.json()) as { data?: Record<string, unknown> | null; errors?: GraphqlError[] },
    });
    const failed = this.#failure(result);
    if (failed) return { kind: 'failed', reason: failed };
    const answer = result as Extract<HttpResult<unknown>, { kind: 'answer' }>;
    this.#note(answer.headers);
    if (answer.status !== 200) return { kind: 'failed', reason: `${answer.status} from GitHub GraphQL` };
    const payload = answer.body as { data?: Record<string, unknown> | null; errors?: GraphqlError[] } | null;
    const rate = (payload?.data?.['rateLimit'] ?? null) as {
      cost?: number;
      remaining?: number;
      resetAt?: string;
    } | null;
    if (rate && typeof rate.remaining === 'number')
      this.#remaining.set('graphql', { left: rate.remaining, reset: rate.resetAt ? Date.parse(rate.resetAt) : null });
    if (rate && typeof rate.cost === 'number') this.usage.graphqlPoints += rate.cost;
    return { kind: 'answer', data: payload?.data ?? null, errors: payload?.errors ?? [], cost: rate?.cost ?? null };
  }

  /**
   * Lets a request go when the quota allows. Until an answer has said what is left, one request
   * goes alone and the others wait for its answer, so a nearly spent quota is not overrun by a
   * burst sent in parallel.
   */
  async #admit(resource: 'core' | 'graphql', units: number): Promise<{ kept: string | null; release(): void }> {
    while (!this.#remaining.has(resource) && this.#probes.has(resource)) await this.#probes.get(resource);
    if (this.#remaining.has(resource)) return { kept: this.#kept(resource, units), release: () => undefined };
    let release!: () => void;
    this.#probes.set(resource, new Promise<void>((resolve) => (release = resolve)));
    return {
      kept: null,
      release: () => {
        // An answer without quota fields (some GitHub Enterprise servers) leaves nothing to keep.
        if (!this.#remaining.has(resource)) this.#remaining.set(resource, { left: Infinity, reset: null });
        this.#probes.delete(resource);
        release();
      },
    };
  }

  /** A reason when the quota of `resource` is down to the reserve, after taking `units` from it. */
  #kept(resource: 'core' | 'graphql', units: number): string | null {
    const quota = this.#remaining.get(resource);
    if (!quota) return null;
    if (quota.left - units < this.#options.reserve) {
      const when = quota.reset ? ` (it resets at ${new Date(quota.reset).toISOString()})` : '';
      return `not yet checked: the GitHub ${resource === 'core' ? 'REST' : 'GraphQL'} quota is down to ${quota.left}, kept in reserve${when}; the next run goes on from here`;
    }
    quota.left -= units;
    return null;
  }

  /** The quota fields of a REST or GraphQL answer. */
  #note(headers: ResponseHeaders): void {
    const field = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const remaining = Number(field('x-ratelimit-remaining'));
    if (!Number.isFinite(remaining) || field('x-ratelimit-remaining') === undefined) return;
    const resource = field('x-ratelimit-resource') === 'graphql' ? 'graphql' : 'core';
    const reset = Number(field('x-ratelimit-reset'));
    const known = this.#remaining.get(resource);
    // Answers arrive out of order: the lowest count seen is the truest.
    this.#remaining.set(resource, {
      left: known ? Math.min(known.left, remaining) : remaining,
      reset: Number.isFinite(reset) ? reset * 1000 : (known?.reset ?? null),
    });
  }

  #failure(result: HttpResult<unknown>): string | null {
    if (result.kind === 'quota') return 'not yet checked: GitHub API quota spent; the next run goes on from here';
    if (result.kind === 'network') return `network error ${result.code ?? ''}`.trim();
    if (result.kind === 'redirect') return this.#api.failure(result).message;
    if (result.gaveUp?.rateLimited) return 'not yet checked: GitHub API rate limit; the next run goes on from here';
    return null;
  }

  /** One REST GET through the policy, within the quota. */
  async #rest<T>(
    path: string,
    read: (body: Parameters<Parameters<HttpPolicy['request']>[1]['read']>[0]) => Promise<T>,
    headers: Record<string, string> = {},
  ): Promise<
    | { kind: 'answer'; status: number; body: T | null; hops: number; headers: ResponseHeaders }
    | { kind: 'unchecked'; reason: string; status: number | null }
  > {
    const admitted = await this.#admit('core', 1);
    if (admitted.kept) return { kind: 'unchecked', reason: admitted.kept, status: null };
    this.usage.restRequests++;
    const result = await this.#policy.request(this.#api.url(path), {
      headers: { 'user-agent': this.#context.userAgent, accept: 'application/vnd.github+json', ...headers },
      read: async (body, status) => (status === 200 ? read(body) : (await body.dump().catch(() => undefined), null)),
    });
    if (result.kind === 'answer') this.#note(result.headers);
    admitted.release();
    const failed = this.#failure(result);
    if (failed) return { kind: 'unchecked', reason: failed, status: null };
    const answer = result as Extract<HttpResult<T>, { kind: 'answer' }>;
    if (answer.gaveUp)
      return { kind: 'unchecked', reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: 'answer',
      status: answer.status,
      body: answer.body,
      hops: answer.hops.length,
      headers: answer.headers,
    };
  }

  /** A `blob`, `tree`, `raw` or `blame` URL: the repository, then the tree of its ref. */
  async #path(item: Item, target: PathTarget, repoAnswer: Promise<RepoAnswer>, done: Done): Promise<CheckResult> {
    const repo = await repoAnswer;
    if (repo.kind !== 'found') return this.#repoVerdict(item, repo, done);
    const moved = this.#moved(item, target, repo.nameWithOwner);
    const name = repo.nameWithOwner;
    // A ref may contain `/`: the shortest ref GitHub knows wins, as on github.com.
    const most = Math.min(target.rest.length - (target.kind === 'tree' ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const ref = target.rest.slice(0, split).join('/');
      const path = target.rest.slice(split).join('/');
      const tree = await this.#tree(name, ref);
      if (tree.kind === 'unchecked') return done('inconclusive', tree.status, tree.reason);
      if (tree.kind === 'missing') {
        if (split < most) continue;
        return done('dead', 404, `no ref \`${ref}\` in \`${name}\` (GitHub tree)`);
      }
      const extra: Partial<CheckResult> = moved ? { redirect: moved } : {};
      if (path === '') return done('alive', 200, 'in the tree (GitHub API)', extra);
      let entry: TreeEntry | null;
      try {
        entry = await tree.walker.entry(path);
      } catch (error) {
        return done('inconclusive', null, error instanceof TreeFailure ? error.message : 'GitHub tree walk failed');
      }
      if (!entry || entry.path !== path)
        return done('dead', 404, `\`${path}\` is not in \`${name}\` at \`${ref}\` (GitHub tree)`);
      const isFile = entry.type === 'blob';
      if (target.kind === 'tree' ? isFile : entry.type === 'tree') {
        const [want, was] = target.kind === 'tree' ? ['blob', 'tree'] : ['tree', target.kind];
        const to = new URL(moved?.to ?? item.url);
        to.pathname = to.pathname.replace(new RegExp(`^(/[^/]+/[^/]+/)${was}/`), `$1${want}/`);
        return done(
          'alive',
          200,
          `Unexpected \`${was}/\` view for the ${isFile ? 'file' : 'directory'} \`${path}\`, expected \`${want}/\``,
          { redirect: { to: to.href, permanent: false } },
        );
      }
      const wantsAnchors =
        isFile &&
        target.kind !== 'tree' &&
        /\.(md|markdown)$/i.test(path) &&
        item.fragments.some((fragment) => !/^L\d+/.test(fragment));
      if (!wantsAnchors) return done('alive', 200, 'in the tree (GitHub API)', extra);
      const text = await this.#file(name, ref, path);
      if (text === null) return done('alive', 200, 'in the tree (GitHub API); its anchors were not read', extra);
      const anchors = markdownAnchors(text);
      this.anchors.set(item.url, [...anchors]);
      return done('alive', 200, 'in the tree (GitHub API)', {
        ...extra,
        missingFragments: item.fragments.filter((fragment) => !hasFragment(anchors, fragment, true)),
      });
    }
    return done('dead', 404, 'not found (GitHub API)');
  }

  #tree(repository: string, ref: string): Promise<TreeAnswer> {
    const key = `${repository.toLowerCase()}@${ref}`;
    let tree = this.#trees.get(key);
    if (!tree) {
      tree = this.#readTree(repository, ref);
      this.#trees.set(key, tree);
    }
    return tree;
  }

  async #readTree(repository: string, ref: string): Promise<TreeAnswer> {
    const first = await this.#treeCall(repository, ref, true);
    if (first.kind !== 'found') return first;
    const source: TreeSource = {
      tree: async (repo, sha, recursive) => {
        const listed = await this.#treeCall(repo, sha, recursive);
        if (listed.kind !== 'found')
          throw new TreeFailure(listed.kind === 'missing' ? `tree ${sha} not found` : listed.reason);
        return listed.tree;
      },
    };
    const walker = new TreeWalker(source, repository, first.tree.sha);
    return { kind: 'found', walker: first.tree.truncated ? walker : walker.seed(first.tree.tree) };
  }

  async #treeCall(
    repository: string,
    ref: string,
    recursive: boolean,
  ): Promise<
    | { kind: 'found'; tree: TreeResponse }
    | { kind: 'missing' }
    | { kind: 'unchecked'; reason: string; status: number | null }
  > {
    const [owner, repo] = repository.split('/') as [string, string];
    const answer = await this.#rest<TreeResponse>(
      `repos/${enc(owner)}/${enc(repo)}/git/trees/${enc(ref)}${recursive ? '?recursive=1' : ''}`,
      async (body) => (await body.json()) as TreeResponse,
    );
    if (answer.kind === 'unchecked') return answer;
    if (answer.status === 404 || answer.status === 422) return { kind: 'missing' };
    if (answer.status !== 200 || !answer.body || !Array.isArray(answer.body.tree))
      return { kind: 'unchecked', reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: 'found',
      tree: { sha: answer.body.sha, tree: answer.body.tree, truncated: answer.body.truncated === true },
    };
  }

  #file(repository: string, ref: string, path: string): Promise<string | null> {
    const key = `${repository.toLowerCase()}@${ref}:${path}`;
    let file = this.#files.get(key);
    if (!file) {
      const [owner, repo] = repository.split('/') as [string, string];
      file = this.#rest<string>(
        `repos/${enc(owner)}/${enc(repo)}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(ref)}`,
        (body) => body.text(),
        { accept: 'application/vnd.github.raw+json' },
      ).then((answer) => (answer.kind === 'answer' && answer.status === 200 ? answer.body : null));
      this.#files.set(key, file);
    }
    return file;
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}
