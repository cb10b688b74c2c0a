import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  anchorsOf,
  applyEdits,
  guideLinks,
  parseGuide
} from "./chunk-222P4Q5V.js";

// ../../packages/upstream/dist/git-blob-sha.js
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  return createHash("sha1").update(`blob ${content.byteLength}\0`).update(content).digest("hex");
}

// ../../packages/upstream/dist/moves.js
import { posix as posix2 } from "node:path";

// ../../packages/upstream/dist/repo-path.js
import { posix } from "node:path";
var UnsafePathError = class extends Error {
  path;
  constructor(path, reason) {
    super(`Unexpected upstream path \`${path}\`: ${reason}`);
    this.path = path;
    this.name = "UnsafePathError";
  }
};
function safeRepoPath(path) {
  if (path.includes("\0"))
    throw new UnsafePathError(path, "contains a NUL byte");
  if (path.includes("\\"))
    throw new UnsafePathError(path, "contains a backslash");
  if (path.startsWith("/") || /^[a-z]:/i.test(path))
    throw new UnsafePathError(path, "is absolute");
  const trimmed = path.replace(/(?<=.)\/+$/, "");
  const normalised = posix.normalize(trimmed);
  if (normalised !== trimmed || normalised === ".." || normalised.startsWith("../") || normalised === ".") {
    throw new UnsafePathError(path, "is not a normalised path inside the repository");
  }
  if (normalised.split("/").some((segment) => segment === ".git"))
    throw new UnsafePathError(path, "names a .git directory");
  return normalised;
}

// ../../packages/upstream/dist/moves.js
var renameThreshold = 50;
async function detectMoves(source, previous, missing) {
  const gone = new Set(missing);
  const moves = [];
  const deleted = [];
  let files = null;
  for (const old of previous) {
    if (!gone.has(old.path))
      continue;
    const same = old.sha && source.findBySha ? source.findBySha(old.sha).filter(isSafe) : [];
    if (same.length) {
      moves.push({ from: old.path, to: closestPath(old.path, same), similarity: 100 });
      continue;
    }
    if (old.type !== "blob" || !old.sha) {
      deleted.push(old.path);
      continue;
    }
    files ??= await source.listFiles();
    const name = posix2.basename(old.path);
    const candidates = files.filter((path) => posix2.basename(path) === name && path !== old.path && isSafe(path));
    let best = null;
    if (candidates.length && source.readBlob) {
      const before = (await source.readBlob(old.sha)).toString("utf8");
      for (const candidate of candidates) {
        const similarity = lineSimilarity(before, (await source.read(candidate)).toString("utf8"));
        if (similarity >= renameThreshold && (!best || similarity > best.similarity))
          best = { from: old.path, to: candidate, similarity };
      }
    }
    if (best)
      moves.push(best);
    else
      deleted.push(old.path);
  }
  return { moves, deleted };
}
function lineSimilarity(a, b) {
  const linesA = a.split("\n");
  const linesB = b.split("\n");
  const counts = /* @__PURE__ */ new Map();
  for (const line of linesA)
    counts.set(line, (counts.get(line) ?? 0) + 1);
  let shared = 0;
  for (const line of linesB) {
    const count = counts.get(line) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(line, count - 1);
    }
  }
  return Math.floor(shared * 100 / Math.max(linesA.length, linesB.length));
}
function closestPath(from, candidates) {
  const name = posix2.basename(from);
  return [...candidates].sort((a, b) => Number(posix2.basename(b) === name) - Number(posix2.basename(a) === name) || a.localeCompare(b))[0];
}
function isSafe(path) {
  try {
    return safeRepoPath(path) === path;
  } catch {
    return false;
  }
}

// ../../packages/upstream/dist/open-source.js
import { stat } from "node:fs/promises";
import { join as join2 } from "node:path";

