import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultCacheLocation,
  newSinceBase
} from "./chunk-TQIE2WNM.js";
import {
  statusLine
} from "./chunk-M43RMBHS.js";
import {
  baselineRequest,
  baselineSummary,
  checkReportOptions,
  parseMaxWarnings,
  problemCounts,
  reportContext,
  reportExit,
  writeReport
} from "./chunk-VZRJ7ZED.js";
import {
  version
} from "./chunk-Q7OSMEB7.js";
import {
  applyBaseline,
  applyEdits,
  identityFormats,
  lint,
  maxShards,
  parseShard,
  planBaseline,
  planFixPatches,
  shardReportPieces,
  tuneLintRuntime
} from "./chunk-7KPXATJA.js";
import {
  allRules
} from "./chunk-X2SBQCSZ.js";
import "./chunk-IFBKYDCQ.js";
import {
  expectPath
} from "./chunk-HNCZ2Z5C.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  colourEnabled,
  exitCodes
} from "./chunk-KK36NZVP.js";
import {
  writeAtomically
} from "./chunk-D7WFT64B.js";
import "./chunk-X4N2JY57.js";

// dist/commands/lint.js
import { mkdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
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
    // Baselines, PR mode and the JSON and SARIF reports read identities; nothing else does.
    identities: baselineAsked !== null || identityFormats.has(values.format),
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
    io.stderr.write(`devguide: shard ${run.stats.shard.index}/${run.stats.shard.count}: ${run.stats.files} file(s) of its own, ${run.stats.shard.context} of other shards read for their facts, ${run.stats.shard.passes} pass(es) of the project rules
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
    const dir = resolve(io.cwd, values.patchDir);
    const patches = planFixPatches(run.files, {
      cwd: io.cwd,
      ...context,
      ...maxPerPatch !== void 0 ? { maxPerPatch } : {}
    });
    mkdirSync(dir, { recursive: true });
    await writeAtomically(patches.flatMap((patch) => [
      { path: join(dir, `${patch.name}.patch`), content: patch.patch },
      { path: join(dir, `${patch.name}.md`), content: patch.body }
    ]));
    const fixes = patches.reduce((sum, patch) => sum + patch.fixes.length, 0);
    io.stderr.write(`devguide: ${fixes} fix(es) in ${patches.length} patch(es) under ${values.patchDir}
`);
  }
  const shardHeader = run.stats.shard && values.format === "json" ? {
    index: run.stats.shard.index,
    count: run.stats.shard.count,
    plan: run.stats.shard.digest,
    files: run.stats.files,
    root: relative(io.cwd, run.root).split(sep).join("/") || ".",
    repository: run.repository,
    defaultBranch: run.defaultBranch,
    version: version()
  } : null;
  await writeReport(io, { format: values.format, output: values.output, files: run.files, options: reportOptions }, shardHeader ? () => shardReportPieces(run.files, reportOptions, shardHeader) : void 0);
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
  return writes.map((write) => relative(run.root, write.path).split(sep).join("/"));
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
  lintCommand
};
