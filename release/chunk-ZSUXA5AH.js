import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatEditResults,
  unifiedDiff
} from "./chunk-ATTE6YO2.js";
import {
  configFileName,
  lint,
  loadLintConfig,
  reporters,
  require_picomatch,
  version
} from "./chunk-UTHRG5DO.js";
import {
  allRules
} from "./chunk-5MZ6OWOT.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-J4RVS54M.js";
import {
  loadContent,
  renderReadme,
  settleStaged,
  stagingDirName
} from "./chunk-TCROWKN3.js";
import {
  __toESM
} from "./chunk-63NCDCBI.js";

// dist/commands/hook.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import { readFile, writeFile as writeFile2 } from "node:fs/promises";
import { join as join2, posix, relative, resolve, sep } from "node:path";

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

// dist/commands/hook.js
var hooks = ["pre-commit"];
var alwaysIgnored = ["**/node_modules/**", "**/.git/**", "**/.devguide-cache/**"];
var isMarkdown = (path) => /\.(md|markdown)$/i.test(path);
async function hookCommand(io, values) {
  if (values.hook === void 0 || !hooks.includes(values.hook)) {
    throw new UsageError(`Unexpected ${values.hook === void 0 ? "missing hook name" : `hook \`${values.hook}\``}, expected \`pre-commit\``, "run `devguide hook pre-commit` from the git hook");
  }
  const index = await readStagedIndex(io, io.cwd);
  const snapshot = await snapshotIndex(io, index);
  try {
    return await preCommit(io, index, snapshot, values);
  } finally {
    await snapshot.remove();
  }
}
async function preCommit(io, index, snapshot, values) {
  const { command } = values;
  const hasConfig = index.entries.has(configFileName);
  if (hasConfig)
    await materialise(io, index, snapshot, [configFileName]);
  const configFile = hasConfig ? join2(snapshot.dir, configFileName) : null;
  const loaded = loadLintConfig(configFile, configFileName, snapshot.dir, allRules);
  const { config } = loaded;
  const rootRel = toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.root)));
  const underRoot = (path) => rootRel === "" ? path : path.startsWith(`${rootRel}/`) ? path.slice(rootRel.length + 1) : null;
  const isIncluded = (0, import_picomatch.default)([...config.include], { dot: false });
  const isExcluded = (0, import_picomatch.default)([...alwaysIgnored, ...config.exclude], { dot: true });
  const linted = (path) => {
    const rel = underRoot(path);
    const mode = index.entries.get(path)?.mode;
    return rel !== null && (mode === "100644" || mode === "100755") && isMarkdown(path) && isIncluded(rel) && !isExcluded(rel);
  };
  const contentRel = values.content !== void 0 ? toPosix(relative(snapshot.dir, resolve(snapshot.dir, values.content))) : config.content !== void 0 ? toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.content))) : index.entries.has("content/devguide.yaml") ? "content" : null;
  if (contentRel !== null) {
    const working = join2(index.top, contentRel);
    await settleStaged(working, "refuse", relative(io.cwd, join2(working, stagingDirName)));
  }
  const inContent = (path) => contentRel !== null && path.startsWith(`${contentRel}/`);
  const configChanged = index.changed.includes(configFileName);
  const contentChanged = index.changed.some(inContent);
  const relevant = configChanged || contentChanged || index.changed.some(linted);
  if (!relevant)
    return exitCodes.ok;
  const targets = new Set((configChanged ? [...index.entries.keys()] : index.changed).filter(linted));
  const contentFiles = contentRel === null ? [] : [...index.entries.keys()].filter(inContent);
  const extra = config.treeListing !== void 0 ? [toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.treeListing)))] : [];
  await materialise(io, index, snapshot, [...targets, ...contentFiles, ...extra]);
  const hasContent = contentRel !== null && existsSync(join2(snapshot.dir, contentRel, "devguide.yaml"));
  const content = hasContent && (contentChanged || configChanged) ? await loadContent(join2(snapshot.dir, contentRel), snapshot.dir) : null;
  const generated = new Set(content ? [content.display.output, content.display.upstream].map(toPosix) : []);
  if (content && (contentChanged || configChanged) && linted(toPosix(content.display.output)))
    targets.add(toPosix(content.display.output));
  let listing = snapshot.listing;
  if (extra[0] !== void 0 && existsSync(join2(snapshot.dir, extra[0]))) {
    listing = `${snapshot.listing}.all`;
    await writeFile2(listing, await readFile(snapshot.listing, "utf8") + await readFile(join2(snapshot.dir, extra[0]), "utf8"));
  }
  const problems = [];
  const fixes = [];
  if (targets.size > 0) {
    const run = await lint({
      rules: allRules,
      cwd: snapshot.dir,
      paths: [...targets],
      config: configFile,
      fix: false,
      cache: null,
      // Staged files the configuration does not cover were filtered out above: none left is fine here.
      allowEmpty: true,
      treeListing: listing,
      // The snapshot is no clone: pinned links are looked up in the repository being committed to.
      gitDir: join2(index.top, ".git"),
      version: version()
    });
    for (const warning of run.stats.warnings)
      io.stderr.write(`devguide: warning: ${warning}
`);
    const report = reporters.stylish(run.files, {
      cwd: snapshot.dir,
      color: colourEnabled(io, "stdout"),
      version: version(),
      rules: run.rules
    });
    const byHand = /* @__PURE__ */ new Set();
    const fixable = /* @__PURE__ */ new Set();
    let errors = 0;
    for (const file of run.files) {
      const path = toPosix(relative(snapshot.dir, file.path));
      for (const message of file.messages) {
        if (message.fatal !== true)
          continue;
        errors++;
        if (generated.has(path))
          continue;
        if ("fix" in message)
          fixable.add(path);
        else
          byHand.add(path);
      }
    }
    if (errors > 0 || run.files.some((file) => file.messages.length > 0))
      io.stdout.write(report);
    if (errors > 0) {
      problems.push(`${errors} lint error(s)`);
      const generatedErrors = run.files.some((file) => generated.has(toPosix(relative(snapshot.dir, file.path))) && file.messages.some((message) => message.fatal === true));
      if (fixable.size > 0)
        fixes.push(`${command} lint --fix ${quote([...fixable])} && git add ${quote([...fixable])}`);
      if (byHand.size > 0)
        fixes.push(`edit the places above by hand, then git add ${quote([...byHand])}`);
      if (generatedErrors && content)
        fixes.push(`correct the generated README through ${content.display.config}, then ${command} readme && git add ${content.display.output}`);
    }
  }
  if (content && contentChanged) {
    const rendered = renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream);
    for (const line of formatEditResults(rendered.editResults, content.display.upstream).lines)
      io.stderr.write(`${line}
`);
    const staged = await readFile(content.paths.output, "utf8").catch(() => null);
    if (staged !== rendered.text) {
      io.stdout.write(unifiedDiff(content.display.output, staged ?? "", rendered.text, io));
      problems.push(`${content.display.output} ${staged === null ? "missing" : "out of date"}`);
      const regenerate = `${command} readme && git add ${content.display.output}`;
      fixes.splice(0, fixes.length, ...fixes.filter((fix) => !fix.endsWith(regenerate)), regenerate);
    }
  }
  if (problems.length === 0)
    return exitCodes.ok;
  io.stderr.write(`devguide: commit refused (staged content checked): ${problems.join(", ")}
`);
  for (const fix of [...new Set(fixes)])
    io.stderr.write(`devguide: fix: ${fix}
`);
  io.stderr.write("devguide: to commit anyway: git commit --no-verify\n");
  return exitCodes.findings;
}
function toPosix(path) {
  return path.split(sep).join(posix.sep);
}
function quote(paths) {
  return paths.map((path) => /^[\w./@+-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`).join(" ");
}

export {
  hookCommand
};
