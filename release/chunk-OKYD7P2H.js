import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubApi,
  require_undici,
  systemClock
} from "./chunk-PDTDVAGT.js";
import {
  GitHubError,
  isRateLimited,
  quotaReset,
  rateLimitReset
} from "./chunk-2HG53NVX.js";
import {
  lockView,
  writeAtomically
} from "./chunk-7PRFV7BB.js";
import {
  __toESM,
  anchorsOf,
  decodeHtmlAttribute,
  resolveLink
} from "./chunk-WZQ5HCY6.js";

// ../../packages/links/dist/anchors.js
var htmlAnchor = /<[a-z][a-z0-9-]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
function htmlAnchors(html) {
  const anchors = /* @__PURE__ */ new Set();
  for (const match of html.matchAll(htmlAnchor)) {
    const id = decodeHtmlAttribute(match[1] ?? match[2] ?? match[3] ?? "");
    if (!id)
      continue;
    anchors.add(id);
    if (id.startsWith("user-content-"))
      anchors.add(id.slice("user-content-".length));
  }
  return anchors;
}
function markdownAnchors(markdown) {
  return new Set(anchorsOf(markdown));
}
function hasFragment(anchors, fragment, lineRefs) {
  if (fragment === "" || fragment === "top")
    return true;
  if (lineRefs && /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/.test(fragment))
    return true;
  return anchors.has(fragment) || anchors.has(fragment.toLowerCase());
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
var import_undici2 = __toESM(require_undici(), 1);

// ../../packages/links/dist/clock.js
var systemClock2 = { ...systemClock, random: () => Math.random() };

// ../../packages/links/dist/retry.js
function serverWait(headers, now) {
  const at = rateLimitReset(headers, now);
  return at === null ? null : Math.max(0, at.getTime() - now);
}
function backoffDelay(retry, options, random) {
  const ceiling = Math.min(options.maxDelay, options.baseDelay * 2 ** retry);
  return ceiling * (0.5 + random / 2);
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599 && status !== 501;
}

// ../../packages/links/dist/github.js
function parseGithubUrl(url) {
  const parsed = new URL(url);
  if (parsed.hostname !== "github.com" && parsed.hostname !== "www.github.com")
    return null;
  if (parsed.search)
    return null;
  const segments = parsed.pathname.split("/").slice(1).map(decodeURIComponent);
  if (segments.at(-1) === "")
    segments.pop();
  const [owner, repoName, view, ...rest] = segments;
  if (!owner || !repoName)
    return null;
  const repo = repoName.replace(/\.git$/, "");
  if (view === void 0)
    return { kind: "repo", owner, repo };
  if ((view === "blob" || view === "tree") && rest.length >= 1) {
    const [ref, ...path] = rest;
    return { kind: view, owner, repo, ref, path: path.join("/"), rest };
  }
  if ((view === "issues" || view === "pull") && rest.length === 1 && /^\d+$/.test(rest[0])) {
    return { kind: view === "issues" ? "issue" : "pull", owner, repo, number: Number(rest[0]) };
  }
  return null;
}
function answerFromLock(url, target, fragments, lock) {
  if (!lock?.commit || target.kind === "issue" || target.kind === "pull" || target.kind === "repo")
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
  #calls = /* @__PURE__ */ new Map();
  /** When the quota is spent: the time it resets. */
  #blockedUntil = 0;
  /** Throws a GitHubError when `apiUrl` is not an http(s) URL without credentials. */
  constructor(context) {
    this.#context = context;
    this.#api = new GitHubApi(context.apiUrl, context.token);
  }
  async check(url, target, fragments) {
    const repoPath = `repos/${enc(target.owner)}/${enc(target.repo)}`;
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
    const wantsAnchors = target.kind === "blob" && /\.(md|markdown)$/i.test(target.path) && fragments.some((fragment) => !/^L\d+/.test(fragment));
    for (let split = 1; split <= Math.min(target.rest.length - (target.kind === "blob" ? 1 : 0), 3); split++) {
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
  /**
   * One API call: redirects, the API origin and the token are `GitHubApi`'s; here are the link
   * checker's parts: a scheduler slot and a count per hop, retries with backoff, and a spent
   * quota that makes the answer inconclusive instead of an error.
   */
  async #send(path, method, raw) {
    const context = this.#context;
    const url = this.#api.url(path);
    let requests = 0;
    for (let attempt = 0; ; ) {
      const wait = this.#blockedUntil - context.clock.now();
      if (wait > 0) {
        if (wait > context.retry.maxWait)
          return { status: 0, text: null, requests, failure: "GitHub API quota spent" };
        await context.clock.sleep(wait);
      }
      let status;
      let headers;
      let text;
      try {
        ({
          status,
          headers,
          body: text
        } = await this.#api.request(url, {
          dispatcher: context.dispatcher,
          method,
          headers: {
            "user-agent": context.userAgent,
            accept: raw ? "application/vnd.github.raw+json" : "application/vnd.github+json"
          },
          headersTimeout: context.headersTimeout,
          bodyTimeout: context.bodyTimeout,
          around: (at, hop) => context.scheduler.run(at.host, () => {
            requests++;
            context.onRequest(at.href, method);
            return hop();
          }),
          read: async (body, answered) => {
            if (raw && answered === 200)
              return body.text();
            await body.dump({ limit: 64 * 1024 }).catch(() => void 0);
            return null;
          }
        }));
      } catch (error) {
        if (error instanceof GitHubError)
          return { status: 0, text: null, requests, failure: error.message };
        if (++attempt >= context.retry.attempts)
          return {
            status: 0,
            text: null,
            requests,
            failure: `network error ${error.code ?? ""}`.trim()
          };
        await context.clock.sleep(backoffDelay(attempt - 1, context.retry, context.clock.random()));
        continue;
      }
      const reset = quotaReset(headers);
      if (reset)
        this.#blockedUntil = Math.max(this.#blockedUntil, reset.getTime());
      const limited = isRateLimited(status, headers);
      if ((limited || status >= 500) && ++attempt < context.retry.attempts) {
        const asked = serverWait(headers, context.clock.now());
        if (asked !== null && asked > context.retry.maxWait)
          return { status, text, requests, failure: "GitHub API rate limit" };
        await context.clock.sleep(asked ?? backoffDelay(attempt - 1, context.retry, context.clock.random()));
        continue;
      }
      if (limited)
        return { status, text, requests, failure: "GitHub API rate limit" };
      return { status, text, requests };
    }
  }
};
function enc(value) {
  return encodeURIComponent(value);
}

