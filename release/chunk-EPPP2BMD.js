import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubError,
  HttpPolicy,
  RateLimitError,
  Scheduler,
  redactor,
  systemClock
} from "./chunk-Y6WJFMK6.js";
import {
  RefusedEntryError,
  UnsafePathError,
  gitBlobSha,
  safeRepoPath,
  typeOfMode
} from "./chunk-RGB2VODZ.js";

// ../../packages/github/dist/compare.js
var compareFileLimit = 300;
var statuses = /* @__PURE__ */ new Set(["ahead", "behind", "diverged", "identical"]);
function parseComparison(json, what) {
  const answer = json ?? {};
  if (typeof answer.status !== "string" || !statuses.has(answer.status))
    throw new GitHubError(`Unexpected answer for ${what}: status \`${String(answer.status).slice(0, 40)}\`, expected ahead, behind, diverged or identical`);
  const status = answer.status;
  if (!Array.isArray(answer.files) || answer.files.length >= compareFileLimit)
    return { status, files: null };
  const files = [];
  for (const file of answer.files) {
    if (typeof file?.["filename"] !== "string" || typeof file["status"] !== "string")
      throw new GitHubError(`Unexpected answer for ${what}: a file without filename and status`);
    const previous = file["previous_filename"];
    files.push({
      filename: file["filename"],
      status: file["status"],
      previousFilename: typeof previous === "string" ? previous : null
    });
  }
  return { status, files };
}