// ../../packages/upstream/dist/directory-source.js
import { lstat, readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

// ../../packages/upstream/dist/source.js
var RefusedEntryError = class extends Error {
  path;
  type;
  constructor(path, type) {
    super(`Unexpected ${type === "symlink" ? "symbolic link" : type} at upstream path \`${path}\`, expected a regular file`);
    this.path = path;
    this.type = type;
    this.name = "RefusedEntryError";
  }
};

// ../../packages/upstream/dist/directory-source.js
function openDirectorySource(root, options = {}) {
  const entries = /* @__PURE__ */ new Map();
  const stat2 = async (path) => {
    const safe = safeRepoPath(path);
    let pending = entries.get(safe);
    if (!pending) {
      pending = statOnDisk(root, safe);
      entries.set(safe, pending);
    }
    return pending;
  };
  return {
    label: `directory ${root}`,
    commit: options.commit ?? null,
    stat: stat2,
    async read(path) {
      const entry = await stat2(path);
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` in ${root}`), { code: "ENOENT" });
      if (entry.type !== "blob")
        throw new RefusedEntryError(path, entry.type);
      return readFile(join(root, entry.path));
    },
    async listFiles() {
      const files = [];
      const walk = async (dir) => {
        for (const dirent of await readdir(dir, { withFileTypes: true })) {
          if (dirent.name === ".git")
            continue;
          const full = join(dir, dirent.name);
          if (dirent.isDirectory())
            await walk(full);
          else if (dirent.isFile())
            files.push(relative(root, full).split(sep).join("/"));
        }
      };
      await walk(root);
      return files.sort();
    }
  };
}
async function statOnDisk(root, path) {
  const segments = path.split("/");
  for (let depth = 1; depth <= segments.length; depth++) {
    const prefix = segments.slice(0, depth).join("/");
    let info;
    try {
      info = await lstat(join(root, prefix));
    } catch (error) {
      if (error.code === "ENOENT" || error.code === "ENOTDIR")
        return null;
      throw error;
    }
    if (info.isSymbolicLink()) {
      if (depth === segments.length)
        return { path, type: "symlink", sha: null, size: null };
      throw new RefusedEntryError(prefix, "symlink");
    }
    if (depth === segments.length) {
      if (info.isDirectory())
        return { path, type: "tree", sha: null, size: null };
      if (!info.isFile())
        return null;
      const content = await readFile(join(root, path));
      return { path, type: "blob", sha: gitBlobSha(content), size: content.byteLength };
    }
  }
  return null;
}

// ../../packages/upstream/dist/git-source.js
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var GitSourceError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitSourceError";
  }
};
async function git(repo, args) {
  try {
    const { stdout } = await run("git", ["-C", repo, ...args], {
      encoding: "buffer",
      maxBuffer: 1 << 30,
      env: gitEnv()
    });
    return stdout;
  } catch (error) {
    const stderr = error.stderr?.toString("utf8").trim().split("\n")[0];
    throw new GitSourceError(stderr || error.message);
  }
}
function gitEnv() {
  const env = { GIT_TERMINAL_PROMPT: "0" };
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^GIT_(DIR|INDEX_FILE|WORK_TREE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX|COMMON_DIR|NAMESPACE)$/.test(key))
      env[key] = value;
  }
  return env;
}
var typeOfMode = {
  "100644": "blob",
  "100755": "blob",
  "120000": "symlink",
  "160000": "submodule",
  "040000": "tree"
};
async function openGitSource(repo, revision) {
  let commit;
  try {
    commit = (await git(repo, ["rev-parse", "--verify", "--end-of-options", `${revision}^{commit}`])).toString("utf8").trim();
  } catch (error) {
    throw new GitSourceError(`Unexpected revision \`${revision}\` in git repository ${repo}: ${error.message}`);
  }
  const listing = await git(repo, ["ls-tree", "--full-tree", "-r", "-t", "--long", "-z", commit]);
  const entries = /* @__PURE__ */ new Map();
  for (const record of listing.toString("utf8").split("\0")) {
    if (record === "")
      continue;
    const tab = record.indexOf("	");
    const [mode, , sha, size] = record.slice(0, tab).split(/\s+/);
    const path = record.slice(tab + 1);
    entries.set(path, {
      path,
      type: typeOfMode[mode] ?? "blob",
      sha: sha ?? null,
      size: size === "-" || size === void 0 ? null : Number(size)
    });
  }
  return {
    label: `git repository ${repo} at ${commit.slice(0, 12)}`,
    commit,
    async stat(path) {
      if (path === "")
        return { path: "", type: "tree", sha: null, size: null };
      return entries.get(safeRepoPath(path)) ?? null;
    },
    async read(path) {
      const entry = entries.get(safeRepoPath(path));
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` at ${commit}`), { code: "ENOENT" });
      if (entry.type !== "blob")
        throw new RefusedEntryError(path, entry.type);
      return git(repo, ["cat-file", "blob", entry.sha]);
    },
    async listFiles() {
      return [...entries.values()].filter((entry) => entry.type === "blob").map((entry) => entry.path).sort();
    },
    findBySha(sha) {
      return [...entries.values()].filter((entry) => entry.sha === sha).map((entry) => entry.path);
    },
    async readBlob(sha) {
      if (!/^[0-9a-f]{40}$/.test(sha))
        throw new GitSourceError(`Unexpected object id \`${sha}\`, expected 40 hex digits`);
      return git(repo, ["cat-file", "blob", sha]);
    }
  };
}

