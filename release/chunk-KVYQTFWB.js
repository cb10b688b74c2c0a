import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyEdits,
  baselineOf,
  baselineStateOf,
  compareWithBaseline,
  expectPath,
  lint,
  lintConfigSchema,
  matchBaseline,
  parseBaseline,
  planFixPatches,
  prunedBaseline,
  renderBaseline,
  reporters,
  version
} from "./chunk-XPEFEAYA.js";
import {
  allRules
} from "./chunk-FSNJIYMF.js";
import {
  statusLine
} from "./chunk-M7S2CVM5.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-J4RVS54M.js";
import {
  writeAtomically
} from "./chunk-RGB2VODZ.js";
import {
  __toESM,
  require_dist
} from "./chunk-NF3SBFWO.js";

// dist/changed-since.js
import { mkdir as mkdir2, mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2, relative, sep } from "node:path";

// dist/staged.js
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function runGit(io, cwd, args, input) {
  return new Promise((resolve2, reject) => {
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
        resolve2(Buffer.concat(out).toString("utf8"));
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
  for (const record2 of listing.split("\0")) {
    const tab = record2.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, sha, stage] = record2.slice(0, tab).split(" ");
    if (stage !== "0" || !mode || !sha)
      continue;
    const path = record2.slice(tab + 1);
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
  const prefix = relative(top, root).split(sep).join("/");
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

// dist/commands/lint.js
import { readFile } from "node:fs/promises";

// ../../packages/owners/dist/load.js
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join as join3, relative as relative2, sep as sep2 } from "node:path";

// ../../packages/owners/dist/owners-file.js
var import_yaml = __toESM(require_dist(), 1);
function names(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function goPattern(source) {
  const insensitive = source.startsWith("(?i)");
  try {
    return new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
  } catch {
    return null;
  }
}
function parseOwnersFile(text, where) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected an OWNERS file (${error.message.split("\n")[0]})`);
  }
  const top = record(data);
  const filters = [];
  for (const [source, value] of Object.entries(record(top["filters"]))) {
    const pattern = goPattern(source);
    const filter = record(value);
    if (pattern)
      filters.push({ pattern, approvers: names(filter["approvers"]), reviewers: names(filter["reviewers"]) });
  }
  return {
    approvers: names(top["approvers"]),
    reviewers: names(top["reviewers"]),
    noParentOwners: record(top["options"])["no_parent_owners"] === true,
    filters
  };
}
function parseOwnersAliases(text, where) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected OWNERS_ALIASES (${error.message.split("\n")[0]})`);
  }
  return new Map(Object.entries(record(record(data)["aliases"])).map(([alias, members]) => [alias, names(members)]));
}

