import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubClient,
  openGitHubSource,
  require_undici
} from "./chunk-N6X5K7VP.js";
import {
  detectMoves,
  gitBlobSha,
  openSource,
  snapshotGuide
} from "./chunk-Q5K5MSOW.js";
import {
  statusLine
} from "./chunk-M7S2CVM5.js";
import {
  formatEditResults,
  unifiedDiff
} from "./chunk-ATTE6YO2.js";
import {
  UsageError
} from "./chunk-M4GWQ4IN.js";
import {
  exitCodes
} from "./chunk-J4RVS54M.js";
import {
  applyLinkFixes,
  commitStaged,
  contentPaths,
  loadConfig,
  parseConfig,
  parseLock,
  readTextFile,
  recoverStaged,
  renderEditedReadme,
  renderReadme,
  resolveContextOf,
  serializeLock
} from "./chunk-JMZ7Z2ZA.js";
import {
  __toESM,
  diffEntries,
  entryKey,
  guideLinks,
  listEntries,
  parseGuide
} from "./chunk-222P4Q5V.js";

// dist/commands/sync.js
var import_undici = __toESM(require_undici(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// dist/sync/link-moves.js
import { posix } from "node:path";
function movedLinks(guide, moves) {
  const byPath = new Map(moves.map((move) => [move.from, move]));
  const out = [];
  for (const link of guideLinks(guide)) {
    if (link.target.kind !== "repo")
      continue;
    const move = byPath.get(link.target.path);
    if (move)
      out.push({ move, link, fixed: respell(link.destination, move.from, move.to, guide.path) });
  }
  return out;
}
function respell(destination, from, to, documentPath) {
  const cut = destination.search(/[?#]/);
  const path = cut < 0 ? destination : destination.slice(0, cut);
  const tail = cut < 0 ? "" : destination.slice(cut);
  const slash = path.endsWith("/") && !path.endsWith("//") ? "/" : "";
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    const at = path.indexOf(`/${from}`);
    return at < 0 ? null : `${path.slice(0, at)}/${to}${path.slice(at + 1 + from.length)}${tail}`;
  }
  if (path.startsWith("/"))
    return `/${to}${slash}${tail}`;
  const base = posix.dirname(documentPath);
  const relative = posix.relative(base === "." ? "" : base, to) || posix.basename(to);
  return `${relative}${slash}${tail}`;
}
function linkFixes(guide, moved) {
  const entries = listEntries(guide);
  const fixes = [];
  for (const located of entries) {
    located.entry.links.forEach((link, index) => {
      const hit = moved.find((candidate) => candidate.link === link);
      if (!hit?.fixed)
        return;
      const key = entryKey(located.entry);
      const ambiguous = entries.filter((other) => entryKey(other.entry) === key).length > 1;
      const section = located.sections.at(-1);
      fixes.push({
        entry: key,
        ...ambiguous && section ? { section } : {},
        link: index + 1,
        from: link.destination,
        to: hit.fixed
      });
    });
  }
  return fixes;
}

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

// dist/commands/sync.js
async function syncCommand(io, values, services = {}) {
  validate(values);
  const dir = resolve(io.cwd, values.content);
  const out = (line) => io.stdout.write(`${line}
`);
  const writing = !values.dryRun && !values.check;
  if (writing) {
    const recovered = await recoverStaged(dir);
    if (recovered === "completed")
      out("recovered: finished the writes of an interrupted sync");
  }
  const loaded = await loadConfig(dir, io.cwd);
  const { config } = loaded;
  const { paths, display } = contentPaths(dir, config, io.cwd);
  const previousLock = existsSync(paths.lock) ? parseLock(await readTextFile(paths.lock, display.lock, "the devguide lock (JSON)", "restore it from git"), display.lock) : null;
  const previousBytes = existsSync(paths.upstream) ? await readFile(paths.upstream) : null;
  const previousUpstream = previousBytes?.toString("utf8") ?? null;
  if (values.locked && !previousLock?.upstream.commit) {
    throw new UsageError(`Unexpected \`--locked\` without a locked commit in ${display.lock}`, "run `devguide sync` without `--locked` first");
  }
  const lockedCommit = previousLock?.upstream.commit ?? null;
  let source;
  let client = null;
  let agent = null;
  const progress = progressLine(io, () => client?.counts ?? { blobs: 0, bytes: 0 });
  try {
    if (values.from) {
      const rev = values.locked ? lockedCommit : values.rev;
      source = await openSource(resolve(io.cwd, values.from), {
        ...rev ? { rev } : {},
        commit: values.commit ?? null
      });
    } else {
      const dispatcher = services.dispatcher ?? (agent = new import_undici.Agent());
      client = new GitHubClient({
        apiUrl: values.apiUrl ?? (io.env["GITHUB_API_URL"] || void 0),
        token: io.env["GITHUB_TOKEN"],
        dispatcher,
        ...services.clock ? { clock: services.clock } : {},
        ...services.backoff ? { backoff: services.backoff } : {},
        ...services.maxRateLimitWait !== void 0 ? { maxRateLimitWait: services.maxRateLimitWait } : {},
        onBytes: (count) => progress.bytes(count)
      });
      const ref = values.locked ? lockedCommit : values.ref ?? config.upstream.ref;
      const copyIntact = previousBytes !== null && previousLock !== null && gitBlobSha(previousBytes) === previousLock.guide.sha;
      const sameUpstream = previousLock?.upstream.repository === config.upstream.repository && previousLock.upstream.readme === config.upstream.readme;
      const opened = await openGitHubSource(client, {
        repository: config.upstream.repository,
        ref,
        knownCommit: !values.locked && copyIntact && sameUpstream ? lockedCommit : null,
        localBlob: (sha) => previousBytes && gitBlobSha(previousBytes) === sha ? previousBytes : null
      });
      if (opened.unchanged) {
        progress.done();
        out(`upstream: ${config.upstream.repository} ${ref} is still at ${opened.commit}: nothing to sync (${requestSummary(client)})`);
        if (values.check)
          return exitCodes.ok;
        return await regenerateOnly(io, values, loaded, previousLock, previousUpstream, paths, display);
      }
      source = opened.source;
    }
    const resolveContext = resolveContextOf(config);
    const snapshotWith = (edits2) => snapshotGuide(source, {
      guidePath: config.upstream.readme,
      resolve: resolveContext,
      edits: edits2,
      ...previousLock ? { previous: previousLock.files } : {}
    });
    let snapshot = await snapshotWith(loaded.edits);
    const movedReport = previousLock ? await detectMoves(source, previousLock.files, snapshot.missing) : { moves: [], deleted: [] };
    const moved = movedLinks(snapshot.model, movedReport.moves);
    let readmeLoaded = loaded;
    let fixedConfig = null;
    if (values.fix) {
      const rewrites = new Map(moved.filter((hit) => hit.fixed).map((hit) => [hit.link.destination, hit.fixed]));
      const configText = await readFile(paths.config, "utf8");
      const fixedText = applyLinkFixes(configText, linkFixes(snapshot.model, moved), rewrites);
      if (fixedText !== configText) {
        fixedConfig = fixedText;
        readmeLoaded = parseConfig(fixedText, display.config);
        snapshot = await snapshotWith(readmeLoaded.edits);
      }
    }
    progress.done();
    const lock = {
      lockfileVersion: 1,
      upstream: {
        repository: config.upstream.repository,
        ref: values.locked ? previousLock?.upstream.ref ?? config.upstream.ref : values.ref ?? values.rev ?? config.upstream.ref,
        commit: snapshot.commit,
        readme: config.upstream.readme
      },
      guide: { sha: snapshot.guide.sha, size: snapshot.guide.size },
      files: snapshot.files.map((file) => ({
        path: file.path,
        type: file.type,
        sha: file.sha,
        size: file.size,
        ...file.anchors ? { anchors: file.anchors } : {}
      })),
      missing: snapshot.missing
    };
    const editResults = snapshot.editResults;
    const planned = [
      { path: paths.upstream, display: display.upstream, content: snapshot.guide.text }
    ];
    if (fixedConfig !== null)
      planned.push({ path: paths.config, display: display.config, content: fixedConfig });
    planned.push({
      path: paths.output,
      display: display.output,
      content: renderEditedReadme(readmeLoaded.config, lock, snapshot.edited)
    });
    planned.push({ path: paths.lock, display: display.lock, content: serializeLock(lock) });
    const writes = [];
    for (const write of planned) {
      const current = existsSync(write.path) ? await readFile(write.path, "utf8") : null;
      if (current !== write.content)
        writes.push(write);
    }
    out(`upstream: ${config.upstream.repository} ${config.upstream.readme} from ${source.label}${snapshot.commit ? ` (commit ${snapshot.commit})` : ""}`);
    const commitMoved = Boolean(previousLock?.upstream.commit && previousLock.upstream.commit !== snapshot.commit);
    if (commitMoved)
      out(`moved: ${previousLock.upstream.commit} -> ${snapshot.commit ?? "(unknown commit)"}`);
    if (previousUpstream !== null) {
      const before = safeParse(previousUpstream, config.upstream.readme, display.upstream, resolveContext);
      if (before)
        for (const change of diffEntries(before, snapshot.model))
          out(describeChange(change, display.upstream));
    }
    for (const path of snapshot.missing)
      out(`missing upstream: ${path} (linked from the guide, absent at this commit)`);
    for (const move of movedReport.moves) {
      const how = move.similarity === 100 ? "same content" : `${move.similarity}% similar`;
      out(`target moved: ${move.from} -> ${move.to} (${how})`);
    }
    for (const hit of moved) {
      const at = hit.link.position ? `${display.upstream}:${hit.link.position.start.line}:${hit.link.position.start.column}` : display.upstream;
      out(`${at}: link \`${hit.link.destination}\` points at a moved target; ${hit.fixed ? `fix: \`${hit.fixed}\`${values.fix ? " (written as a downstream edit)" : " (run with --fix to write it as a downstream edit)"}` : "no automatic fix"}`);
    }
    for (const path of movedReport.deleted)
      out(`target deleted upstream: ${path} (linked from the guide)`);
    const edits = formatEditResults(editResults, display.upstream);
    for (const line of edits.lines)
      io.stderr.write(`${line}
`);
    const stats = client ? `; ${requestSummary(client)}` : "";
    if (values.check) {
      const behind = commitMoved || previousLock === null || writes.some((write) => write.path === paths.lock);
      out(behind ? `check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it${stats}` : `check: the lock is current${stats}`);
      return behind ? exitCodes.findings : exitCodes.ok;
    }
    if (values.dryRun) {
      for (const write of writes) {
        const current = existsSync(write.path) ? await readFile(write.path, "utf8") : "";
        io.stdout.write(unifiedDiff(write.display, current, write.content, io));
      }
      out(`dry run: would write ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(", ")}` : ""}; nothing written${stats}`);
      return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
    }
    await commitStaged(dir, writes);
    out(`${snapshot.files.length} linked upstream path(s) locked, ${snapshot.missing.length} missing; wrote ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(", ")}` : ""}`);
    if (client)
      out(`github: ${requestSummary(client)}`);
    return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
  } finally {
    progress.done();
    await agent?.close();
  }
}
async function regenerateOnly(io, values, loaded, lock, upstreamText, paths, display) {
  const readme = renderReadme(loaded, lock, upstreamText, display.upstream);
  const edits = formatEditResults(readme.editResults, display.upstream);
  for (const line of edits.lines)
    io.stderr.write(`${line}
`);
  const current = existsSync(paths.output) ? await readFile(paths.output, "utf8") : null;
  const writes = current === readme.text ? [] : [{ path: paths.output, display: display.output, content: readme.text }];
  if (values.dryRun) {
    for (const write of writes)
      io.stdout.write(unifiedDiff(write.display, current ?? "", write.content, io));
    io.stdout.write(`dry run: would write ${writes.length} file(s)${writes.length ? `: ${display.output}` : ""}; nothing written
`);
  } else {
    await commitStaged(resolve(io.cwd, values.content), writes);
    io.stdout.write(`wrote ${writes.length} file(s)${writes.length ? `: ${display.output}` : ""}
`);
  }
  return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
}
function validate(values) {
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
function requestSummary(client) {
  const { requests, blobs, bytes } = client.counts;
  return `${requests} request(s), ${blobs} blob(s) downloaded, ${formatBytes(bytes)} received`;
}
function safeParse(text, path, file, resolveContext) {
  try {
    return parseGuide(text, { path, file, resolve: resolveContext, form: "upstream" });
  } catch {
    return null;
  }
}
function describeChange(change, upstreamDisplay) {
  const where = change.sections.length ? ` in ${change.sections.join(" > ")}` : "";
  const at = change.after?.position ?? change.before?.position;
  const position = at && change.kind !== "removed" ? ` (${upstreamDisplay}:${at.start.line}:${at.start.column})` : "";
  const fields = change.fields ? ` (${change.fields.join(", ")})` : "";
  return `${change.kind}: entry \`${change.key}\`${where}${fields}${position}`;
}
export {
  syncCommand
};