// ../../packages/upstream/dist/open-source.js
async function openSource(location, options = {}) {
  const info = await stat(location).catch(() => null);
  if (!info?.isDirectory())
    throw Object.assign(new Error(`Unexpected missing upstream directory \`${location}\``), { code: "ENOENT" });
  const isGit = options.rev !== void 0 || await stat(join2(location, ".git")).catch(() => null) !== null;
  return isGit ? openGitSource(location, options.rev ?? "HEAD") : openDirectorySource(location, { commit: options.commit ?? null });
}

// ../../packages/upstream/dist/snapshot.js
var markdownFile = /\.(md|markdown)$/i;
async function snapshotGuide(source, options) {
  const guidePath = safeRepoPath(options.guidePath);
  const guideEntry = await source.stat(guidePath);
  if (!guideEntry)
    throw Object.assign(new Error(`Unexpected missing guide \`${guidePath}\` in ${source.label}`), { code: "ENOENT" });
  const bytes = await source.read(guidePath);
  const text = decodeUtf8(bytes, `${source.label}: ${guidePath}`);
  const model = parseGuide(text, { path: guidePath, file: guidePath, resolve: options.resolve, requireSections: true });
  const { guide: edited, results } = applyEdits(model, options.edits, options.resolve);
  const paths = /* @__PURE__ */ new Set([guidePath]);
  for (const link of [...guideLinks(model), ...guideLinks(edited)]) {
    if (link.target.kind === "repo")
      paths.add(link.target.path);
  }
  const previous = new Map((options.previous ?? []).filter((file) => file.sha && file.anchors).map((file) => [file.path, file]));
  const sorted = [...paths].sort();
  const entries = await Promise.all(sorted.map((path) => path === "" ? { path: "", type: "tree", sha: null, size: null } : statLinked(source, path)));
  const toRead = entries.filter((entry) => {
    if (!entry || entry.type !== "blob" || !markdownFile.test(entry.path) || entry.path === guidePath)
      return false;
    const known = previous.get(entry.path);
    return !(known && known.sha === entry.sha);
  });
  const texts = /* @__PURE__ */ new Map([[guidePath, text]]);
  await eachLimited(toRead, 6, async (entry) => {
    texts.set(entry.path, decodeUtf8(await source.read(entry.path), `${source.label}: ${entry.path}`));
  });
  const files = [];
  const missing = [];
  sorted.forEach((path, index) => {
    const entry = entries[index];
    if (!entry) {
      missing.push(path);
      return;
    }
    const file = { path: entry.path, type: entry.type, sha: entry.sha, size: entry.size };
    if (entry.type === "blob" && markdownFile.test(path)) {
      const content = texts.get(entry.path);
      file.anchors = content === void 0 ? [...previous.get(entry.path).anchors] : [...new Set(anchorsOf(content))].sort();
    }
    files.push(file);
  });
  return {
    commit: source.commit,
    guide: { path: guidePath, sha: guideEntry.sha, size: bytes.byteLength, text },
    model,
    edited,
    editResults: results,
    files,
    missing
  };
}
async function eachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length)
      await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function statLinked(source, path) {
  try {
    return await source.stat(path);
  } catch (error) {
    if (error instanceof UnsafePathError || error instanceof RefusedEntryError)
      return null;
    throw error;
  }
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes, name) {
  if (bytes.includes(0))
    throw Object.assign(new Error(`Unexpected binary content in ${name}, expected UTF-8 markdown`), {
      code: "EBINARY"
    });
  try {
    return decoder.decode(bytes);
  } catch {
    throw Object.assign(new Error(`Unexpected non-UTF-8 content in ${name}, expected UTF-8 markdown`), {
      code: "EENCODING"
    });
  }
}

