import {
  baselineOf,
  configFileName,
  lint,
  matchBaseline,
  type BaseEntry,
  type BaseTree,
  type LintOptions,
  type LintRun,
} from '@devguide/lint';
import type { CliIo } from './io.js';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseNameStatus, runGit, type Change, type GitIo } from './staged.js';
import { UsageError } from './usage-error.js';

/** The base a pull request is compared with, and what changed since. */
export interface ChangedSince {
  top: string;
  mergeBase: string;
  changes: Change[];
  /** Renamed paths, old → new (repository paths). */
  moves: Map<string, string>;
}

/**
 * `git diff --name-status -M <merge-base>..HEAD`, or against the working tree (staged and
 * unstaged changes too) with `worktree`. A shallow clone without the merge base is one error
 * naming the fix.
 */
export async function changedSince(io: GitIo, cwd: string, rev: string, worktree: boolean): Promise<ChangedSince> {
  const top = (await runGit(io, cwd, ['rev-parse', '--show-toplevel'])).trim();
  const shallow = async () => (await runGit(io, top, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  const deepen =
    'fetch the history: `fetch-depth: 0` on actions/checkout, or `git fetch --deepen=<n>` (`git fetch --unshallow`)';
  try {
    await runGit(io, top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    throw new UsageError(
      `Unexpected \`--changed-since ${rev}\`: no such commit here${(await shallow()) ? ' (a shallow clone)' : ''}, expected a branch, tag or commit`,
      (await shallow()) ? deepen : `fetch it first, such as \`git fetch origin ${rev.replace(/^origin\//, '')}\``,
    );
  }
  let mergeBase: string;
  try {
    mergeBase = (await runGit(io, top, ['merge-base', rev, 'HEAD'])).trim();
  } catch {
    throw new UsageError(
      `Unexpected history without a merge base of \`${rev}\` and HEAD${(await shallow()) ? ' (a shallow clone)' : ''}, expected a common ancestor`,
      deepen,
    );
  }
  const range = worktree ? [mergeBase] : [`${mergeBase}..HEAD`];
  const diff = await runGit(io, top, ['diff', '--name-status', '-M', '-z', ...range]);
  const changes = parseNameStatus(diff);
  const moves = new Map(changes.flatMap((change) => (change.status === 'R' ? [[change.from!, change.path]] : [])));
  return { top, mergeBase, changes, moves };
}

/** The tree of a commit written out in a scratch directory (through a scratch index: the repository's is untouched). */
export async function checkoutTree(
  io: GitIo,
  top: string,
  commit: string,
): Promise<{ dir: string; remove(): Promise<void> }> {
  const base = await mkdtemp(join(tmpdir(), 'devguide-base-'));
  const dir = join(base, 'tree');
  await mkdir(dir);
  const env = { ...io.env, GIT_INDEX_FILE: join(base, 'index') };
  try {
    await runGit({ env }, top, ['read-tree', commit]);
    await runGit({ env }, top, ['checkout-index', '--all', '--force', `--prefix=${dir}${sep}`]);
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm(base, { recursive: true, force: true }) };
}

/** Moves between repository paths, as paths relative to a lint root inside the repository. */
export function movesUnder(top: string, root: string, moves: ReadonlyMap<string, string>): Map<string, string> {
  return movesUnderPrefix(relative(top, root).split(sep).join('/'), moves);
}

/** Moves between repository paths, as paths below `prefix` (a repository path, '' for the top). */
export function movesUnderPrefix(prefix: string, moves: ReadonlyMap<string, string>): Map<string, string> {
  if (prefix === '') return new Map(moves);
  const under = (path: string) => (path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null);
  const result = new Map<string, string>();
  for (const [from, to] of moves) {
    const a = under(from);
    const b = under(to);
    if (a !== null && b !== null) result.set(a, b);
  }
  return result;
}

/**
 * The merge base's tree under the lint root, read from git's objects (nothing written out): its
 * entries (`git ls-tree`), the paths whose content differs from the working tree's (`git diff
 * <base>`, staged and unstaged), and a reader of its blobs (`git cat-file --batch`). Null when the
 * lint root is outside the repository.
 */
export async function baseTreeOf(
  io: GitIo,
  since: ChangedSince,
  root: string,
): Promise<(BaseTree & { changedInRepository: string[] }) | null> {
  const inside = relative(since.top, root);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return treeAt(io, since.top, since.mergeBase, inside.split(sep).join('/'), 'worktree', since.moves);
}

/**
 * A commit's tree under `prefix` (a repository path, '' for the top) from git's objects, with the
 * paths whose content differs in the working tree or, with `index`, in what is staged.
 */
export async function treeAt(
  io: GitIo,
  top: string,
  commit: string,
  prefix: string,
  against: 'worktree' | 'index',
  moves: ReadonlyMap<string, string>,
): Promise<BaseTree & { changedInRepository: string[] }> {
  const under = (path: string) =>
    prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
  const [listing, diff] = await Promise.all([
    runGit(io, top, ['ls-tree', '-r', '-t', '-z', '--full-tree', commit]),
    runGit(io, top, [
      'diff',
      ...(against === 'index' ? ['--cached'] : []),
      '--name-only',
      '--no-renames',
      '-z',
      commit,
    ]),
  ]);
  const entries = new Map<string, BaseEntry>();
  const objects = new Map<string, string>();
  const symlinks: string[] = [];
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, object] = record.slice(0, tab).split(' ');
    const path = under(record.slice(tab + 1));
    if (path === null || path === '' || !object) continue;
    objects.set(path, object);
    // A submodule is a directory to a reader of the repository.
    if (type === 'tree' || type === 'commit') entries.set(path, { type: 'dir' });
    else if (mode === '120000') symlinks.push(path);
    else entries.set(path, { type: 'file' });
  }
  const read = (paths: readonly string[]) =>
    catFile(
      io,
      top,
      paths.flatMap((path) => {
        const object = objects.get(path);
        return object ? [[path, object] as const] : [];
      }),
    );
  for (const [path, bytes] of await read(symlinks))
    entries.set(path, { type: 'symlink', target: Buffer.from(bytes).toString('utf8') });
  const everywhere = diff.split('\0').filter((path) => path !== '');
  const changed = new Set(
    everywhere.flatMap((path) => {
      const rel = under(path);
      return rel === null ? [] : [rel];
    }),
  );
  return { entries, changed, moves: movesUnderPrefix(prefix, moves), read, changedInRepository: everywhere };
}

/** The bytes of some blobs, in one `git cat-file --batch`. */
function catFile(
  io: GitIo,
  top: string,
  wanted: ReadonlyArray<readonly [string, string]>,
): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  if (wanted.length === 0) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: top, env: io.env as NodeJS.ProcessEnv });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(
          new UsageError(
            `Unexpected failure of \`git cat-file\` (exit ${code})`,
            'check the repository with `git fsck`',
          ),
        );
        return;
      }
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const [path] of wanted) {
        const end = out.indexOf(10, at);
        const header = out.subarray(at, end).toString('utf8').split(' ');
        at = end + 1;
        if (header[1] === 'missing' || header.length < 3) continue;
        const size = Number(header[2]);
        found.set(path, out.subarray(at, at + size));
        at += size + 1;
      }
      resolve(found);
    });
    child.stdin.end(wanted.map(([, object]) => `${object}\n`).join(''));
  });
}

