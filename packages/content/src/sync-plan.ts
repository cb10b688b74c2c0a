import { diffEntries, GuideError, parseGuide, type EditResult, type EntryChange } from '@devguide/markdown';
import { detectMoves, gitBlobSha, snapshotGuide, type Move, type UpstreamSource } from '@devguide/upstream';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { PendingWrite } from './atomic-write.js';
import { applyLinkFixes } from './config-link-fixes.js';
import { parseConfig, type LoadedConfig } from './config.js';
import { contentPaths, loadConfig, renderEditedReadme, renderReadme } from './content.js';
import { linkFixes, movedLinks, type MovedLink } from './link-moves.js';
import { parseLock, serializeLock } from './lock.js';
import type { Lock } from './lock-schema.js';
import { lockFromSnapshot } from './lock-view.js';
import { positionAt } from './positions.js';
import { resolveContextOf } from './resolve-context.js';
import { commitStaged, recoverStaged, settleStaged, stagingDirName, type StagedOptions } from './staged-commit.js';
import { readTextFile } from './text-file.js';

/** What sync starts from: the content directory as it is on disk. */
export interface SyncState {
  dir: string;
  loaded: LoadedConfig;
  paths: ReturnType<typeof contentPaths>['paths'];
  display: ReturnType<typeof contentPaths>['display'];
  lock: Lock | null;
  lockText: string | null;
  upstreamBytes: Buffer | null;
  /** The local upstream copy is exactly what the lock describes (and for the configured upstream). */
  copyIntact: boolean;
  /** `completed` or `discarded` when an interrupted sync was settled first. */
  recovered: 'completed' | 'discarded' | null;
}

/**
 * Reads the content directory for sync. A writing sync first finishes (or discards) what an
 * interrupted one left; a sync that must not write (`--check`, `--dry-run`) refuses a half state.
 */
export async function readSyncState(dir: string, cwd: string, writing: boolean): Promise<SyncState> {
  const recovered = writing ? await recoverStaged(dir) : await settleStaged(dir, 'refuse', stagingDisplay(dir, cwd));
  const loaded = await loadConfig(dir, cwd);
  const { config } = loaded;
  const { paths, display } = contentPaths(dir, config, cwd);
  const lockText = existsSync(paths.lock)
    ? await readTextFile(paths.lock, display.lock, 'the devguide lock (JSON)', 'restore it from git')
    : null;
  const lock = lockText === null ? null : parseLock(lockText, display.lock);
  const upstreamBytes = existsSync(paths.upstream) ? await readFile(paths.upstream) : null;
  const copyIntact =
    upstreamBytes !== null &&
    lock !== null &&
    gitBlobSha(upstreamBytes) === lock.guide.sha &&
    lock.upstream.repository === config.upstream.repository &&
    lock.upstream.readme === config.upstream.readme;
  return { dir, loaded, paths, display, lock, lockText, upstreamBytes, copyIntact, recovered };
}

/** The staging directory as shown to the user. */
export function stagingDisplay(dir: string, cwd: string): string {
  return relative(cwd, join(dir, stagingDirName));
}

/** One file sync would write, with what it replaces. */
export interface PlannedWrite extends PendingWrite {
  display: string;
  current: string | null;
}

/** What a sync would do, decided before anything is written. */
export interface SyncPlan {
  dir: string;
  /** `regenerate`: upstream has not moved, only the README is rendered again. */
  kind: 'full' | 'regenerate';
  lock: Lock;
  previousCommit: string | null;
  commitMoved: boolean;
  /** Where the upstream was read from, for the report. */
  sourceLabel: string | null;
  entryChanges: EntryChange[];
  missing: string[];
  moves: Move[];
  movedLinks: MovedLink[];
  deleted: string[];
  editResults: EditResult[];
  /** Only the files whose content changes, lock last. */
  writes: PlannedWrite[];
}

export interface PlanSyncOptions {
  /** The ref recorded in the lock. */
  ref: string;
  /** Writes the fixes of moved link targets as downstream edits. */
  fix: boolean;
}

