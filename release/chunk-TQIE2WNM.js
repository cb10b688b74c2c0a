import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baselineOf,
  configFileName,
  lint,
  matchBaseline
} from "./chunk-7KPXATJA.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";

// dist/staged.js
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
function runGit(io, cwd, args, options = {}) {
  const { input, status = [0] } = options;
  return new Promise((resolve4, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: io.env,
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new UsageError(`Unexpected failure to run git (${error.message}), expected git on the PATH`, "install git")));
    child.on("close", (code) => {
      if (code !== null && status.includes(code))
        resolve4(Buffer.concat(out).toString("utf8"));
      else
        reject(new UsageError(`Unexpected failure of \`git ${args[0]}\`: ${Buffer.concat(err).toString("utf8").trim().split("\n")[0] ?? ""}`, "run the hook from inside a git working tree"));
    });
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function readStagedIndex(io, cwd) {
  const read = (dir) => Promise.all([
    runGit(io, dir, ["diff", "--cached", "--name-status", "-M", "-z"]),
    runGit(io, dir, ["ls-files", "--stage", "-z"])
  ]);
  const early = read(cwd);
  early.catch(() => void 0);
  const [top = "", gitDir = "", head] = (await runGit(io, cwd, ["rev-parse", "--show-toplevel", "--absolute-git-dir", "--verify", "-q", "HEAD^{commit}"], {
    status: [0, 1]
  })).trim().split("\n");
  const [diff, listing] = await (top === resolve(cwd) ? early : read(top));
  const entries = /* @__PURE__ */ new Map();
  for (const record of listing.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, sha, stage] = record.slice(0, tab).split(" ");
    if (stage !== "0" || !mode || !sha)
      continue;
    const path = record.slice(tab + 1);
    entries.set(path, { mode, sha, path });
  }
  const changes = parseNameStatus(diff);
  const changed = changes.flatMap((change) => "ACMR".includes(change.status) && entries.has(change.path) ? [change.path] : []);
  return { top, gitDir, changed, changes, hasHead: head !== void 0, entries };
}
async function snapshotIndex(io, index) {
  const base = await mkdtemp(join(tmpdir(), "devguide-staged-"));
  const dir = join(base, "tree");
  await mkdir(dir);
  const listing = join(base, "index.tsv");
  const lines = [];
  for (const entry of index.entries.values()) {
    lines.push(`${entry.mode} ${entry.mode === "160000" ? "tree" : "blob"} ${entry.sha}	${entry.path}`);
  }
  await writeFile(listing, `${lines.join("\n")}
`);
  return { dir, listing, remove: () => rm(base, { recursive: true, force: true }) };
}
async function materialise(io, index, snapshot, paths) {
  const wanted = [...new Set(paths)].filter((path) => {
    const mode = index.entries.get(path)?.mode;
    return mode === "100644" || mode === "100755";
  });
  if (wanted.length === 0)
    return;
  await runGit(io, index.top, ["checkout-index", "--force", "-z", "--stdin", `--prefix=${snapshot.dir}/`], {
    input: `${wanted.join("\0")}\0`
  });
}
function parseNameStatus(text) {
  const fields = text.split("\0");
  const changes = [];
  for (let at = 0; at < fields.length; ) {
    const code = fields[at];
    if (code === "") {
      at++;
      continue;
    }
    const status = code[0];
    if (status === "R" || status === "C") {
      changes.push({ status, from: fields[at + 1], path: fields[at + 2] });
      at += 3;
    } else {
      changes.push({ status, path: fields[at + 1] });
      at += 2;
    }
  }
  return changes;
}