// ../../packages/github/dist/client.js
var defaultApiUrl = "https://api.github.com";
var systemClock2 = { now: systemClock.now, sleep: systemClock.sleep };
var defaultSyncRetry = {
  attempts: 5,
  baseDelay: 500,
  maxDelay: 8e3,
  maxWait: 6e4,
  maxTotalWait: 18e4,
  // Without a documented wait, GitHub asks for at least a minute.
  rateLimitFallback: 6e4,
  // GitHub's reset is to the second; a little slack avoids retrying a moment too early.
  resetSlack: 1e3
};
var GitHubClient = class {
  apiUrl;
  counts = { requests: 0, bytes: 0, blobs: 0 };
  #api;
  #policy;
  #onBytes;
  constructor(options) {
    this.#api = new GitHubApi(options.apiUrl, options.token);
    this.apiUrl = this.#api.root;
    const clock = options.clock ?? systemClock2;
    const retry = { ...defaultSyncRetry, ...options.retry };
    if (options.backoff) {
      retry.delays = options.backoff;
      retry.attempts = options.retry?.attempts ?? options.backoff.length + 1;
    }
    if (options.maxRateLimitWait !== void 0)
      retry.maxWait = options.maxRateLimitWait;
    const perHost = options.concurrency ?? 6;
    const slots = new Scheduler({ concurrency: perHost, perHost, minInterval: 0, clock });
    this.#policy = this.#api.policy({
      dispatcher: options.dispatcher,
      clock,
      retry,
      ...options.timeouts ? { timeouts: options.timeouts } : {},
      quotaGate: true,
      around: (url, send) => slots.run(url.host, () => {
        this.counts.requests++;
        return send();
      })
    });
    this.#onBytes = options.onBytes;
  }
  /**
   * The commit a ref points at. With `knownSha`, GitHub answers 304 when the ref
   * still points there (and the request does not count against the rate limit).
   */
  async commitSha(repository, ref, knownSha) {
    const headers = { accept: "application/vnd.github.sha" };
    if (knownSha)
      headers["if-none-match"] = `"${knownSha}"`;
    const response = await this.#get(`repos/${repository}/commits/${encodeURIComponent(ref)}`, headers, [200, 304, 404, 422]);
    if (response.status === 304 && knownSha)
      return { sha: knownSha, changed: false };
    if (response.status === 404 || response.status === 422) {
      throw new GitHubError(`Unexpected ref \`${ref}\` in ${repository}: GitHub has no such branch, tag or commit (HTTP ${response.status}); check \`--ref\` and \`upstream.repository\``);
    }
    const sha = response.body.toString("utf8").trim();
    if (!/^[0-9a-f]{40}$/.test(sha))
      throw new GitHubError(`Unexpected answer for ${repository}@${ref}: \`${this.#api.redact(sha.slice(0, 60))}\`, expected a commit sha`);
    return { sha, changed: sha !== knownSha };
  }
  /** One tree object as GitHub returns it. */
  async tree(repository, sha, recursive) {
    const response = await this.#get(`repos/${repository}/git/trees/${sha}${recursive ? "?recursive=1" : ""}`, { accept: "application/vnd.github+json" }, [200]);
    const tree = parseJson(response, `tree ${sha}`);
    const valid = (entry) => typeof entry.path === "string" && typeof entry.mode === "string" && typeof entry.sha === "string" && /^[0-9a-f]{40}$/.test(entry.sha);
    if (typeof tree.sha !== "string" || !Array.isArray(tree.tree) || !tree.tree.every(valid)) {
      throw new GitHubError(`Unexpected answer for tree ${sha}, expected GitHub's tree object (sha, tree[path, mode, type, sha]); run sync again`);
    }
    return { sha: tree.sha, tree: tree.tree, truncated: tree.truncated === true };
  }
  /**
   * A blob's bytes, checked against its sha, so a cut or altered body never gets through. The
   * raw media type is asked, so the answer is the file's bytes whatever its label (GitHub's
   * docs name it `application/vnd.github.raw+json`; others say `application/vnd.github.raw` or
   * `application/octet-stream`). Only a server that plainly ignored the raw ask (labelled
   * `application/json`, failing the sha) is asked again for the JSON form, which is then parsed.
   */
  async blob(repository, sha) {
    const path = `repos/${repository}/git/blobs/${sha}`;
    const raw = await this.#get(path, { accept: "application/vnd.github.raw+json" }, [200]);
    this.counts.blobs++;
    let content = raw.body;
    if (gitBlobSha(content) !== sha && /^application\/json\s*(;|$)/i.test(raw.headers["content-type"] ?? "")) {
      const json = parseJson(await this.#get(path, { accept: "application/vnd.github+json" }, [200]), `blob ${sha}`);
      if (json.encoding !== "base64" || typeof json.content !== "string")
        throw new GitHubError(`Unexpected blob ${sha} encoding \`${this.#api.redact(String(json.encoding))}\`, expected base64`);
      content = Buffer.from(json.content.replace(/\s+/g, ""), "base64");
    }
    const actual = gitBlobSha(content);
    if (actual !== sha)
      throw new GitHubError(`Unexpected content for blob ${sha} (it hashes to ${actual}); run sync again`);
    return content;
  }
  /** One GET of an API path through the HTTP policy; a status outside `expected` is an error worded for the user. */
  async #get(path, headers, expected) {
    const url = this.#api.url(path);
    const result = await this.#policy.request(url, {
      headers: { "user-agent": "devguide-sync", ...headers },
      read: async (body) => {
        const chunks = [];
        for await (const chunk of body) {
          const buffer = chunk;
          chunks.push(buffer);
          this.counts.bytes += buffer.byteLength;
          this.#onBytes?.(buffer.byteLength);
        }
        return Buffer.concat(chunks);
      }
    });
    if (result.kind === "network") {
      const fix = result.unreachable ? "check the connection and `--api-url` (or GITHUB_API_URL)" : "check the connection and run sync again";
      throw new GitHubError(`Unexpected network failure for ${describe(url)}: ${result.detail}; ${fix}`);
    }
    if (result.kind !== "answer")
      throw this.#api.failure(result);
    const headersOf = flatten(result.headers);
    if (result.gaveUp?.rateLimited) {
      if (result.gaveUp.cause === "too-long")
        throw RateLimitError.tooLong(headersOf, Date.now(), this.#api.authenticated, result.gaveUp.retryAt);
      throw RateLimitError.persisting({ status: result.status, message: messageOf(result.text) }, result.attempts, result.gaveUp.waited, result.gaveUp.retryAt, this.#api.authenticated);
    }
    if (result.gaveUp)
      throw new GitHubError(`Unexpected HTTP ${result.status} from ${describe(url)} after ${result.attempts} attempt(s); GitHub may be having trouble, run sync again later`);
    if (expected.includes(result.status))
      return { status: result.status, headers: headersOf, body: result.body ?? Buffer.from(result.text ?? "") };
    if (result.status === 401)
      throw new GitHubError(`Unexpected HTTP 401 from ${describe(url)}: the token in GITHUB_TOKEN was refused; check or unset it`);
    const said = messageOf(result.text);
    throw new GitHubError(`Unexpected HTTP ${result.status} from ${describe(url)}, expected ${expected.join(" or ")}${said ? ` (${said})` : ""}`);
  }
  /**
   * What changed from `base` to `head` (`GET /repos/{o}/{r}/compare/{base}...{head}`), or null
   * when GitHub does not know one of the commits (404).
   */
  async compare(repository, base, head) {
    const what = `compare ${base.slice(0, 12)}...${head.slice(0, 12)}`;
    const response = await this.#get(`repos/${repository}/compare/${base}...${head}`, { accept: "application/vnd.github+json" }, [200, 404]);
    return response.status === 404 ? null : parseComparison(parseJson(response, what), what);
  }
};
var GitHubApi = class {
  root;
  #token;
  #redact;
  /** Throws a GitHubError for a root that is not an http(s) URL or that carries credentials. */
  constructor(apiUrl = defaultApiUrl, token) {
    let url;
    try {
      url = new URL(apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`);
    } catch {
      throw new GitHubError(`Unexpected API URL \`${apiUrl}\`, expected an http(s) URL such as ${defaultApiUrl}`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new GitHubError(`Unexpected API URL \`${apiUrl}\`, expected an http(s) URL such as ${defaultApiUrl}`);
    if (url.username || url.password)
      throw new GitHubError("Unexpected credentials in the API URL, expected them in `GITHUB_TOKEN`");
    this.root = url;
    this.#token = token || void 0;
    this.#redact = redactor([this.#token]);
  }
  get authenticated() {
    return this.#token !== void 0;
  }
  /** An API path (`repos/o/r`) as a URL under the root; a leading `/` would drop a GitHub Enterprise `/api/v3` prefix, so it is ignored. */
  url(path) {
    return new URL(path.replace(/^\/+/, ""), this.root);
  }
  /** The HTTP policy for this API: the token on the API origin only, at most five redirects, the token hidden in every text. */
  policy(options) {
    return new HttpPolicy({
      ...options,
      // A loop is not cut short by its first repeat: GitHub's renames can pass a URL twice.
      redirects: { max: 5, stopLoops: false },
      credentials: (url) => this.#token && url.origin === this.root.origin ? { authorization: `Bearer ${this.#token}` } : {},
      redact: this.#redact
    });
  }
  /** A redirect or quota failure of the policy as a GitHubError. */
  failure(result) {
    if (result.kind === "quota")
      return RateLimitError.tooLong({}, Date.now(), this.authenticated, result.retryAt);
    if (result.problem === "malformed")
      return new GitHubError(`Unexpected redirect to an invalid URL from ${describe(result.url)}`);
    if (result.problem === "scheme")
      return new GitHubError(`Unexpected redirect to a ${result.scheme} URL from ${describe(result.url)}`);
    return new GitHubError(`Unexpected redirect loop at ${describe(result.url)}`);
  }
  /** Belt and braces: no message built from a lower layer may carry the token. */
  redact(text) {
    return this.#redact(text);
  }
};
function flatten(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== void 0)
      out[name.toLowerCase()] = first;
  }
  return out;
}
function parseJson(response, what) {
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch {
    throw new GitHubError(`Unexpected non-JSON answer for ${what}, expected GitHub's JSON; check that \`--api-url\` (or GITHUB_API_URL) is a GitHub API`);
  }
}
function messageOf(text) {
  try {
    const message = JSON.parse(text ?? "").message;
    return typeof message === "string" ? message.replace(/\s+/g, " ").slice(0, 200) : null;
  } catch {
    return null;
  }
}
function describe(url) {
  return `${url.origin}${url.pathname}`;
}