/** Reads the upstream guide and its linked files from `source` and plans what sync writes. */
export async function planSync(state: SyncState, source: UpstreamSource, options: PlanSyncOptions): Promise<SyncPlan> {
  const { loaded, lock: previous, paths, display } = state;
  const { config } = loaded;
  if (source.commit === null && previous?.upstream.commit) refuseUnpinned(state, previous.upstream.commit);
  const resolve = resolveContextOf(config);
  const snapshotWith = (edits: LoadedConfig['edits']) =>
    snapshotGuide(source, {
      guidePath: config.upstream.readme,
      resolve,
      edits,
      ...(previous ? { previous: previous.files } : {}),
    });
  let snapshot = await snapshotWith(loaded.edits);
  const report = previous ? await detectMoves(source, previous.files, snapshot.missing) : { moves: [], deleted: [] };
  const moved = movedLinks(snapshot.model, report.moves);
  let readmeConfig = loaded;
  let fixedConfig: string | null = null;
  if (options.fix) {
    const rewrites = new Map(moved.filter((hit) => hit.fixed).map((hit) => [hit.link.destination, hit.fixed!]));
    const configText = await readFile(paths.config, 'utf8');
    const fixedText = applyLinkFixes(configText, linkFixes(snapshot.model, moved), rewrites);
    if (fixedText !== configText) {
      fixedConfig = fixedText;
      readmeConfig = parseConfig(fixedText, display.config);
      // The new edits link new places: the lock must describe those.
      snapshot = await snapshotWith(readmeConfig.edits);
    }
  }
  const lock = lockFromSnapshot(snapshot, {
    repository: config.upstream.repository,
    ref: options.ref,
    readme: config.upstream.readme,
  });
  const planned: Array<PendingWrite & { display: string }> = [
    { path: paths.upstream, display: display.upstream, content: snapshot.guide.text },
  ];
  if (fixedConfig !== null) planned.push({ path: paths.config, display: display.config, content: fixedConfig });
  // The snapshot parsed the guide and applied these same edits: render that, not a second parse.
  planned.push({
    path: paths.output,
    display: display.output,
    content: renderEditedReadme(readmeConfig.config, lock, snapshot.edited),
  });
  // Last, so that it never names content that is not yet in place.
  planned.push({ path: paths.lock, display: display.lock, content: serializeLock(lock) });
  const before = state.upstreamBytes ? parsePrevious(state.upstreamBytes.toString('utf8'), state) : null;
  const previousCommit = previous?.upstream.commit ?? null;
  return {
    dir: state.dir,
    kind: 'full',
    lock,
    previousCommit,
    commitMoved: Boolean(previousCommit && previousCommit !== snapshot.commit),
    sourceLabel: source.label,
    entryChanges: before ? diffEntries(before, snapshot.model) : [],
    missing: snapshot.missing,
    moves: report.moves,
    movedLinks: moved,
    deleted: report.deleted,
    editResults: snapshot.editResults,
    writes: await changedOnly(planned),
  };
}

/** Upstream has not moved: only the README can be stale (the edits may have changed). */
export async function planRegenerate(state: SyncState): Promise<SyncPlan> {
  const lock = state.lock!;
  const readme = renderReadme(state.loaded, lock, state.upstreamBytes!.toString('utf8'), state.display.upstream);
  return {
    dir: state.dir,
    kind: 'regenerate',
    lock,
    previousCommit: lock.upstream.commit,
    commitMoved: false,
    sourceLabel: null,
    entryChanges: [],
    missing: [],
    moves: [],
    movedLinks: [],
    deleted: [],
    editResults: readme.editResults,
    writes: await changedOnly([{ path: state.paths.output, display: state.display.output, content: readme.text }]),
  };
}

/** The staged commit of a plan: every write or none; nothing at all when nothing changes. */
export async function applySyncPlan(plan: SyncPlan, options: StagedOptions = {}): Promise<void> {
  await commitStaged(plan.dir, plan.writes, options);
}

async function changedOnly(planned: ReadonlyArray<PendingWrite & { display: string }>): Promise<PlannedWrite[]> {
  const writes: PlannedWrite[] = [];
  for (const write of planned) {
    const current = existsSync(write.path) ? await readFile(write.path, 'utf8') : null;
    if (current !== write.content) writes.push({ ...write, current });
  }
  return writes;
}

function parsePrevious(text: string, state: SyncState) {
  const { config } = state.loaded;
  try {
    return parseGuide(text, {
      path: config.upstream.readme,
      file: state.display.upstream,
      resolve: resolveContextOf(config),
      form: 'upstream',
    });
  } catch {
    return null;
  }
}

/**
 * A directory of files names no commit: writing its sync over a pinned lock would replace the
 * commit with null and lose what the files are. Refused; `--commit` says which commit they are.
 */
function refuseUnpinned(state: SyncState, commit: string): never {
  const text = state.lockText ?? '';
  const at = text.indexOf(`"${commit}"`);
  const { line, column } = positionAt(text, Math.max(at, 0));
  throw new GuideError(
    `Unexpected sync from a directory without a commit over the locked commit \`${commit}\`, expected the commit the files are at`,
    state.display.lock,
    line,
    column,
    'pass `--commit <sha>` (or sync from a git repository with `--rev`)',
  );
}
