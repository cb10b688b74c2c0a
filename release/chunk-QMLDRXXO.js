import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubApi,
  TreeWalker
} from "./chunk-EPPP2BMD.js";
import {
  HttpPolicy,
  Scheduler,
  readBounded,
  redactor,
  require_undici,
  systemClock
} from "./chunk-Y6WJFMK6.js";
import {
  isDefaultRef
} from "./chunk-A2Z7ET3W.js";
import {
  lockView,
  writeAtomically
} from "./chunk-RGB2VODZ.js";
import {
  __toESM,
  anchorsOf,
  fragmentLands,
  resolveLink,
  scanHtml
} from "./chunk-NF3SBFWO.js";

// ../../packages/links/dist/anchors.js
function htmlAnchors(html) {
  return new Set(scanHtml(html).anchors);
}
function markdownAnchors(markdown) {
  return new Set(anchorsOf(markdown));
}
function hasFragment(anchors, fragment, lineRefs) {
  return fragmentLands(fragment, { anchors, lineAnchors: lineRefs });
}

// ../../packages/links/dist/cache.js
import { readFile } from "node:fs/promises";
var linkCacheVersion = 1;
var defaultLifetimes = { alive: 7 * 24 * 36e5, dead: 24 * 36e5 };
var LinkCache = class _LinkCache {
  #path;
  #entries;
  #lifetimes;
  #dirty = false;
  constructor(path, entries, lifetimes) {
    this.#path = path;
    this.#entries = entries;
    this.#lifetimes = lifetimes;
  }
  /** Opens the cache; a missing file is empty, a corrupt or foreign one is ignored with a warning. */
  static async open(path, lifetimes = defaultLifetimes) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch {
      return { cache: new _LinkCache(path, /* @__PURE__ */ new Map(), lifetimes), warning: null };
    }
    try {
      const data = JSON.parse(text);
      if (data.version !== linkCacheVersion || typeof data.entries !== "object" || data.entries === null)
        throw new Error("version");
      const entries = /* @__PURE__ */ new Map();
      for (const [url, entry] of Object.entries(data.entries)) {
        if ((entry.outcome === "alive" || entry.outcome === "dead") && typeof entry.checkedAt === "number")
          entries.set(url, entry);
      }
      return { cache: new _LinkCache(path, entries, lifetimes), warning: null };
    } catch {
      return {
        cache: new _LinkCache(path, /* @__PURE__ */ new Map(), lifetimes),
        warning: `Unexpected unreadable link cache \`${path}\`, expected a devguide link cache (version ${linkCacheVersion}); it is ignored and rewritten`
      };
    }
  }
  /** A stored answer still in its lifetime that covers the fragments asked for, or null. */
  get(url, fragments, now, check) {
    const entry = this.#entries.get(url);
    if (!entry)
      return null;
    if (now - entry.checkedAt > (entry.outcome === "alive" ? this.#lifetimes.alive : this.#lifetimes.dead))
      return null;
    let missingFragments = [];
    if (entry.outcome === "alive" && fragments.length > 0) {
      if (!entry.anchors && fragments.some((fragment) => !check(/* @__PURE__ */ new Set(), fragment)))
        return null;
      const anchors = new Set(entry.anchors ?? []);
      missingFragments = fragments.filter((fragment) => !check(anchors, fragment));
    }
    return {
      url,
      outcome: entry.outcome,
      status: entry.status,
      reason: entry.reason,
      redirect: entry.redirect,
      missingFragments,
      source: "cache",
      requests: 0
    };
  }
  set(result, anchors, now) {
    if (result.outcome === "inconclusive" || result.source === "cache" || result.source === "lock" || result.source === "offline")
      return;
    this.#entries.set(result.url, {
      outcome: result.outcome,
      status: result.status,
      reason: result.reason,
      redirect: result.redirect,
      checkedAt: now,
      ...anchors ? { anchors: [...anchors] } : {}
    });
    this.#dirty = true;
  }
  /** Writes the cache atomically (temporary file, then rename), only when it changed. */
  async save() {
    if (!this.#dirty)
      return;
    const entries = Object.fromEntries([...this.#entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    await writeAtomically([{ path: this.#path, content: JSON.stringify({ version: linkCacheVersion, entries }) }]);
    this.#dirty = false;
  }
};

// ../../packages/links/dist/check-links.js
var import_undici = __toESM(require_undici(), 1);

// ../../packages/links/dist/clock.js
var systemClock2 = systemClock;

// ../../packages/links/dist/github.js
var reservedOwners = new Set("about apps blog collections contact customer-stories enterprise events explore features gist github-copilot issues login logout marketplace new notifications orgs organizations pricing pulls readme search security settings site sitemap solutions sponsors team topics trending users codespaces".split(" "));
function parseGithubUrl(url) {
  const parsed = new URL(url);
  if (parsed.search)
    return null;
  let segments;
  try {
    segments = parsed.pathname.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  if (segments.at(-1) === "")
    segments.pop();
  if (parsed.hostname === "raw.githubusercontent.com") {
    const [owner2, repo2, ...rest2] = segments;
    if (!owner2 || !repo2 || rest2.length < 2)
      return null;
    return { kind: "raw", owner: owner2, repo: repo2, ref: rest2[0], path: rest2.slice(1).join("/"), rest: rest2 };
  }
  if (parsed.hostname !== "github.com" && parsed.hostname !== "www.github.com")
    return null;
  const [owner, repoName, view, ...rest] = segments;
  if (!owner || reservedOwners.has(owner.toLowerCase()))
    return null;
  if (!repoName)
    return segments.length === 1 ? { kind: "owner", owner } : null;
  const repo = repoName.replace(/\.git$/, "");
  if (view === void 0)
    return { kind: "repo", owner, repo };
  if ((view === "blob" || view === "tree" || view === "raw" || view === "blame") && rest.length >= 1) {
    if (view !== "tree" && rest.length < 2)
      return null;
    const [ref, ...path] = rest;
    return { kind: view, owner, repo, ref, path: path.join("/"), rest };
  }
  if ((view === "issues" || view === "pull") && rest.length === 1 && /^\d+$/.test(rest[0])) {
    return { kind: view === "issues" ? "issue" : "pull", owner, repo, number: Number(rest[0]) };
  }
  if (view === "commit" && rest.length === 1 && /^[0-9a-f]{7,40}$/i.test(rest[0]))
    return { kind: "commit", owner, repo, sha: rest[0].toLowerCase() };
  if (view === "releases" && rest[0] === "tag" && rest.length >= 2)
    return { kind: "release", owner, repo, tag: rest.slice(1).join("/") };
  return null;
}
function repoKey(owner, repo) {
  return `${owner}/${repo}`.toLowerCase();
}
function answerFromLock(url, target, fragments, lock) {
  if (!lock?.commit || !("path" in target))
    return null;
  if (`${target.owner}/${target.repo}`.toLowerCase() !== lock.repository.toLowerCase())
    return null;
  if (target.ref.length < 7 || !lock.commit.startsWith(target.ref.toLowerCase()))
    return null;
  const base = { url, status: null, redirect: null, source: "lock", requests: 0 };
  if (lock.missing.has(target.path))
    return { ...base, outcome: "dead", reason: "missing at the locked commit", missingFragments: [] };
  const entry = lock.files.get(target.path);
  if (!entry)
    return null;
  const anchors = new Set(entry.anchors ?? []);
  const missing = entry.anchors ? fragments.filter((fragment) => !hasFragment(anchors, fragment, true)) : [];
  return { ...base, outcome: "alive", reason: "in the lock", missingFragments: missing };
}
var GithubVerifier = class {
  #context;
  #api;
  #policy;
  #calls = /* @__PURE__ */ new Map();
  /** Throws a GitHubError when `apiUrl` is not an http(s) URL without credentials. */
  constructor(context) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    this.#policy = this.#api.policy({
      dispatcher: context.dispatcher,
      clock: context.clock,
      retry: context.retry,
      timeouts: { headers: context.headersTimeout, body: context.bodyTimeout },
      quotaGate: true,
      around: (at, send, method) => context.scheduler.run(at.host, () => {
        context.onRequest(at.href, method);
        return send();
      })
    });
  }
  /** The policy this verifier's API calls go through, for the batched verifier to share. */
  get policy() {
    return this.#policy;
  }
  async check(url, target, fragments) {
    let requests = 0;
    const done = (outcome, status, reason, missingFragments = []) => ({
      url,
      outcome,
      status,
      reason,
      redirect: null,
      missingFragments,
      source: "github-api",
      requests
    });
    if (target.kind === "owner") {
      const answer = await this.#call(`users/${enc(target.owner)}`, "HEAD", false);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    const repoPath = `repos/${enc(target.owner)}/${enc(target.repo)}`;
    const repo = await this.#call(repoPath, "HEAD", false);
    requests += repo.requests;
    if (repo.failure)
      return done("inconclusive", repo.status || null, repo.failure);
    if (repo.status === 404)
      return done("dead", 404, "repository not found (GitHub API)");
    if (repo.status !== 200)
      return done("inconclusive", repo.status, `${repo.status} from the GitHub API`);
    if (target.kind === "repo")
      return done("alive", 200, "200 (GitHub API)");
    if (target.kind === "issue" || target.kind === "pull") {
      const answer = await this.#call(`${repoPath}/${target.kind === "issue" ? "issues" : "pulls"}/${target.number}`, "HEAD", false);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    if (target.kind === "commit" || target.kind === "release") {
      const answer = await this.#call(target.kind === "commit" ? `${repoPath}/commits/${enc(target.sha)}` : `${repoPath}/releases/tags/${enc(target.tag)}`, "HEAD", false);
      requests += answer.requests;
      return this.#verdict(answer.status === 422 ? { ...answer, status: 404 } : answer, done);
    }
    const wantsAnchors = target.kind !== "tree" && /\.(md|markdown)$/i.test(target.path) && fragments.some((fragment) => !/^L\d+/.test(fragment));
    for (let split = 1; split <= Math.min(target.rest.length - (target.kind === "tree" ? 0 : 1), 3); split++) {
      const ref = target.rest.slice(0, split).join("/");
      const path = target.rest.slice(split).join("/");
      const answer = await this.#call(`${repoPath}/contents/${path.split("/").map(enc).join("/")}?ref=${enc(ref)}`, wantsAnchors ? "GET" : "HEAD", wantsAnchors);
      requests += answer.requests;
      if (answer.status === 404 && split < target.rest.length - 1)
        continue;
      if (answer.status !== 200 || !wantsAnchors || answer.text === null)
        return this.#verdict(answer, done);
      const anchors = markdownAnchors(answer.text);
      return done("alive", 200, "200 (GitHub API)", fragments.filter((fragment) => !hasFragment(anchors, fragment, true)));
    }
    return done("dead", 404, "not found (GitHub API)");
  }
  #verdict(answer, done) {
    if (answer.failure)
      return done("inconclusive", answer.status || null, answer.failure);
    if (answer.status === 200)
      return done("alive", 200, "200 (GitHub API)");
    if (answer.status === 404 || answer.status === 410)
      return done("dead", answer.status, `${answer.status} (GitHub API)`);
    return done("inconclusive", answer.status, `${answer.status} from the GitHub API`);
  }
  #call(path, method, raw) {
    const key = `${method} ${path}`;
    let call = this.#calls.get(key);
    if (!call) {
      call = this.#send(path, method, raw);
      this.#calls.set(key, call);
    }
    return call.then((answer) => ({ ...answer, requests: this.#counted(key) ? 0 : answer.requests }));
  }
  #countedKeys = /* @__PURE__ */ new Set();
  /** Requests are counted for the first URL that asked, so totals add up. */
  #counted(key) {
    if (this.#countedKeys.has(key))
      return true;
    this.#countedKeys.add(key);
    return false;
  }
  /** One API call through the policy; a spent quota, a rate limit or a failed redirect is an inconclusive answer. */
  async #send(path, method, raw) {
    const result = await this.#policy.request(this.#api.url(path), {
      method,
      headers: {
        "user-agent": this.#context.userAgent,
        accept: raw ? "application/vnd.github.raw+json" : "application/vnd.github+json"
      },
      read: async (body, status) => {
        if (raw && status === 200)
          return body.text();
        await body.dump({ limit: 64 * 1024 }).catch(() => void 0);
        return null;
      }
    });
    const { requests } = result;
    if (result.kind === "quota")
      return { status: 0, text: null, requests, failure: "GitHub API quota spent" };
    if (result.kind === "network")
      return { status: 0, text: null, requests, failure: `network error ${result.code ?? ""}`.trim() };
    if (result.kind === "redirect")
      return { status: 0, text: null, requests, failure: this.#api.failure(result).message };
    if (result.gaveUp?.rateLimited)
      return { status: result.status, text: null, requests, failure: "GitHub API rate limit" };
    return { status: result.status, text: result.body ?? null, requests };
  }
};
function enc(value) {
  return encodeURIComponent(value);
}

