import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import {
  GraphQLError,
  Kind,
  parse,
  valueFromASTUntyped,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One repository of a generated GitHub world. */
export interface WorldRepository {
  owner: string;
  name: string;
  /** `owner/name` spellings this repository was known by (renamed or transferred): REST answers 301 to it. */
  formerNames?: string[];
  /** Default `main`. */
  defaultBranch?: string;
  /** Each ref (a branch or tag name, `/` allowed) and the files on it; directories follow from the paths. */
  refs: Record<string, readonly string[]>;
  /** Issues and pull requests 1…`issues` exist; the even numbers are pull requests, unless `pulls` names them. */
  issues?: number;
  pulls?: readonly number[];
  /** Numbers among them that are gone (deleted, or never existed). */
  missingIssues?: readonly number[];
  /** Numbers moved to another repository (`owner/name`), which then answers for them. */
  transferred?: Record<number, string>;
  releases?: readonly string[];
  /** Full commit shas (besides the heads of the refs). */
  commits?: readonly string[];
  /** Label names. */
  labels?: readonly string[];
  /** Files' texts by path (any ref); other files read `# <path>` and `## Overview`. */
  texts?: Record<string, string>;
}

/** An organisation's teams (by slug); its login is a user of the world too. */
export interface WorldOrganisation {
  login: string;
  teams: readonly string[];
}

/** A scripted answer for the first requests whose `METHOD path` matches. */
export interface WorldFault {
  match: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  times?: number;
  /** Matching requests answered normally before this fault applies. */
  skip?: number;
}

export interface FakeWorldOptions {
  repositories: readonly WorldRepository[];
  /** Users and organisations besides the owners of the repositories. */
  users?: readonly string[];
  /** Organisations with teams. */
  organisations?: readonly WorldOrganisation[];
  /** Ms before every answer (a real timer, for benchmarks); default none. */
  latency?: number;
  /** A recursive tree listing with more entries than this is cut short with `truncated: true`. */
  truncateTreesAbove?: number;
  /** The REST (core) quota: each answer but a 304 takes one. */
  rest?: { limit: number; remaining: number; reset: number };
  /** The GraphQL quota in points: each query takes its cost. */
  graphql?: { limit: number; remaining: number; resetAt: number };
  /** Points per alias lookup on top of GitHub's minimum of one per query (GitHub counts connections; tests may price lookups). */
  costPerLookup?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
}

export interface WorldRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
  /** GraphQL: the aliases asked at the root of the query and the cost charged. */
  aliases?: number;
  cost?: number;
}

export interface FakeWorld {
  url: string;
  requests: WorldRequest[];
  faults: WorldFault[];
  /** GraphQL points charged so far. */
  points(): number;
  /** The head commit of a ref (changes when `touch` is called). */
  head(repository: string, ref: string): string | null;
  /** Moves a ref to a new commit with the same files. */
  touch(repository: string, ref: string): void;
  close(): Promise<void>;
}

interface Dir {
  sha: string;
  entries: Array<{ path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }>;
}

