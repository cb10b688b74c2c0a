import { GitHubApi, TreeWalker, type TreeEntry, type TreeResponse, type TreeSource } from '@devguide/github';
import type { HttpPolicy, HttpResult, ResponseHeaders } from '@devguide/http';
import { setImmediate } from 'node:timers';
import { hasFragment, markdownAnchors } from './anchors.js';
import {
  featureOff,
  graphqlUrl,
  projectField,
  projectVerdict,
  readsAnchors,
  repoKey,
  teamHidden,
  type Feature,
  type GithubContext,
  type GithubTarget,
  type PathView,
} from './github.js';
import type { CheckResult } from './types.js';

export interface BatchOptions {
  /** Requests (REST) and points (GraphQL) left unspent: the run stops before the quota runs out. */
  reserve: number;
  /** Lookups in the first GraphQL query; later ones are sized by the cost GitHub reports. */
  firstBatch: number;
  /** Lookups in one GraphQL query at most. */
  maxBatch: number;
  /**
   * Paths under one (repository, ref) from which its recursive tree is read instead of one
   * GraphQL `object(expression:)` lookup each: a tree is one request, lookups share queries.
   */
  treeFrom: number;
}

// GitHub limits a GraphQL query by its nodes (500,000) and its cost in points, not by its aliases:
// a lookup by name or number is one node and a query of 200 costs 1 point. The batch still shrinks
// when GitHub reports a higher cost (a query of texts), and weighs each text as five lookups.
export const defaultBatchOptions: BatchOptions = { reserve: 20, firstBatch: 50, maxBatch: 200, treeFrom: 100 };

/** The commit a (repository, ref) stood at when its URLs were verified, for a conditional request next run. */
export interface RefHead {
  repository: string;
  ref: string;
  sha: string;
}

/** A ref since the last run: at the same commit, moved (or gone), or not known (the request failed). */
export type Unchanged = 'same' | 'moved' | 'unknown';

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
  | { kind: 'found'; nameWithOwner: string; defaultBranch: string | null; off: Feature[] }
  | { kind: 'missing' }
  | { kind: 'unchecked'; reason: string; status: number | null };

interface GraphqlError {
  type?: string;
  path?: Array<string | number>;
  message?: string;
}

/** One aliased lookup's answer: its value and the error GitHub gave for its path, or why there is none. */
type Reply = { kind: 'data'; value: unknown; error: GraphqlError | null } | { kind: 'failed'; reason: string };

/** A lookup waiting for a query: inside `repository(…)` when `owner` is set, else at the root. */
interface Ask {
  owner: string | null;
  repo: string | null;
  field: string;
  resolve(reply: Reply): void;
}

/** The repository's own fields, asked in every `repository(…)` of a query. */
const repoFields =
  'nameWithOwner defaultBranchRef { name } hasIssuesEnabled hasWikiEnabled hasDiscussionsEnabled hasProjectsEnabled';
const features: Feature[] = ['issues', 'wiki', 'discussions', 'projects'];
/** The features a repository has turned off, from GraphQL's `has…Enabled` or REST's `has_…`. */
const featuresOff = (node: Record<string, unknown>, field: (feature: Feature) => string) =>
  features.filter((feature) => node[field(feature)] === false);
const repoField = '';

type TreeAnswer =
  | { kind: 'found'; walker: TreeWalker }
  | { kind: 'missing' }
  | { kind: 'unchecked'; reason: string; status: number | null };

/** Stops a walk of a truncated tree cleanly when the quota is kept or a call fails. */
class TreeFailure extends Error {}

/** Where a path lookup landed: a file or directory, nothing at an existing ref, or no such ref. */
type Place =
  | { kind: 'blob'; text: string | null }
  | { kind: 'tree' }
  | { kind: 'absent' }
  | { kind: 'no-ref' }
  | { kind: 'unchecked'; reason: string; status: number | null };

const q = (value: string) => JSON.stringify(value);

/** A blob's text, asked for markdown files whose fragments are checked. */
const textSelection = '... on Blob { text }';
/**
 * A text counts as this many lookups in sizing a query: files can be large, and a smaller answer
 * keeps a query within GitHub's time limit for one request.
 */
const textWeight = 5;

