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
  serializeLock,
  type Lock,
  type PendingWrite,
} from '@devguide/content';
import { GitHubClient, openGitHubSource, type Clock } from '@devguide/github';
import { diffEntries, parseGuide, type EntryChange } from '@devguide/markdown';
import { detectMoves, gitBlobSha, openSource, snapshotGuide, type UpstreamSource } from '@devguide/upstream';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Agent, type Dispatcher } from 'undici';
import { unifiedDiff } from '../diff.js';
import { exitCodes, type CliIo } from '../io.js';
import { formatEditResults } from '../report-edits.js';
import { linkFixes, movedLinks } from '../sync/link-moves.js';
import { formatBytes, progressLine } from '../sync/progress.js';
import { UsageError } from '../usage-error.js';

export interface SyncValues {
  content: string;
  from?: string;
  rev?: string;
  commit?: string;
  ref?: string;
  apiUrl?: string;
  dryRun: boolean;
  check: boolean;
  locked: boolean;
  fix: boolean;
}

/** What the GitHub client runs on; tests pass their own. */
export interface SyncServices {
  dispatcher?: Dispatcher;
  clock?: Clock;
  backoff?: readonly number[];
  maxRateLimitWait?: number;
}

export async function syncCommand(io: CliIo, values: SyncValues, services: SyncServices = {}): Promise<number> {
  validate(values);
  const dir = resolve(io.cwd, values.content);
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const writing = !values.dryRun && !values.check;
  if (writing) {
    const recovered = await recoverStaged(dir);
    if (recovered === 'completed') out('recovered: finished the writes of an interrupted sync');
  }
  const loaded = await loadConfig(dir, io.cwd);
  const { config } = loaded;
  const { paths, display } = contentPaths(dir, config, io.cwd);
  const previousLock = existsSync(paths.lock)
    ? parseLock(
        await readTextFile(paths.lock, display.lock, 'the devguide lock (JSON)', 'restore it from git'),
        display.lock,
      )
    : null;
  const previousBytes = existsSync(paths.upstream) ? await readFile(paths.upstream) : null;
  const previousUpstream = previousBytes?.toString('utf8') ?? null;
  if (values.locked && !previousLock?.upstream.commit) {
    throw new UsageError(
      `Unexpected \`--locked\` without a locked commit in ${display.lock}`,
      'run `devguide sync` without `--locked` first',
    );
  }
  const lockedCommit = previousLock?.upstream.commit ?? null;

  let source: UpstreamSource;
  let client: GitHubClient | null = null;
  let agent: Agent | null = null;
  const progress = progressLine(io, () => client?.counts ?? { blobs: 0, bytes: 0 });
  try {
    if (values.from) {
      const rev = values.locked ? lockedCommit! : values.rev;
      source = await openSource(resolve(io.cwd, values.from), {
        ...(rev ? { rev } : {}),
        commit: values.commit ?? null,
      });
    } else {
      const dispatcher = services.dispatcher ?? (agent = new Agent());
      client = new GitHubClient({
        apiUrl: values.apiUrl ?? (io.env['GITHUB_API_URL'] || undefined),
        token: io.env['GITHUB_TOKEN'],
        dispatcher,
        ...(services.clock ? { clock: services.clock } : {}),
        ...(services.backoff ? { backoff: services.backoff } : {}),
        ...(services.maxRateLimitWait !== undefined ? { maxRateLimitWait: services.maxRateLimitWait } : {}),
        onBytes: (count) => progress.bytes(count),
      });
      const ref = values.locked ? lockedCommit! : (values.ref ?? config.upstream.ref);
      // The local copy is only trusted when it is exactly what the lock describes.
      const copyIntact =
        previousBytes !== null && previousLock !== null && gitBlobSha(previousBytes) === previousLock.guide.sha;
      const sameUpstream =
        previousLock?.upstream.repository === config.upstream.repository &&
        previousLock.upstream.readme === config.upstream.readme;
      const opened = await openGitHubSource(client, {
        repository: config.upstream.repository,
        ref,
        knownCommit: !values.locked && copyIntact && sameUpstream ? lockedCommit : null,
        localBlob: (sha) => (previousBytes && gitBlobSha(previousBytes) === sha ? previousBytes : null),
      });
      if (opened.unchanged) {
        progress.done();
        out(
          `upstream: ${config.upstream.repository} ${ref} is still at ${opened.commit}: nothing to sync (${requestSummary(client)})`,
        );
        if (values.check) return exitCodes.ok;
        return await regenerateOnly(io, values, loaded, previousLock!, previousUpstream!, paths, display);
      }
      source = opened.source;
    }

    const resolveContext = resolveContextOf(config);
    const snapshotWith = (edits: typeof loaded.edits) =>
      snapshotGuide(source, {
        guidePath: config.upstream.readme,
        resolve: resolveContext,
        edits,
        ...(previousLock ? { previous: previousLock.files } : {}),
      });
    let snapshot = await snapshotWith(loaded.edits);
    const movedReport = previousLock
      ? await detectMoves(source, previousLock.files, snapshot.missing)
      : { moves: [], deleted: [] };
    const moved = movedLinks(snapshot.model, movedReport.moves);
    let readmeLoaded = loaded;
    let fixedConfig: string | null = null;
    if (values.fix) {
      const rewrites = new Map(moved.filter((hit) => hit.fixed).map((hit) => [hit.link.destination, hit.fixed!]));
      const configText = await readFile(paths.config, 'utf8');
      const fixedText = applyLinkFixes(configText, linkFixes(snapshot.model, moved), rewrites);
      if (fixedText !== configText) {
        fixedConfig = fixedText;
        readmeLoaded = parseConfig(fixedText, display.config);
        // The new edits link new places: the lock must describe those.
        snapshot = await snapshotWith(readmeLoaded.edits);
      }
    }
    progress.done();

    const lock: Lock = {
      lockfileVersion: 1,
      upstream: {
        repository: config.upstream.repository,
        ref: values.locked
          ? (previousLock?.upstream.ref ?? config.upstream.ref)
          : (values.ref ?? values.rev ?? config.upstream.ref),
        commit: snapshot.commit,
        readme: config.upstream.readme,
      },
      guide: { sha: snapshot.guide.sha, size: snapshot.guide.size },
      files: snapshot.files.map((file) => ({
        path: file.path,
        type: file.type,
        sha: file.sha,
        size: file.size,
        ...(file.anchors ? { anchors: file.anchors } : {}),
      })),
      missing: snapshot.missing,
    };
    const editResults = snapshot.editResults;
    const planned: Array<PendingWrite & { display: string }> = [
      { path: paths.upstream, display: display.upstream, content: snapshot.guide.text },
    ];
    if (fixedConfig !== null) planned.push({ path: paths.config, display: display.config, content: fixedConfig });
    // The snapshot parsed the guide and applied these same edits: render that, not a second parse.
    planned.push({
      path: paths.output,
      display: display.output,
      content: renderEditedReadme(readmeLoaded.config, lock, snapshot.edited),
    });
    // Last, so that it never names content that is not yet in place.
    planned.push({ path: paths.lock, display: display.lock, content: serializeLock(lock) });
    const writes: typeof planned = [];
    for (const write of planned) {
      const current = existsSync(write.path) ? await readFile(write.path, 'utf8') : null;
      if (current !== write.content) writes.push(write);
    }

    out(
      `upstream: ${config.upstream.repository} ${config.upstream.readme} from ${source.label}${snapshot.commit ? ` (commit ${snapshot.commit})` : ''}`,
    );
    const commitMoved = Boolean(previousLock?.upstream.commit && previousLock.upstream.commit !== snapshot.commit);
    if (commitMoved) out(`moved: ${previousLock!.upstream.commit} -> ${snapshot.commit ?? '(unknown commit)'}`);
    if (previousUpstream !== null) {
      const before = safeParse(previousUpstream, config.upstream.readme, display.upstream, resolveContext);
      if (before)
        for (const change of diffEntries(before, snapshot.model)) out(describeChange(change, display.upstream));
    }
    for (const path of snapshot.missing)
      out(`missing upstream: ${path} (linked from the guide, absent at this commit)`);
    for (const move of movedReport.moves) {
      const how = move.similarity === 100 ? 'same content' : `${move.similarity}% similar`;
      out(`target moved: ${move.from} -> ${move.to} (${how})`);
    }
    for (const hit of moved) {
      const at = hit.link.position
        ? `${display.upstream}:${hit.link.position.start.line}:${hit.link.position.start.column}`
        : display.upstream;
      out(
        `${at}: link \`${hit.link.destination}\` points at a moved target; ${hit.fixed ? `fix: \`${hit.fixed}\`${values.fix ? ' (written as a downstream edit)' : ' (run with --fix to write it as a downstream edit)'}` : 'no automatic fix'}`,
      );
    }
    for (const path of movedReport.deleted) out(`target deleted upstream: ${path} (linked from the guide)`);
    const edits = formatEditResults(editResults, display.upstream);
    for (const line of edits.lines) io.stderr.write(`${line}\n`);
    const stats = client ? `; ${requestSummary(client)}` : '';

    if (values.check) {
      const behind = commitMoved || previousLock === null || writes.some((write) => write.path === paths.lock);
      out(
        behind
          ? `check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it${stats}`
          : `check: the lock is current${stats}`,
      );
      return behind ? exitCodes.findings : exitCodes.ok;
    }
    if (values.dryRun) {
      for (const write of writes) {
        const current = existsSync(write.path) ? await readFile(write.path, 'utf8') : '';
        io.stdout.write(unifiedDiff(write.display, current, write.content, io));
      }
      out(
        `dry run: would write ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(', ')}` : ''}; nothing written${stats}`,
      );
      return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
    }
    await commitStaged(dir, writes);
    out(
      `${snapshot.files.length} linked upstream path(s) locked, ${snapshot.missing.length} missing; wrote ${writes.length} file(s)${writes.length ? `: ${writes.map((write) => write.display).join(', ')}` : ''}`,
    );
    if (client) out(`github: ${requestSummary(client)}`);
    return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
  } finally {
    progress.done();
    await agent?.close();
  }
}