// ../../packages/owners/dist/ownership.js
import { posix } from "node:path";
var groupByValues = ["owner", "sig", "dir"];
function ancestors(path) {
  const dirs = [];
  let dir = posix.dirname(path);
  for (; ; ) {
    dirs.push(dir === "." ? "" : dir);
    if (dir === "." || dir === "/")
      return dirs;
    dir = posix.dirname(dir);
  }
}
function within(path, dir) {
  return dir === "" || path === dir || path.startsWith(`${dir}/`);
}
var Ownership = class {
  #data;
  /** Group and subproject directories, longest first; a subproject before its group at equal length. */
  #places;
  constructor(data) {
    this.#data = data;
    this.#places = data.groups.flatMap((group) => [
      { dir: group.dir, group, subproject: null },
      ...group.subprojects.flatMap((subproject) => subproject.dirs.map((dir) => ({ dir, group, subproject: subproject.name })))
    ]).sort((a, b) => b.dir.length - a.dir.length || Number(b.subproject !== null) - Number(a.subproject !== null));
  }
  /** True when the tree has any OWNERS file; without them reports group by directory. */
  get hasOwners() {
    return this.#data.owners.size > 0;
  }
  #expand(logins) {
    const out = /* @__PURE__ */ new Set();
    for (const login of logins)
      for (const member of this.#data.aliases.get(login) ?? [login])
        out.add(member);
    return [...out].sort();
  }
  /** The owners of a repository path (`/`-separated, relative to the repository root). */
  ownersOf(path) {
    const name = posix.basename(path);
    let file = null;
    let approvers = [];
    let reviewers = [];
    const inherited = [];
    for (const dir of ancestors(path)) {
      const owners = this.#data.owners.get(dir);
      if (!owners)
        continue;
      const filters = owners.filters.filter((filter) => filter.pattern.test(name));
      const fileApprovers = [...owners.approvers, ...filters.flatMap((filter) => filter.approvers)];
      if (file === null) {
        file = dir === "" ? "OWNERS" : `${dir}/OWNERS`;
        approvers = this.#expand(fileApprovers);
        reviewers = this.#expand([...owners.reviewers, ...filters.flatMap((filter) => filter.reviewers)]);
      }
      inherited.push(...fileApprovers);
      if (owners.noParentOwners)
        break;
    }
    const place = this.placeOf(path);
    return {
      file,
      approvers,
      reviewers,
      inheritedApprovers: this.#expand(inherited),
      group: place?.group ?? null,
      subproject: place?.subproject ?? null
    };
  }
  /** The group, and subproject, whose directory holds the path: the longest directory wins. */
  placeOf(path) {
    return this.#places.find((candidate) => within(path, candidate.dir)) ?? null;
  }
  /** The report group of a path: its OWNERS file, its SIG or its top directory. */
  groupOf(path, by) {
    const owners = by === "owner" ? this.ownersOf(path) : null;
    if (owners?.file)
      return { key: owners.file, label: `${owners.file} (${owners.approvers.join(", ") || "no approvers"})` };
    const group = by === "sig" ? this.placeOf(path)?.group : void 0;
    if (group)
      return { key: group.dir, label: group.name === group.dir ? group.dir : `${group.dir} (${group.name})` };
    const top = path.includes("/") ? path.slice(0, path.indexOf("/")) : ".";
    return { key: top === "." ? "." : `${top}/`, label: top === "." ? "(root)" : `${top}/` };
  }
};