/**
 * Verifies GitHub URLs in batches rather than one request each. URLs are collected for a turn of
 * the event loop; with a token, every lookup is an alias in a GraphQL query, one query in flight
 * at a time, each sized by the cost GitHub reported for the last: repositories, issues, pull
 * requests, commits, releases, labels, owners and teams, and `blob`, `tree`, `raw` and `blame`
 * paths as `object(expression: "<ref>:<path>")` (with the text of markdown files whose fragments
 * are asked). A (repository, ref) linked more than `treeFrom` times is settled by its recursive
 * tree instead, walking only the needed sub-trees when GitHub truncates it. Without a token,
 * GraphQL is unavailable: trees, and REST one request each for the rest. The quota GitHub reports
 * is kept: what cannot be asked within it is answered as not yet checked (inconclusive, never
 * cached), so the next run goes on.
 */
export class GithubBatchVerifier {
  readonly #context: GithubContext;
  readonly #api: GitHubApi;
  readonly #policy: HttpPolicy;
  readonly #options: BatchOptions;
  readonly #graphqlUrl: URL;
  readonly #queue: Item[] = [];
  readonly #repos = new Map<string, Promise<RepoAnswer>>();
  readonly #heads = new Map<string, Promise<Reply>>();
  readonly #objects = new Map<string, Promise<Reply>>();
  readonly #trees = new Map<string, Promise<TreeAnswer>>();
  readonly #files = new Map<string, Promise<string | null>>();
  readonly #unchanged = new Map<string, Promise<Unchanged>>();
  readonly #revalidations: Array<{ head: RefHead; resolve(answer: Unchanged): void }> = [];
  readonly #perItem: (item: Item) => Promise<CheckResult>;
  #scheduled = false;
  readonly #asks: Ask[] = [];
  #pumping = false;
  /** By quota resource (`core`, `graphql`): what GitHub last said is left, less what is in flight. */
  readonly #remaining = new Map<string, { left: number; reset: number | null }>();
  /** By quota resource: the first request, until whose answer the others wait to learn the quota. */
  readonly #probes = new Map<string, Promise<void>>();
  #batch: number;
  /** Points per lookup the last query cost. */
  #costPerLookup = 0;
  /** GraphQL requests sent and points GitHub charged; REST requests, conditional ones among them. */
  readonly usage = { graphqlQueries: 0, graphqlPoints: 0, restRequests: 0, conditional: 0, notModified: 0 };
  readonly notes: string[] = [];
  /** By URL: the anchors of the markdown file read for its fragments, for the link cache. */
  readonly anchors = new Map<string, string[]>();
  /** By URL of a `blob`, `tree`, `raw` or `blame` verdict: the commit its ref stood at. */
  readonly heads = new Map<string, RefHead>();

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
    this.#graphqlUrl = graphqlUrl(this.#api);
    this.#perItem = (item) => perUrl(item.url, item.target, item.fragments);
    if (!context.token)
      this.notes.push(
        'GitHub GraphQL needs a token (GITHUB_TOKEN): repositories, issues, pull requests, commits, releases, labels, owners and teams are asked over REST, one request each, and every linked (repository, ref) costs a tree, against 60 requests an hour without one',
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

  /**
   * Whether `ref` of `repository` still stands at `sha`. Heads handed in together are asked
   * together: a repository with one linked ref by one conditional request (`If-None-Match`,
   * whose 304 GitHub does not count against the quota); one with several by GraphQL lookups of
   * their heads, batched with other repositories', so no repository costs more than one request.
   * Asked once per (repository, ref) and run.
   */
  unchanged(head: RefHead): Promise<Unchanged> {
    const key = `${head.repository.toLowerCase()}@${head.ref}@${head.sha}`;
    let answer = this.#unchanged.get(key);
    if (!answer) {
      answer = new Promise((resolve) => {
        this.#revalidations.push({ head, resolve });
        if (this.#revalidations.length === 1) setImmediate(() => this.#revalidate(this.#revalidations.splice(0)));
      });
      this.#unchanged.set(key, answer);
    }
    return answer;
  }

  #revalidate(asked: Array<{ head: RefHead; resolve(answer: Unchanged): void }>): void {
    const refs = new Map<string, Set<string>>();
    for (const { head } of asked) {
      const repo = head.repository.toLowerCase();
      refs.set(repo, (refs.get(repo) ?? new Set()).add(head.ref));
    }
    for (const { head, resolve } of asked) {
      if (this.#context.token && refs.get(head.repository.toLowerCase())!.size > 1)
        void this.#head(head.repository, head.ref).then((reply) => {
          if (reply.kind === 'failed' || (reply.error && reply.error.type !== 'NOT_FOUND')) return resolve('unknown');
          resolve((reply.value as { oid?: unknown } | null)?.oid === head.sha ? 'same' : 'moved');
        });
      else void this.#conditional(head).then(resolve);
    }
  }