// ../../packages/github/dist/tree.js
async function fullTree(client, repository, sha, wanted) {
  const first = await client.tree(repository, sha, true);
  if (!first.truncated)
    return first.tree;
  const walker = new TreeWalker(client, repository, first.sha);
  if (!wanted)
    return walker.all();
  await Promise.all(wanted.map((path) => walker.entry(path)));
  return [...walker.entries.values()];
}
var TreeWalker = class {
  /** Every entry seen so far, by path. */
  entries = /* @__PURE__ */ new Map();
  #client;
  #repository;
  #root;
  /** By directory path ('' for the root): its listing, asked once. */
  #listed = /* @__PURE__ */ new Map();
  #complete = false;
  constructor(client, repository, rootSha) {
    this.#client = client;
    this.#repository = repository;
    this.#root = rootSha;
  }
  /** Takes a complete listing (an untruncated recursive one): nothing more is ever asked. */
  seed(entries) {
    for (const entry of entries)
      this.entries.set(entry.path, entry);
    this.#complete = true;
    return this;
  }
  /**
   * The entry at `path`, or null when there is none. When a segment on the way is not a
   * directory (a file, a symbolic link, a submodule), that entry is returned: nothing is read
   * through it.
   */
  async entry(path) {
    if (this.#complete)
      return this.#onTheWay(path);
    const segments = path.split("/");
    let directory = "";
    let sha = this.#root;
    for (let depth = 0; depth < segments.length; depth++) {
      await this.#list(directory, sha);
      const childPath = directory ? `${directory}/${segments[depth]}` : segments[depth];
      const child = this.entries.get(childPath);
      if (!child || depth === segments.length - 1 || child.type !== "tree")
        return child ?? null;
      directory = childPath;
      sha = child.sha;
    }
    return null;
  }
  /** Every entry: each sub-tree not listed yet is asked recursively, and split again when that is cut too. */
  async all() {
    if (!this.#complete) {
      await this.#walk("", this.#root, false);
      this.#complete = true;
    }
    return [...this.entries.values()];
  }
  #onTheWay(path) {
    const segments = path.split("/");
    for (let depth = 1; depth < segments.length; depth++) {
      const above = this.entries.get(segments.slice(0, depth).join("/"));
      if (above && above.type !== "tree")
        return above;
    }
    return this.entries.get(path) ?? null;
  }
  /** A directory's own entries, with their full paths. */
  #list(directory, sha) {
    let listed = this.#listed.get(directory);
    if (!listed) {
      listed = this.#client.tree(this.#repository, sha, false).then((level) => level.tree.map((entry) => this.#add(directory, entry)));
      this.#listed.set(directory, listed);
    }
    return listed;
  }
  async #walk(directory, sha, recursive) {
    if (recursive && !this.#listed.has(directory)) {
      const below = await this.#client.tree(this.#repository, sha, true);
      if (!below.truncated) {
        for (const entry of below.tree)
          this.#add(directory, entry);
        return;
      }
    }
    const children = (await this.#list(directory, sha)).filter((entry) => entry.type === "tree");
    await Promise.all(children.map((child) => this.#walk(child.path, child.sha, true)));
  }
  #add(directory, entry) {
    const path = directory ? `${directory}/${entry.path}` : entry.path;
    const added = { ...entry, path };
    this.entries.set(path, added);
    return added;
  }
};

