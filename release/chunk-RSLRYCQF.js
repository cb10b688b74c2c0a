import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  statusLine
} from "./chunk-EWEWJCN7.js";
import {
  baselineRequest,
  baselineSummary,
  checkReportOptions,
  parseMaxWarnings,
  problemCounts,
  reportContext,
  reportExit,
  writeReport
} from "./chunk-AAKESCP4.js";
import {
  version
} from "./chunk-Q7OSMEB7.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  applyBaseline,
  applyEdits,
  baselineOf,
  configFileName,
  lint,
  matchBaseline,
  maxShards,
  parseShard,
  planBaseline,
  planFixPatches,
  renderShardReport,
  reporters,
  tuneLintRuntime
} from "./chunk-LE22DIUV.js";
import {
  allRules
} from "./chunk-3RKUOON5.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-3HHRGSLX.js";
import {
  writeAtomically
} from "./chunk-QHSY6AU5.js";

// dist/changed-since.js
import { spawn as spawn2 } from "node:child_process";
import { mkdir as mkdir2, mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// dist/staged.js
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function runGit(io, cwd, args, input) {
  return new Promise((resolve3, reject) => {
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
      if (code === 0)
        resolve3(Buffer.concat(out).toString("utf8"));
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
  const top = (await runGit(io, cwd, ["rev-parse", "--show-toplevel"])).trim();
  const [diff, listing] = await Promise.all([
    runGit(io, top, ["diff", "--cached", "--name-only", "--no-renames", "--diff-filter=ACMR", "-z"]),
    runGit(io, top, ["ls-files", "--stage", "-z"])
  ]);
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
  return { top, changed: diff.split("\0").filter((path) => path !== "" && entries.has(path)), entries };
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
  await runGit(io, index.top, ["checkout-index", "--force", "-z", "--stdin", `--prefix=${snapshot.dir}/`], `${wanted.join("\0")}\0`);
}

// dist/changed-since.js
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
  return new Promise((resolve3, reject) => {
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
      resolve3(found);
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
      const inside = relative(since.top, resolve(io.cwd, path));
      return inside.startsWith("..") || isAbsolute(inside) ? resolve(io.cwd, path) : join2(tree.dir, inside);
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
      gitDir: options.gitDir ? resolve(io.cwd, options.gitDir) : join2(since.top, ".git"),
      cache: typeof options.cache === "string" ? resolve(io.cwd, options.cache) : null,
      external: void 0
    });
    const { states } = matchBaseline(run.files, baselineOf(base.files), movesUnder(since.top, run.root, since.moves));
    const fresh = new Set([...states].flatMap(([message, state]) => state === "new" ? [message] : []));
    return { fresh, parsed: base.stats.parsed, fromCache: base.stats.fromCache };
  } finally {
    await tree.remove();
  }
}

// dist/commands/lint.js
import { mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join as join3, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
async function lintCommand(io, values) {
  if (values.listRules) {
    const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
    for (const rule of allRules) {
      io.stdout.write(`${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.scope === "guide" ? "guide" : "any  "}  ${rule.meta.fixable ? "fix" : "   "}  ${rule.meta.description}
`);
    }
    return exitCodes.ok;
  }
  checkReportOptions("lint", values);
  tuneLintRuntime();
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 0))
    throw new UsageError(`Unexpected \`--jobs ${values.jobs}\`, expected a whole number`, "write `--jobs 0` to lint in one thread");
  if (values.offline && !values.external)
    throw new UsageError("Unexpected `--offline` without `--external`, expected both (the lint is offline without `--external`)");
  if (values.worktree && values.changedSince === void 0)
    throw new UsageError("Unexpected `--worktree` without `--changed-since <rev>`, expected both");
  if (values.changedSince !== void 0 && values.paths.length > 0)
    throw new UsageError("Unexpected paths with `--changed-since`, expected none (a change can break links in any file)", "write `devguide lint --changed-since <rev>` alone");
  if (values.linkCache !== void 0 && !values.external)
    throw new UsageError("Unexpected `--link-cache` without `--external`, expected both");
  if (values.config !== void 0 && !values.noConfig)
    expectPath(io.cwd, values.config, "config", "file");
  if (values.root !== void 0)
    expectPath(io.cwd, values.root, "root", "directory");
  if (values.treeListing !== void 0)
    expectPath(io.cwd, values.treeListing, "tree-listing", "file");
  if (values.output !== void 0)
    expectPath(io.cwd, values.output, "output", "output");
  const baselineAsked = await baselineRequest(io, values);
  if (!values.noCache && values.cacheLocation !== void 0)
    expectPath(io.cwd, values.cacheLocation, "cache-location", "cache");
  if (values.linkCache !== void 0)
    expectPath(io.cwd, values.linkCache, "link-cache", "cache");
  if (values.patchDir !== void 0 && !values.fix)
    throw new UsageError("Unexpected `--patch-dir` without `--fix`, expected both", "write `--fix --patch-dir <dir>`");
  const maxPerPatch = values.maxPerPatch === void 0 ? void 0 : Number(values.maxPerPatch);
  if (values.maxPerPatch !== void 0 && values.patchDir === void 0)
    throw new UsageError("Unexpected `--max-per-patch` without `--patch-dir`, expected both");
  if (maxPerPatch !== void 0 && (!Number.isInteger(maxPerPatch) || maxPerPatch < 1))
    throw new UsageError(`Unexpected \`--max-per-patch ${values.maxPerPatch}\`, expected a whole number above 0`, "write `--max-per-patch 20`");
  if (values.patchDir !== void 0)
    expectPath(io.cwd, values.patchDir, "patch-dir", "directory?");
  const shard = values.shard === void 0 ? void 0 : shardOf(values);
  if (values.ownersDir !== void 0)
    expectPath(io.cwd, values.ownersDir, "owners-dir", "directory");
  if (values.sigs !== void 0)
    expectPath(io.cwd, values.sigs, "sigs", "file");
  const progress = progressBar(io);
  const options = {
    rules: allRules,
    cwd: io.cwd,
    paths: values.paths,
    ...values.noConfig ? { config: null } : values.config ? { config: values.config } : {},
    ...values.root ? { root: values.root } : {},
    ...values.repository ? { repository: values.repository } : {},
    ...values.treeListing ? { treeListing: values.treeListing } : {},
    ...values.gitDir ? { gitDir: values.gitDir } : {},
    // With --patch-dir the fixes become patches: the tree is left as it is.
    fix: values.fix && values.patchDir === void 0,
    allowEmpty: values.allowEmpty === true,
    cache: values.noCache ? null : values.cacheLocation ?? defaultCacheLocation(io),
    ...jobs !== void 0 ? { jobs } : {},
    ...shard ? { shard } : {},
    version: version(),
    ...values.changedSince !== void 0 ? { trackReads: true } : {},
    ...values.external ? {
      external: {
        offline: values.offline === true,
        env: io.env,
        ...values.linkCache !== void 0 ? { cache: resolve2(io.cwd, values.linkCache) } : {},
        ...progress ? { onProgress: progress.update } : {}
      }
    } : {}
  };
  const prFix = values.fix && values.changedSince !== void 0;
  let run = await lint(prFix ? { ...options, fix: false } : options);
  progress?.done();
  const since = values.changedSince === void 0 ? null : { rev: values.changedSince, worktree: values.worktree === true };
  let sinceBase = since ? await newSinceBase(io, since, options, run) : null;
  let prFixed = [];
  if (prFix && sinceBase) {
    prFixed = await applyFixesOf(run, sinceBase.fresh);
    if (prFixed.length > 0) {
      run = await lint({ ...options, fix: false });
      sinceBase = await newSinceBase(io, since, options, run);
    }
  }
  if (run.stats.external)
    io.stderr.write(externalSummary(run.stats.external));
  for (const warning of run.stats.warnings)
    io.stderr.write(`devguide: warning: ${warning}
`);
  if (values.stats)
    io.stderr.write(`devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache, ${run.stats.handedBack} handed back to micromark, ${run.stats.inPart} in part (${(run.stats.inPartBytes / 1024).toFixed(1)} KiB)
`);
  if (values.stats && run.stats.shard)
    io.stderr.write(`devguide: shard ${run.stats.shard.index}/${run.stats.shard.count}: ${run.stats.files} file(s) of its own, ${run.stats.shard.context} of other shards read for their facts
`);
  if (sinceBase && values.stats)
    io.stderr.write(`devguide: changed since ${values.changedSince} (merge base ${sinceBase.mergeBase.slice(0, 12)}): ${sinceBase.changes} change(s); at the merge base ${sinceBase.parsed} file(s) parsed, ${sinceBase.fromCache} from the cache, ${sinceBase.compared === null ? "its tree written out (the lint configuration, tree listing or content lock changed)" : `${sinceBase.compared} file(s) compared with it`}
`);
  const baselinePlan = baselineAsked ? planBaseline(run.files, baselineAsked, run.moves) : null;
  const baseline = baselinePlan ? await applyBaseline(run.files, baselinePlan) : null;
  if (baselinePlan)
    io.stderr.write(baselineSummary(baselinePlan, values));
  if (sinceBase)
    for (const file of run.files)
      file.messages = file.messages.filter((message) => sinceBase.fresh.has(message));
  const comparing = Boolean(baselinePlan?.states);
  const context = reportContext(io, values, run);
  const reportOptions = {
    cwd: io.cwd,
    color: values.output === void 0 && colourEnabled(io, "stdout"),
    version: version(),
    rules: run.rules,
    ...baseline?.report,
    ...context
  };
  if (values.patchDir !== void 0) {
    const dir = resolve2(io.cwd, values.patchDir);
    const patches = planFixPatches(run.files, {
      cwd: io.cwd,
      ...context,
      ...maxPerPatch !== void 0 ? { maxPerPatch } : {}
    });
    mkdirSync(dir, { recursive: true });
    await writeAtomically(patches.flatMap((patch) => [
      { path: join3(dir, `${patch.name}.patch`), content: patch.patch },
      { path: join3(dir, `${patch.name}.md`), content: patch.body }
    ]));
    const fixes = patches.reduce((sum, patch) => sum + patch.fixes.length, 0);
    io.stderr.write(`devguide: ${fixes} fix(es) in ${patches.length} patch(es) under ${values.patchDir}
`);
  }
  await writeReport(io, { format: values.format, output: values.output, files: run.files, options: reportOptions }, () => (
    // A shard's JSON says which shard of which files it is: `devguide merge` checks the set is whole.
    run.stats.shard && values.format === "json" ? renderShardReport(run.files, reportOptions, {
      index: run.stats.shard.index,
      count: run.stats.shard.count,
      plan: run.stats.shard.digest,
      files: run.stats.files,
      root: relative2(io.cwd, run.root).split(sep2).join("/") || ".",
      repository: run.repository,
      defaultBranch: run.defaultBranch,
      version: version()
    }) : reporters[values.format](run.files, reportOptions)
  ));
  const cacheWarning = await run.saveCache();
  if (cacheWarning)
    io.stderr.write(`devguide: warning: ${cacheWarning}
`);
  const fixed = prFix ? prFixed : run.stats.fixed;
  if (values.fix && fixed.length > 0)
    io.stderr.write(`fixed ${fixed.length} file(s): ${fixed.join(", ")}
`);
  const counts = problemCounts(run.files, baseline?.counted);
  if (values.format === "stylish" && counts.errors + counts.warnings === 0 && !values.output)
    io.stdout.write(`${run.stats.files} file(s) linted, no ${comparing ? "new " : ""}problems
`);
  return reportExit(io, counts, maxWarnings);
}
async function applyFixesOf(run, messages) {
  const writes = [];
  for (const file of run.files) {
    const edits = file.messages.filter((message) => messages.has(message)).flatMap((message) => {
      const fix = message.fix;
      return fix && fix.length > 0 ? [fix] : [];
    });
    if (edits.length === 0)
      continue;
    const text = String(file.value);
    const next = applyEdits(text, edits);
    if (next !== text)
      writes.push({ path: file.path, content: next });
  }
  await writeAtomically(writes);
  return writes.map((write) => relative2(run.root, write.path).split(sep2).join("/"));
}
function shardOf(values) {
  const shard = parseShard(values.shard);
  if (!shard)
    throw new UsageError(`Unexpected \`--shard ${values.shard}\`, expected \`i/n\` with 1 \u2264 i \u2264 n \u2264 ${maxShards}`, "write `--shard 1/4` for the first of four shards");
  const whole = [
    ["fix", values.fix],
    ["changed-since", values.changedSince !== void 0],
    ["baseline", values.baseline !== void 0],
    ["write-baseline", values.writeBaseline !== void 0]
  ].find(([, given]) => given);
  if (whole)
    throw new UsageError(`Unexpected \`--${whole[0]}\` with \`--shard\`, expected one of them (it needs the whole run's findings)`, whole[0].endsWith("baseline") ? `give \`--${whole[0]}\` to \`devguide merge <reports...>\` instead, which answers as a single run` : "run it without `--shard`");
  return shard;
}
function defaultCacheLocation(io) {
  if (io.env["PRE_COMMIT"] !== "1")
    return ".devguide-cache/lint.v8";
  const home = io.env["PRE_COMMIT_HOME"] || join3(io.env["XDG_CACHE_HOME"] || join3(io.env["HOME"] || homedir(), ".cache"), "pre-commit");
  const repository = createHash("sha256").update(resolve2(io.cwd)).digest("hex").slice(0, 16);
  return join3(home, "devguide", repository, "lint.v8");
}
function externalSummary(stats) {
  const { alive, dead, inconclusive, unchecked } = stats.byOutcome;
  const lines = [
    `devguide: external links: ${stats.urls} URL(s): ${alive} alive, ${dead} dead, ${inconclusive} inconclusive${unchecked ? `, ${unchecked} not checked (offline)` : ""}; ${stats.fromCache} from the cache, ${stats.fromLock} from the lock, ${stats.requests} request(s), ${(stats.ms / 1e3).toFixed(1)} s`
  ];
  const hosts = [...stats.byHost].filter(([, host]) => host.dead + host.inconclusive > 0).sort(([a, x], [b, y]) => y.dead + y.inconclusive - (x.dead + x.inconclusive) || a.localeCompare(b));
  for (const [host, counts] of hosts.slice(0, 20))
    lines.push(`devguide:   ${host}: ${counts.alive} alive, ${counts.dead} dead, ${counts.inconclusive} inconclusive`);
  if (hosts.length > 20)
    lines.push(`devguide:   and ${hosts.length - 20} more host(s) with problems`);
  return lines.map((line) => `${line}
`).join("");
}
function progressBar(io) {
  const line = statusLine(io);
  if (!line)
    return null;
  const width = 30;
  return {
    update(done, total) {
      const filled = Math.round(done / Math.max(total, 1) * width);
      line.show(`[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} URLs`, done === total);
    },
    done: () => line.done()
  };
}

export {
  runGit,
  readStagedIndex,
  snapshotIndex,
  materialise,
  parseNameStatus,
  checkoutTree,
  treeAt,
  lintCommand,
  defaultCacheLocation
};