  async #conditional(head: RefHead): Promise<Unchanged> {
    const [owner, repo] = head.repository.split('/') as [string, string];
    this.usage.conditional++;
    const reply = await this.#rest(`repos/${enc(owner)}/${enc(repo)}/commits/${enc(head.ref)}`, (body) => body.text(), {
      accept: 'application/vnd.github.sha',
      'if-none-match': `"${head.sha}"`,
    });
    if (reply.kind !== 'answer') return 'unknown';
    if (reply.status === 304) {
      this.usage.notModified++;
      return 'same';
    }
    return reply.status === 200 || reply.status === 404 || reply.status === 422 ? 'moved' : 'unknown';
  }

  async #flush(items: Item[]): Promise<void> {
    // Paths per (repository, first segment of the ref): many under one are cheaper as a tree.
    const linked = new Map<string, number>();
    const groupOf = (target: PathTarget) => `${repoKey(target.owner, target.repo)}@${target.rest[0]}`;
    for (const { target } of items)
      if ('path' in target) linked.set(groupOf(target), (linked.get(groupOf(target)) ?? 0) + 1);
    const work: Array<Promise<void>> = [];
    for (const item of items) {
      const target = item.target;
      const done = this.#done(item);
      const settle = (result: Promise<CheckResult>) => work.push(result.then(item.resolve));
      if (!this.#context.token && !('path' in target) && target.kind !== 'repo') {
        settle(this.#perItem(item));
        continue;
      }
      if (target.kind === 'owner') settle(this.#owner(target.owner, done));
      else if (target.kind === 'team') settle(this.#team(target, done));
      else if (target.kind === 'project') settle(this.#project(target, done));
      else if (target.kind === 'gist') settle(this.#gist(item, target, done));
      else if (target.kind === 'listing')
        settle(
          this.#repo(target.owner, target.repo).then((answer) =>
            answer.kind === 'found' && target.feature && answer.off.includes(target.feature)
              ? done('dead', 404, featureOff(target.feature))
              : this.#repoVerdict(item, answer, done),
          ),
        );
      else if (target.kind === 'repo')
        settle(this.#repo(target.owner, target.repo).then((answer) => this.#repoVerdict(item, answer, done)));
      else if ('path' in target) {
        const byTree = !this.#context.token || (linked.get(groupOf(target)) ?? 0) >= this.#options.treeFrom;
        settle(this.#path(item, target, done, byTree));
      } else if (target.kind === 'issue' || target.kind === 'pull') settle(this.#issue(item, target, done));
      else settle(this.#present(item, target, done));
    }
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
    const target = item.target as Exclude<GithubTarget, { kind: 'owner' | 'team' | 'project' | 'gist' }>;
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

  /** The repository, once per run: through GraphQL with a token, else one REST request. */
  #repo(owner: string, repo: string): Promise<RepoAnswer> {
    const key = repoKey(owner, repo);
    let answer = this.#repos.get(key);
    if (!answer) {
      answer = this.#context.token
        ? this.#ask(owner, repo, repoField).then((reply): RepoAnswer => {
            if (reply.kind === 'failed') return { kind: 'unchecked', reason: reply.reason, status: null };
            const node = reply.value as {
              nameWithOwner?: string;
              defaultBranchRef?: { name?: string } | null;
            } | null;
            if (node && typeof node.nameWithOwner === 'string')
              return {
                kind: 'found',
                nameWithOwner: node.nameWithOwner,
                defaultBranch: node.defaultBranchRef?.name ?? null,
                off: featuresOff(node, (feature) => `has${feature[0]!.toUpperCase()}${feature.slice(1)}Enabled`),
              };
            if (reply.error?.type === 'NOT_FOUND' || !reply.error) return { kind: 'missing' };
            return { kind: 'unchecked', reason: reply.error.message ?? 'no answer from GitHub GraphQL', status: null };
          })
        : this.#repoByRest(owner, repo);
      this.#repos.set(key, answer);
    }
    return answer;
  }

  async #repoByRest(owner: string, repo: string): Promise<RepoAnswer> {
    const answer = await this.#rest<{ full_name?: string; default_branch?: string } & Record<string, unknown>>(
      `repos/${enc(owner)}/${enc(repo)}`,
      async (body) => (await body.json()) as { full_name?: string; default_branch?: string } & Record<string, unknown>,
    );
    if (answer.kind === 'unchecked') return answer;
    if (answer.status === 404) return { kind: 'missing' };
    if (answer.status !== 200)
      return { kind: 'unchecked', reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: 'found',
      nameWithOwner: answer.body?.full_name ?? `${owner}/${repo}`,
      defaultBranch: answer.body?.default_branch ?? null,
      off: featuresOff(answer.body ?? {}, (feature) => `has_${feature}`),
    };
  }

  /** An organisation's or user's project (GitHub's Projects, by number). */
  async #project(target: Extract<GithubTarget, { kind: 'project' }>, done: Done): Promise<CheckResult> {
    const reply = await this.#ask(null, null, projectField(target));
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    if (reply.error && reply.error.type !== 'NOT_FOUND')
      return done('inconclusive', null, reply.error.message ?? 'GitHub GraphQL error');
    const verdict = projectVerdict(target, reply.value);
    return done(verdict.outcome, verdict.outcome === 'alive' ? 200 : 404, verdict.reason);
  }

  /**
   * A gist by its owner's login; one not found there is asked by id over REST, since GitHub sends
   * a gist's page under another login to its owner and GraphQL finds gists only by owner.
   */
  async #gist(item: Item, target: Extract<GithubTarget, { kind: 'gist' }>, done: Done): Promise<CheckResult> {
    const reply = await this.#ask(
      null,
      null,
      `user(login: ${q(target.owner)}) { gist(name: ${q(target.id)}) { name } }`,
    );
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    if ((reply.value as { gist?: unknown } | null)?.gist) return done('alive', 200, '200 (GitHub GraphQL)');
    return this.#perItem(item);
  }

  async #owner(owner: string, done: Done): Promise<CheckResult> {
    const reply = await this.#ask(null, null, `repositoryOwner(login: ${q(owner)}) { login }`);
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    return reply.value
      ? done('alive', 200, 'owner found (GitHub GraphQL)')
      : done('dead', 404, 'no such user or organisation (GitHub GraphQL)');
  }

  async #team(target: Extract<GithubTarget, { kind: 'team' }>, done: Done): Promise<CheckResult> {
    const reply = await this.#ask(
      null,
      null,
      `organization(login: ${q(target.owner)}) { team(slug: ${q(target.slug)}) { slug } }`,
    );
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    const org = reply.value as { team?: unknown } | null;
    if (!org)
      return reply.error && reply.error.type !== 'NOT_FOUND'
        ? done('inconclusive', null, reply.error.message ?? 'GitHub GraphQL error')
        : done('dead', 404, 'no such organisation (GitHub GraphQL)');
    return org.team ? done('alive', 200, 'team found (GitHub GraphQL)') : done('inconclusive', null, teamHidden);
  }

  async #issue(
    item: Item,
    target: Extract<GithubTarget, { kind: 'issue' | 'pull' }>,
    done: Done,
  ): Promise<CheckResult> {
    const commit = target.kind === 'pull' ? target.commit : undefined;
    const [repo, reply, object] = await Promise.all([
      this.#repo(target.owner, target.repo),
      this.#ask(
        target.owner,
        target.repo,
        `issueOrPullRequest(number: ${target.number}) { __typename ... on Issue { url } ... on PullRequest { url } }`,
      ),
      // A pull request's commit, which its repository keeps under the pull request's ref.
      commit ? this.#ask(target.owner, target.repo, `object(expression: ${q(commit)}) { __typename }`) : null,
    ]);
    if (repo.kind !== 'found') return this.#repoVerdict(item, repo, done);
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    const found = reply.value as { __typename?: string; url?: string } | null;
    if (!found) {
      if (reply.error && reply.error.type !== 'NOT_FOUND')
        return done('inconclusive', null, reply.error.message ?? 'GitHub GraphQL error');
      return done('dead', 404, `no such ${target.kind === 'issue' ? 'issue' : 'pull request'} (GitHub GraphQL)`);
    }
    // `pull/N` of an issue is GitHub's 404; `issues/N` of a pull request redirects to it.
    if (target.kind === 'pull' && found.__typename !== 'PullRequest')
      return done('dead', 404, 'an issue, not a pull request (GitHub GraphQL)');
    if (object?.kind === 'failed') return done('inconclusive', null, object.reason);
    if (object && !object.value) {
      if (object.error && object.error.type !== 'NOT_FOUND')
        return done('inconclusive', null, object.error.message ?? 'GitHub GraphQL error');
      return done('dead', 404, 'no such commit (GitHub GraphQL)');
    }
    const at = found.url ? new URL(found.url) : null;
    const place = (url: URL) => url.pathname.split('/').slice(1, 3).join('/');
    if (at && place(at).toLowerCase() !== place(new URL(item.url)).toLowerCase())
      return done('alive', 200, `transferred to \`${place(at)}\``, { redirect: { to: at.href, permanent: true } });
    const moved = this.#moved(item, target, repo.nameWithOwner);
    return moved
      ? done('alive', 200, `repository moved to \`${repo.nameWithOwner}\``, { redirect: moved })
      : done('alive', 200, '200 (GitHub GraphQL)');
  }

  /** Commits, releases, labels, milestones and discussions: found or not, by one lookup inside the repository. */
  async #present(
    item: Item,
    target: Extract<GithubTarget, { kind: 'commit' | 'release' | 'label' | 'milestone' | 'discussion' }>,
    done: Done,
  ): Promise<CheckResult> {
    const [field, what] =
      target.kind === 'commit'
        ? [`object(expression: ${q(target.sha)}) { __typename }`, 'commit']
        : target.kind === 'release'
          ? [`release(tagName: ${q(target.tag)}) { tagName }`, 'release']
          : target.kind === 'label'
            ? [`label(name: ${q(target.name)}) { name }`, 'label']
            : [`${target.kind}(number: ${target.number}) { number }`, target.kind];
    const [repo, reply] = await Promise.all([
      this.#repo(target.owner, target.repo),
      this.#ask(target.owner, target.repo, field),
    ]);
    if (repo.kind !== 'found') return this.#repoVerdict(item, repo, done);
    if (reply.kind === 'failed') return done('inconclusive', null, reply.reason);
    if (reply.value) {
      const moved = this.#moved(item, target, repo.nameWithOwner);
      return moved
        ? done('alive', 200, `repository moved to \`${repo.nameWithOwner}\``, { redirect: moved })
        : done('alive', 200, '200 (GitHub GraphQL)');
    }
    if (reply.error && reply.error.type !== 'NOT_FOUND')
      return done('inconclusive', null, reply.error.message ?? 'GitHub GraphQL error');
    return done('dead', 404, `no such ${what} (GitHub GraphQL)`);
  }

  /** One lookup, sent with others in the next GraphQL query. */
  #ask(owner: string | null, repo: string | null, field: string): Promise<Reply> {
    return new Promise((resolve) => {
      this.#asks.push({ owner, repo, field, resolve });
      if (this.#pumping) return;
      this.#pumping = true;
      setImmediate(() => void this.#pump());
    });
  }

  /**
   * Sends the waiting lookups in aliased GraphQL queries, one at a time (GitHub asks for serial
   * requests), each sized by what the last one cost; lookups asked meanwhile join the next.
   */
  async #pump(): Promise<void> {
    while (this.#asks.length > 0) {
      // Lookups in one repository share its alias; lookups at the root each have their own.
      const groups = new Map<string, { owner: string | null; repo: string | null; asks: Ask[] }>();
      let weight = 0;
      let taken = 0;
      for (const ask of this.#asks) {
        const key = ask.owner === null ? `#${taken}` : repoKey(ask.owner, ask.repo!);
        const group = groups.get(key);
        // GitHub counts `repository(…)` as a lookup of its own besides those inside it.
        const lookup = ask.field === repoField ? 0 : ask.field.includes(textSelection) ? textWeight : 1;
        const adds = (ask.owner !== null && !group ? 1 : 0) + lookup;
        if (taken > 0 && weight + adds > this.#batch) break;
        weight += adds;
        taken++;
        if (group) group.asks.push(ask);
        else groups.set(key, { owner: ask.owner, repo: ask.repo, asks: [ask] });
      }
      const chunk = this.#asks.splice(0, taken);
      // GitHub prices a query by what it did, so the next one's price is a guess: one point over.
      const kept = this.#kept('graphql', Math.ceil(this.#costPerLookup * weight) + 1);
      if (kept) {
        for (const ask of [...chunk, ...this.#asks.splice(0)]) ask.resolve({ kind: 'failed', reason: kept });
        continue;
      }
      const fields: string[] = [];
      const settle: Array<(data: Record<string, unknown>, errors: GraphqlError[]) => void> = [];
      [...groups.values()].forEach((group, g) => {
        const alias = `q${g}`;
        if (group.owner === null) {
          const ask = group.asks[0]!;
          fields.push(`${alias}: ${ask.field}`);
          settle.push((data, errors) =>
            ask.resolve({
              kind: 'data',
              value: data[alias] ?? null,
              error: errors.find((e) => e.path?.[0] === alias) ?? null,
            }),
          );
          return;
        }
        // The same lookup asked for two URLs is asked once.
        const aliases = new Map<string, string>();
        for (const ask of group.asks)
          if (ask.field !== repoField && !aliases.has(ask.field)) aliases.set(ask.field, `l${aliases.size}`);
        const inner = [repoFields, ...[...aliases].map(([field, name]) => `${name}: ${field}`)];
        fields.push(`${alias}: repository(owner: ${q(group.owner)}, name: ${q(group.repo!)}) { ${inner.join(' ')} }`);
        settle.push((data, errors) => {
          const node = data[alias] as Record<string, unknown> | null | undefined;
          const repoError = errors.find((e) => e.path?.length === 1 && e.path[0] === alias) ?? null;
          for (const ask of group.asks) {
            if (ask.field === repoField) {
              ask.resolve({ kind: 'data', value: node ?? null, error: repoError });
              continue;
            }
            if (!node) {
              ask.resolve(
                repoError?.type === 'NOT_FOUND' || !repoError
                  ? { kind: 'data', value: null, error: repoError }
                  : { kind: 'failed', reason: repoError.message ?? 'no answer from GitHub GraphQL' },
              );
              continue;
            }
            const name = aliases.get(ask.field)!;
            ask.resolve({
              kind: 'data',
              value: node[name] ?? null,
              error: errors.find((e) => e.path?.[0] === alias && e.path[1] === name) ?? null,
            });
          }
        });
      });
      const query = `query { ${fields.join(' ')} rateLimit { cost remaining resetAt } }`;
      const answer = await this.#graphql(query);
      const fail = (reason: string, asks: Ask[]) => asks.forEach((ask) => ask.resolve({ kind: 'failed', reason }));
      if (answer.kind === 'failed') {
        fail(answer.reason, chunk);
        continue;
      }
      const errors = answer.errors;
      const limited = errors.find((error) => error.type === 'RATE_LIMITED' && !error.path);
      if (limited) {
        this.#remaining.set('graphql', { left: 0, reset: this.#remaining.get('graphql')?.reset ?? null });
        fail(`not yet checked: GitHub GraphQL quota spent (${limited.message ?? 'RATE_LIMITED'}); run again later`, [
          ...chunk,
          ...this.#asks.splice(0),
        ]);
        continue;
      }
      if (!answer.data) {
        fail(`GitHub GraphQL: ${errors.map((error) => error.message).join('; ') || 'no data'}`, chunk);
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
      // Lookups that follow from these answers (longer refs, texts) join the next query.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#pumping = false;
  }

  /**
   * A `blob`, `tree`, `raw` or `blame` URL. A ref may contain `/`: the shortest ref GitHub knows
   * wins, as on github.com. A `master` that is no ref of a repository whose default branch holds
   * the path is reported with the fix (GitHub redirects the old name of a renamed default branch).
   */
  async #path(item: Item, target: PathTarget, done: Done, byTree: boolean): Promise<CheckResult> {
    const wantsText = readsAnchors(target) && item.fragments.some((fragment) => !/^L\d+/.test(fragment));
    const at = (split: number) => ({
      ref: target.rest.slice(0, split).join('/'),
      path: target.rest.slice(split).join('/'),
    });
    // GraphQL finds a renamed repository by its old name too: the lookups go with the repository's own.
    const asked = `${target.owner}/${target.repo}`;
    const first = byTree ? null : this.#place(asked, at(1).ref, at(1).path, wantsText, false);
    // The head of the likeliest ref, for the next run's conditional request.
    if (byTree && this.#context.token) void this.#head(asked, at(1).ref);
    const repo = await this.#repo(target.owner, target.repo);
    if (repo.kind !== 'found') return this.#repoVerdict(item, repo, done);
    const moved = this.#moved(item, target, repo.nameWithOwner);
    const name = repo.nameWithOwner;
    const lookupName = byTree ? name : asked;
    const headName = this.#context.token ? asked : name;
    const most = Math.min(target.rest.length - (target.kind === 'tree' ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const { ref, path } = at(split);
      const place = await (split === 1 && first ? first : this.#place(lookupName, ref, path, wantsText, byTree));
      if (place.kind === 'unchecked') return done('inconclusive', place.status, place.reason);
      if (place.kind === 'no-ref') {
        if (split < most) continue;
        const renamed = await this.#renamedDefault(item, target, repo, wantsText, byTree, done);
        return renamed ?? done('dead', 404, `no ref \`${ref}\` in \`${name}\` (GitHub API)`);
      }
      return this.#judge(item, target, { name, headName, ref, path, moved }, place, done);
    }
    return done('dead', 404, 'not found (GitHub API)');
  }

  /** The verdict on a path GitHub answered for; the ref's head is kept for the next run's conditional request. */
  async #judge(
    item: Item,
    target: PathTarget,
    at: { name: string; headName: string; ref: string; path: string; moved: CheckResult['redirect'] },
    place: Exclude<Place, { kind: 'no-ref' | 'unchecked' }>,
    done: Done,
  ): Promise<CheckResult> {
    const { name, ref, path, moved } = at;
    const head = await this.#headOf(at.headName, ref);
    if (head) this.heads.set(item.url, { repository: name, ref, sha: head });
    const extra: Partial<CheckResult> = moved ? { redirect: moved } : {};
    if (path === '') return done('alive', 200, 'in the repository (GitHub API)', extra);
    if (place.kind === 'absent')
      return done('dead', 404, `\`${path}\` is not in \`${name}\` at \`${ref}\` (GitHub API)`);
    const isFile = place.kind === 'blob';
    if (target.kind === 'tree' ? isFile : !isFile) {
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
    if (place.kind !== 'blob' || place.text === null) return done('alive', 200, 'found (GitHub API)', extra);
    const anchors = markdownAnchors(place.text);
    this.anchors.set(item.url, [...anchors]);
    return done('alive', 200, 'found (GitHub API)', {
      ...extra,
      missingFragments: item.fragments.filter((fragment) => !hasFragment(anchors, fragment, true)),
    });
  }

  /** A link to `master` where there is none, and the default branch holds the path: its fix. */
  async #renamedDefault(
    item: Item,
    target: PathTarget,
    repo: Extract<RepoAnswer, { kind: 'found' }>,
    wantsText: boolean,
    byTree: boolean,
    done: Done,
  ): Promise<CheckResult | null> {
    const branch = repo.defaultBranch;
    if (target.rest[0] !== 'master' || !branch || branch === 'master') return null;
    const rest = target.rest.slice(1).join('/');
    const place = await this.#place(repo.nameWithOwner, branch, rest, wantsText, byTree);
    if (place.kind !== 'blob' && place.kind !== 'tree') return null;
    const to = new URL(this.#moved(item, target, repo.nameWithOwner)?.to ?? item.url);
    const segments = to.pathname.split('/');
    // `/owner/repo/<view>/master/…` on github.com, `/owner/repo/master/…` on raw.githubusercontent.com.
    segments[to.hostname === 'raw.githubusercontent.com' ? 3 : 4] = encodeURIComponent(branch);
    to.pathname = segments.join('/');
    const reason = `Unexpected branch \`master\` in \`${repo.nameWithOwner}\`, expected its default branch \`${branch}\``;
    // GitHub redirects a renamed branch's file and directory pages, but not raw files.
    if (to.hostname === 'raw.githubusercontent.com') return done('dead', 404, `${reason}; did you mean \`${to.href}\``);
    const judged = await this.#judge(
      item,
      target,
      { name: repo.nameWithOwner, headName: repo.nameWithOwner, ref: branch, path: rest, moved: null },
      place,
      done,
    );
    return judged.outcome === 'alive' && !judged.redirect
      ? { ...judged, reason, redirect: { to: to.href, permanent: true } }
      : judged;
  }

  /** Where `path` is at `ref`: a tree's entry, or an `object(expression:)` lookup. */
  async #place(name: string, ref: string, path: string, wantsText: boolean, byTree: boolean): Promise<Place> {
    if (byTree) {
      const tree = await this.#tree(name, ref);
      if (tree.kind === 'unchecked') return tree;
      if (tree.kind === 'missing') return { kind: 'no-ref' };
      if (path === '') return { kind: 'tree' };
      let entry: TreeEntry | null;
      try {
        entry = await tree.walker.entry(path);
      } catch (error) {
        return {
          kind: 'unchecked',
          reason: error instanceof TreeFailure ? error.message : 'GitHub tree walk failed',
          status: null,
        };
      }
      if (!entry || entry.path !== path) return { kind: 'absent' };
      if (entry.type !== 'blob') return { kind: 'tree' };
      return { kind: 'blob', text: wantsText ? await this.#file(name, ref, path) : null };
    }
    const [owner, repo] = name.split('/') as [string, string];
    const [head, object] = await Promise.all([
      this.#head(name, ref),
      path === '' ? null : this.#object(owner, repo, `${ref}:${path}`, wantsText),
    ]);
    if (head.kind === 'failed') return { kind: 'unchecked', reason: head.reason, status: null };
    if (!head.value) {
      if (head.error && head.error.type !== 'NOT_FOUND')
        return { kind: 'unchecked', reason: head.error.message ?? 'GitHub GraphQL error', status: null };
      return { kind: 'no-ref' };
    }
    if (object === null) return { kind: 'tree' };
    if (object.kind === 'failed') return { kind: 'unchecked', reason: object.reason, status: null };
    const found = object.value as { __typename?: string; text?: string | null } | null;
    if (!found) return { kind: 'absent' };
    return found.__typename === 'Blob' ? { kind: 'blob', text: found.text ?? null } : { kind: 'tree' };
  }

  /** The commit a ref names (null when it names none), once per (repository, ref). */
  #head(name: string, ref: string): Promise<Reply> {
    const key = `${name.toLowerCase()}@${ref}`;
    let head = this.#heads.get(key);
    if (!head) {
      const [owner, repo] = name.split('/') as [string, string];
      head = this.#ask(owner, repo, `object(expression: ${q(ref)}) { __typename ... on Commit { oid } }`);
      this.#heads.set(key, head);
    }
    return head;
  }

  /** The head commit's sha when GraphQL can say it; a ref that is itself a full sha never moves, so none. */
  async #headOf(name: string, ref: string): Promise<string | null> {
    if (!this.#context.token || /^[0-9a-f]{40}$/i.test(ref)) return null;
    const head = await this.#head(name, ref);
    const oid = head.kind === 'data' ? (head.value as { oid?: unknown } | null)?.oid : null;
    return typeof oid === 'string' ? oid : null;
  }

  /** A blob or tree by `<ref>:<path>`, with a markdown file's text when its fragments are asked. */
  #object(owner: string, repo: string, expression: string, wantsText: boolean): Promise<Reply> {
    const field = `object(expression: ${q(expression)}) { __typename${wantsText ? ` ${textSelection}` : ''} }`;
    const key = `${repoKey(owner, repo)} ${field}`;
    let object = this.#objects.get(key);
    if (!object) {
      object = this.#ask(owner, repo, field);
      this.#objects.set(key, object);
    }
    return object;
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

  /** A markdown file's text: a GraphQL lookup with a token, else the contents API. */
  #file(repository: string, ref: string, path: string): Promise<string | null> {
    const [owner, repo] = repository.split('/') as [string, string];
    if (this.#context.token)
      return this.#object(owner, repo, `${ref}:${path}`, true).then((reply) => {
        const text = reply.kind === 'data' ? (reply.value as { text?: unknown } | null)?.text : null;
        return typeof text === 'string' ? text : null;
      });
    const key = `${repository.toLowerCase()}@${ref}:${path}`;
    let file = this.#files.get(key);
    if (!file) {
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