// ../../packages/links/dist/http-check.js
var import_undici = __toESM(require_undici(), 1);
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
  const seen = /* @__PURE__ */ new Set([current]);
  let requests = 0;
  let permanent = true;
  const needBody = target.fragments.some((fragment) => fragment !== "" && fragment !== "top");
  const credentialOrigin = new URL(current).origin;
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
  for (let hops = 0; ; hops++) {
    const url = new URL(current);
    const extra = url.origin === credentialOrigin ? context.headersFor(url) : {};
    const host = url.host;
    const policy = policies.get(host);
    let attempt = await withRetries(current, host, needBody || policy === "unsupported" ? "GET" : "HEAD", needBody, extra, context);
    requests += attempt.requests;
    if (attempt.kind === "answer" && !needBody && policy !== "unsupported" && headDoubtful.has(attempt.answer.status)) {
      const headStatus = attempt.answer.status;
      const missing = headStatus === 404 || headStatus === 410;
      const probe = missing && policy === void 0 ? probesOf(context).get(host) : void 0;
      const verdict = policy ?? (probe ? await probe : void 0);
      if (!(verdict === "reliable" && missing)) {
        let settle = null;
        if (missing && verdict === void 0)
          probesOf(context).set(host, new Promise((resolve) => settle = resolve));
        attempt = await withRetries(current, host, "GET", false, extra, context);
        requests += attempt.requests;
        const learnt = attempt.kind === "answer" ? attempt.answer.status === headStatus && headStatus !== 405 && headStatus !== 501 ? "reliable" : "unsupported" : null;
        if (learnt)
          policies.set(host, learnt);
        settle?.(learnt ?? "unsupported");
      }
    }
    if (attempt.kind === "failure")
      return result({ outcome: attempt.outcome, reason: attempt.reason });
    const { status, headers } = attempt.answer;
    if (status >= 300 && status < 400 && status !== 304) {
      const location = first(headers.location);
      if (!location)
        return result({ outcome: "inconclusive", status, reason: `${status} without a Location` });
      let next;
      try {
        next = new URL(location, current);
      } catch {
        return result({ outcome: "dead", status, reason: `${status} to a malformed Location` });
      }
      if (next.protocol !== "http:" && next.protocol !== "https:")
        return result({
          outcome: "inconclusive",
          status,
          reason: `redirect to a \`${next.protocol}\` URL, not followed`
        });
      next.hash = "";
      if (hops + 1 > context.maxRedirects)
        return result({ outcome: "dead", status, reason: `more than ${context.maxRedirects} redirects` });
      if (seen.has(next.href))
        return result({ outcome: "dead", status, reason: "redirect loop" });
      seen.add(next.href);
      permanent &&= status === 301 || status === 308;
      current = next.href;
      continue;
    }
    if (status >= 200 && status < 300) {
      const text = attempt.answer.text;
      if (!needBody || text === null)
        return result({ outcome: "alive", status, reason: `${status}` });
      const anchors = /markdown|text\/plain/.test(attempt.answer.contentType) ? markdownAnchors(text) : htmlAnchors(text);
      const missing = target.fragments.filter((fragment) => !hasFragment(anchors, fragment, false));
      return result({ outcome: "alive", status, reason: `${status}`, missingFragments: missing }, [...anchors]);
    }
    if (status === 404 || status === 410)
      return result({ outcome: "dead", status, reason: `${status}` });
    if (status === 429)
      return result({ outcome: "inconclusive", status, reason: `429 after ${context.retry.attempts} attempt(s)` });
    return result({ outcome: "inconclusive", status, reason: `${status}` });
  }
}
async function withRetries(url, host, method, wantBody, extra, context) {
  let requests = 0;
  for (let attempt = 0; ; attempt++) {
    const last = attempt + 1 >= context.retry.attempts;
    requests++;
    let answer;
    try {
      answer = await context.scheduler.run(host, () => send(url, method, wantBody, extra, context));
    } catch (error) {
      const failure = classify(error);
      if (failure.final || last)
        return { kind: "failure", outcome: failure.outcome, reason: failure.reason, requests };
      await context.clock.sleep(backoffDelay(attempt, context.retry, context.clock.random()));
      continue;
    }
    if (!isRetryableStatus(answer.status) || last)
      return { kind: "answer", answer, requests };
    const asked = serverWait(answer.headers, context.clock.now());
    if (asked !== null && asked > context.retry.maxWait)
      return { kind: "answer", answer, requests };
    await context.clock.sleep(asked ?? backoffDelay(attempt, context.retry, context.clock.random()));
  }
}
async function send(url, method, wantBody, extra, context) {
  context.onRequest(url, method);
  const response = await (0, import_undici.request)(url, {
    dispatcher: context.dispatcher,
    method,
    // undici closes the connection after every HEAD, in case a broken server sends a body; that
    // costs a connection per URL. A stray body would fail to parse as the next response and be
    // retried on a fresh connection, so keep the socket.
    reset: false,
    headers: {
      "user-agent": context.userAgent,
      accept: "text/html,application/xhtml+xml,text/markdown;q=0.9,*/*;q=0.8",
      ...extra
    },
    headersTimeout: context.timeouts.headers,
    bodyTimeout: context.timeouts.body
  });
  const contentType = first(response.headers["content-type"]) ?? "";
  const readable = wantBody && response.statusCode >= 200 && response.statusCode < 300 && /html|xml|markdown|text\/plain/.test(contentType);
  if (!readable) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => void 0);
    return { status: response.statusCode, headers: response.headers, text: null, contentType };
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= context.maxBody) {
      response.body.destroy();
      break;
    }
  }
  return {
    status: response.statusCode,
    headers: response.headers,
    text: Buffer.concat(chunks).toString("utf8"),
    contentType
  };
}
function first(value) {
  return Array.isArray(value) ? value[0] : value;
}
function classify(error) {
  const code = codeOf(error);
  if (code === "ENOTFOUND")
    return { outcome: "dead", reason: "host not found", final: true };
  if (code === "ECONNREFUSED")
    return { outcome: "dead", reason: "connection refused", final: true };
  if (code === "UND_ERR_HEADERS_TIMEOUT")
    return { outcome: "inconclusive", reason: "timeout waiting for headers", final: false };
  if (code === "UND_ERR_BODY_TIMEOUT")
    return { outcome: "inconclusive", reason: "timeout reading the body", final: false };
  if (code === "UND_ERR_CONNECT_TIMEOUT")
    return { outcome: "inconclusive", reason: "timeout connecting", final: false };
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || code?.startsWith("CERT_") || code?.includes("CERT"))
    return { outcome: "inconclusive", reason: `TLS error ${code}`, final: true };
  return {
    outcome: "inconclusive",
    reason: code ? `network error ${code}` : `network error: ${error instanceof Error ? error.message : String(error)}`,
    final: false
  };
}
function codeOf(error) {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = current.code;
    if (typeof code === "string")
      return code;
    current = current.cause;
  }
  return void 0;
}