// ../../packages/links/dist/github-batch.js
import { setImmediate } from "node:timers";
var defaultBatchOptions = { reserve: 20, firstBatch: 50, maxBatch: 100 };
var TreeFailure = class extends Error {
};
var GithubBatchVerifier = class {
  #context;
  #api;
  #policy;
  #options;
  #graphqlUrl;
  #queue = [];
  #repos = /* @__PURE__ */ new Map();
  #trees = /* @__PURE__ */ new Map();
  #files = /* @__PURE__ */ new Map();
  #perItem;
  #scheduled = false;
  /** By quota resource (`core`, `graphql`): what GitHub last said is left, less what is in flight. */
  #remaining = /* @__PURE__ */ new Map();
  /** By quota resource: the first request, until whose answer the others wait to learn the quota. */
  #probes = /* @__PURE__ */ new Map();
  #batch;
  /** Points per lookup the last query cost. */
  #costPerLookup = 0;
  /** GraphQL requests sent and points GitHub charged. */
  usage = { graphqlQueries: 0, graphqlPoints: 0, restRequests: 0 };
  notes = [];
  /** By URL: the anchors of the markdown file read for its fragments, for the link cache. */
  anchors = /* @__PURE__ */ new Map();
  constructor(context, policy, perUrl, options = {}) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    this.#policy = policy;
    this.#options = { ...defaultBatchOptions, ...options };
    this.#batch = this.#options.firstBatch;
    const root = this.#api.root;
    this.#graphqlUrl = /\/api\/v3\/$/.test(root.pathname) ? new URL("/api/graphql", root) : new URL("graphql", root);
    this.#perItem = (item) => perUrl(item.url, item.target, item.fragments);
    if (!context.token)
      this.notes.push("GitHub GraphQL needs a token (GITHUB_TOKEN): repositories, issues, pull requests, commits, releases and owners are asked over REST, one request each, against 60 requests an hour without one");
  }
  check(url, target, fragments) {
    return new Promise((resolve) => {
      this.#queue.push({ url, target, fragments, resolve });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          void this.#flush(this.#queue.splice(0));
        });
      }
    });
  }
  async #flush(items) {
    const lookups = [];
    const work = [];
    for (const item of items) {
      const target = item.target;
      const done = this.#done(item);
      if (target.kind === "owner") {
        if (!this.#context.token) {
          work.push(this.#perItem(item).then(item.resolve));
          continue;
        }
        lookups.push({
          owner: null,
          repo: null,
          lookup: {
            field: `repositoryOwner(login: ${JSON.stringify(target.owner)}) { login }`,
            settle: (value) => item.resolve(value ? done("alive", 200, "owner found (GitHub GraphQL)") : done("dead", 404, "no such user or organisation (GitHub GraphQL)")),
            fail: (reason) => item.resolve(done("inconclusive", null, reason))
          }
        });
        continue;
      }
      const key = repoKey(target.owner, target.repo);
      let repo = this.#repos.get(key);
      if (!repo) {
        repo = this.#context.token ? this.#repoByGraphql(target.owner, target.repo, lookups) : this.#repoByRest(target.owner, target.repo);
        this.#repos.set(key, repo);
      }
      if (target.kind === "repo") {
        work.push(repo.then((answer) => item.resolve(this.#repoVerdict(item, answer, done))));
        continue;
      }
      if ("path" in target) {
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
  #done(item) {
    return (outcome, status, reason, extra = {}) => ({
      url: item.url,
      outcome,
      status,
      reason,
      redirect: null,
      missingFragments: [],
      source: "github-api",
      // Requests are counted by the run as a whole: a batch answers many URLs at once.
      requests: 0,
      ...extra
    });
  }
  #repoVerdict(item, answer, done) {
    const target = item.target;
    if (answer.kind === "unchecked")
      return done("inconclusive", answer.status, answer.reason);
    if (answer.kind === "missing")
      return done("dead", 404, "repository not found (GitHub API)");
    const moved = this.#moved(item, target, answer.nameWithOwner);
    return done("alive", 200, moved ? `repository moved to \`${answer.nameWithOwner}\`` : "200 (GitHub API)", moved ? { redirect: moved } : {});
  }
  /** The same URL in the repository's new name, when it was renamed or transferred. */
  #moved(item, target, nameWithOwner) {
    if (repoKey(target.owner, target.repo) === nameWithOwner.toLowerCase())
      return null;
    const url = new URL(item.url);
    const segments = url.pathname.split("/");
    segments.splice(1, 2, ...nameWithOwner.split("/"));
    url.pathname = segments.join("/");
    return { to: url.href, permanent: true };
  }
  #repoByGraphql(owner, repo, lookups) {
    return new Promise((resolve) => {
      lookups.push({
        owner,
        repo,
        lookup: {
          field: "nameWithOwner",
          settle: (value, error) => {
            if (typeof value === "string")
              resolve({ kind: "found", nameWithOwner: value });
            else if (error?.type === "NOT_FOUND" || value === null)
              resolve({ kind: "missing" });
            else
              resolve({ kind: "unchecked", reason: error?.message ?? "no answer from GitHub GraphQL", status: null });
          },
          fail: (reason) => resolve({ kind: "unchecked", reason, status: null })
        }
      });
    });
  }
  async #repoByRest(owner, repo) {
    const answer = await this.#rest(`repos/${enc2(owner)}/${enc2(repo)}`, async (body) => await body.json());
    if (answer.kind === "unchecked")
      return answer;
    if (answer.status === 404)
      return { kind: "missing" };
    if (answer.status !== 200)
      return { kind: "unchecked", reason: `${answer.status} from the GitHub API`, status: answer.status };
    return { kind: "found", nameWithOwner: answer.body?.full_name ?? `${owner}/${repo}` };
  }
  #lookup(item, target, done) {
    const fail = (reason) => item.resolve(done("inconclusive", null, reason));
    if (target.kind === "issue" || target.kind === "pull")
      return {
        field: `issueOrPullRequest(number: ${target.number}) { __typename ... on Issue { url } ... on PullRequest { url } }`,
        settle: (value, error) => {
          const found = value;
          if (!found) {
            if (error && error.type !== "NOT_FOUND")
              return fail(error.message ?? "GitHub GraphQL error");
            return item.resolve(done("dead", 404, `no such ${target.kind === "issue" ? "issue" : "pull request"} (GitHub GraphQL)`));
          }
          if (target.kind === "pull" && found.__typename !== "PullRequest")
            return item.resolve(done("dead", 404, "an issue, not a pull request (GitHub GraphQL)"));
          const at = found.url ? new URL(found.url) : null;
          const asked = new URL(item.url);
          const moved = at && at.pathname.split("/").slice(1, 3).join("/").toLowerCase() !== asked.pathname.split("/").slice(1, 3).join("/").toLowerCase();
          item.resolve(moved ? done("alive", 200, `transferred to \`${at.pathname.split("/").slice(1, 3).join("/")}\``, {
            redirect: { to: at.href, permanent: true }
          }) : done("alive", 200, "200 (GitHub GraphQL)"));
        },
        fail
      };
    if (target.kind === "commit")
      return {
        field: `object(expression: ${JSON.stringify(target.sha)}) { __typename }`,
        settle: (value, error) => value ? item.resolve(done("alive", 200, "200 (GitHub GraphQL)")) : error && error.type !== "NOT_FOUND" ? fail(error.message ?? "GitHub GraphQL error") : item.resolve(done("dead", 404, "no such commit (GitHub GraphQL)")),
        fail
      };
    return {
      field: `release(tagName: ${JSON.stringify(target.tag)}) { tagName }`,
      settle: (value, error) => value ? item.resolve(done("alive", 200, "200 (GitHub GraphQL)")) : error && error.type !== "NOT_FOUND" ? fail(error.message ?? "GitHub GraphQL error") : item.resolve(done("dead", 404, "no such release (GitHub GraphQL)")),
      fail
    };
  }
  /** Every lookup in aliased GraphQL queries, one after another, each sized by what the last one cost. */
  async #sendLookups(all) {
    let at = 0;
    while (at < all.length) {
      const size = this.#batch;
      const chunk = all.slice(at, at + size);
      const groups = /* @__PURE__ */ new Map();
      chunk.forEach((entry, index) => {
        const key = entry.owner === null ? `#${index}` : repoKey(entry.owner, entry.repo);
        const group = groups.get(key) ?? { owner: entry.owner, repo: entry.repo, lookups: [] };
        group.lookups.push(entry.lookup);
        groups.set(key, group);
      });
      const weight = chunk.length + [...groups.values()].filter((group) => group.owner !== null).length;
      const kept = this.#kept("graphql", Math.ceil(this.#costPerLookup * weight) + 1);
      if (kept) {
        for (const { lookup } of all.slice(at))
          lookup.fail(kept);
        return;
      }
      at += chunk.length;
      const fields = [];
      const settle = [];
      [...groups.values()].forEach((group, g) => {
        const alias = `q${g}`;
        if (group.owner === null) {
          const lookup = group.lookups[0];
          fields.push(`${alias}: ${lookup.field}`);
          settle.push((data, errors2) => lookup.settle(data[alias] ?? null, errors2.find((e) => e.path?.[0] === alias) ?? null));
          return;
        }
        const inner = group.lookups.map((lookup, l) => lookup.field === "nameWithOwner" ? "nameWithOwner" : `l${l}: ${lookup.field}`);
        if (!inner.includes("nameWithOwner"))
          inner.unshift("nameWithOwner");
        fields.push(`${alias}: repository(owner: ${JSON.stringify(group.owner)}, name: ${JSON.stringify(group.repo)}) { ${inner.join(" ")} }`);
        settle.push((data, errors2) => {
          const repo = data[alias];
          const repoError = errors2.find((e) => e.path?.length === 1 && e.path[0] === alias) ?? null;
          group.lookups.forEach((lookup, l) => {
            if (lookup.field === "nameWithOwner")
              return lookup.settle(repo?.["nameWithOwner"] ?? null, repoError);
            if (!repo)
              return repoError?.type === "NOT_FOUND" ? lookup.settle(null, repoError) : lookup.fail(repoError?.message ?? "no answer from GitHub GraphQL");
            lookup.settle(repo[`l${l}`] ?? null, errors2.find((e) => e.path?.[0] === alias && e.path[1] === `l${l}`) ?? null);
          });
        });
      });
      const query = `query { ${fields.join(" ")} rateLimit { cost remaining resetAt } }`;
      const answer = await this.#graphql(query);
      if (answer.kind === "failed") {
        for (const { lookup } of chunk)
          lookup.fail(answer.reason);
        continue;
      }
      const errors = answer.errors;
      const limited = errors.find((error) => error.type === "RATE_LIMITED" && !error.path);
      if (limited) {
        this.#remaining.set("graphql", { left: 0, reset: this.#remaining.get("graphql")?.reset ?? null });
        for (const { lookup } of all.slice(at - chunk.length))
          lookup.fail(`not yet checked: GitHub GraphQL quota spent (${limited.message ?? "RATE_LIMITED"}); run again later`);
        return;
      }
      if (!answer.data) {
        const said = errors.map((error) => error.message).join("; ") || "no data";
        for (const { lookup } of chunk)
          lookup.fail(`GitHub GraphQL: ${said}`);
        continue;
      }
      for (const run of settle)
        run(answer.data, errors);
      const cost = answer.cost ?? 1;
      this.#costPerLookup = cost / weight;
      this.#batch = Math.max(1, Math.min(this.#options.maxBatch, cost <= 1 ? this.#batch * 2 : Math.floor(this.#batch * 2 / cost)));
    }
  }
  async #graphql(query) {
    this.usage.graphqlQueries++;
    const result = await this.#policy.request(this.#graphqlUrl, {
      method: "POST",
      body: JSON.stringify({ query }),
      headers: {
        "user-agent": this.#context.userAgent,
        "content-type": "application/json",
        accept: "application/json"
      },
      read: async (body) => await body.json()
    });
    const failed = this.#failure(result);
    if (failed)
      return { kind: "failed", reason: failed };
    const answer = result;
    this.#note(answer.headers);
    if (answer.status !== 200)
      return { kind: "failed", reason: `${answer.status} from GitHub GraphQL` };
    const payload = answer.body;
    const rate = payload?.data?.["rateLimit"] ?? null;
    if (rate && typeof rate.remaining === "number")
      this.#remaining.set("graphql", { left: rate.remaining, reset: rate.resetAt ? Date.parse(rate.resetAt) : null });
    if (rate && typeof rate.cost === "number")
      this.usage.graphqlPoints += rate.cost;
    return { kind: "answer", data: payload?.data ?? null, errors: payload?.errors ?? [], cost: rate?.cost ?? null };
  }
  /**
   * Lets a request go when the quota allows. Until an answer has said what is left, one request
   * goes alone and the others wait for its answer, so a nearly spent quota is not overrun by a
   * burst sent in parallel.
   */
  async #admit(resource, units) {
    while (!this.#remaining.has(resource) && this.#probes.has(resource))
      await this.#probes.get(resource);
    if (this.#remaining.has(resource))
      return { kept: this.#kept(resource, units), release: () => void 0 };
    let release;
    this.#probes.set(resource, new Promise((resolve) => release = resolve));
    return {
      kept: null,
      release: () => {
        if (!this.#remaining.has(resource))
          this.#remaining.set(resource, { left: Infinity, reset: null });
        this.#probes.delete(resource);
        release();
      }
    };
  }
  /** A reason when the quota of `resource` is down to the reserve, after taking `units` from it. */
  #kept(resource, units) {
    const quota = this.#remaining.get(resource);
    if (!quota)
      return null;
    if (quota.left - units < this.#options.reserve) {
      const when = quota.reset ? ` (it resets at ${new Date(quota.reset).toISOString()})` : "";
      return `not yet checked: the GitHub ${resource === "core" ? "REST" : "GraphQL"} quota is down to ${quota.left}, kept in reserve${when}; the next run goes on from here`;
    }
    quota.left -= units;
    return null;
  }
  /** The quota fields of a REST or GraphQL answer. */
  #note(headers) {
    const field = (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const remaining = Number(field("x-ratelimit-remaining"));
    if (!Number.isFinite(remaining) || field("x-ratelimit-remaining") === void 0)
      return;
    const resource = field("x-ratelimit-resource") === "graphql" ? "graphql" : "core";
    const reset = Number(field("x-ratelimit-reset"));
    const known = this.#remaining.get(resource);
    this.#remaining.set(resource, {
      left: known ? Math.min(known.left, remaining) : remaining,
      reset: Number.isFinite(reset) ? reset * 1e3 : known?.reset ?? null
    });
  }
  #failure(result) {
    if (result.kind === "quota")
      return "not yet checked: GitHub API quota spent; the next run goes on from here";
    if (result.kind === "network")
      return `network error ${result.code ?? ""}`.trim();
    if (result.kind === "redirect")
      return this.#api.failure(result).message;
    if (result.gaveUp?.rateLimited)
      return "not yet checked: GitHub API rate limit; the next run goes on from here";
    return null;
  }
  /** One REST GET through the policy, within the quota. */
  async #rest(path, read, headers = {}) {
    const admitted = await this.#admit("core", 1);
    if (admitted.kept)
      return { kind: "unchecked", reason: admitted.kept, status: null };
    this.usage.restRequests++;
    const result = await this.#policy.request(this.#api.url(path), {
      headers: { "user-agent": this.#context.userAgent, accept: "application/vnd.github+json", ...headers },
      read: async (body, status) => status === 200 ? read(body) : (await body.dump().catch(() => void 0), null)
    });
    if (result.kind === "answer")
      this.#note(result.headers);
    admitted.release();
    const failed = this.#failure(result);
    if (failed)
      return { kind: "unchecked", reason: failed, status: null };
    const answer = result;
    if (answer.gaveUp)
      return { kind: "unchecked", reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: "answer",
      status: answer.status,
      body: answer.body,
      hops: answer.hops.length,
      headers: answer.headers
    };
  }
  /** A `blob`, `tree`, `raw` or `blame` URL: the repository, then the tree of its ref. */
  async #path(item, target, repoAnswer, done) {
    const repo = await repoAnswer;
    if (repo.kind !== "found")
      return this.#repoVerdict(item, repo, done);
    const moved = this.#moved(item, target, repo.nameWithOwner);
    const name = repo.nameWithOwner;
    const most = Math.min(target.rest.length - (target.kind === "tree" ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const ref = target.rest.slice(0, split).join("/");
      const path = target.rest.slice(split).join("/");
      const tree = await this.#tree(name, ref);
      if (tree.kind === "unchecked")
        return done("inconclusive", tree.status, tree.reason);
      if (tree.kind === "missing") {
        if (split < most)
          continue;
        return done("dead", 404, `no ref \`${ref}\` in \`${name}\` (GitHub tree)`);
      }
      const extra = moved ? { redirect: moved } : {};
      if (path === "")
        return done("alive", 200, "in the tree (GitHub API)", extra);
      let entry;
      try {
        entry = await tree.walker.entry(path);
      } catch (error) {
        return done("inconclusive", null, error instanceof TreeFailure ? error.message : "GitHub tree walk failed");
      }
      if (!entry || entry.path !== path)
        return done("dead", 404, `\`${path}\` is not in \`${name}\` at \`${ref}\` (GitHub tree)`);
      const isFile = entry.type === "blob";
      if (target.kind === "tree" ? isFile : entry.type === "tree") {
        const [want, was] = target.kind === "tree" ? ["blob", "tree"] : ["tree", target.kind];
        const to = new URL(moved?.to ?? item.url);
        to.pathname = to.pathname.replace(new RegExp(`^(/[^/]+/[^/]+/)${was}/`), `$1${want}/`);
        return done("alive", 200, `Unexpected \`${was}/\` view for the ${isFile ? "file" : "directory"} \`${path}\`, expected \`${want}/\``, { redirect: { to: to.href, permanent: false } });
      }
      const wantsAnchors = isFile && target.kind !== "tree" && /\.(md|markdown)$/i.test(path) && item.fragments.some((fragment) => !/^L\d+/.test(fragment));
      if (!wantsAnchors)
        return done("alive", 200, "in the tree (GitHub API)", extra);
      const text = await this.#file(name, ref, path);
      if (text === null)
        return done("alive", 200, "in the tree (GitHub API); its anchors were not read", extra);
      const anchors = markdownAnchors(text);
      this.anchors.set(item.url, [...anchors]);
      return done("alive", 200, "in the tree (GitHub API)", {
        ...extra,
        missingFragments: item.fragments.filter((fragment) => !hasFragment(anchors, fragment, true))
      });
    }
    return done("dead", 404, "not found (GitHub API)");
  }
  #tree(repository, ref) {
    const key = `${repository.toLowerCase()}@${ref}`;
    let tree = this.#trees.get(key);
    if (!tree) {
      tree = this.#readTree(repository, ref);
      this.#trees.set(key, tree);
    }
    return tree;
  }
  async #readTree(repository, ref) {
    const first = await this.#treeCall(repository, ref, true);
    if (first.kind !== "found")
      return first;
    const source = {
      tree: async (repo, sha, recursive) => {
        const listed = await this.#treeCall(repo, sha, recursive);
        if (listed.kind !== "found")
          throw new TreeFailure(listed.kind === "missing" ? `tree ${sha} not found` : listed.reason);
        return listed.tree;
      }
    };
    const walker = new TreeWalker(source, repository, first.tree.sha);
    return { kind: "found", walker: first.tree.truncated ? walker : walker.seed(first.tree.tree) };
  }
  async #treeCall(repository, ref, recursive) {
    const [owner, repo] = repository.split("/");
    const answer = await this.#rest(`repos/${enc2(owner)}/${enc2(repo)}/git/trees/${enc2(ref)}${recursive ? "?recursive=1" : ""}`, async (body) => await body.json());
    if (answer.kind === "unchecked")
      return answer;
    if (answer.status === 404 || answer.status === 422)
      return { kind: "missing" };
    if (answer.status !== 200 || !answer.body || !Array.isArray(answer.body.tree))
      return { kind: "unchecked", reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: "found",
      tree: { sha: answer.body.sha, tree: answer.body.tree, truncated: answer.body.truncated === true }
    };
  }
  #file(repository, ref, path) {
    const key = `${repository.toLowerCase()}@${ref}:${path}`;
    let file = this.#files.get(key);
    if (!file) {
      const [owner, repo] = repository.split("/");
      file = this.#rest(`repos/${enc2(owner)}/${enc2(repo)}/contents/${path.split("/").map(enc2).join("/")}?ref=${enc2(ref)}`, (body) => body.text(), { accept: "application/vnd.github.raw+json" }).then((answer) => answer.kind === "answer" && answer.status === 200 ? answer.body : null);
      this.#files.set(key, file);
    }
    return file;
  }
};
function enc2(value) {
  return encodeURIComponent(value);
}