// ../../packages/github/dist/check-upstream.js
async function checkUpstream(client, locked, ref) {
  const { repository } = locked;
  const resolved = await client.commitSha(repository, ref, locked.commit);
  if (!resolved.changed)
    return { moved: false, commit: resolved.sha };
  const commit = resolved.sha;
  const comparison = await client.compare(repository, locked.commit, commit);
  if (comparison?.files && (comparison.status === "ahead" || comparison.status === "identical")) {
    return { moved: true, commit, ...touchedByFiles(locked, comparison.files), via: "compare" };
  }
  const tree = new Map((await fullTree(client, repository, commit)).map((entry) => [entry.path, entry]));
  const touched = /* @__PURE__ */ new Set();
  const guide = tree.get(locked.guide.path);
  if (!guide || guide.sha !== locked.guide.sha)
    touched.add(locked.guide.path);
  for (const [path, file] of locked.files) {
    const entry = tree.get(path);
    if (!entry || file.sha === null || entry.sha !== file.sha || entry.type === "tree" !== (file.type === "dir"))
      touched.add(path);
  }
  for (const path of locked.missing)
    if (tree.has(path))
      touched.add(path);
  return { moved: true, commit, touched: [...touched].sort(), renames: [], via: "tree" };
}
function touchedByFiles(locked, files) {
  const touched = /* @__PURE__ */ new Set();
  const renames = [];
  const lockedAt = (path) => {
    if (path === locked.guide.path || locked.files.has(path) || locked.missing.has(path))
      return path;
    for (let cut = path.lastIndexOf("/"); cut > 0; cut = path.lastIndexOf("/", cut - 1)) {
      const dir = path.slice(0, cut);
      if (locked.files.get(dir)?.type === "dir" || locked.missing.has(dir))
        return dir;
    }
    return null;
  };
  for (const file of files) {
    if (file.status === "unchanged")
      continue;
    const names = [
      file.filename,
      ...file.previousFilename && file.status === "renamed" ? [file.previousFilename] : []
    ];
    for (const name of names) {
      const at = lockedAt(name);
      if (at !== null)
        touched.add(at);
    }
    if (file.status === "renamed" && file.previousFilename && locked.files.has(file.previousFilename))
      renames.push({ from: file.previousFilename, to: file.filename });
  }
  return { touched: [...touched].sort(), renames };
}