/**
 * Pull-request mode: the findings at HEAD that the merge base does not have, matched by identity
 * (a renamed file's findings are the same findings). The base is read from git's objects and only
 * what the change touches is linted again; when a file that decides how the lint runs changed
 * (configuration, tree listing, content lock), the base's tree is written out and linted whole.
 */
export async function newSinceBase(
  io: GitIo & Pick<CliIo, 'cwd'>,
  asked: { rev: string; worktree: boolean },
  options: LintOptions,
  run: LintRun,
): Promise<{
  fresh: Set<object>;
  mergeBase: string;
  changes: number;
  parsed: number;
  fromCache: number;
  /** Files compared with the base; null when its tree was written out and linted whole. */
  compared: number | null;
}> {
  const since = await changedSince(io, io.cwd, asked.rev, asked.worktree);
  const base = await baseTreeOf(io, since, run.root);
  // Paths are compared as git lists them (from the top); the inputs may lie outside the lint root.
  const inputs = new Set(run.inputs.map((input) => relative(since.top, input).split(sep).join('/')));
  const inputChanged =
    base === null ||
    base.changedInRepository.some((path) => path.split('/').at(-1) === configFileName || inputs.has(path));
  if (!inputChanged) {
    const found = await run.sinceBase(base);
    return { ...found, mergeBase: since.mergeBase, changes: since.changes.length };
  }
  return {
    ...(await wholeBase(io, since, options, run)),
    mergeBase: since.mergeBase,
    changes: since.changes.length,
    compared: null,
  };
}

/** The merge base's tree written out in a scratch directory and linted whole (unchanged files from the cache). */
async function wholeBase(
  io: GitIo & Pick<CliIo, 'cwd'>,
  since: ChangedSince,
  options: LintOptions,
  run: LintRun,
): Promise<{ fresh: Set<object>; parsed: number; fromCache: number }> {
  const tree = await checkoutTree(io, since.top, since.mergeBase);
  try {
    // A path inside the repository means the same path in the base's tree.
    const atBase = (path: string) => {
      const inside = relative(since.top, resolve(io.cwd, path));
      return inside.startsWith('..') || isAbsolute(inside) ? resolve(io.cwd, path) : join(tree.dir, inside);
    };
    const base = await lint({
      ...options,
      cwd: atBase(io.cwd),
      fix: false,
      allowEmpty: true,
      trackReads: false,
      ...(typeof options.config === 'string' ? { config: atBase(options.config) } : {}),
      ...(options.root ? { root: atBase(options.root) } : {}),
      ...(options.treeListing ? { treeListing: atBase(options.treeListing) } : {}),
      gitDir: options.gitDir ? resolve(io.cwd, options.gitDir) : join(since.top, '.git'),
      cache: typeof options.cache === 'string' ? resolve(io.cwd, options.cache) : null,
      external: undefined,
    });
    const { states } = matchBaseline(run.files, baselineOf(base.files), movesUnder(since.top, run.root, since.moves));
    const fresh = new Set([...states].flatMap(([message, state]) => (state === 'new' ? [message] : [])));
    return { fresh, parsed: base.stats.parsed, fromCache: base.stats.fromCache };
  } finally {
    await tree.remove();
  }
}