// ../../packages/links/dist/http-check.js
var headDoubtful = /* @__PURE__ */ new Set([400, 403, 404, 405, 406, 410, 501]);
var headPolicy = /* @__PURE__ */ new WeakMap();
var headProbes = /* @__PURE__ */ new WeakMap();
function probesOf(context) {
  let probes = headProbes.get(context);
  if (!probes) {
    probes = /* @__PURE__ */ new Map();
    headProbes.set(context, probes);
  }
  return probes;
}
async function checkHttp(target, context) {
  let current = target.url;
  let requests = 0;
  let permanent = true;
  const needBody = target.fragments.some((fragment) => fragment !== "" && fragment !== "top");
  const policies = headPolicy.get(context) ?? /* @__PURE__ */ new Map();
  headPolicy.set(context, policies);
  const result = (fields, anchors = null) => ({
    url: target.url,
    status: null,
    redirect: current !== target.url ? { to: current, permanent } : null,
    missingFragments: [],
    source: "network",
    requests,
    anchors,
    ...fields
  });
  const ask = async (method, wantBody) => {
    const answer = await context.policy.request(current, {
      method,
      headers: {
        "user-agent": context.userAgent,
        accept: "text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8"
      },
      read: (body, status2, headers) => readPage(body, status2, headers, wantBody, context.maxBody)
    });
    requests += answer.requests;
    for (const hop of answer.hops)
      permanent &&= hop.status === 301 || hop.status === 308;
    if (answer.hops.length)
      current = answer.url.href;
    return answer;
  };
  let attempt = await ask((url) => needBody || policies.get(url.host) === "unsupported" ? "GET" : "HEAD", needBody);
  if (attempt.kind === "answer" && attempt.method === "HEAD" && headDoubtful.has(attempt.status)) {
    const host = attempt.url.host;
    const policy = policies.get(host);
    const headStatus = attempt.status;
    const missing = headStatus === 404 || headStatus === 410;
    const probe = missing && policy === void 0 ? probesOf(context).get(host) : void 0;
    const verdict = policy ?? (probe ? await probe : void 0);
    if (!(verdict === "reliable" && missing)) {
      let settle = null;
      if (missing && verdict === void 0)
        probesOf(context).set(host, new Promise((resolve) => settle = resolve));
      attempt = await ask("GET", false);
      const learnt = attempt.kind === "answer" ? attempt.status === headStatus && headStatus !== 405 && headStatus !== 501 ? "reliable" : "unsupported" : null;
      if (learnt)
        policies.set(host, learnt);
      settle?.(learnt ?? "unsupported");
    }
  }
  if (attempt.kind === "network")
    return result({ outcome: attempt.unreachable ? "dead" : "inconclusive", reason: attempt.reason });
  if (attempt.kind === "quota")
    return result({ outcome: "inconclusive", reason: "quota spent" });
  if (attempt.kind === "redirect") {
    current = attempt.url.href;
    const { status: status2 } = attempt;
    if (attempt.problem === "malformed")
      return result({ outcome: "dead", status: status2, reason: `${status2} to a malformed Location` });
    if (attempt.problem === "scheme")
      return result({
        outcome: "inconclusive",
        status: status2,
        reason: `redirect to a \`${attempt.scheme}\` URL, not followed`
      });
    if (attempt.problem === "limit")
      return result({ outcome: "dead", status: status2, reason: `more than ${context.maxRedirects} redirects` });
    return result({ outcome: "dead", status: status2, reason: "redirect loop" });
  }
  const { status } = attempt;
  if (status >= 300 && status < 400 && status !== 304)
    return result({ outcome: "inconclusive", status, reason: `${status} without a Location` });
  if (status >= 200 && status < 300) {
    const text = attempt.body?.text ?? null;
    if (!needBody || text === null)
      return result({ outcome: "alive", status, reason: `${status}` });
    const anchors = /markdown|text\/plain/.test(attempt.body.contentType) ? markdownAnchors(text) : htmlAnchors(text);
    const missing = target.fragments.filter((fragment) => !hasFragment(anchors, fragment, false));
    return result({ outcome: "alive", status, reason: `${status}`, missingFragments: missing }, [...anchors]);
  }
  if (status === 404 || status === 410)
    return result({ outcome: "dead", status, reason: `${status}` });
  if (status === 429)
    return result({ outcome: "inconclusive", status, reason: `429 after ${attempt.attempts} attempt(s)` });
  return result({ outcome: "inconclusive", status, reason: `${status}` });
}
async function readPage(body, status, headers, wantBody, maxBody) {
  const type = headers["content-type"];
  const contentType = (Array.isArray(type) ? type[0] : type) ?? "";
  if (!(wantBody && status >= 200 && status < 300 && /html|xml|markdown|text\/plain/.test(contentType))) {
    await body.dump({ limit: 64 * 1024 }).catch(() => void 0);
    return { text: null, contentType };
  }
  return { text: (await readBounded(body, maxBody)).toString("utf8"), contentType };
}

