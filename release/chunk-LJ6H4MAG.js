import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatEditResults,
  unifiedDiff
} from "./chunk-RVTQ7CDU.js";
import {
  statusLine
} from "./chunk-M43RMBHS.js";
import {
  Agent,
  GitHubClient,
  checkUpstream,
  openGitHubSource
} from "./chunk-RB7S2H3Z.js";
import "./chunk-B4IP4LRT.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  exitCodes
} from "./chunk-KK36NZVP.js";
import {
  applySyncPlan,
  gitBlobSha,
  lockView,
  openSource,
  planRegenerate,
  planSync,
  readSyncState
} from "./chunk-D7WFT64B.js";
import "./chunk-X4N2JY57.js";

// dist/commands/sync.js
import { resolve as resolve2 } from "node:path";

// dist/sync/report.js
function reportPlan(io, state, plan, fix) {
  const out = (line) => io.stdout.write(`${line}
`);
  const { config } = state.loaded;
  const upstream = state.display.upstream;
  if (plan.kind === "full") {
    const commit = plan.lock.upstream.commit;
    out(`upstream: ${config.upstream.repository} ${config.upstream.readme} from ${plan.sourceLabel}${commit ? ` (commit ${commit})` : ""}`);
    if (plan.commitMoved)
      out(`moved: ${plan.previousCommit} -> ${commit ?? "(unknown commit)"}`);
  }
  for (const change of plan.entryChanges)
    out(describeChange(change, upstream));
  for (const path of plan.missing)
    out(`missing upstream: ${path} (linked from the guide, absent at this commit)`);
  for (const move of plan.moves)
    out(`target moved: ${move.from} -> ${move.to} (${move.similarity === 100 ? "same content" : `${move.similarity}% similar`})`);
  for (const hit of plan.movedLinks) {
    const start = hit.link.position?.start;
    const fixed = hit.fixed ? `fix: \`${hit.fixed}\`${fix ? " (written as a downstream edit)" : " (run with --fix to write it as a downstream edit)"}` : "no automatic fix";
    out(`${start ? `${upstream}:${start.line}:${start.column}` : upstream}: link \`${hit.link.destination}\` points at a moved target; ${fixed}`);
  }
  for (const path of plan.deleted)
    out(`target deleted upstream: ${path} (linked from the guide)`);
  const edits = formatEditResults(plan.editResults, upstream);
  for (const line of edits.lines)
    io.stderr.write(`${line}
`);
  return edits.problems;
}
function reportDryRun(io, plan, stats) {
  for (const write of plan.writes)
    io.stdout.write(unifiedDiff(write.display, write.current ?? "", write.content, io));
  io.stdout.write(`dry run: would write ${written(plan)}; nothing written${stats}
`);
}
function written(plan) {
  const names = plan.writes.map((write) => write.display);
  return `${names.length} file(s)${names.length ? `: ${names.join(", ")}` : ""}`;
}
function describeChange(change, upstreamDisplay) {
  const where = change.sections.length ? ` in ${change.sections.join(" > ")}` : "";
  const at = change.after?.position ?? change.before?.position;
  const position = at && change.kind !== "removed" ? ` (${upstreamDisplay}:${at.start.line}:${at.start.column})` : "";
  const fields = change.fields ? ` (${change.fields.join(", ")})` : "";
  return `${change.kind}: entry \`${change.key}\`${where}${fields}${position}`;
}

// dist/sync/upstream.js
import { resolve } from "node:path";