/** Upstream has not moved: only the README can be stale (the edits may have changed). */
async function regenerateOnly(
  io: CliIo,
  values: SyncValues,
  loaded: Awaited<ReturnType<typeof loadConfig>>,
  lock: Lock,
  upstreamText: string,
  paths: ReturnType<typeof contentPaths>['paths'],
  display: ReturnType<typeof contentPaths>['display'],
): Promise<number> {
  const readme = renderReadme(loaded, lock, upstreamText, display.upstream);
  const edits = formatEditResults(readme.editResults, display.upstream);
  for (const line of edits.lines) io.stderr.write(`${line}\n`);
  const current = existsSync(paths.output) ? await readFile(paths.output, 'utf8') : null;
  const writes = current === readme.text ? [] : [{ path: paths.output, display: display.output, content: readme.text }];
  if (values.dryRun) {
    for (const write of writes) io.stdout.write(unifiedDiff(write.display, current ?? '', write.content, io));
    io.stdout.write(
      `dry run: would write ${writes.length} file(s)${writes.length ? `: ${display.output}` : ''}; nothing written\n`,
    );
  } else {
    await commitStaged(resolve(io.cwd, values.content), writes);
    io.stdout.write(`wrote ${writes.length} file(s)${writes.length ? `: ${display.output}` : ''}\n`);
  }
  return edits.problems > 0 ? exitCodes.findings : exitCodes.ok;
}