// ../../packages/owners/dist/sigs.js
var import_yaml2 = __toESM(require_dist(), 1);
var sections = [
  ["sigs", "sig"],
  ["workinggroups", "workinggroup"],
  ["usergroups", "usergroup"],
  ["committees", "committee"]
];
function list(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null) : [];
}
function ownersUrlDir(url, repository) {
  const prefixes = [`https://raw.githubusercontent.com/${repository}/`, `https://github.com/${repository}/blob/`];
  const prefix = prefixes.find((candidate) => url.toLowerCase().startsWith(candidate.toLowerCase()));
  if (!prefix)
    return null;
  const rest = url.slice(prefix.length).split("/").slice(1);
  if (rest.at(-1) !== "OWNERS")
    return null;
  return rest.slice(0, -1).join("/");
}
function parseSigsYaml(text, where, repository) {
  let data;
  try {
    data = (0, import_yaml2.parse)(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected sigs.yaml (${error.message.split("\n")[0]})`);
  }
  const top = typeof data === "object" && data !== null ? data : {};
  const groups = [];
  for (const [section, kind] of sections) {
    for (const entry of list(top[section])) {
      if (typeof entry["dir"] !== "string" || entry["dir"] === "")
        continue;
      const subprojects = list(entry["subprojects"]).map((subproject) => ({
        name: typeof subproject["name"] === "string" ? subproject["name"] : "",
        dirs: (Array.isArray(subproject["owners"]) ? subproject["owners"] : []).filter((url) => typeof url === "string").map((url) => ownersUrlDir(url, repository)).filter((dir) => dir !== null)
      }));
      groups.push({
        kind,
        dir: entry["dir"],
        name: typeof entry["name"] === "string" ? entry["name"] : entry["dir"],
        subprojects: subprojects.filter((subproject) => subproject.dirs.length > 0)
      });
    }
  }
  return groups;
}

// ../../packages/owners/dist/load.js
var skipped = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function ownersFilesUnder(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !skipped.has(entry.name))
        walk(join3(dir, entry.name));
      else if (entry.isFile() && entry.name === "OWNERS")
        found.push(join3(dir, entry.name));
    }
  };
  walk(root);
  return found;
}
function loadOwnership(options) {
  const owners = /* @__PURE__ */ new Map();
  for (const path of ownersFilesUnder(options.ownersDir)) {
    const dir = relative2(options.ownersDir, join3(path, "..")).split(sep2).join("/");
    owners.set(dir, parseOwnersFile(readFileSync(path, "utf8"), path));
  }
  const aliasesPath = join3(options.ownersDir, "OWNERS_ALIASES");
  const aliases = existsSync(aliasesPath) ? parseOwnersAliases(readFileSync(aliasesPath, "utf8"), aliasesPath) : /* @__PURE__ */ new Map();
  const groups = options.sigsYaml ? parseSigsYaml(readFileSync(options.sigsYaml, "utf8"), options.sigsYaml, options.repository ?? "") : [];
  return new Ownership({ owners, aliases, groups });
}

// dist/commands/lint.js
import { existsSync as existsSync2, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { isAbsolute, join as join4, relative as relative3, resolve, sep as sep3 } from "node:path";
var formats = Object.keys(reporters);
async function lintCommand(io, values) {
  if (values.listRules) {
    const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
    for (const rule of allRules) {
      io.stdout.write(`${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.scope === "guide" ? "guide" : "any  "}  ${rule.meta.fixable ? "fix" : "   "}  ${rule.meta.description}
`);
    }
    return exitCodes.ok;
  }
  if (!formats.includes(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of \`${formats.join("`, `")}\``, "run `devguide lint --help`");
  }
  const maxWarnings = values.maxWarnings === void 0 ? void 0 : Number(values.maxWarnings);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`Unexpected \`--max-warnings ${values.maxWarnings}\`, expected a whole number`, "write `--max-warnings 0` to fail on any warning");
  }
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 0))
    throw new UsageError(`Unexpected \`--jobs ${values.jobs}\`, expected a whole number`, "write `--jobs 0` to lint in one thread");
  if (values.offline && !values.external)
    throw new UsageError("Unexpected `--offline` without `--external`, expected both (the lint is offline without `--external`)");
  if (values.pruneBaseline && values.baseline === void 0)
    throw new UsageError("Unexpected `--prune-baseline` without `--baseline <file>`, expected both");
  if (values.baseline !== void 0 && values.writeBaseline !== void 0)
    throw new UsageError("Unexpected `--baseline` with `--write-baseline`, expected one of them", "write `--baseline <file> --prune-baseline` to drop fixed findings from a baseline");
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
  if (values.baseline !== void 0)
    expectPath(io.cwd, values.baseline, "baseline", "file");
  if (values.writeBaseline !== void 0)
    expectPath(io.cwd, values.writeBaseline, "write-baseline", "output");
  const baseline = values.baseline === void 0 ? null : parseBaseline(await readFile(resolve(io.cwd, values.baseline), "utf8"), values.baseline);
  if (!values.noCache && values.cacheLocation !== void 0)
    expectPath(io.cwd, values.cacheLocation, "cache-location", "cache");
  if (values.linkCache !== void 0)
    expectPath(io.cwd, values.linkCache, "link-cache", "cache");
  if (values.repository !== void 0 && !lintConfigSchema.shape.repository.safeParse(values.repository).success)
    throw new UsageError(`Unexpected \`--repository ${values.repository}\`, expected \`owner/name\``, "write it as GitHub does, such as `kubernetes/community`");
  if (values.groupBy !== void 0 && !groupByValues.includes(values.groupBy))
    throw new UsageError(`Unexpected \`--group-by ${values.groupBy}\`, expected one of \`${groupByValues.join("`, `")}\``, "write `--group-by sig` to group by SIG or working group");
  if (values.patchDir !== void 0 && !values.fix)
    throw new UsageError("Unexpected `--patch-dir` without `--fix`, expected both", "write `--fix --patch-dir <dir>`");
  const maxPerPatch = values.maxPerPatch === void 0 ? void 0 : Number(values.maxPerPatch);
  if (values.maxPerPatch !== void 0 && values.patchDir === void 0)
    throw new UsageError("Unexpected `--max-per-patch` without `--patch-dir`, expected both");
  if (maxPerPatch !== void 0 && (!Number.isInteger(maxPerPatch) || maxPerPatch < 1))
    throw new UsageError(`Unexpected \`--max-per-patch ${values.maxPerPatch}\`, expected a whole number above 0`, "write `--max-per-patch 20`");
  if (values.patchDir !== void 0)
    expectPath(io.cwd, values.patchDir, "patch-dir", "directory?");
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
    version: version(),
    ...values.external ? {
      external: {
        offline: values.offline === true,
        env: io.env,
        ...values.linkCache !== void 0 ? { cache: resolve(io.cwd, values.linkCache) } : {},
        ...progress ? { onProgress: progress.update } : {}
      }
    } : {}
  };
  const prFix = values.fix && values.changedSince !== void 0;
  let run = await lint(prFix ? { ...options, fix: false } : options);
  progress?.done();
  let sinceBase = values.changedSince === void 0 ? null : await newSinceBase(io, values, options, run);
  let prFixed = [];
  if (prFix && sinceBase) {
    prFixed = await applyFixesOf(run, sinceBase.fresh);
    if (prFixed.length > 0) {
      run = await lint({ ...options, fix: false });
      sinceBase = await newSinceBase(io, values, options, run);
    }
  }
  if (run.stats.external)
    io.stderr.write(externalSummary(run.stats.external));
  for (const warning of run.stats.warnings)
    io.stderr.write(`devguide: warning: ${warning}
`);
  if (values.stats)
    io.stderr.write(`devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache, ${run.stats.handedBack} handed back to micromark
`);
  if (sinceBase && values.stats)
    io.stderr.write(`devguide: changed since ${values.changedSince} (merge base ${sinceBase.mergeBase.slice(0, 12)}): ${sinceBase.changes} change(s); at the merge base ${sinceBase.parsed} file(s) parsed, ${sinceBase.fromCache} from the cache
`);
  if (values.writeBaseline !== void 0) {
    const written = baselineOf(run.files);
    await writeAtomically([{ path: resolve(io.cwd, values.writeBaseline), content: renderBaseline(written) }]);
    io.stderr.write(`devguide: wrote ${written.findings.length} finding(s) to the baseline ${values.writeBaseline}
`);
  }
  const comparison = baseline ? compareWithBaseline(run.files, baseline, run.moves()) : null;
  if (comparison) {
    io.stderr.write(`devguide: baseline ${values.baseline}: ${comparison.fresh} new, ${comparison.unchanged} unchanged, ${comparison.absent.length} fixed${comparison.absent.length > 0 && !values.pruneBaseline ? " (--prune-baseline drops them)" : ""}
`);
    if (values.pruneBaseline && comparison.absent.length > 0)
      await writeAtomically([
        { path: resolve(io.cwd, values.baseline), content: renderBaseline(prunedBaseline(run.files)) }
      ]);
  }
  for (const file of run.files)
    file.messages = file.messages.filter((message) => (!sinceBase || sinceBase.fresh.has(message)) && (!comparison || values.format === "sarif" || baselineStateOf(message) === "new"));
  const context = reportContext(io, values, run);
  const report = reporters[values.format](run.files, {
    cwd: io.cwd,
    color: values.output === void 0 && colourEnabled(io, "stdout"),
    version: version(),
    rules: run.rules,
    ...comparison ? { absent: comparison.absent } : {},
    ...context
  });
  if (values.patchDir !== void 0) {
    const dir = resolve(io.cwd, values.patchDir);
    const patches = planFixPatches(run.files, {
      cwd: io.cwd,
      ...context,
      ...maxPerPatch !== void 0 ? { maxPerPatch } : {}
    });
    mkdirSync(dir, { recursive: true });
    await writeAtomically(patches.flatMap((patch) => [
      { path: join4(dir, `${patch.name}.patch`), content: patch.patch },
      { path: join4(dir, `${patch.name}.md`), content: patch.body }
    ]));
    const fixes = patches.reduce((sum, patch) => sum + patch.fixes.length, 0);
    io.stderr.write(`devguide: ${fixes} fix(es) in ${patches.length} patch(es) under ${values.patchDir}
`);
  }
  if (values.output)
    await writeAtomically([{ path: resolve(io.cwd, values.output), content: report }]);
  else
    io.stdout.write(report);
  const cacheWarning = await run.saveCache();
  if (cacheWarning)
    io.stderr.write(`devguide: warning: ${cacheWarning}
`);
  const fixed = prFix ? prFixed : run.stats.fixed;
  if (values.fix && fixed.length > 0)
    io.stderr.write(`fixed ${fixed.length} file(s): ${fixed.join(", ")}
`);
  let errors = 0;
  let warnings = 0;
  for (const file of run.files) {
    for (const message of file.messages) {
      if (comparison && baselineStateOf(message) !== "new")
        continue;
      if (message.fatal === true)
        errors++;
      else if (message.fatal === false)
        warnings++;
    }
  }
  if (values.format === "stylish" && errors + warnings === 0 && !values.output)
    io.stdout.write(`${run.stats.files} file(s) linted, no ${comparison ? "new " : ""}problems
`);
  if (errors > 0)
    return exitCodes.findings;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr.write(`devguide: ${warnings} warning(s), more than --max-warnings ${maxWarnings}
`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
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
  return writes.map((write) => relative3(run.root, write.path).split(sep3).join("/"));
}
async function newSinceBase(io, values, options, run) {
  const since = await changedSince(io, io.cwd, values.changedSince, values.worktree === true);
  const tree = await checkoutTree(io, since.top, since.mergeBase);
  try {
    const atBase = (path) => {
      const inside = relative3(since.top, resolve(io.cwd, path));
      return inside.startsWith("..") || isAbsolute(inside) ? resolve(io.cwd, path) : join4(tree.dir, inside);
    };
    const base = await lint({
      ...options,
      cwd: atBase(io.cwd),
      fix: false,
      allowEmpty: true,
      ...typeof options.config === "string" ? { config: atBase(options.config) } : {},
      ...options.root ? { root: atBase(options.root) } : {},
      ...options.treeListing ? { treeListing: atBase(options.treeListing) } : {},
      gitDir: options.gitDir ? resolve(io.cwd, options.gitDir) : join4(since.top, ".git"),
      cache: typeof options.cache === "string" ? resolve(io.cwd, options.cache) : null,
      external: void 0
    });
    const { states } = matchBaseline(run.files, baselineOf(base.files), movesUnder(since.top, run.root, since.moves));
    const fresh = new Set([...states].flatMap(([message, state]) => state === "new" ? [message] : []));
    return {
      fresh,
      mergeBase: since.mergeBase,
      changes: since.changes.length,
      parsed: base.stats.parsed,
      fromCache: base.stats.fromCache
    };
  } finally {
    await tree.remove();
  }
}
function reportContext(io, values, run) {
  const grouped = values.format === "markdown" || values.format === "html";
  const by = values.groupBy ?? (grouped ? "sig" : void 0);
  const context = {
    root: run.root,
    repository: run.repository,
    ref: values.ref ?? run.defaultBranch
  };
  if (!by)
    return context;
  const sigsYaml = values.sigs !== void 0 ? resolve(io.cwd, values.sigs) : join4(run.root, "sigs.yaml");
  let ownership;
  try {
    ownership = loadOwnership({
      ownersDir: values.ownersDir !== void 0 ? resolve(io.cwd, values.ownersDir) : run.root,
      sigsYaml: by === "sig" && existsSync2(sigsYaml) ? sigsYaml : null,
      repository: run.repository
    });
  } catch (error) {
    throw new UsageError(error.message, "fix the file, or group with `--group-by dir`");
  }
  return {
    ...context,
    groupBy: ownership.hasOwners || by === "dir" ? by : "dir",
    groupOf: (path) => ownership.groupOf(path, by)
  };
}
function defaultCacheLocation(io) {
  if (io.env["PRE_COMMIT"] !== "1")
    return ".devguide-cache/lint.v8";
  const home = io.env["PRE_COMMIT_HOME"] || join4(io.env["XDG_CACHE_HOME"] || join4(io.env["HOME"] || homedir(), ".cache"), "pre-commit");
  const repository = createHash("sha256").update(resolve(io.cwd)).digest("hex").slice(0, 16);
  return join4(home, "devguide", repository, "lint.v8");
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
  lintCommand,
  defaultCacheLocation
};
