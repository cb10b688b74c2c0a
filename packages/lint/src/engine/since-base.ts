import { inspectText } from '@devguide/content';
import { posix, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { identityOfMessage, type FindingIdentity } from '../baseline/fingerprint.js';
import { matchesGlobs, symlinkEntry, withoutSymlinks } from './discover.js';
import { encodingFact } from './lint-files.js';
import { limitsOf, lintFileText, outcomeHash, type FileOutcome } from './lint-file.js';
import type { IndexReads } from './project-index.js';
import { ProjectIndex, readmeKey, readmeName, type IndexedPath } from './project-index.js';
import { indexOutcomes, runProjectRules, viewsOf } from './project-pass.js';
import { reportedFindings, severityOf, type LintPass } from './report-files.js';
import { roleKey, rolesOf, type LintSetup, type RoleInfo } from './setup-lint.js';
import { addTreeListing } from './tree-listing.js';

/** One entry of the base's tree: a file, a directory, or a symbolic link with its target as written. */
export type BaseEntry = { type: 'file' | 'dir' } | { type: 'symlink'; target: string };

/** The merge base's tree as pull-request mode needs it, every path relative to the lint root. */
export interface BaseTree {
  /** Every file, directory and symbolic link of the base's tree under the lint root. */
  entries: ReadonlyMap<string, BaseEntry>;
  /**
   * Paths whose content as linted now differs from the base's (added, modified, deleted, renamed
   * either way). A file of the base not in it has the bytes the run linted.
   */
  changed: ReadonlySet<string>;
  /** Files the change renamed: base path → path now. */
  moves: ReadonlyMap<string, string>;
  /** The base's bytes of these files (only ever the changed ones). */
  read(paths: readonly string[]): Promise<Map<string, Uint8Array>>;
  /**
   * False when the run's tree listing describes the run's own tree only (a hook's listing of the
   * staged index): the base's entries are then all there is. Default: the listing holds for both.
   */
  listing?: boolean;
}

export interface SinceBase {
  /** The run's findings (vfile messages) that the base does not have. */
  fresh: Set<object>;
  /** Files of the base linted again (their text differs from the run's): parsed, and from the cache. */
  parsed: number;
  fromCache: number;
  /** Files whose findings were compared with the base's: changed, or looking up a path that changed. */
  compared: number;
}

/**
 * Pull-request mode without writing the base out: the base's findings are the run's wherever
 * nothing they depend on changed. A file's own findings depend on its text (and role); its project
 * findings on the index lookups it made (`IndexReads`). So the base's index is built from its tree
 * (with the anchors of its files: the run's outcome for every file whose bytes are the same, the
 * cache or the parser for the few that differ), and only the files that changed or looked up a
 * path whose answer differs there are linted against it and matched by identity.
 */
export async function lintSinceBase(
  setup: LintSetup,
  pass: LintPass,
  files: readonly VFile[],
  reads: IndexReads,
  base: BaseTree,
  keepInCache: Set<string>,
): Promise<SinceBase> {
  // Lookups from here on are the comparison's own, not a file's.
  setup.local.reads = null;
  const index = new ProjectIndex();
  for (const [path, entry] of base.entries) {
    // What `indexTree` leaves out of a checkout.
    if (path.split('/').some((segment) => segment === '.git' || segment === 'node_modules')) continue;
    index.add(
      path,
      entry.type === 'symlink' ? symlinkEntry(path, entry.target) : { type: entry.type, source: 'local' },
    );
  }
  if (setup.listing && base.listing !== false)
    await addTreeListing(index, setup.listing, relative(setup.cwd, setup.listing) || setup.listing);
  index.refs = setup.local.refs;

  // The base's markdown files, picked as the run picked its own.
  const now = new Set(setup.paths);
  const picked = matchesGlobs(setup.loaded.config.include, setup.loaded.config.exclude);
  const paths = withoutSymlinks(
    [...base.entries]
      .filter(([path, entry]) => entry.type !== 'dir' && (now.has(path) || picked(path)))
      .map(([path]) => path)
      .sort(),
    index,
  );
  const roles = new Map(setup.roles);
  const newRoles = rolesOf(
    paths.filter((path) => !roles.has(path)),
    setup.root,
    setup.loaded,
    setup.settings.repository,
    setup.content,
  );
  for (const [path, role] of newRoles) roles.set(path, role);

  const outcomes = new Map<string, FileOutcome>();
  const texts = new Map<string, string>();
  const differing: string[] = [];
  for (const path of paths) {
    const same = !base.changed.has(path) && pass.outcomes.get(path);
    if (same) {
      outcomes.set(path, same);
      texts.set(path, pass.texts.get(path) ?? '');
    } else differing.push(path);
  }
  let parsed = 0;
  let fromCache = 0;
  const bytes = await base.read(differing);
  for (const path of differing) {
    const data = bytes.get(path);
    if (!data) continue;
    const linted = baseOutcome(setup, roles.get(path)!, path, data, keepInCache);
    outcomes.set(path, linted.outcome);
    texts.set(path, linted.text);
    if (linted.cached) fromCache++;
    else parsed++;
  }
  // A file the same as the run's shares the run's index entry (its anchors are the same).
  indexOutcomes({ local: index, roles }, outcomes.values(), (outcome) =>
    outcome === pass.outcomes.get(outcome.path) ? setup.local.get(outcome.path) : undefined,
  );

  const touched = changedLookups(setup.local, index);
  const affected = new Set<string>();
  for (const path of pass.outcomes.keys()) {
    const keys = reads.byFile.get(path);
    if (
      reads.unattributed ||
      base.changed.has(path) ||
      !outcomes.has(path) ||
      (keys !== undefined && [...keys].some((key) => touched.has(key)))
    )
      affected.add(path);
  }
  const before = new Map([...base.moves].map(([from, to]) => [to, from]));
  const compared = new Map<string, FileOutcome>();
  for (const path of affected) {
    const at = before.get(path) ?? path;
    const outcome = outcomes.get(at);
    if (outcome) compared.set(at, outcome);
  }
  const project = runProjectRules(
    { local: index, upstream: setup.upstream, loaded: setup.loaded, settings: setup.settings },
    viewsOf({ roles }, compared.values(), texts),
    null,
  );
  // The base's findings by identity, a renamed file's at its new path (as `matchBaseline` does).
  const rules = severityOf(setup.loaded);
  const current = new Set<string>();
  const atHead: Array<[object, FindingIdentity]> = [];
  for (const file of files) {
    const path = relative(setup.root, file.path).split(sep).join('/');
    if (!affected.has(path)) continue;
    for (const message of file.messages) {
      const identity = identityOfMessage(message);
      if (!identity) continue;
      current.add(identity.path);
      atHead.push([message, identity]);
    }
  }
  const known = new Set<string>();
  for (const [path, outcome] of compared) {
    const moved = current.has(path) ? undefined : base.moves.get(path);
    for (const identity of reportedFindings(path, outcome, project, rules).identities!)
      known.add(identityKey(moved ? { ...identity, path: moved } : identity));
  }
  const fresh = new Set(atHead.flatMap(([message, identity]) => (known.has(identityKey(identity)) ? [] : [message])));
  return { fresh, parsed, fromCache, compared: affected.size };
}

/** A file of the base from its bytes: the cache's outcome when it has that text, else linted here. */
function baseOutcome(
  setup: LintSetup,
  role: RoleInfo,
  path: string,
  data: Uint8Array,
  keepInCache: Set<string>,
): { outcome: FileOutcome; text: string; cached: boolean } {
  const job = { path, role: role.role, resolve: role.resolve };
  if (data.length > limitsOf(setup.active).bytes)
    return {
      outcome: lintFileText('', { ...job, oversize: data.length }, setup.active, setup.settings),
      text: '',
      cached: false,
    };
  const { text, problem } = inspectText(Buffer.from(data.buffer, data.byteOffset, data.length));
  const encoding = problem ? encodingFact(problem) : undefined;
  const hash = outcomeHash(text, encoding);
  // The base's version is kept beside the current one (a NUL never ends a path), for the next run.
  const key = `${path}\0base`;
  const hit = setup.cache?.get(path, hash, roleKey(role)) ?? setup.cache?.get(key, hash, roleKey(role));
  keepInCache.add(key);
  if (hit) return { outcome: hit, text, cached: true };
  const outcome = lintFileText(text, { ...job, ...(encoding ? { encoding } : {}) }, setup.active, setup.settings);
  setup.cache?.set(key, roleKey(role), outcome);
  return { outcome, text, cached: false };
}

/**
 * The lookups whose answer differs between two indexes: every path whose entry differs, and the
 * README lookup of its folder when it is a README.
 */
function changedLookups(now: ProjectIndex, then: ProjectIndex): Set<string> {
  const touched = new Set<string>();
  const differs = (path: string) => {
    touched.add(path);
    if (readmeName.test(posix.basename(path)))
      touched.add(readmeKey(posix.dirname(path) === '.' ? '' : posix.dirname(path)));
  };
  const thenEntries = new Map(then.entries());
  for (const [path, entry] of now.entries()) {
    const other = thenEntries.get(path);
    thenEntries.delete(path);
    if (!other || !sameEntry(entry, other)) differs(path);
  }
  for (const path of thenEntries.keys()) differs(path);
  return touched;
}

/** Whether two entries answer a rule alike (where a path is known from, `source`, changes no finding). */
function sameEntry(a: IndexedPath, b: IndexedPath): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.symlink !== b.symlink || a.lines !== b.lines) return false;
  if (a.anchors === b.anchors) return true;
  if (!a.anchors || !b.anchors || a.anchors.size !== b.anchors.size) return false;
  for (const anchor of a.anchors) if (!b.anchors.has(anchor)) return false;
  return true;
}

function identityKey(identity: FindingIdentity): string {
  return `${identity.ruleId}\0${identity.path}\0${identity.key}\0${identity.occurrence}`;
}