// ../../packages/links/dist/scheduler.js
var Scheduler = class {
  #options;
  #hosts = /* @__PURE__ */ new Map();
  /** Hosts with requests waiting. */
  #turns = /* @__PURE__ */ new Set();
  #active = 0;
  #grants = 0;
  #timer = null;
  constructor(options) {
    this.#options = options;
  }
  /** Runs `task` in a slot for `host`. */
  async run(host, task) {
    const state = this.#host(host);
    await new Promise((grant) => {
      state.waiting.push(grant);
      this.#turns.add(host);
      this.#pump();
    });
    try {
      return await task();
    } finally {
      this.#active--;
      state.active--;
      this.#pump();
    }
  }
  #host(host) {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, lastGrant: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }
  #pump() {
    const now = this.#options.clock.now();
    let soonest = Infinity;
    while (this.#active < this.#options.concurrency) {
      let next = null;
      let nextHost = "";
      for (const host of this.#turns) {
        const state = this.#hosts.get(host);
        if (state.active >= this.#options.perHost)
          continue;
        const readyAt = state.lastStart + this.#options.minInterval;
        if (readyAt > now) {
          soonest = Math.min(soonest, readyAt);
          continue;
        }
        if (!next || state.lastGrant < next.lastGrant) {
          next = state;
          nextHost = host;
        }
      }
      if (!next)
        break;
      const grant = next.waiting.shift();
      if (next.waiting.length === 0)
        this.#turns.delete(nextHost);
      next.active++;
      next.lastStart = now;
      next.lastGrant = ++this.#grants;
      this.#active++;
      grant();
    }
    if (soonest !== Infinity && this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#pump();
      }, Math.max(0, soonest - now));
    }
  }
};

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
    this.#ownDispatcher = options.dispatcher ? null : new import_undici2.Agent({
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
    this.#http = {
      dispatcher,
      scheduler,
      clock: this.#clock,
      retry,
      timeouts,
      userAgent,
      maxRedirects: defaultCheckOptions.maxRedirects,
      maxBody: defaultCheckOptions.maxBody,
      onRequest,
      headersFor: (url) => ({ ...headerConfig.get(url.hostname) ?? {}, ...headerConfig.get(url.host) ?? {} })
    };
    this.#github = options.githubApi === false ? null : new GithubVerifier({
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
    });
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
  async #lateFragments(target, first2) {
    if (first2.result.outcome !== "alive")
      return first2.result;
    if (first2.anchors) {
      const anchors = new Set(first2.anchors);
      return {
        ...first2.result,
        missingFragments: target.fragments.filter((fragment) => !hasFragment(anchors, fragment, first2.github))
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
      const result2 = await this.#github.check(target.url, githubTarget, target.fragments);
      this.#cache?.set(result2, null, clock.now());
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

// ../../packages/lint/dist/engine/external-pass.js
async function startExternalPass(config, content, options, cachePath, previous) {
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
        ] : [];
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