function validate(values: SyncValues): void {
  if (values.commit !== undefined && !/^[0-9a-f]{40}$/.test(values.commit)) {
    throw new UsageError(`Unexpected \`--commit ${values.commit}\`, expected a 40-digit hex commit id`);
  }
  const conflicts: Array<[boolean, string, string]> = [
    [Boolean(values.from && values.apiUrl), '--api-url', '--from'],
    [Boolean(values.from && values.ref), '--ref', '--from (use --rev with a git repository)'],
    [Boolean(!values.from && values.rev), '--rev', 'the GitHub API (use --ref)'],
    [Boolean(!values.from && values.commit), '--commit', 'the GitHub API'],
    [Boolean(values.locked && (values.ref || values.rev)), '--locked', values.ref ? '--ref' : '--rev'],
    [values.check && values.fix, '--check', '--fix'],
    [values.check && values.dryRun, '--check', '--dry-run'],
  ];
  for (const [conflict, option, other] of conflicts) {
    if (conflict)
      throw new UsageError(
        `Unexpected \`${option}\` with ${other}, expected one or the other`,
        'see `devguide sync --help`',
      );
  }
}

function requestSummary(client: GitHubClient): string {
  const { requests, blobs, bytes } = client.counts;
  return `${requests} request(s), ${blobs} blob(s) downloaded, ${formatBytes(bytes)} received`;
}

function safeParse(text: string, path: string, file: string, resolveContext: ReturnType<typeof resolveContextOf>) {
  try {
    return parseGuide(text, { path, file, resolve: resolveContext, form: 'upstream' });
  } catch {
    return null;
  }
}

function describeChange(change: EntryChange, upstreamDisplay: string): string {
  const where = change.sections.length ? ` in ${change.sections.join(' > ')}` : '';
  const at = change.after?.position ?? change.before?.position;
  const position = at && change.kind !== 'removed' ? ` (${upstreamDisplay}:${at.start.line}:${at.start.column})` : '';
  const fields = change.fields ? ` (${change.fields.join(', ')})` : '';
  return `${change.kind}: entry \`${change.key}\`${where}${fields}${position}`;
}