// dist/sync/progress.js
function progressLine(io, counts) {
  const line = statusLine(io);
  if (!line)
    return { bytes() {
    }, done() {
    } };
  return {
    bytes() {
      const { blobs, bytes } = counts();
      line.show(`\x1B[Ksync: ${blobs} file(s), ${formatBytes(bytes)}`);
    },
    done: () => line.done()
  };
}
function formatBytes(bytes) {
  if (bytes < 1024)
    return `${bytes} B`;
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// dist/sync/upstream.js
function connectGitHub(io, apiUrl, services) {
  const agent = services.dispatcher ? null : new Agent();
  let client = null;
  const progress = progressLine(io, () => client?.counts ?? { blobs: 0, bytes: 0 });
  client = new GitHubClient({
    apiUrl: apiUrl ?? (io.env["GITHUB_API_URL"] || void 0),
    token: io.env["GITHUB_TOKEN"],
    dispatcher: services.dispatcher ?? agent,
    ...services.clock ? { clock: services.clock } : {},
    ...services.backoff ? { backoff: services.backoff } : {},
    ...services.maxRateLimitWait !== void 0 ? { maxRateLimitWait: services.maxRateLimitWait } : {},
    onBytes: (count) => progress.bytes(count)
  });
  const connected = client;
  return {
    client,
    progress,
    summary() {
      const { requests, blobs, bytes } = connected.counts;
      return `${requests} request(s), ${blobs} blob(s) downloaded, ${formatBytes(bytes)} received`;
    },
    async close() {
      progress.done();
      await agent?.close();
    }
  };
}
async function openUpstream(io, state, options, github) {
  if (!github) {
    const source = await openSource(resolve(io.cwd, options.from), {
      ...options.rev ? { rev: options.rev } : {},
      commit: options.commit ?? null,
      env: io.env
    });
    return { unchanged: false, source };
  }
  const { config } = state.loaded;
  const copy = state.upstreamBytes;
  const copySha = copy ? gitBlobSha(copy) : null;
  const opened = await openGitHubSource(github.client, {
    repository: config.upstream.repository,
    ref: options.ref,
    // The local copy is only trusted when it is exactly what the lock describes.
    knownCommit: !options.locked && state.copyIntact ? state.lock?.upstream.commit ?? null : null,
    localBlob: (sha) => sha === copySha ? copy : null
  });
  return opened.unchanged ? opened : { unchanged: false, source: opened.source };
}
async function checkGitHub(io, state, github, ref) {
  const out = (line) => io.stdout.write(`${line}
`);
  const { config } = state.loaded;
  const lock = state.lock;
  if (!lock?.upstream.commit || !state.copyIntact) {
    out(`check: ${state.display.lock} does not pin ${state.display.upstream} at a commit of ${config.upstream.repository}; run \`pnpm sync:upstream\` to write them`);
    return exitCodes.findings;
  }
  const view = lockView(lock);
  const result = await checkUpstream(github.client, {
    repository: config.upstream.repository,
    commit: lock.upstream.commit,
    guide: { path: config.upstream.readme, sha: lock.guide.sha },
    files: view.files,
    missing: view.missing
  }, ref);
  github.progress.done();
  if (!result.moved) {
    out(`upstream: ${config.upstream.repository} ${ref} is still at ${result.commit}: nothing to sync (${github.summary()})`);
    return exitCodes.ok;
  }
  out(`moved: ${lock.upstream.commit} -> ${result.commit}`);
  for (const rename of result.renames)
    out(`target moved: ${rename.from} -> ${rename.to} (renamed upstream)`);
  for (const path of result.touched)
    out(`changed upstream: ${path}`);
  if (result.touched.length === 0) {
    out(`check: upstream moved, but nothing the guide reads or links changed (by the ${result.via}); ${github.summary()}`);
    return exitCodes.ok;
  }
  out(`check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it; ${github.summary()}`);
  return exitCodes.findings;
}

// dist/sync/values.js
function validateSync(values) {
  if (values.commit !== void 0 && !/^[0-9a-f]{40}$/.test(values.commit)) {
    throw new UsageError(`Unexpected \`--commit ${values.commit}\`, expected a 40-digit hex commit id`);
  }
  const conflicts = [
    [Boolean(values.from && values.apiUrl), "--api-url", "--from"],
    [Boolean(values.from && values.ref), "--ref", "--from (use --rev with a git repository)"],
    [Boolean(!values.from && values.rev), "--rev", "the GitHub API (use --ref)"],
    [Boolean(!values.from && values.commit), "--commit", "the GitHub API"],
    [Boolean(values.locked && (values.ref || values.rev)), "--locked", values.ref ? "--ref" : "--rev"],
    [values.check && values.fix, "--check", "--fix"],
    [values.check && values.dryRun, "--check", "--dry-run"]
  ];
  for (const [conflict, option, other] of conflicts) {
    if (conflict)
      throw new UsageError(`Unexpected \`${option}\` with ${other}, expected one or the other`, "see `devguide sync --help`");
  }
}
function lockedUpstream(values, state) {
  if (!values.locked)
    return null;
  const commit = state.lock?.upstream.commit;
  if (!commit)
    throw new UsageError(`Unexpected \`--locked\` without a locked commit in ${state.display.lock}`, "run `devguide sync` without `--locked` first");
  return { commit, ref: state.lock.upstream.ref };
}

// dist/commands/sync.js
async function syncCommand(io, values, services = {}) {
  validateSync(values);
  const out = (line) => io.stdout.write(`${line}
`);
  const state = await readSyncState(resolve2(io.cwd, values.content), io.cwd, !values.dryRun && !values.check);
  if (state.recovered === "completed")
    out("recovered: finished the writes of an interrupted sync");
  const { config } = state.loaded;
  const locked = lockedUpstream(values, state);
  const ref = locked?.commit ?? values.ref ?? config.upstream.ref;
  const github = values.from ? null : connectGitHub(io, values.apiUrl, services);
  try {
    if (github && values.check)
      return await checkGitHub(io, state, github, ref);
    const opened = await openUpstream(io, state, { ...values, ref, rev: locked?.commit ?? values.rev }, github);
    const plan = opened.unchanged ? await planRegenerate(state) : await planSync(state, opened.source, {
      ref: locked?.ref ?? values.ref ?? values.rev ?? config.upstream.ref,
      fix: values.fix
    });
    github?.progress.done();
    if (opened.unchanged)
      out(`upstream: ${config.upstream.repository} ${ref} is still at ${opened.commit}: nothing to sync (${github.summary()})`);
    const problems = reportPlan(io, state, plan, values.fix);
    const stats = github && !opened.unchanged ? `; ${github.summary()}` : "";
    if (values.check) {
      const behind = plan.commitMoved || state.lock === null || plan.writes.some((w) => w.path === state.paths.lock);
      out(behind ? `check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it${stats}` : `check: the lock is current${stats}`);
      return behind ? exitCodes.findings : exitCodes.ok;
    }
    if (values.dryRun)
      reportDryRun(io, plan, stats);
    else {
      await applySyncPlan(plan, { onStep: stopAt(io.env["DEVGUIDE_TEST_STOP_AT"]) });
      if (opened.unchanged)
        out(`wrote ${written(plan)}`);
      else
        out(`${plan.lock.files.length} linked upstream path(s) locked, ${plan.lock.missing.length} missing; wrote ${written(plan)}`);
      if (github && !opened.unchanged)
        out(`github: ${github.summary()}`);
    }
    return problems > 0 ? exitCodes.findings : exitCodes.ok;
  } finally {
    await github?.close();
  }
}
function stopAt(step) {
  return step ? (at) => void (at === step && process.kill(process.pid, "SIGKILL")) : void 0;
}
export {
  syncCommand
};