// ../../packages/links/dist/check-links.js
var defaultCheckOptions = {
  concurrency: 64,
  perHost: 8,
  minInterval: 0,
  timeouts: { connect: 1e4, headers: 15e3, body: 15e3 },
  retry: { attempts: 4, baseDelay: 500, maxDelay: 8e3, maxWait: 3e4 },
  maxRedirects: 10,
  maxBody: 8 * 1024 * 1024
};
var LinkChecker = class _LinkChecker {
  #options;
  #clock;
  #started;
  #ownDispatcher;
  #cache;
  #http;
  #github;
  #githubBatch;
  #warnings;
  #pending = /* @__PURE__ */ new Map();
  #requests = 0;
  #done = 0;
  constructor(options, cache, warnings) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock2;
    this.#started = this.#clock.now();
    this.#cache = cache;
    this.#warnings = warnings;
    const timeouts = { ...defaultCheckOptions.timeouts, ...options.timeouts };
    const retry = { ...defaultCheckOptions.retry, ...options.retry };
    const perHost = options.perHost ?? defaultCheckOptions.perHost;
    this.#ownDispatcher = options.dispatcher ? null : new import_undici.Agent({
      connections: perHost,
      connect: { timeout: timeouts.connect },
      headersTimeout: timeouts.headers,
      bodyTimeout: timeouts.body
    });
    const dispatcher = options.dispatcher ?? this.#ownDispatcher;
    const scheduler = new Scheduler({
      concurrency: options.concurrency ?? defaultCheckOptions.concurrency,
      perHost,
      minInterval: options.minInterval ?? defaultCheckOptions.minInterval,
      clock: this.#clock
    });
    const env = options.env ?? {};
    const userAgent = options.userAgent ?? "devguide-link-check (+https://github.com/devguide/devguide)";
    const onRequest = () => {
      this.#requests++;
    };
    const headerConfig = new Map(Object.entries(options.headers ?? {}).map(([host, headers]) => [host.toLowerCase(), headers]));
    const redact = redactor([
      env.GITHUB_TOKEN,
      ...[...headerConfig.values()].flatMap((headers) => Object.values(headers))
    ]);
    this.#http = {
      policy: new HttpPolicy({
        dispatcher,
        clock: this.#clock,
        retry,
        timeouts,
        redirects: { max: defaultCheckOptions.maxRedirects },
        // Headers configured for a host (credentials included), to that origin only, at every hop.
        credentials: (url) => ({ ...headerConfig.get(url.hostname) ?? {}, ...headerConfig.get(url.host) ?? {} }),
        around: (url, send) => scheduler.run(url.host, () => {
          onRequest();
          return send();
        }),
        redact
      }),
      userAgent,
      maxRedirects: defaultCheckOptions.maxRedirects,
      maxBody: defaultCheckOptions.maxBody
    };
    const api = {
      dispatcher,
      scheduler,
      clock: this.#clock,
      retry,
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      token: env.GITHUB_TOKEN || null,
      userAgent,
      headersTimeout: timeouts.headers,
      bodyTimeout: timeouts.body,
      onRequest
    };
    this.#github = options.githubApi === false ? null : new GithubVerifier(api);
    const { mode, ...batch } = options.github ?? {};
    const perUrl = this.#github;
    this.#githubBatch = perUrl && mode !== "per-url" ? new GithubBatchVerifier(api, perUrl.policy, (url, target, fragments) => perUrl.check(url, target, fragments), batch) : null;
    if (this.#githubBatch)
      this.#warnings.push(...this.#githubBatch.notes);
  }
  /** GraphQL queries and points, REST requests of the batched GitHub verifier; null in per-URL mode. */
  get githubUsage() {
    return this.#githubBatch?.usage ?? null;
  }
  /** Opens the cache (a corrupt one is a warning, not an error) and makes the checker ready. */
  static async start(options = {}) {
    const opened = options.cache ? await LinkCache.open(options.cache, options.lifetimes) : null;
    return new _LinkChecker(options, opened?.cache ?? null, opened?.warning ? [opened.warning] : []);
  }
  /** Starts checking every URL not asked yet; returns at once. */
  check(urls) {
    for (const target of urls) {
      if (this.#pending.has(target.url))
        continue;
      const asked = new Set(target.fragments);
      const answer = this.#answer({ ...target, fragments: [...asked] }).then((answer2) => {
        this.#done++;
        this.#options.onProgress?.(this.#done, this.#pending.size);
        return answer2;
      });
      answer.catch(() => void 0);
      this.#pending.set(target.url, { asked, answer });
    }
  }
  /** Checks whatever of `urls` is not checked yet, waits for all, saves the cache; results and stats for `urls`. */
  async finish(urls) {
    const results = /* @__PURE__ */ new Map();
    try {
      this.check(urls);
      for (const target of urls) {
        const pending = this.#pending.get(target.url);
        const answer = await pending.answer;
        results.set(target.url, target.fragments.every((fragment) => pending.asked.has(fragment)) ? answer.result : await this.#lateFragments(target, answer));
      }
      await this.#cache?.save();
    } finally {
      await this.#ownDispatcher?.close();
    }
    return { results, stats: this.#stats(urls, results), warnings: this.#warnings };
  }
  /** Fragments found after the URL's check began: answered from the page read then, else asked again. */
  async #lateFragments(target, first) {
    if (first.result.outcome !== "alive")
      return first.result;
    if (first.anchors) {
      const anchors = new Set(first.anchors);
      return {
        ...first.result,
        missingFragments: target.fragments.filter((fragment) => !hasFragment(anchors, fragment, first.github))
      };
    }
    return (await this.#answer(target)).result;
  }
  /** Gives up: requests in flight are dropped, nothing is saved. For a run that failed elsewhere. */
  async abandon() {
    await this.#ownDispatcher?.destroy();
  }
  async #answer(target) {
    const clock = this.#clock;
    const githubTarget = parseGithubUrl(target.url);
    const github = githubTarget !== null;
    if (githubTarget) {
      const locked = answerFromLock(target.url, githubTarget, target.fragments, this.#options.lock ?? null);
      if (locked)
        return { result: locked, anchors: null, github };
    }
    const cached = this.#cache?.get(target.url, target.fragments, clock.now(), (anchors2, fragment) => hasFragment(anchors2, fragment, github));
    if (cached)
      return { result: cached, anchors: null, github };
    if (this.#options.offline)
      return {
        result: {
          url: target.url,
          outcome: "inconclusive",
          status: null,
          reason: "not checked (offline)",
          redirect: null,
          missingFragments: [],
          source: "offline",
          requests: 0
        },
        anchors: null,
        github
      };
    if (githubTarget && this.#github) {
      const result2 = await (this.#githubBatch ?? this.#github).check(target.url, githubTarget, target.fragments);
      this.#cache?.set(result2, this.#githubBatch?.anchors.get(target.url) ?? null, clock.now());
      return { result: result2, anchors: null, github };
    }
    const { anchors, ...result } = await checkHttp(target, this.#http);
    this.#cache?.set(result, anchors, clock.now());
    return { result, anchors, github };
  }
  #stats(urls, results) {
    const byOutcome = { alive: 0, dead: 0, inconclusive: 0, unchecked: 0 };
    const byHost = /* @__PURE__ */ new Map();
    let fromCache = 0;
    let fromLock = 0;
    for (const target of urls) {
      const result = results.get(target.url);
      const key = result.source === "offline" ? "unchecked" : result.outcome;
      byOutcome[key]++;
      const host = byHost.get(target.host) ?? { alive: 0, dead: 0, inconclusive: 0, unchecked: 0 };
      host[key]++;
      byHost.set(target.host, host);
      if (result.source === "cache")
        fromCache++;
      if (result.source === "lock")
        fromLock++;
    }
    return {
      urls: urls.length,
      requests: this.#requests,
      fromCache,
      fromLock,
      byOutcome,
      byHost,
      ms: this.#clock.now() - this.#started
    };
  }
};

// ../../packages/links/dist/normalize.js
function normalizeUrl(raw) {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed))
    return null;
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!parsed.hostname)
    return null;
  const fragment = parsed.hash.length > 1 ? safeDecode(parsed.hash.slice(1)) : null;
  parsed.hash = "";
  return { url: parsed.href, host: parsed.host, fragment };
}
function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// ../../packages/links/dist/extract.js
function collectExternalUrls(files, options = {}) {
  const byUrl = /* @__PURE__ */ new Map();
  const exclude = options.exclude ?? [];
  for (const file of files) {
    for (const link of file.links) {
      const normal = normalizeUrl(link.url);
      if (!normal)
        continue;
      if (exclude.some((pattern) => pattern.test(link.url) || pattern.test(normal.url)))
        continue;
      let entry = byUrl.get(normal.url);
      if (!entry) {
        entry = { url: normal.url, host: normal.host, fragments: [], occurrences: [] };
        byUrl.set(normal.url, entry);
      }
      if (normal.fragment !== null && !entry.fragments.includes(normal.fragment))
        entry.fragments.push(normal.fragment);
      entry.occurrences.push({
        path: file.path,
        position: link.position,
        fragment: normal.fragment,
        written: link.url,
        destination: link.destination
      });
    }
  }
  return [...byUrl.values()];
}