// ../../packages/github/dist/github-source.js
async function openGitHubSource(client, options) {
  const { repository } = options;
  const resolved = await client.commitSha(repository, options.ref, options.knownCommit);
  if (!resolved.changed)
    return { unchanged: true, commit: resolved.sha };
  const commit = resolved.sha;
  const first = await client.tree(repository, commit, true);
  const walker = new TreeWalker(client, repository, first.sha);
  if (!first.truncated)
    walker.seed(first.tree);
  const upstreamEntry = (path) => {
    const entry = walker.entries.get(path);
    return entry && isSafe(entry.path) ? toUpstream(entry) : null;
  };
  const blobs = /* @__PURE__ */ new Map();
  const readBlob = (sha) => {
    let pending = blobs.get(sha);
    if (!pending) {
      const local = options.localBlob?.(sha);
      pending = local ? Promise.resolve(local) : client.blob(repository, sha);
      blobs.set(sha, pending);
    }
    return pending;
  };
  return {
    unchanged: false,
    commit,
    source: {
      label: `GitHub ${repository} at ${commit.slice(0, 12)}`,
      commit,
      async stat(path) {
        if (path === "")
          return { path: "", type: "tree", sha: null, size: null };
        const safe = safeRepoPath(path);
        await walker.entry(safe);
        const segments = safe.split("/");
        for (let depth = 1; depth < segments.length; depth++) {
          const parent = upstreamEntry(segments.slice(0, depth).join("/"));
          if (parent && (parent.type === "symlink" || parent.type === "submodule"))
            throw new RefusedEntryError(parent.path, parent.type);
        }
        return upstreamEntry(safe);
      },
      async read(path) {
        const safe = safeRepoPath(path);
        await walker.entry(safe);
        const entry = upstreamEntry(safe);
        if (!entry)
          throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` at ${commit}`), {
            code: "ENOENT"
          });
        if (entry.type !== "blob")
          throw new RefusedEntryError(path, entry.type);
        return readBlob(entry.sha);
      },
      async listFiles() {
        return (await walker.all()).filter((entry) => upstreamEntry(entry.path)?.type === "blob").map((entry) => entry.path).sort();
      },
      // Of a truncated tree, only what was walked; `listFiles` finds the rest by name.
      findBySha: (sha) => [...walker.entries.values()].filter((entry) => entry.sha === sha && upstreamEntry(entry.path)).map((entry) => entry.path),
      readBlob
    }
  };
}
function toUpstream(entry) {
  const type = typeOfMode[entry.mode] ?? (entry.type === "commit" ? "submodule" : entry.type);
  return { path: entry.path, type, sha: entry.sha, size: entry.size ?? null };
}
function isSafe(path) {
  try {
    return safeRepoPath(path) === path;
  } catch (error) {
    if (error instanceof UnsafePathError)
      return false;
    throw error;
  }
}

export {
  GitHubClient,
  GitHubApi,
  TreeWalker,
  checkUpstream,
  openGitHubSource
};