// dist/changed-since.js
import { spawn as spawn2 } from "node:child_process";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute, join as join2, relative, resolve as resolve2, sep } from "node:path";
async function changedSince(io, cwd, rev, worktree) {
  const top = (await runGit(io, cwd, ["rev-parse", "--show-toplevel"])).trim();
  const shallow = async () => (await runGit(io, top, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  const deepen = "fetch the history: `fetch-depth: 0` on actions/checkout, or `git fetch --deepen=<n>` (`git fetch --unshallow`)";
  try {
    await runGit(io, top, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  } catch {
    throw new UsageError(`Unexpected \`--changed-since ${rev}\`: no such commit here${await shallow() ? " (a shallow clone)" : ""}, expected a branch, tag or commit`, await shallow() ? deepen : `fetch it first, such as \`git fetch origin ${rev.replace(/^origin\//, "")}\``);
  }
  let mergeBase;
  try {
    mergeBase = (await runGit(io, top, ["merge-base", rev, "HEAD"])).trim();
  } catch {
    throw new UsageError(`Unexpected history without a merge base of \`${rev}\` and HEAD${await shallow() ? " (a shallow clone)" : ""}, expected a common ancestor`, deepen);
  }
  const range = worktree ? [mergeBase] : [`${mergeBase}..HEAD`];
  const diff = await runGit(io, top, ["diff", "--name-status", "-M", "-z", ...range]);
  const changes = parseNameStatus(diff);
  const moves = new Map(changes.flatMap((change) => change.status === "R" ? [[change.from, change.path]] : []));
  return { top, mergeBase, changes, moves };
}
async function checkoutTree(io, top, commit) {
  const base = await mkdtemp2(join2(tmpdir2(), "devguide-base-"));
  const dir = join2(base, "tree");
  await mkdir2(dir);
  const env = { ...io.env, GIT_INDEX_FILE: join2(base, "index") };
  try {
    await runGit({ env }, top, ["read-tree", commit]);
    await runGit({ env }, top, ["checkout-index", "--all", "--force", `--prefix=${dir}${sep}`]);
  } catch (error) {
    await rm2(base, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm2(base, { recursive: true, force: true }) };
}
function movesUnder(top, root, moves) {
  return movesUnderPrefix(relative(top, root).split(sep).join("/"), moves);
}
function movesUnderPrefix(prefix, moves) {
  if (prefix === "")
    return new Map(moves);
  const under = (path) => path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
  const result = /* @__PURE__ */ new Map();
  for (const [from, to] of moves) {
    const a = under(from);
    const b = under(to);
    if (a !== null && b !== null)
      result.set(a, b);
  }
  return result;
}
async function baseTreeOf(io, since, root) {
  const inside = relative(since.top, root);
  if (inside.startsWith("..") || isAbsolute(inside))
    return null;
  return treeAt(io, since.top, since.mergeBase, inside.split(sep).join("/"), "worktree", since.moves);
}
async function treeAt(io, top, commit, prefix, against, moves) {
  const under = (path) => prefix === "" ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
  const [listing, diff] = await Promise.all([
    runGit(io, top, ["ls-tree", "-r", "-t", "-z", "--full-tree", commit]),
    runGit(io, top, [
      "diff",
      ...against === "index" ? ["--cached"] : [],
      "--name-only",
      "--no-renames",
      "-z",
      commit
    ])
  ]);
  const entries = /* @__PURE__ */ new Map();
  const objects = /* @__PURE__ */ new Map();
  const symlinks = [];
  for (const record of listing.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, type, object] = record.slice(0, tab).split(" ");
    const path = under(record.slice(tab + 1));
    if (path === null || path === "" || !object)
      continue;
    objects.set(path, object);
    if (type === "tree" || type === "commit")
      entries.set(path, { type: "dir" });
    else if (mode === "120000")
      symlinks.push(path);
    else
      entries.set(path, { type: "file" });
  }
  const read = (paths) => catFile(io, top, paths.flatMap((path) => {
    const object = objects.get(path);
    return object ? [[path, object]] : [];
  }));
  for (const [path, bytes] of await read(symlinks))
    entries.set(path, { type: "symlink", target: Buffer.from(bytes).toString("utf8") });
  const everywhere = diff.split("\0").filter((path) => path !== "");
  const changed = new Set(everywhere.flatMap((path) => {
    const rel = under(path);
    return rel === null ? [] : [rel];
  }));
  return { entries, changed, moves: movesUnderPrefix(prefix, moves), read, changedInRepository: everywhere };
}
function catFile(io, top, wanted) {
  const found = /* @__PURE__ */ new Map();
  if (wanted.length === 0)
    return Promise.resolve(found);
  return new Promise((resolve4, reject) => {
    const child = spawn2("git", ["cat-file", "--batch"], { cwd: top, env: io.env });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new UsageError(`Unexpected failure of \`git cat-file\` (exit ${code})`, "check the repository with `git fsck`"));
        return;
      }
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const [path] of wanted) {
        const end = out.indexOf(10, at);
        const header = out.subarray(at, end).toString("utf8").split(" ");
        at = end + 1;
        if (header[1] === "missing" || header.length < 3)
          continue;
        const size = Number(header[2]);
        found.set(path, out.subarray(at, at + size));
        at += size + 1;
      }
      resolve4(found);
    });
    child.stdin.end(wanted.map(([, object]) => `${object}
`).join(""));
  });
}
async function newSinceBase(io, asked, options, run) {
  const since = await changedSince(io, io.cwd, asked.rev, asked.worktree);
  const base = await baseTreeOf(io, since, run.root);
  const inputs = new Set(run.inputs.map((input) => relative(since.top, input).split(sep).join("/")));
  const inputChanged = base === null || base.changedInRepository.some((path) => path.split("/").at(-1) === configFileName || inputs.has(path));
  if (!inputChanged) {
    const found = await run.sinceBase(base);
    return { ...found, mergeBase: since.mergeBase, changes: since.changes.length };
  }
  return {
    ...await wholeBase(io, since, options, run),
    mergeBase: since.mergeBase,
    changes: since.changes.length,
    compared: null
  };
}
async function wholeBase(io, since, options, run) {
  const tree = await checkoutTree(io, since.top, since.mergeBase);
  try {
    const atBase = (path) => {
      const inside = relative(since.top, resolve2(io.cwd, path));
      return inside.startsWith("..") || isAbsolute(inside) ? resolve2(io.cwd, path) : join2(tree.dir, inside);
    };
    const base = await lint({
      ...options,
      cwd: atBase(io.cwd),
      fix: false,
      allowEmpty: true,
      trackReads: false,
      ...typeof options.config === "string" ? { config: atBase(options.config) } : {},
      ...options.root ? { root: atBase(options.root) } : {},
      ...options.treeListing ? { treeListing: atBase(options.treeListing) } : {},
      gitDir: options.gitDir ? resolve2(io.cwd, options.gitDir) : join2(since.top, ".git"),
      cache: typeof options.cache === "string" ? resolve2(io.cwd, options.cache) : null,
      external: void 0
    });
    const { states } = matchBaseline(run.files, baselineOf(base.files), movesUnder(since.top, run.root, since.moves));
    const fresh = new Set([...states].flatMap(([message, state]) => state === "new" ? [message] : []));
    return { fresh, parsed: base.stats.parsed, fromCache: base.stats.fromCache };
  } finally {
    await tree.remove();
  }
}

// dist/cache-location.js
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join as join3, resolve as resolve3 } from "node:path";
function defaultCacheLocation(io) {
  if (io.env["PRE_COMMIT"] !== "1")
    return ".devguide-cache/lint.v8";
  const home = io.env["PRE_COMMIT_HOME"] || join3(io.env["XDG_CACHE_HOME"] || join3(io.env["HOME"] || homedir(), ".cache"), "pre-commit");
  const repository = createHash("sha256").update(resolve3(io.cwd)).digest("hex").slice(0, 16);
  return join3(home, "devguide", repository, "lint.v8");
}
function hookCacheDir(io, gitDir) {
  return io.env["PRE_COMMIT"] === "1" ? resolve3(io.cwd, defaultCacheLocation(io), "..") : join3(gitDir, "devguide");
}

export {
  runGit,
  readStagedIndex,
  snapshotIndex,
  materialise,
  checkoutTree,
  treeAt,
  newSinceBase,
  defaultCacheLocation,
  hookCacheDir
};
