import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Agent,
  GitHubApi,
  HttpPolicy,
  Scheduler,
  TreeWalker,
  githubRetry,
  readBounded,
  redactor,
  systemClock
} from "./chunk-RB7S2H3Z.js";
import {
  writeAtomically
} from "./chunk-D7WFT64B.js";
import {
  InputError,
  anchorsOf,
  fragmentLands,
  scanHtml
} from "./chunk-X4N2JY57.js";

// ../../packages/links/dist/cache.js
import { readFile } from "node:fs/promises";
var linkCacheVersion = 1;
var defaultLifetimes = { alive: 7 * 24 * 36e5, dead: 24 * 36e5 };
var LinkCache = class _LinkCache {
  #path;
  #entries;
  #lifetimes;
  #dirty = false;
  constructor(path, entries, lifetimes, dirty = false) {
    this.#path = path;
    this.#entries = entries;
    this.#lifetimes = lifetimes;
    this.#dirty = dirty;
  }
  /**
   * Opens the cache; a missing file is empty, a corrupt or foreign one is ignored with a warning.
   * Either is written by `save` even when nothing was checked: a run with a link cache leaves one
   * (a shard that checks no URL still hands `devguide cache merge` its file), and a corrupt one is
   * rewritten, as the warning says.
   */
  static async open(path, lifetimes = defaultLifetimes) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch {
      return { cache: new _LinkCache(path, /* @__PURE__ */ new Map(), lifetimes, true), warning: null };
    }
    const entries = parseLinkCacheEntries(text);
    return entries ? { cache: new _LinkCache(path, entries, lifetimes), warning: null } : {
      cache: new _LinkCache(path, /* @__PURE__ */ new Map(), lifetimes, true),
      warning: `Unexpected unreadable link cache \`${path}\`, expected a devguide link cache (version ${linkCacheVersion}); it is ignored and rewritten`
    };
  }
  /** A stored answer still in its lifetime that covers the fragments asked for, or null. */
  get(url, fragments, now, check, anyAge = false) {
    const entry = this.#entries.get(url);
    if (!entry)
      return null;
    if (!anyAge && now - entry.checkedAt > (entry.outcome === "alive" ? this.#lifetimes.alive : this.#lifetimes.dead))
      return null;
    let missingFragments = [];
    if (entry.outcome === "alive" && fragments.length > 0 && !entry.anyFragment) {
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
  /** The commit the stored answer's (repository, ref) stood at, whatever its age. */
  head(url) {
    return this.#entries.get(url)?.head ?? null;
  }
  /** Drops a stored answer that no longer holds. */
  forget(url) {
    if (this.#entries.delete(url))
      this.#dirty = true;
  }
  /** Marks a stored answer as confirmed now (its ref has not moved). */
  renew(url, now) {
    const entry = this.#entries.get(url);
    if (!entry)
      return;
    entry.checkedAt = now;
    this.#dirty = true;
  }
  set(result, anchors, now, extra = {}) {
    if (result.outcome === "inconclusive" || result.source === "cache" || result.source === "lock" || result.source === "offline")
      return;
    this.#entries.set(result.url, {
      outcome: result.outcome,
      status: result.status,
      reason: result.reason,
      redirect: result.redirect,
      checkedAt: now,
      ...anchors ? { anchors: [...anchors] } : extra.anyFragment ? { anyFragment: true } : {},
      ...extra.head ? { head: extra.head } : {}
    });
    this.#dirty = true;
  }
  /** Writes the cache atomically (temporary file, then rename), only when it changed. */
  async save() {
    if (!this.#dirty)
      return;
    await writeAtomically([{ path: this.#path, content: renderLinkCache(this.#entries) }]);
    this.#dirty = false;
  }
};
function parseLinkCacheEntries(text) {
  try {
    const data = JSON.parse(text);
    if (data.version !== linkCacheVersion || typeof data.entries !== "object" || data.entries === null)
      return null;
    const entries = /* @__PURE__ */ new Map();
    for (const [url, entry] of Object.entries(data.entries)) {
      if ((entry.outcome === "alive" || entry.outcome === "dead") && typeof entry.checkedAt === "number")
        entries.set(url, entry);
    }
    return entries;
  } catch {
    return null;
  }
}
function renderLinkCache(entries) {
  const sorted = Object.fromEntries([...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ version: linkCacheVersion, entries: sorted });
}

// ../../packages/links/dist/cache-merge.js
function planLinkCacheMerge(inputs) {
  if (inputs.length === 0)
    throw new InputError("Unexpected no link caches, expected at least one", "write `devguide cache merge <cache.json>... --output <file>`");
  const entries = /* @__PURE__ */ new Map();
  const from = /* @__PURE__ */ new Map();
  for (const [at, input] of inputs.entries()) {
    const parsed = parseLinkCacheEntries(input.text);
    if (!parsed)
      throw new InputError(`Unexpected link cache \`${input.name}\`, expected a devguide link cache (version ${linkCacheVersion})`, "give the files `devguide lint --external --link-cache <file>` wrote");
    for (const [url, entry] of parsed) {
      const held = entries.get(url);
      if (held && held.checkedAt >= entry.checkedAt)
        continue;
      entries.set(url, entry);
      from.set(url, at);
    }
  }
  const counts = inputs.map((input) => ({ name: input.name, urls: 0 }));
  for (const at of from.values())
    counts[at].urls++;
  return { entries, taken: counts };
}
function renderLinkCacheMerge(merge) {
  return renderLinkCache(merge.entries);
}

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

// ../../packages/links/dist/clock.js
var systemClock2 = systemClock;

// ../../packages/links/dist/github.js
var listings = /* @__PURE__ */ new Map([
  ["issues", "issues"],
  ["pulls", null],
  ["labels", null],
  ["milestones", null],
  ["projects", "projects"],
  ["discussions", "discussions"],
  ["wiki", "wiki"],
  ["actions", null],
  ["releases", null],
  ["tags", null],
  ["branches", null],
  ["commits", null],
  ["graphs", null],
  ["network", null],
  ["pulse", null],
  ["security", null],
  ["search", null],
  ["activity", null],
  ["stargazers", null],
  ["watchers", null],
  ["forks", null]
]);
var teamTabs = /* @__PURE__ */ new Set(["members", "repositories", "teams"]);
function needsGraphql(target) {
  return target.kind === "discussion" || target.kind === "project";
}
var reservedOwners = new Set("about apps blog collections contact customer-stories enterprise events explore features gist github-copilot issues login logout marketplace new notifications orgs organizations pricing pulls readme search security settings site sitemap solutions sponsors team topics trending users codespaces".split(" "));
function parseGithubUrl(url) {
  const parsed = new URL(url);
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
  if (parsed.hostname === "gist.github.com") {
    const [owner2, id, ...more] = segments;
    return owner2 && id && more.length === 0 && /^[0-9a-f]{20,40}$/i.test(id) ? { kind: "gist", owner: owner2, id } : null;
  }
  if (parsed.hostname !== "github.com" && parsed.hostname !== "www.github.com")
    return null;
  const [owner, repoName, view, ...rest] = segments;
  if (owner === "orgs" && repoName && view === "teams" && (rest.length === 1 || teamTabs.has(rest[1] ?? ""))) {
    if (rest.length <= 2)
      return { kind: "team", owner: repoName, slug: rest[0] };
  }
  const projectView = rest.length === 3 && rest[1] === "views" && /^\d+$/.test(rest[2]);
  if ((owner === "orgs" || owner === "users") && repoName && view === "projects" && (rest.length === 1 || projectView)) {
    if (/^\d+$/.test(rest[0]))
      return {
        kind: "project",
        owner: repoName,
        scope: owner === "orgs" ? "organization" : "user",
        number: Number(rest[0]),
        ...projectView ? { view: Number(rest[2]) } : {}
      };
  }
  if (!owner || reservedOwners.has(owner.toLowerCase()))
    return null;
  if (!repoName)
    return segments.length === 1 ? { kind: "owner", owner } : null;
  const repo = repoName.replace(/\.git$/, "");
  if (view === void 0)
    return { kind: "repo", owner, repo };
  if (listings.has(view) && (rest.length === 0 || view === "graphs" || view === "issues" && (rest[0] === "new" || rest[0] === "choose"))) {
    if (view !== "issues" || rest.length <= 1 || rest[0] === "new" && rest[1] === "choose" && rest.length === 2)
      return { kind: "listing", owner, repo, page: [view, ...rest].join("/"), feature: listings.get(view) };
  }
  if ((view === "milestone" || view === "discussions") && rest.length === 1 && /^\d+$/.test(rest[0]))
    return { kind: view === "milestone" ? "milestone" : "discussion", owner, repo, number: Number(rest[0]) };
  if ((view === "blob" || view === "tree" || view === "raw" || view === "blame") && rest.length >= 1) {
    if (view !== "tree" && rest.length < 2)
      return null;
    const [ref, ...path] = rest;
    return { kind: view, owner, repo, ref, path: path.join("/"), rest };
  }
  const pullTab = view === "pull" && rest.length === 2 && ["files", "commits", "checks"].includes(rest[1]);
  if (view === "pull" && rest.length === 3 && rest[1] === "commits" && /^\d+$/.test(rest[0])) {
    if (/^[0-9a-f]{7,40}$/i.test(rest[2]))
      return { kind: "pull", owner, repo, number: Number(rest[0]), commit: rest[2].toLowerCase() };
  }
  if ((view === "issues" || view === "pull") && (rest.length === 1 || pullTab) && /^\d+$/.test(rest[0])) {
    return { kind: view === "issues" ? "issue" : "pull", owner, repo, number: Number(rest[0]) };
  }
  if (view === "commit" && rest.length === 1 && /^[0-9a-f]{7,40}$/i.test(rest[0]))
    return { kind: "commit", owner, repo, sha: rest[0].toLowerCase() };
  if (view === "labels" && rest.length >= 1)
    return { kind: "label", owner, repo, name: rest.join("/") };
  if (view === "releases" && rest[0] === "tag" && rest.length >= 2)
    return { kind: "release", owner, repo, tag: rest.slice(1).join("/") };
  return null;
}
function readsAnchors(target) {
  return "path" in target && target.kind !== "tree" && /\.(md|markdown)$/i.test(target.path);
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
      retry: githubRetry(context.retry),
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
      const answer = await this.#call(`users/${enc(target.owner)}`, "HEAD", null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    if (target.kind === "team") {
      const answer = await this.#call(`orgs/${enc(target.owner)}/teams/${enc(target.slug)}`, "HEAD", null);
      requests += answer.requests;
      if (answer.status !== 404)
        return this.#verdict(answer, done);
      const org = await this.#call(`users/${enc(target.owner)}`, "HEAD", null);
      requests += org.requests;
      if (org.status === 404)
        return done("dead", 404, "no such organisation (GitHub API)");
      return done("inconclusive", 404, teamHidden);
    }
    if (target.kind === "project") {
      const answer = await this.#graphql(projectField(target));
      requests += answer.requests;
      if (answer.failure)
        return done("inconclusive", null, answer.failure);
      const verdict = projectVerdict(target, answer.value);
      return done(verdict.outcome, verdict.outcome === "alive" ? 200 : 404, verdict.reason);
    }
    if (target.kind === "gist") {
      const answer = await this.#call(`gists/${enc(target.id)}`, "HEAD", null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    const repoPath = `repos/${enc(target.owner)}/${enc(target.repo)}`;
    const repo = await this.#call(repoPath, target.kind === "listing" ? "GET" : "HEAD", target.kind === "listing" ? "json" : null);
    requests += repo.requests;
    if (repo.failure)
      return done("inconclusive", repo.status || null, repo.failure);
    if (repo.status === 404)
      return done("dead", 404, "repository not found (GitHub API)");
    if (repo.status !== 200)
      return done("inconclusive", repo.status, `${repo.status} from the GitHub API`);
    if (target.kind === "repo")
      return done("alive", 200, "200 (GitHub API)");
    if (target.kind === "listing") {
      const body = JSON.parse(repo.text ?? "{}");
      return target.feature && body[`has_${target.feature}`] === false ? done("dead", 404, featureOff(target.feature)) : done("alive", 200, "200 (GitHub API)");
    }
    if (target.kind === "discussion") {
      const answer = await this.#graphql(`repository(owner: ${JSON.stringify(target.owner)}, name: ${JSON.stringify(target.repo)}) { discussion(number: ${target.number}) { number } }`);
      requests += answer.requests;
      if (answer.failure)
        return done("inconclusive", null, answer.failure);
      return answer.value?.discussion ? done("alive", 200, "200 (GitHub GraphQL)") : done("dead", 404, "no such discussion (GitHub GraphQL)");
    }
    if (target.kind === "milestone") {
      const answer = await this.#call(`${repoPath}/milestones/${target.number}`, "HEAD", null);
      requests += answer.requests;
      return this.#verdict(answer, done);
    }
    if (target.kind === "issue" || target.kind === "pull") {
      const answer = await this.#call(`${repoPath}/${target.kind === "issue" ? "issues" : "pulls"}/${target.number}`, "HEAD", null);
      requests += answer.requests;
      if (target.kind === "issue" || !target.commit || answer.status !== 200)
        return this.#verdict(answer, done);
      const commit = await this.#call(`${repoPath}/commits/${enc(target.commit)}`, "HEAD", null);
      requests += commit.requests;
      return this.#verdict(commit.status === 422 ? { ...commit, status: 404 } : commit, done);
    }
    if (target.kind === "commit" || target.kind === "release" || target.kind === "label") {
      const answer = await this.#call(target.kind === "commit" ? `${repoPath}/commits/${enc(target.sha)}` : target.kind === "label" ? `${repoPath}/labels/${enc(target.name)}` : `${repoPath}/releases/tags/${enc(target.tag)}`, "HEAD", null);
      requests += answer.requests;
      return this.#verdict(answer.status === 422 ? { ...answer, status: 404 } : answer, done);
    }
    const wantsAnchors = target.kind !== "tree" && /\.(md|markdown)$/i.test(target.path) && fragments.some((fragment) => !/^L\d+/.test(fragment));
    const most = Math.min(target.rest.length - (target.kind === "tree" ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const ref = target.rest.slice(0, split).join("/");
      const path = target.rest.slice(split).join("/");
      const answer = await this.#call(`${repoPath}/contents/${path.split("/").map(enc).join("/")}?ref=${enc(ref)}`, wantsAnchors ? "GET" : "HEAD", wantsAnchors ? "raw" : null);
      requests += answer.requests;
      if (answer.status === 404 && split < most)
        continue;
      if (answer.status === 404 && target.rest[0] === "master") {
        const renamed = await this.#renamedDefault(url, target, repoPath);
        requests += renamed.requests;
        if (renamed.result)
          return { ...renamed.result, requests };
      }
      if (answer.status !== 200 || !wantsAnchors || answer.text === null)
        return this.#verdict(answer, done);
      const anchors = markdownAnchors(answer.text);
      return done("alive", 200, "200 (GitHub API)", fragments.filter((fragment) => !hasFragment(anchors, fragment, true)));
    }
    return done("dead", 404, "not found (GitHub API)");
  }
  /**
   * A link to `master` where there is none: when the default branch holds the path, the fix
   * (GitHub redirects a renamed branch's pages, not its raw files).
   */
  async #renamedDefault(url, target, repoPath) {
    let requests = 0;
    const repo = await this.#policy.request(this.#api.url(repoPath), {
      headers: { "user-agent": this.#context.userAgent, accept: "application/vnd.github+json" },
      read: async (body, status) => status === 200 ? await body.json() : (await body.dump(), null)
    });
    requests += repo.requests;
    const branch = repo.kind === "answer" ? repo.body?.default_branch : void 0;
    if (!branch || branch === "master")
      return { result: null, requests };
    const path = target.rest.slice(1).join("/");
    const found = await this.#call(`${repoPath}/contents/${path.split("/").map(enc).join("/")}?ref=${enc(branch)}`, "HEAD", null);
    requests += found.requests;
    if (found.status !== 200)
      return { result: null, requests };
    const to = new URL(url);
    const segments = to.pathname.split("/");
    segments[to.hostname === "raw.githubusercontent.com" ? 3 : 4] = encodeURIComponent(branch);
    to.pathname = segments.join("/");
    const reason = `Unexpected branch \`master\` in \`${target.owner}/${target.repo}\`, expected its default branch \`${branch}\``;
    const base = { url, status: 200, missingFragments: [], source: "github-api", requests: 0 };
    return {
      requests,
      result: to.hostname === "raw.githubusercontent.com" ? { ...base, outcome: "dead", status: 404, reason: `${reason}; did you mean \`${to.href}\``, redirect: null } : { ...base, outcome: "alive", reason, redirect: { to: to.href, permanent: true } }
    };
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
  #call(path, method, read) {
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
  async #graphql(field) {
    const result = await this.#policy.request(graphqlUrl(this.#api), {
      method: "POST",
      body: JSON.stringify({ query: `query { q0: ${field} }` }),
      headers: {
        "user-agent": this.#context.userAgent,
        "content-type": "application/json",
        accept: "application/json"
      },
      read: async (body, status) => status === 200 ? await body.json() : (await body.dump().catch(() => void 0), null)
    });
    const { requests } = result;
    if (result.kind !== "answer")
      return {
        value: null,
        requests,
        failure: result.kind === "quota" ? "GitHub API quota spent" : "GitHub GraphQL failed"
      };
    if (result.gaveUp?.rateLimited)
      return { value: null, requests, failure: "GitHub API rate limit" };
    if (result.status !== 200 || !result.body?.data)
      return { value: null, requests, failure: `${result.status} from GitHub GraphQL` };
    const error = result.body.errors?.find((e) => e.type !== "NOT_FOUND");
    if (error)
      return { value: null, requests, failure: error.message ?? "GitHub GraphQL error" };
    return { value: result.body.data["q0"] ?? null, requests };
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
  async #send(path, method, read) {
    const result = await this.#policy.request(this.#api.url(path), {
      method,
      headers: {
        "user-agent": this.#context.userAgent,
        accept: read === "raw" ? "application/vnd.github.raw+json" : "application/vnd.github+json"
      },
      read: async (body, status) => {
        if (read && status === 200)
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
function projectField(target) {
  const view = target.view === void 0 ? "" : ` view(number: ${target.view}) { number }`;
  return `${target.scope}(login: ${JSON.stringify(target.owner)}) { projectV2(number: ${target.number}) { number${view} } }`;
}
function projectVerdict(target, value) {
  const owner = value;
  if (!owner)
    return { outcome: "dead", reason: `no such ${target.scope} (GitHub GraphQL)` };
  if (!owner.projectV2)
    return { outcome: "dead", reason: "no such project (GitHub GraphQL)" };
  if (target.view !== void 0 && !owner.projectV2.view)
    return { outcome: "dead", reason: "no such view of the project (GitHub GraphQL)" };
  return { outcome: "alive", reason: "200 (GitHub GraphQL)" };
}
function featureOff(feature) {
  return `the repository's ${feature === "wiki" ? "wiki is" : `${feature} are`} turned off (GitHub API)`;
}
function graphqlUrl(api) {
  const root = api.root;
  return /\/api\/v3\/$/.test(root.pathname) ? new URL("/api/graphql", root) : new URL("graphql", root);
}
var teamHidden = "team not visible: GitHub hides secret teams, and all teams from a token without `read:org`; not checked";
function enc(value) {
  return encodeURIComponent(value);
}

// ../../packages/links/dist/github-batch.js
import { setImmediate } from "node:timers";
var defaultBatchOptions = { reserve: 20, firstBatch: 50, maxBatch: 200, treeFrom: 100 };
var repoFields = "nameWithOwner defaultBranchRef { name } hasIssuesEnabled hasWikiEnabled hasDiscussionsEnabled hasProjectsEnabled";
var features = ["issues", "wiki", "discussions", "projects"];
var featuresOff = (node, field) => features.filter((feature) => node[field(feature)] === false);
var repoField = "";
var TreeFailure = class extends Error {
};
var q = (value) => JSON.stringify(value);
var textSelection = "... on Blob { text }";
var textWeight = 5;
var GithubBatchVerifier = class {
  #context;
  #api;
  #policy;
  #options;
  #graphqlUrl;
  #queue = [];
  #repos = /* @__PURE__ */ new Map();
  #heads = /* @__PURE__ */ new Map();
  #objects = /* @__PURE__ */ new Map();
  #trees = /* @__PURE__ */ new Map();
  #files = /* @__PURE__ */ new Map();
  #unchanged = /* @__PURE__ */ new Map();
  #revalidations = [];
  #perItem;
  #scheduled = false;
  #asks = [];
  #pumping = false;
  /** By quota resource (`core`, `graphql`): what GitHub last said is left, less what is in flight. */
  #remaining = /* @__PURE__ */ new Map();
  /** By quota resource: the first request, until whose answer the others wait to learn the quota. */
  #probes = /* @__PURE__ */ new Map();
  #batch;
  /** Points per lookup the last query cost. */
  #costPerLookup = 0;
  /** GraphQL requests sent and points GitHub charged; REST requests, conditional ones among them. */
  usage = { graphqlQueries: 0, graphqlPoints: 0, restRequests: 0, conditional: 0, notModified: 0 };
  notes = [];
  /** By URL: the anchors of the markdown file read for its fragments, for the link cache. */
  anchors = /* @__PURE__ */ new Map();
  /** By URL of a `blob`, `tree`, `raw` or `blame` verdict: the commit its ref stood at. */
  heads = /* @__PURE__ */ new Map();
  constructor(context, policy, perUrl, options = {}) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
    this.#policy = policy;
    this.#options = { ...defaultBatchOptions, ...options };
    this.#batch = this.#options.firstBatch;
    this.#graphqlUrl = graphqlUrl(this.#api);
    this.#perItem = (item) => perUrl(item.url, item.target, item.fragments);
    if (!context.token)
      this.notes.push("GitHub GraphQL needs a token (GITHUB_TOKEN): repositories, issues, pull requests, commits, releases, labels, owners and teams are asked over REST, one request each, and every linked (repository, ref) costs a tree, against 60 requests an hour without one");
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
  /**
   * Whether `ref` of `repository` still stands at `sha`. Heads handed in together are asked
   * together: a repository with one linked ref by one conditional request (`If-None-Match`,
   * whose 304 GitHub does not count against the quota); one with several by GraphQL lookups of
   * their heads, batched with other repositories', so no repository costs more than one request.
   * Asked once per (repository, ref) and run.
   */
  unchanged(head) {
    const key = `${head.repository.toLowerCase()}@${head.ref}@${head.sha}`;
    let answer = this.#unchanged.get(key);
    if (!answer) {
      answer = new Promise((resolve) => {
        this.#revalidations.push({ head, resolve });
        if (this.#revalidations.length === 1)
          setImmediate(() => this.#revalidate(this.#revalidations.splice(0)));
      });
      this.#unchanged.set(key, answer);
    }
    return answer;
  }
  #revalidate(asked) {
    const refs = /* @__PURE__ */ new Map();
    for (const { head } of asked) {
      const repo = head.repository.toLowerCase();
      refs.set(repo, (refs.get(repo) ?? /* @__PURE__ */ new Set()).add(head.ref));
    }
    for (const { head, resolve } of asked) {
      if (this.#context.token && refs.get(head.repository.toLowerCase()).size > 1)
        void this.#head(head.repository, head.ref).then((reply) => {
          if (reply.kind === "failed" || reply.error && reply.error.type !== "NOT_FOUND")
            return resolve("unknown");
          resolve(reply.value?.oid === head.sha ? "same" : "moved");
        });
      else
        void this.#conditional(head).then(resolve);
    }
  }
  async #conditional(head) {
    const [owner, repo] = head.repository.split("/");
    this.usage.conditional++;
    const reply = await this.#rest(`repos/${enc2(owner)}/${enc2(repo)}/commits/${enc2(head.ref)}`, (body) => body.text(), {
      accept: "application/vnd.github.sha",
      "if-none-match": `"${head.sha}"`
    });
    if (reply.kind !== "answer")
      return "unknown";
    if (reply.status === 304) {
      this.usage.notModified++;
      return "same";
    }
    return reply.status === 200 || reply.status === 404 || reply.status === 422 ? "moved" : "unknown";
  }
  async #flush(items) {
    const linked = /* @__PURE__ */ new Map();
    const groupOf = (target) => `${repoKey(target.owner, target.repo)}@${target.rest[0]}`;
    for (const { target } of items)
      if ("path" in target)
        linked.set(groupOf(target), (linked.get(groupOf(target)) ?? 0) + 1);
    const work = [];
    for (const item of items) {
      const target = item.target;
      const done = this.#done(item);
      const settle = (result) => work.push(result.then(item.resolve));
      if (!this.#context.token && !("path" in target) && target.kind !== "repo") {
        settle(this.#perItem(item));
        continue;
      }
      if (target.kind === "owner")
        settle(this.#owner(target.owner, done));
      else if (target.kind === "team")
        settle(this.#team(target, done));
      else if (target.kind === "project")
        settle(this.#project(target, done));
      else if (target.kind === "gist")
        settle(this.#gist(item, target, done));
      else if (target.kind === "listing")
        settle(this.#repo(target.owner, target.repo).then((answer) => answer.kind === "found" && target.feature && answer.off.includes(target.feature) ? done("dead", 404, featureOff(target.feature)) : this.#repoVerdict(item, answer, done)));
      else if (target.kind === "repo")
        settle(this.#repo(target.owner, target.repo).then((answer) => this.#repoVerdict(item, answer, done)));
      else if ("path" in target) {
        const byTree = !this.#context.token || (linked.get(groupOf(target)) ?? 0) >= this.#options.treeFrom;
        settle(this.#path(item, target, done, byTree));
      } else if (target.kind === "issue" || target.kind === "pull")
        settle(this.#issue(item, target, done));
      else
        settle(this.#present(item, target, done));
    }
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
  /** The repository, once per run: through GraphQL with a token, else one REST request. */
  #repo(owner, repo) {
    const key = repoKey(owner, repo);
    let answer = this.#repos.get(key);
    if (!answer) {
      answer = this.#context.token ? this.#ask(owner, repo, repoField).then((reply) => {
        if (reply.kind === "failed")
          return { kind: "unchecked", reason: reply.reason, status: null };
        const node = reply.value;
        if (node && typeof node.nameWithOwner === "string")
          return {
            kind: "found",
            nameWithOwner: node.nameWithOwner,
            defaultBranch: node.defaultBranchRef?.name ?? null,
            off: featuresOff(node, (feature) => `has${feature[0].toUpperCase()}${feature.slice(1)}Enabled`)
          };
        if (reply.error?.type === "NOT_FOUND" || !reply.error)
          return { kind: "missing" };
        return { kind: "unchecked", reason: reply.error.message ?? "no answer from GitHub GraphQL", status: null };
      }) : this.#repoByRest(owner, repo);
      this.#repos.set(key, answer);
    }
    return answer;
  }
  async #repoByRest(owner, repo) {
    const answer = await this.#rest(`repos/${enc2(owner)}/${enc2(repo)}`, async (body) => await body.json());
    if (answer.kind === "unchecked")
      return answer;
    if (answer.status === 404)
      return { kind: "missing" };
    if (answer.status !== 200)
      return { kind: "unchecked", reason: `${answer.status} from the GitHub API`, status: answer.status };
    return {
      kind: "found",
      nameWithOwner: answer.body?.full_name ?? `${owner}/${repo}`,
      defaultBranch: answer.body?.default_branch ?? null,
      off: featuresOff(answer.body ?? {}, (feature) => `has_${feature}`)
    };
  }
  /** An organisation's or user's project (GitHub's Projects, by number). */
  async #project(target, done) {
    const reply = await this.#ask(null, null, projectField(target));
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    if (reply.error && reply.error.type !== "NOT_FOUND")
      return done("inconclusive", null, reply.error.message ?? "GitHub GraphQL error");
    const verdict = projectVerdict(target, reply.value);
    return done(verdict.outcome, verdict.outcome === "alive" ? 200 : 404, verdict.reason);
  }
  /**
   * A gist by its owner's login; one not found there is asked by id over REST, since GitHub sends
   * a gist's page under another login to its owner and GraphQL finds gists only by owner.
   */
  async #gist(item, target, done) {
    const reply = await this.#ask(null, null, `user(login: ${q(target.owner)}) { gist(name: ${q(target.id)}) { name } }`);
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    if (reply.value?.gist)
      return done("alive", 200, "200 (GitHub GraphQL)");
    return this.#perItem(item);
  }
  async #owner(owner, done) {
    const reply = await this.#ask(null, null, `repositoryOwner(login: ${q(owner)}) { login }`);
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    return reply.value ? done("alive", 200, "owner found (GitHub GraphQL)") : done("dead", 404, "no such user or organisation (GitHub GraphQL)");
  }
  async #team(target, done) {
    const reply = await this.#ask(null, null, `organization(login: ${q(target.owner)}) { team(slug: ${q(target.slug)}) { slug } }`);
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    const org = reply.value;
    if (!org)
      return reply.error && reply.error.type !== "NOT_FOUND" ? done("inconclusive", null, reply.error.message ?? "GitHub GraphQL error") : done("dead", 404, "no such organisation (GitHub GraphQL)");
    return org.team ? done("alive", 200, "team found (GitHub GraphQL)") : done("inconclusive", null, teamHidden);
  }
  async #issue(item, target, done) {
    const commit = target.kind === "pull" ? target.commit : void 0;
    const [repo, reply, object] = await Promise.all([
      this.#repo(target.owner, target.repo),
      this.#ask(target.owner, target.repo, `issueOrPullRequest(number: ${target.number}) { __typename ... on Issue { url } ... on PullRequest { url } }`),
      // A pull request's commit, which its repository keeps under the pull request's ref.
      commit ? this.#ask(target.owner, target.repo, `object(expression: ${q(commit)}) { __typename }`) : null
    ]);
    if (repo.kind !== "found")
      return this.#repoVerdict(item, repo, done);
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    const found = reply.value;
    if (!found) {
      if (reply.error && reply.error.type !== "NOT_FOUND")
        return done("inconclusive", null, reply.error.message ?? "GitHub GraphQL error");
      return done("dead", 404, `no such ${target.kind === "issue" ? "issue" : "pull request"} (GitHub GraphQL)`);
    }
    if (target.kind === "pull" && found.__typename !== "PullRequest")
      return done("dead", 404, "an issue, not a pull request (GitHub GraphQL)");
    if (object?.kind === "failed")
      return done("inconclusive", null, object.reason);
    if (object && !object.value) {
      if (object.error && object.error.type !== "NOT_FOUND")
        return done("inconclusive", null, object.error.message ?? "GitHub GraphQL error");
      return done("dead", 404, "no such commit (GitHub GraphQL)");
    }
    const at = found.url ? new URL(found.url) : null;
    const place = (url) => url.pathname.split("/").slice(1, 3).join("/");
    if (at && place(at).toLowerCase() !== place(new URL(item.url)).toLowerCase())
      return done("alive", 200, `transferred to \`${place(at)}\``, { redirect: { to: at.href, permanent: true } });
    const moved = this.#moved(item, target, repo.nameWithOwner);
    return moved ? done("alive", 200, `repository moved to \`${repo.nameWithOwner}\``, { redirect: moved }) : done("alive", 200, "200 (GitHub GraphQL)");
  }
  /** Commits, releases, labels, milestones and discussions: found or not, by one lookup inside the repository. */
  async #present(item, target, done) {
    const [field, what] = target.kind === "commit" ? [`object(expression: ${q(target.sha)}) { __typename }`, "commit"] : target.kind === "release" ? [`release(tagName: ${q(target.tag)}) { tagName }`, "release"] : target.kind === "label" ? [`label(name: ${q(target.name)}) { name }`, "label"] : [`${target.kind}(number: ${target.number}) { number }`, target.kind];
    const [repo, reply] = await Promise.all([
      this.#repo(target.owner, target.repo),
      this.#ask(target.owner, target.repo, field)
    ]);
    if (repo.kind !== "found")
      return this.#repoVerdict(item, repo, done);
    if (reply.kind === "failed")
      return done("inconclusive", null, reply.reason);
    if (reply.value) {
      const moved = this.#moved(item, target, repo.nameWithOwner);
      return moved ? done("alive", 200, `repository moved to \`${repo.nameWithOwner}\``, { redirect: moved }) : done("alive", 200, "200 (GitHub GraphQL)");
    }
    if (reply.error && reply.error.type !== "NOT_FOUND")
      return done("inconclusive", null, reply.error.message ?? "GitHub GraphQL error");
    return done("dead", 404, `no such ${what} (GitHub GraphQL)`);
  }
  /** One lookup, sent with others in the next GraphQL query. */
  #ask(owner, repo, field) {
    return new Promise((resolve) => {
      this.#asks.push({ owner, repo, field, resolve });
      if (this.#pumping)
        return;
      this.#pumping = true;
      setImmediate(() => void this.#pump());
    });
  }
  /**
   * Sends the waiting lookups in aliased GraphQL queries, one at a time (GitHub asks for serial
   * requests), each sized by what the last one cost; lookups asked meanwhile join the next.
   */
  async #pump() {
    while (this.#asks.length > 0) {
      const groups = /* @__PURE__ */ new Map();
      let weight = 0;
      let taken = 0;
      for (const ask of this.#asks) {
        const key = ask.owner === null ? `#${taken}` : repoKey(ask.owner, ask.repo);
        const group = groups.get(key);
        const lookup = ask.field === repoField ? 0 : ask.field.includes(textSelection) ? textWeight : 1;
        const adds = (ask.owner !== null && !group ? 1 : 0) + lookup;
        if (taken > 0 && weight + adds > this.#batch)
          break;
        weight += adds;
        taken++;
        if (group)
          group.asks.push(ask);
        else
          groups.set(key, { owner: ask.owner, repo: ask.repo, asks: [ask] });
      }
      const chunk = this.#asks.splice(0, taken);
      const kept = this.#kept("graphql", Math.ceil(this.#costPerLookup * weight) + 1);
      if (kept) {
        for (const ask of [...chunk, ...this.#asks.splice(0)])
          ask.resolve({ kind: "failed", reason: kept });
        continue;
      }
      const fields = [];
      const settle = [];
      [...groups.values()].forEach((group, g) => {
        const alias = `q${g}`;
        if (group.owner === null) {
          const ask = group.asks[0];
          fields.push(`${alias}: ${ask.field}`);
          settle.push((data, errors2) => ask.resolve({
            kind: "data",
            value: data[alias] ?? null,
            error: errors2.find((e) => e.path?.[0] === alias) ?? null
          }));
          return;
        }
        const aliases = /* @__PURE__ */ new Map();
        for (const ask of group.asks)
          if (ask.field !== repoField && !aliases.has(ask.field))
            aliases.set(ask.field, `l${aliases.size}`);
        const inner = [repoFields, ...[...aliases].map(([field, name]) => `${name}: ${field}`)];
        fields.push(`${alias}: repository(owner: ${q(group.owner)}, name: ${q(group.repo)}) { ${inner.join(" ")} }`);
        settle.push((data, errors2) => {
          const node = data[alias];
          const repoError = errors2.find((e) => e.path?.length === 1 && e.path[0] === alias) ?? null;
          for (const ask of group.asks) {
            if (ask.field === repoField) {
              ask.resolve({ kind: "data", value: node ?? null, error: repoError });
              continue;
            }
            if (!node) {
              ask.resolve(repoError?.type === "NOT_FOUND" || !repoError ? { kind: "data", value: null, error: repoError } : { kind: "failed", reason: repoError.message ?? "no answer from GitHub GraphQL" });
              continue;
            }
            const name = aliases.get(ask.field);
            ask.resolve({
              kind: "data",
              value: node[name] ?? null,
              error: errors2.find((e) => e.path?.[0] === alias && e.path[1] === name) ?? null
            });
          }
        });
      });
      const query = `query { ${fields.join(" ")} rateLimit { cost remaining resetAt } }`;
      const answer = await this.#graphql(query);
      const fail = (reason, asks) => asks.forEach((ask) => ask.resolve({ kind: "failed", reason }));
      if (answer.kind === "failed") {
        fail(answer.reason, chunk);
        continue;
      }
      const errors = answer.errors;
      const limited = errors.find((error) => error.type === "RATE_LIMITED" && !error.path);
      if (limited) {
        this.#remaining.set("graphql", { left: 0, reset: this.#remaining.get("graphql")?.reset ?? null });
        fail(`not yet checked: GitHub GraphQL quota spent (${limited.message ?? "RATE_LIMITED"}); run again later`, [
          ...chunk,
          ...this.#asks.splice(0)
        ]);
        continue;
      }
      if (!answer.data) {
        fail(`GitHub GraphQL: ${errors.map((error) => error.message).join("; ") || "no data"}`, chunk);
        continue;
      }
      for (const run of settle)
        run(answer.data, errors);
      const cost = answer.cost ?? 1;
      this.#costPerLookup = cost / weight;
      this.#batch = Math.max(1, Math.min(this.#options.maxBatch, cost <= 1 ? this.#batch * 2 : Math.floor(this.#batch * 2 / cost)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#pumping = false;
  }
  /**
   * A `blob`, `tree`, `raw` or `blame` URL. A ref may contain `/`: the shortest ref GitHub knows
   * wins, as on github.com. A `master` that is no ref of a repository whose default branch holds
   * the path is reported with the fix (GitHub redirects the old name of a renamed default branch).
   */
  async #path(item, target, done, byTree) {
    const wantsText = readsAnchors(target) && item.fragments.some((fragment) => !/^L\d+/.test(fragment));
    const at = (split) => ({
      ref: target.rest.slice(0, split).join("/"),
      path: target.rest.slice(split).join("/")
    });
    const asked = `${target.owner}/${target.repo}`;
    const first = byTree ? null : this.#place(asked, at(1).ref, at(1).path, wantsText, false);
    if (byTree && this.#context.token)
      void this.#head(asked, at(1).ref);
    const repo = await this.#repo(target.owner, target.repo);
    if (repo.kind !== "found")
      return this.#repoVerdict(item, repo, done);
    const moved = this.#moved(item, target, repo.nameWithOwner);
    const name = repo.nameWithOwner;
    const lookupName = byTree ? name : asked;
    const headName = this.#context.token ? asked : name;
    const most = Math.min(target.rest.length - (target.kind === "tree" ? 0 : 1), 3);
    for (let split = 1; split <= most; split++) {
      const { ref, path } = at(split);
      const place = await (split === 1 && first ? first : this.#place(lookupName, ref, path, wantsText, byTree));
      if (place.kind === "unchecked")
        return done("inconclusive", place.status, place.reason);
      if (place.kind === "no-ref") {
        if (split < most)
          continue;
        const renamed = await this.#renamedDefault(item, target, repo, wantsText, byTree, done);
        return renamed ?? done("dead", 404, `no ref \`${ref}\` in \`${name}\` (GitHub API)`);
      }
      return this.#judge(item, target, { name, headName, ref, path, moved }, place, done);
    }
    return done("dead", 404, "not found (GitHub API)");
  }
  /** The verdict on a path GitHub answered for; the ref's head is kept for the next run's conditional request. */
  async #judge(item, target, at, place, done) {
    const { name, ref, path, moved } = at;
    const head = await this.#headOf(at.headName, ref);
    if (head)
      this.heads.set(item.url, { repository: name, ref, sha: head });
    const extra = moved ? { redirect: moved } : {};
    if (path === "")
      return done("alive", 200, "in the repository (GitHub API)", extra);
    if (place.kind === "absent")
      return done("dead", 404, `\`${path}\` is not in \`${name}\` at \`${ref}\` (GitHub API)`);
    const isFile = place.kind === "blob";
    if (target.kind === "tree" ? isFile : !isFile) {
      const [want, was] = target.kind === "tree" ? ["blob", "tree"] : ["tree", target.kind];
      const to = new URL(moved?.to ?? item.url);
      to.pathname = to.pathname.replace(new RegExp(`^(/[^/]+/[^/]+/)${was}/`), `$1${want}/`);
      return done("alive", 200, `Unexpected \`${was}/\` view for the ${isFile ? "file" : "directory"} \`${path}\`, expected \`${want}/\``, { redirect: { to: to.href, permanent: false } });
    }
    if (place.kind !== "blob" || place.text === null)
      return done("alive", 200, "found (GitHub API)", extra);
    const anchors = markdownAnchors(place.text);
    this.anchors.set(item.url, [...anchors]);
    return done("alive", 200, "found (GitHub API)", {
      ...extra,
      missingFragments: item.fragments.filter((fragment) => !hasFragment(anchors, fragment, true))
    });
  }
  /** A link to `master` where there is none, and the default branch holds the path: its fix. */
  async #renamedDefault(item, target, repo, wantsText, byTree, done) {
    const branch = repo.defaultBranch;
    if (target.rest[0] !== "master" || !branch || branch === "master")
      return null;
    const rest = target.rest.slice(1).join("/");
    const place = await this.#place(repo.nameWithOwner, branch, rest, wantsText, byTree);
    if (place.kind !== "blob" && place.kind !== "tree")
      return null;
    const to = new URL(this.#moved(item, target, repo.nameWithOwner)?.to ?? item.url);
    const segments = to.pathname.split("/");
    segments[to.hostname === "raw.githubusercontent.com" ? 3 : 4] = encodeURIComponent(branch);
    to.pathname = segments.join("/");
    const reason = `Unexpected branch \`master\` in \`${repo.nameWithOwner}\`, expected its default branch \`${branch}\``;
    if (to.hostname === "raw.githubusercontent.com")
      return done("dead", 404, `${reason}; did you mean \`${to.href}\``);
    const judged = await this.#judge(item, target, { name: repo.nameWithOwner, headName: repo.nameWithOwner, ref: branch, path: rest, moved: null }, place, done);
    return judged.outcome === "alive" && !judged.redirect ? { ...judged, reason, redirect: { to: to.href, permanent: true } } : judged;
  }
  /** Where `path` is at `ref`: a tree's entry, or an `object(expression:)` lookup. */
  async #place(name, ref, path, wantsText, byTree) {
    if (byTree) {
      const tree = await this.#tree(name, ref);
      if (tree.kind === "unchecked")
        return tree;
      if (tree.kind === "missing")
        return { kind: "no-ref" };
      if (path === "")
        return { kind: "tree" };
      let entry;
      try {
        entry = await tree.walker.entry(path);
      } catch (error) {
        return {
          kind: "unchecked",
          reason: error instanceof TreeFailure ? error.message : "GitHub tree walk failed",
          status: null
        };
      }
      if (!entry || entry.path !== path)
        return { kind: "absent" };
      if (entry.type !== "blob")
        return { kind: "tree" };
      return { kind: "blob", text: wantsText ? await this.#file(name, ref, path) : null };
    }
    const [owner, repo] = name.split("/");
    const [head, object] = await Promise.all([
      this.#head(name, ref),
      path === "" ? null : this.#object(owner, repo, `${ref}:${path}`, wantsText)
    ]);
    if (head.kind === "failed")
      return { kind: "unchecked", reason: head.reason, status: null };
    if (!head.value) {
      if (head.error && head.error.type !== "NOT_FOUND")
        return { kind: "unchecked", reason: head.error.message ?? "GitHub GraphQL error", status: null };
      return { kind: "no-ref" };
    }
    if (object === null)
      return { kind: "tree" };
    if (object.kind === "failed")
      return { kind: "unchecked", reason: object.reason, status: null };
    const found = object.value;
    if (!found)
      return { kind: "absent" };
    return found.__typename === "Blob" ? { kind: "blob", text: found.text ?? null } : { kind: "tree" };
  }
  /** The commit a ref names (null when it names none), once per (repository, ref). */
  #head(name, ref) {
    const key = `${name.toLowerCase()}@${ref}`;
    let head = this.#heads.get(key);
    if (!head) {
      const [owner, repo] = name.split("/");
      head = this.#ask(owner, repo, `object(expression: ${q(ref)}) { __typename ... on Commit { oid } }`);
      this.#heads.set(key, head);
    }
    return head;
  }
  /** The head commit's sha when GraphQL can say it; a ref that is itself a full sha never moves, so none. */
  async #headOf(name, ref) {
    if (!this.#context.token || /^[0-9a-f]{40}$/i.test(ref))
      return null;
    const head = await this.#head(name, ref);
    const oid = head.kind === "data" ? head.value?.oid : null;
    return typeof oid === "string" ? oid : null;
  }
  /** A blob or tree by `<ref>:<path>`, with a markdown file's text when its fragments are asked. */
  #object(owner, repo, expression, wantsText) {
    const field = `object(expression: ${q(expression)}) { __typename${wantsText ? ` ${textSelection}` : ""} }`;
    const key = `${repoKey(owner, repo)} ${field}`;
    let object = this.#objects.get(key);
    if (!object) {
      object = this.#ask(owner, repo, field);
      this.#objects.set(key, object);
    }
    return object;
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
  /** A markdown file's text: a GraphQL lookup with a token, else the contents API. */
  #file(repository, ref, path) {
    const [owner, repo] = repository.split("/");
    if (this.#context.token)
      return this.#object(owner, repo, `${ref}:${path}`, true).then((reply) => {
        const text = reply.kind === "data" ? reply.value?.text : null;
        return typeof text === "string" ? text : null;
      });
    const key = `${repository.toLowerCase()}@${ref}:${path}`;
    let file = this.#files.get(key);
    if (!file) {
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
var headersOf = /* @__PURE__ */ new WeakMap();
function requestHeaders(context) {
  let headers = headersOf.get(context);
  if (!headers) {
    headers = {
      "user-agent": context.userAgent,
      accept: "text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8"
    };
    headersOf.set(context, headers);
  }
  return headers;
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
      headers: requestHeaders(context),
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
var noHeaders = Object.freeze({});
var LinkChecker = class _LinkChecker {
  #options;
  #clock;
  #started;
  #ownDispatcher;
  #cache;
  #http;
  #github;
  #githubBatch;
  #githubToken;
  #warnings;
  #pending = /* @__PURE__ */ new Map();
  #scheduler;
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
    this.#ownDispatcher = options.dispatcher ? null : new Agent({
      connections: perHost,
      connect: { timeout: timeouts.connect },
      headersTimeout: timeouts.headers,
      bodyTimeout: timeouts.body
    });
    const dispatcher = options.dispatcher ?? this.#ownDispatcher;
    const scheduler = this.#scheduler = new Scheduler({
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
        credentials: (url) => headerConfig.size === 0 ? noHeaders : { ...headerConfig.get(url.hostname) ?? {}, ...headerConfig.get(url.host) ?? {} },
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
    this.#githubToken = api.token !== null;
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
  /** Every request slot is taken: a URL found now would wait for one. */
  get saturated() {
    return this.#scheduler.saturated;
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
    const parsed = parseGithubUrl(target.url);
    const githubTarget = parsed && needsGraphql(parsed) && !this.#githubToken ? null : parsed;
    const github = githubTarget !== null;
    if (githubTarget) {
      const locked = answerFromLock(target.url, githubTarget, target.fragments, this.#options.lock ?? null);
      if (locked)
        return { result: locked, anchors: null, github };
    }
    const check = (anchors2, fragment) => hasFragment(anchors2, fragment, github);
    const head = githubTarget && "path" in githubTarget && !this.#options.offline ? this.#cache?.head(target.url) : null;
    if (head && this.#githubBatch) {
      const kept = this.#cache.get(target.url, target.fragments, clock.now(), check, true);
      const unchanged = kept ? await this.#githubBatch.unchanged(head) : "unknown";
      if (kept && unchanged === "same") {
        this.#cache.renew(target.url, clock.now());
        return { result: { ...kept, reason: `${kept.reason}; \`${head.ref}\` unchanged` }, anchors: null, github };
      }
      if (unchanged === "moved")
        this.#cache.forget(target.url);
    }
    const cached = this.#cache?.get(target.url, target.fragments, clock.now(), check);
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
      const batch = this.#githubBatch;
      const anchors2 = batch?.anchors.get(target.url) ?? null;
      this.#cache?.set(result2, anchors2, clock.now(), {
        head: batch?.heads.get(target.url) ?? null,
        anyFragment: batch !== null && anchors2 === null && !readsAnchors(githubTarget)
      });
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

export {
  planLinkCacheMerge,
  renderLinkCacheMerge,
  LinkChecker,
  collectExternalUrls
};