// ../../packages/github/dist/rate-limit.js
function rateLimitReset(headers, now) {
  return retryAfter(headers, now) ?? quotaReset(headers);
}
function quotaReset(headers) {
  if (field(headers, "x-ratelimit-remaining") !== "0")
    return null;
  const reset = field(headers, "x-ratelimit-reset");
  if (reset === void 0 || !/^\d+$/.test(reset) || Number(reset) === 0)
    return null;
  return new Date(Math.min(Number(reset) * 1e3, maxTime));
}
function rateLimitWait(headers, now) {
  const at = rateLimitReset(headers, now);
  if (!at)
    return null;
  return Math.max(0, at.getTime() - now) + (retryAfter(headers, now) === null ? 1e3 : 0);
}
function isRateLimited(status, headers) {
  return status === 429 || status === 403 && (field(headers, "x-ratelimit-remaining") === "0" || field(headers, "retry-after") !== void 0);
}
function retryAfter(headers, now) {
  const value = field(headers, "retry-after");
  if (value === void 0)
    return null;
  if (/^\d+$/.test(value))
    return new Date(Math.min(now + Number(value) * 1e3, maxTime));
  const date = httpDate(value);
  return date === null ? null : new Date(date);
}
var maxTime = 864e13;
function field(headers, name) {
  const value = headers[name];
  const text = (typeof value === "string" ? value : value?.[0])?.trim();
  return text ? text : void 0;
}
var weekday = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
var month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
var time = "\\d{2}:\\d{2}:\\d{2}";
var imfFixdate = new RegExp(`^${weekday}, \\d{2} ${month} \\d{4} ${time} GMT$`);
var rfc850Date = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${month}-\\d{2} ${time} GMT$`);
var asctimeDate = new RegExp(`^${weekday} ${month} [ \\d]\\d ${time} \\d{4}$`);
function httpDate(value) {
  let text;
  if (imfFixdate.test(value) || rfc850Date.test(value))
    text = value;
  else if (asctimeDate.test(value))
    text = `${value} GMT`;
  else
    return null;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : date;
}

// ../../packages/github/dist/errors.js
var GitHubError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitHubError";
  }
};
var RateLimitError = class extends GitHubError {
  retryAt;
  constructor(headers, now, authenticated) {
    const retryAt = rateLimitReset(headers, now);
    const limit = headers["x-ratelimit-limit"];
    const when = retryAt ? `retry after ${retryAt.toISOString()}` : "retry later";
    const hint = authenticated ? "" : "; set GITHUB_TOKEN to raise the limit (60 requests an hour without a token, 5000 with one)";
    super(`Unexpected GitHub API rate limit${limit ? ` (${limit} requests an hour)` : ""} reached, expected requests left; ${when}${hint}`);
    this.name = "RateLimitError";
    this.retryAt = retryAt;
  }
};

export {
  rateLimitReset,
  quotaReset,
  rateLimitWait,
  isRateLimited,
  GitHubError,
  RateLimitError,
  gitBlobSha,
  UnsafePathError,
  safeRepoPath,
  RefusedEntryError,
  GitSourceError,
  detectMoves,
  openSource,
  snapshotGuide
};
