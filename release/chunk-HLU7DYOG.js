import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatEditResults,
  unifiedDiff
} from "./chunk-RVTQ7CDU.js";
import {
  checkoutTree,
  hookCacheDir,
  materialise,
  readStagedIndex,
  runGit,
  snapshotIndex,
  treeAt
} from "./chunk-TQIE2WNM.js";
import {
  version
} from "./chunk-Q7OSMEB7.js";
import {
  SharedCaches,
  baselineOf,
  configFileName,
  isFixable,
  lint,
  matchBaseline,
  reporters,
  require_picomatch,
  tuneLintRuntime
} from "./chunk-7KPXATJA.js";
import {
  allRules
} from "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-KK36NZVP.js";
import {
  renderReadme,
  settleStaged,
  stagingDirName
} from "./chunk-D7WFT64B.js";
import {
  __toESM
} from "./chunk-X4N2JY57.js";

// dist/commands/hook.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, posix, relative, resolve, sep } from "node:path";
var hooks = ["pre-commit"];
var alwaysIgnored = ["**/node_modules/**", "**/.git/**", "**/.devguide-cache/**"];
var isMarkdown = (path) => /\.(md|markdown)$/i.test(path);
async function hookCommand(io, values) {
  if (values.hook === void 0 || !hooks.includes(values.hook)) {
    throw new UsageError(`Unexpected ${values.hook === void 0 ? "missing hook name" : `hook \`${values.hook}\``}, expected \`pre-commit\``, "run `devguide hook pre-commit` from the git hook");
  }
  tuneLintRuntime();
  const index = await (values.staged ?? readStagedIndex(io, io.cwd));
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
  const configFile = hasConfig ? join(snapshot.dir, configFileName) : null;
  const caches = new SharedCaches();
  const loaded = caches.lintConfig(configFile, configFileName, snapshot.dir, allRules);
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
    const working = join(index.top, contentRel);
    await settleStaged(working, "refuse", relative(io.cwd, join(working, stagingDirName)));
  }
  const inContent = (path) => contentRel !== null && path.startsWith(`${contentRel}/`);
  const configChanged = index.changed.includes(configFileName);
  const contentChanged = index.changed.some(inContent);
  const deletes = async () => await runGit(io, index.top, ["diff", "--cached", "--name-only", "--diff-filter=D", "-z"]) !== "";
  const given = (values.paths ?? []).map((path) => toPosix(relative(index.top, resolve(io.cwd, path))));
  const relevant = given.length > 0 || configChanged || contentChanged || index.changed.some(linted) || await deletes();
  if (!relevant)
    return exitCodes.ok;
  const targets = new Set([...given, ...configChanged ? [...index.entries.keys()] : index.changed].filter(linted));
  const contentFiles = contentRel === null ? [] : [...index.entries.keys()].filter(inContent);
  const extra = config.treeListing !== void 0 ? [toPosix(relative(snapshot.dir, resolve(snapshot.dir, config.treeListing)))] : [];
  await materialise(io, index, snapshot, [...targets, ...contentFiles, ...extra]);
  const hasContent = contentRel !== null && existsSync(join(snapshot.dir, contentRel, "devguide.yaml"));
  const content = hasContent && (contentChanged || configChanged) ? await caches.content(join(snapshot.dir, contentRel), snapshot.dir) : null;
  const generated = new Set(content ? [content.display.output, content.display.upstream].map(toPosix) : []);
  if (content && (contentChanged || configChanged) && linted(toPosix(content.display.output)))
    targets.add(toPosix(content.display.output));
  let listing = snapshot.listing;
  if (extra[0] !== void 0 && existsSync(join(snapshot.dir, extra[0]))) {
    listing = `${snapshot.listing}.all`;
    await writeFile(listing, await readFile(snapshot.listing, "utf8") + await readFile(join(snapshot.dir, extra[0]), "utf8"));
  }
  const cache = { location: join(hookCacheDir(io, index.gitDir), "lint.v8"), caches };
  const problems = [];
  const fixes = [];
  let store;
  if (targets.size > 0) {
    const run = await lint({
      rules: allRules,
      cwd: snapshot.dir,
      paths: [...targets],
      config: configFile,
      fix: false,
      cache: cache.location,
      caches: cache.caches,
      // Staged files the configuration does not cover were filtered out above: none left is fine here.
      allowEmpty: true,
      treeListing: listing,
      // The snapshot is no clone: pinned links are looked up in the repository being committed to.
      gitDir: join(index.top, ".git"),
      version: version()
    });
    for (const warning of run.stats.warnings)
      io.stderr.write(`devguide: warning: ${warning}
`);
    store = (hash, parse) => run.derived("upstream-guide", hash, parse);
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
        if (isFixable(message))
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
  const render = content && contentChanged ? attempt(() => renderReadme(content.loaded, content.lock, content.upstreamText, content.display.upstream, store)) : null;
  const broken = await linksBrokenElsewhere(
    io,
    index,
    snapshot,
    configFile,
    listing,
    cache,
    targets,
    linted,
    // What decides how HEAD's tree is linted changed: HEAD's is written out and linted whole.
    configChanged || contentChanged || config.treeListing !== void 0
  );
  if (broken.length > 0) {
    for (const line of broken)
      io.stdout.write(`${line}
`);
    problems.push(`${broken.length} link(s) in other files broken by this change`);
    fixes.push("repoint the links above (or keep the file or heading they name), then git add the files");
  }
  if (content && render) {
    if (!render.ok)
      throw render.error;
    const rendered = render.value;
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
var linkRules = /* @__PURE__ */ new Set(["no-missing-file", "no-missing-anchor"]);
async function linksBrokenElsewhere(io, index, snapshot, configFile, listing, cache, targets, linted, wholeHead) {
  if (!index.hasHead)
    return [];
  const { changes } = index;
  if (!changes.some((change) => change.status === "D" || change.status === "R" || isMarkdown(change.path)))
    return [];
  await materialise(io, index, snapshot, [...index.entries.keys()].filter(linted));
  const common = { rules: allRules, fix: false, allowEmpty: true, cache: cache.location, version: version() };
  const moves = new Map(changes.flatMap((change) => change.status === "R" ? [[change.from, change.path]] : []));
  const staged = await lint({
    ...common,
    caches: cache.caches,
    cwd: snapshot.dir,
    config: configFile,
    treeListing: listing,
    gitDir: join(index.top, ".git"),
    trackReads: true
  });
  let fresh;
  if (!wholeHead && !changes.some((change) => change.from === configFileName || change.path === configFileName)) {
    const prefix = toPosix(relative(snapshot.dir, staged.root));
    const head = await treeAt(io, index.top, "HEAD", prefix, "index", moves);
    fresh = (await staged.sinceBase({ ...head, listing: false })).fresh;
  } else {
    const head = await checkoutTree(io, index.top, "HEAD");
    try {
      const before = await lint({
        ...common,
        cwd: head.dir,
        config: existsSync(join(head.dir, configFileName)) ? join(head.dir, configFileName) : null,
        gitDir: join(index.top, ".git")
      });
      const { states } = matchBaseline(staged.files, baselineOf(before.files), moves);
      fresh = new Set([...states].flatMap(([message, state]) => state === "new" ? [message] : []));
    } finally {
      await head.remove();
    }
  }
  await staged.saveCache();
  const lines = [];
  for (const file of staged.files) {
    const path = toPosix(relative(snapshot.dir, file.path));
    if (targets.has(path))
      continue;
    for (const message of file.messages) {
      if (!fresh.has(message) || !message.ruleId || !linkRules.has(message.ruleId))
        continue;
      lines.push(`${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason} (${message.ruleId})`);
    }
  }
  return lines;
}
function attempt(run) {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
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