// ../../packages/lint/dist/engine/pinned-external.js
function pinnedForApi(target, link, defaultBranch) {
  if (target.kind !== "repo" || target.via !== "github" || target.ref === null)
    return null;
  if (isDefaultRef(target.ref, defaultBranch) || target.view !== "blob" && target.view !== "tree")
    return null;
  return { url: link.url, position: link.position, destination: link.destination };
}

// ../../packages/lint/dist/engine/external-pass.js
async function startExternalPass(config, content, options, cachePath, previous, pinned = null) {
  const exclude = config.exclude.map((pattern) => new RegExp(pattern));
  const resolved = /* @__PURE__ */ new WeakMap();
  const externalLinksOf = (view) => {
    let links = resolved.get(view.facts);
    if (!links) {
      links = view.facts.links.flatMap((link) => {
        const target = resolveLink(link.url, view.resolve);
        return target.kind === "external" ? [
          {
            url: target.url,
            position: link.position,
            destination: target.sitePath === null ? link.destination : null
          }
        ] : pinned ? [pinnedForApi(target, link, pinned.defaultBranch) ?? []].flat() : [];
      });
      resolved.set(view.facts, links);
    }
    return links;
  };
  const urlsOf = (views) => collectExternalUrls(views.map((view) => ({ path: view.path, links: externalLinksOf(view) })), { exclude });
  const env = options.env ?? {};
  const headers = Object.fromEntries(Object.entries(config.headers).map(([host, values]) => [
    host,
    Object.fromEntries(Object.entries(values).map(([name, value]) => [
      name,
      value.startsWith("$") ? env[value.slice(1)] ?? "" : value
    ]))
  ]));
  const checker = await LinkChecker.start({
    ...options.dispatcher ? { dispatcher: options.dispatcher } : {},
    ...options.clock ? { clock: options.clock } : {},
    ...options.github ? { github: options.github } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    env,
    concurrency: config.concurrency,
    perHost: config.perHost,
    minInterval: config.minInterval,
    timeouts: { connect: config.timeout, headers: config.timeout, body: config.timeout },
    headers,
    cache: cachePath,
    offline: options.offline ?? false,
    lock: content ? lockView(content.lock) : null
  });
  const unchecked = (views) => urlsOf(views).filter((url) => !previous.has(url.url));
  return {
    feed: (views) => checker.check(unchecked(views)),
    abandon: () => checker.abandon(),
    async finish(views) {
      const urls = urlsOf(views);
      const run = await checker.finish(urls.filter((url) => !previous.has(url.url)));
      for (const [url, result] of run.results) {
        previous.set(url, result);
        const final = result.redirect?.to;
        if (final && result.outcome === "alive" && !previous.has(final))
          previous.set(final, { ...result, url: final, redirect: null, requests: 0 });
      }
      return { external: { urls, results: previous }, stats: run.stats, warnings: run.warnings };
    }
  };
}
export {
  startExternalPass
};