interface Built {
  repo: WorldRepository;
  full: string;
  heads: Map<string, string>;
  /** By ref: every path (files and directories) and its type. */
  paths: Map<string, Map<string, 'blob' | 'tree'>>;
  /** By ref: the root tree sha. */
  roots: Map<string, string>;
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex');
const lower = (text: string) => text.toLowerCase();

/**
 * A local GitHub answering for many generated repositories: the REST calls the link checker
 * makes (repositories, users, issues, pulls, commits, releases, contents, trees with truncation,
 * conditional requests) and GraphQL queries parsed with the `graphql` package, with GitHub's
 * `rateLimit` fields, NOT_FOUND errors beside data, renamed repositories and transferred issues.
 */
export async function startFakeWorld(options: FakeWorldOptions): Promise<FakeWorld> {
  const requests: WorldRequest[] = [];
  const faults: WorldFault[] = [];
  const sockets = new Set<Socket>();
  const trees = new Map<string, Dir>();
  const byName = new Map<string, Built>();
  const moved = new Map<string, Built>();
  const users = new Set((options.users ?? []).map(lower));
  const teams = new Map((options.organisations ?? []).map((org) => [lower(org.login), new Set(org.teams.map(lower))]));
  for (const org of teams.keys()) users.add(org);
  const rest = options.rest ? { ...options.rest } : { limit: 5000, remaining: 5000, reset: 4102444800 };
  const graphql = options.graphql ? { ...options.graphql } : { limit: 5000, remaining: 5000, resetAt: 4102444800 };
  let points = 0;
  let touches = 0;

  const buildRef = (built: Built, ref: string, files: readonly string[], salt: string) => {
    const kinds = new Map<string, 'blob' | 'tree'>();
    const children = new Map<string, Set<string>>([['', new Set()]]);
    for (const file of files) {
      const parts = file.split('/');
      for (let depth = 1; depth <= parts.length; depth++) {
        const path = parts.slice(0, depth).join('/');
        const parent = parts.slice(0, depth - 1).join('/');
        kinds.set(path, depth === parts.length ? 'blob' : 'tree');
        if (!children.has(parent)) children.set(parent, new Set());
        children.get(parent)!.add(path);
        if (depth < parts.length && !children.has(path)) children.set(path, new Set());
      }
    }
    const treeSha = (dir: string): string => {
      const entries = [...children.get(dir)!].sort().map((path) => {
        const type = kinds.get(path)!;
        const name = path.slice(dir ? dir.length + 1 : 0);
        const sha = type === 'tree' ? treeSha(path) : hash(`blob ${built.full} ${path}`);
        return {
          path: name,
          mode: type === 'tree' ? '040000' : '100644',
          type,
          sha,
          ...(type === 'blob' ? { size: 40 } : {}),
        };
      });
      const sha = hash(`tree ${JSON.stringify(entries)}`);
      trees.set(sha, { sha, entries });
      return sha;
    };
    const root = treeSha('');
    built.paths.set(ref, kinds);
    built.roots.set(ref, root);
    built.heads.set(ref, hash(`commit ${built.full} ${ref} ${root} ${salt}`));
  };

  for (const repo of options.repositories) {
    const full = `${repo.owner}/${repo.name}`;
    const built: Built = { repo, full, heads: new Map(), paths: new Map(), roots: new Map() };
    for (const [ref, files] of Object.entries(repo.refs)) buildRef(built, ref, files, '');
    byName.set(lower(full), built);
    users.add(lower(repo.owner));
    for (const former of repo.formerNames ?? []) moved.set(lower(former), built);
  }

  const find = (full: string) => byName.get(lower(full)) ?? null;
  const issueAt = (built: Built, number: number): { built: Built; number: number; pull: boolean } | null => {
    const to = built.repo.transferred?.[number];
    if (to) {
      const target = find(to);
      return target ? { built: target, number, pull: false } : null;
    }
    if (number < 1 || number > (built.repo.issues ?? 0) || built.repo.missingIssues?.includes(number)) return null;
    return { built, number, pull: built.repo.pulls ? built.repo.pulls.includes(number) : number % 2 === 0 };
  };
  const commitAt = (built: Built, expression: string) => {
    const wanted = lower(expression);
    const all = [...built.heads.values(), ...(built.repo.commits ?? [])];
    return wanted.length >= 4 ? (all.find((sha) => sha.startsWith(wanted)) ?? null) : null;
  };
  /** The ref a branch name, tag name or commit sha (of a ref's head) names, or null. */
  const refOf = (built: Built, name: string): string | null => {
    if (built.paths.has(name)) return name;
    const sha = commitAt(built, name);
    return sha ? ([...built.heads].find(([, head]) => head === sha)?.[0] ?? null) : null;
  };
  /** A file's text: the one the world gives, else a heading and a section named after it. */
  const textOf = (built: Built, path: string) => built.repo.texts?.[path] ?? `# ${path}\n\n## Overview\n`;

  function rateHeaders(resource: 'core' | 'graphql'): Record<string, string> {
    const quota = resource === 'core' ? rest : { ...graphql, reset: graphql.resetAt };
    return {
      'x-ratelimit-limit': String(quota.limit),
      'x-ratelimit-remaining': String(Math.max(0, quota.remaining)),
      'x-ratelimit-used': String(quota.limit - Math.max(0, quota.remaining)),
      'x-ratelimit-reset': String(quota.reset),
      'x-ratelimit-resource': resource,
    };
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const record: WorldRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        status: 0,
      };
      requests.push(record);
      const answer = () => handle(req, res, record, Buffer.concat(chunks).toString('utf8'));
      if (options.latency) void delay(options.latency).then(answer);
      else answer();
    });
  });

  function send(
    res: ServerResponse,
    record: WorldRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    record.status = status;
    const text = body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(record.method === 'HEAD' ? undefined : text);
  }

  function handle(request: IncomingMessage, res: ServerResponse, record: WorldRequest, body: string) {
    const url = new URL(record.path, 'http://localhost');
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const index = faults.findIndex((fault) => fault.match.test(`${record.method} ${path}`));
    if (index >= 0 && (faults[index]!.skip ?? 0) > 0) faults[index]!.skip! -= 1;
    else if (index >= 0) {
      const fault = faults[index]!;
      if ((fault.times ?? 1) <= 1) faults.splice(index, 1);
      else fault.times = (fault.times ?? 1) - 1;
      return send(res, record, fault.status, fault.body ?? { message: 'scripted' }, fault.headers);
    }
    if (record.method === 'POST' && (path === '/graphql' || path === '/api/graphql'))
      return graphqlAnswer(res, record, body, request);
    if (rest.remaining <= 0)
      return send(
        res,
        record,
        403,
        { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest' },
        rateHeaders('core'),
      );
    const answer = restAnswer(path, url.searchParams, request);
    if (answer.status !== 304) rest.remaining--;
    send(res, record, answer.status, answer.body, { ...rateHeaders('core'), ...answer.headers });
  }

  type Answer = { status: number; body: unknown; headers?: Record<string, string> };
  const notFound: Answer = {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  };

  function restAnswer(path: string, query: URLSearchParams, request: IncomingMessage): Answer {
    const segments = path.split('/').slice(1).map(decodeURIComponent);
    if (segments[0] === 'users' && segments.length === 2)
      return users.has(lower(segments[1]!)) ? { status: 200, body: { login: segments[1] } } : notFound;
    if (segments[0] === 'orgs' && segments[2] === 'teams' && segments.length === 4)
      return teams.get(lower(segments[1]!))?.has(lower(segments[3]!))
        ? { status: 200, body: { slug: segments[3] } }
        : notFound;
    if (segments[0] !== 'repos' || segments.length < 3) return notFound;
    const full = `${segments[1]}/${segments[2]}`;
    const built = find(full);
    const tail = segments.slice(3);
    if (!built) {
      const to = moved.get(lower(full));
      if (!to) return notFound;
      // GitHub's redirect keeps the query (`?ref=…`, `?recursive=1`).
      const search = query.toString();
      const location =
        ['/repos', ...to.full.split('/'), ...tail].map(encodeURIComponent).join('/').replace(/%2F/g, '/') +
        (search ? `?${search}` : '');
      return { status: 301, body: { message: 'Moved Permanently', url: location }, headers: { location } };
    }
    const [what, ...more] = tail;
    if (what === undefined)
      return { status: 200, body: { full_name: built.full, default_branch: built.repo.defaultBranch ?? 'main' } };
    if ((what === 'issues' || what === 'pulls') && more.length === 1) {
      const found = issueAt(built, Number(more[0]));
      if (!found || (what === 'pulls' && !found.pull)) return notFound;
      if (found.built !== built) {
        const location = `/repos/${found.built.full}/issues/${found.number}`;
        return { status: 301, body: { message: 'Moved Permanently' }, headers: { location } };
      }
      return { status: 200, body: { number: found.number } };
    }
    if (what === 'labels' && more.length === 1)
      return built.repo.labels?.includes(more[0]!) ? { status: 200, body: { name: more[0] } } : notFound;
    if (what === 'releases' && more[0] === 'tags' && more.length >= 2)
      return built.repo.releases?.includes(more.slice(1).join('/')) ? { status: 200, body: {} } : notFound;
    if (what === 'commits' && more.length >= 1) {
      const ref = more.join('/');
      const sha = built.heads.get(ref) ?? commitAt(built, ref);
      if (!sha) return { status: 422, body: { message: `No commit found for SHA: ${ref}` } };
      const etag = `"${sha}"`;
      if (request.headers['if-none-match'] === etag) return { status: 304, body: null, headers: { etag } };
      if ((request.headers['accept'] ?? '').includes('application/vnd.github.sha'))
        return {
          status: 200,
          body: sha,
          headers: { etag, 'content-type': 'application/vnd.github.sha; charset=utf-8' },
        };
      return { status: 200, body: { sha }, headers: { etag } };
    }
    if (what === 'contents') {
      const ref = query.get('ref') ?? built.repo.defaultBranch ?? 'main';
      // A branch, a tag or a commit; `main/docs` is no ref even when `main` is one.
      const kinds = built.paths.get(refOf(built, ref) ?? '');
      const at = more.join('/');
      if (!kinds || (at !== '' && !kinds.has(at))) return notFound;
      if (kinds.get(at) === 'blob' && (request.headers['accept'] ?? '').includes('raw'))
        return {
          status: 200,
          body: textOf(built, at),
          headers: { 'content-type': 'application/vnd.github.raw' },
        };
      return { status: 200, body: { path: at } };
    }
    if (what === 'git' && more[0] === 'trees' && more.length >= 2) {
      const name = more.slice(1).join('/');
      let sha: string | undefined = trees.has(name) ? name : built.roots.get(name);
      const commit = sha ? undefined : commitAt(built, name);
      if (commit) sha = built.roots.get([...built.heads].find(([, head]) => head === commit)?.[0] ?? '');
      if (!sha) return notFound;
      const etag = `"${sha}"`;
      if (request.headers['if-none-match'] === etag) return { status: 304, body: null, headers: { etag } };
      const recursive = query.get('recursive') !== null;
      let tree = listing(sha, '', recursive);
      let truncated = false;
      if (recursive && options.truncateTreesAbove !== undefined && tree.length > options.truncateTreesAbove) {
        tree = tree.slice(0, options.truncateTreesAbove);
        truncated = true;
      }
      return { status: 200, body: { sha, tree, truncated }, headers: { etag } };
    }
    return notFound;
  }

  function listing(sha: string, prefix: string, recursive: boolean): Dir['entries'] {
    const out: Dir['entries'] = [];
    for (const entry of trees.get(sha)?.entries ?? []) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      out.push({ ...entry, path });
      if (recursive && entry.type === 'tree') out.push(...listing(entry.sha, path, true));
    }
    return out;
  }

  function graphqlAnswer(res: ServerResponse, record: WorldRequest, body: string, request: IncomingMessage) {
    if (!request.headers['authorization'])
      return send(res, record, 401, { message: 'This endpoint requires you to be authenticated.' });
    let operation: OperationDefinitionNode;
    let variables: Record<string, unknown>;
    try {
      const payload = JSON.parse(body) as { query?: unknown; variables?: Record<string, unknown> };
      const document = parse(String(payload.query));
      const found = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      if (!found || found.operation !== 'query') throw new GraphQLError('expected one query');
      operation = found;
      variables = payload.variables ?? {};
    } catch (error) {
      return send(res, record, 200, { errors: [{ message: (error as Error).message }] }, rateHeaders('graphql'));
    }
    // A lookup: every field with arguments (`repository(…)`, `issueOrPullRequest(…)`, …).
    const countLookups = (set: SelectionSetNode | undefined): number =>
      (set?.selections ?? []).reduce(
        (sum, selection) =>
          sum +
          (selection.kind === Kind.FIELD
            ? (selection.arguments?.length ? 1 : 0) + countLookups(selection.selectionSet)
            : selection.kind === Kind.INLINE_FRAGMENT
              ? countLookups(selection.selectionSet)
              : 0),
        0,
      );
    const lookups = countLookups(operation.selectionSet);
    const cost = Math.max(1, Math.round(lookups * (options.costPerLookup ?? 0)));
    record.aliases = lookups;
    record.cost = cost;
    if (graphql.remaining < cost)
      return send(
        res,
        record,
        200,
        { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] },
        rateHeaders('graphql'),
      );
    graphql.remaining -= cost;
    points += cost;
    const errors: Array<{ type?: string; path: string[]; message: string }> = [];
    const root: Obj = {
      __typename: 'Query',
      rateLimit: () => ({
        __typename: 'RateLimit',
        cost,
        limit: graphql.limit,
        remaining: graphql.remaining,
        used: graphql.limit - graphql.remaining,
        resetAt: new Date(graphql.resetAt * 1000).toISOString(),
        nodeCount: lookups,
      }),
      repository: (args: Args, path: string[]) => {
        const full = `${String(args['owner'])}/${String(args['name'])}`;
        const built = find(full) ?? moved.get(lower(full));
        if (built) return repositoryNode(built, errors);
        errors.push({
          type: 'NOT_FOUND',
          path,
          message: `Could not resolve to a Repository with the name '${full}'.`,
        });
        return null;
      },
      organization: (args: Args, path: string[]) => {
        const login = String(args['login']);
        const slugs = teams.get(lower(login));
        if (!slugs && !users.has(lower(login))) {
          errors.push({
            type: 'NOT_FOUND',
            path,
            message: `Could not resolve to an Organization with the login of '${login}'.`,
          });
          return null;
        }
        return {
          __typename: 'Organization',
          login,
          team: (team: Args) =>
            slugs?.has(lower(String(team['slug']))) ? { __typename: 'Team', slug: String(team['slug']) } : null,
        };
      },
      repositoryOwner: (args: Args) => {
        const login = String(args['login']);
        return users.has(lower(login)) ? { __typename: 'User', login, url: `https://github.com/${login}` } : null;
      },
    };
    let data: unknown;
    try {
      data = select(root, operation.selectionSet, variables, []);
    } catch (error) {
      return send(res, record, 200, { errors: [{ message: (error as Error).message }] }, rateHeaders('graphql'));
    }
    send(res, record, 200, errors.length ? { data, errors } : { data }, rateHeaders('graphql'));
  }

  function repositoryNode(built: Built, errors: Array<{ type?: string; path: string[]; message: string }>): Obj {
    const defaultBranch = built.repo.defaultBranch ?? 'main';
    return {
      __typename: 'Repository',
      nameWithOwner: built.full,
      url: `https://github.com/${built.full}`,
      isArchived: false,
      defaultBranchRef: () => ({
        __typename: 'Ref',
        name: defaultBranch,
        target: { __typename: 'Commit', oid: built.heads.get(defaultBranch) ?? null },
      }),
      issueOrPullRequest: (args: Args, path: string[]) => {
        const found = issueAt(built, Number(args['number']));
        if (!found) {
          errors.push({
            type: 'NOT_FOUND',
            path,
            message: `Could not resolve to an issue or pull request with the number of ${String(args['number'])}.`,
          });
          return null;
        }
        return {
          __typename: found.pull ? 'PullRequest' : 'Issue',
          number: found.number,
          url: `https://github.com/${found.built.full}/${found.pull ? 'pull' : 'issues'}/${found.number}`,
        };
      },
      // `<rev>` (a ref or commit: the commit) or `<rev>:<path>` (the blob or tree there), as `git rev-parse` reads it.
      object: (args: Args) => {
        if (args['oid'] !== undefined) {
          const sha = commitAt(built, String(args['oid']));
          return sha && sha.length === String(args['oid']).length ? { __typename: 'Commit', oid: sha } : null;
        }
        const expression = String(args['expression'] ?? '');
        const colon = expression.indexOf(':');
        if (colon < 0) {
          const ref = built.paths.has(expression) ? expression : null;
          const sha = ref ? built.heads.get(ref)! : commitAt(built, expression);
          return sha ? { __typename: 'Commit', oid: sha } : null;
        }
        const ref = refOf(built, expression.slice(0, colon));
        const path = expression.slice(colon + 1).replace(/\/$/, '');
        if (ref === null) return null;
        const type = path === '' ? 'tree' : built.paths.get(ref)!.get(path);
        if (!type) return null;
        const oid = hash(`${type} ${built.full} ${ref} ${path}`);
        return type === 'tree'
          ? { __typename: 'Tree', oid }
          : {
              __typename: 'Blob',
              oid,
              byteSize: textOf(built, path).length,
              isBinary: false,
              text: () => textOf(built, path),
            };
      },
      label: (args: Args) =>
        built.repo.labels?.includes(String(args['name'])) ? { __typename: 'Label', name: String(args['name']) } : null,
      release: (args: Args) =>
        built.repo.releases?.includes(String(args['tagName']))
          ? {
              __typename: 'Release',
              tagName: String(args['tagName']),
              url: `https://github.com/${built.full}/releases/tag/${String(args['tagName'])}`,
            }
          : null,
      ref: (args: Args) => {
        const name = String(args['qualifiedName']).replace(/^refs\/(heads|tags)\//, '');
        const head = built.heads.get(name);
        return head ? { __typename: 'Ref', name, target: { __typename: 'Commit', oid: head } } : null;
      },
    };
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const url = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    faults,
    points: () => points,
    head: (repository, ref) => find(repository)?.heads.get(ref) ?? null,
    touch(repository, ref) {
      const built = find(repository);
      if (!built) throw new Error(`no repository ${repository}`);
      buildRef(
        built,
        ref,
        [...built.paths.get(ref)!].filter(([, type]) => type === 'blob').map(([path]) => path),
        String(++touches),
      );
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Args = Record<string, unknown>;
type Resolver = (args: Args, path: string[]) => unknown;
type Obj = { __typename: string; [field: string]: unknown };

/** Walks a selection set over plain objects and resolvers, as a GraphQL executor does for these types. */
function select(
  node: Obj,
  set: SelectionSetNode,
  variables: Record<string, unknown>,
  path: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === node.__typename)
        Object.assign(out, select(node, selection.selectionSet, variables, path));
      continue;
    }
    if (selection.kind !== Kind.FIELD) throw new GraphQLError('fragment spreads are not supported by this fake');
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    if (!(name in node)) throw new GraphQLError(`Field '${name}' doesn't exist on type '${node.__typename}'`);
    const args = Object.fromEntries(
      (selection.arguments ?? []).map((argument) => [
        argument.name.value,
        valueFromASTUntyped(argument.value, variables),
      ]),
    );
    let value = node[name];
    if (typeof value === 'function') value = (value as Resolver)(args, [...path, key]);
    if (value !== null && value !== undefined && selection.selectionSet)
      value = select(value as Obj, selection.selectionSet, variables, [...path, key]);
    out[key] = value ?? null;
  }
  return out;
}
