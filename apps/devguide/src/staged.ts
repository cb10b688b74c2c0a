import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** One entry of the git index (stage 0 only: a commit cannot have unmerged paths). */
export interface IndexEntry {
  mode: string;
  sha: string;
  path: string;
}

/** One entry of `git diff --name-status -M`. */
export interface Change {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  path: string;
  /** For a rename or copy: where it came from. */
  from?: string;
}

/** What a commit would record, readable as files: the index, not the working tree. */
export interface StagedIndex {
  /** The top of the working tree. */
  top: string;
  /** The repository's git directory, absolute. */
  gitDir: string;
  /** Paths added, copied, modified or renamed in the index relative to HEAD. */
  changed: string[];
  /** The index against HEAD, renames found (`git diff --cached --name-status -M`). */
  changes: Change[];
  /** Whether HEAD is a commit (not on an unborn branch). */
  hasHead: boolean;
  entries: Map<string, IndexEntry>;
}

export interface GitIo {
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs git with the caller's environment: inside a hook, git points
 * `GIT_INDEX_FILE` at the index being committed (a temporary one for
 * `git commit -a` or `git commit <paths>`), and every read must honour it.
 */
export function runGit(
  io: GitIo,
  cwd: string,
  args: readonly string[],
  options: { input?: string; status?: readonly number[] } = {},
): Promise<string> {
  const { input, status = [0] } = options;
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: io.env as NodeJS.ProcessEnv,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(
        new UsageError(`Unexpected failure to run git (${error.message}), expected git on the PATH`, 'install git'),
      ),
    );
    child.on('close', (code) => {
      if (code !== null && status.includes(code)) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new UsageError(
            `Unexpected failure of \`git ${args[0]}\`: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? ''}`,
            'run the hook from inside a git working tree',
          ),
        );
    });
    if (input !== undefined) {
      // A git that exits early (a bad path) closes its input; its exit status reports that.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(input);
    }
  });
}

export async function readStagedIndex(io: GitIo, cwd: string): Promise<StagedIndex> {
  // Against HEAD; on an unborn branch git compares with the empty tree. Both read from the top of
  // the working tree; a hook runs there, so they start at once beside rev-parse, and again from
  // the top when `cwd` is not it.
  const read = (dir: string) =>
    Promise.all([
      runGit(io, dir, ['diff', '--cached', '--name-status', '-M', '-z']),
      runGit(io, dir, ['ls-files', '--stage', '-z']),
    ]);
  const early = read(cwd);
  early.catch(() => undefined);
  // Exit status 1: no commit at HEAD (the first two lines are printed all the same).
  const [top = '', gitDir = '', head] = (
    await runGit(io, cwd, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--verify', '-q', 'HEAD^{commit}'], {
      status: [0, 1],
    })
  )
    .trim()
    .split('\n');
  const [diff, listing] = await (top === resolve(cwd) ? early : read(top));
  const entries = new Map<string, IndexEntry>();
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, sha, stage] = record.slice(0, tab).split(' ');
    if (stage !== '0' || !mode || !sha) continue;
    const path = record.slice(tab + 1);
    entries.set(path, { mode, sha, path });
  }
  const changes = parseNameStatus(diff);
  const changed = changes.flatMap((change) =>
    'ACMR'.includes(change.status) && entries.has(change.path) ? [change.path] : [],
  );
  return { top, gitDir, changed, changes, hasHead: head !== undefined, entries };
}

/** A scratch directory holding the staged bytes of some paths, laid out as in the repository. */
export interface Snapshot {
  /** Where the repository's top maps to. */
  dir: string;
  /** A `git ls-tree`-style listing of the whole index, for link checks on paths not written out. */
  listing: string;
  remove(): Promise<void>;
}

export async function snapshotIndex(io: GitIo, index: StagedIndex): Promise<Snapshot> {
  const base = await mkdtemp(join(tmpdir(), 'devguide-staged-'));
  const dir = join(base, 'tree');
  await mkdir(dir);
  const listing = join(base, 'index.tsv');
  const lines: string[] = [];
  for (const entry of index.entries.values()) {
    // A submodule is a directory to a reader of the repository.
    lines.push(`${entry.mode} ${entry.mode === '160000' ? 'tree' : 'blob'} ${entry.sha}\t${entry.path}`);
  }
  await writeFile(listing, `${lines.join('\n')}\n`);
  return { dir, listing, remove: () => rm(base, { recursive: true, force: true }) };
}

/**
 * Writes the staged bytes of `paths` below the snapshot (regular files only:
 * a symbolic link or a submodule is not followed out of the snapshot).
 */
export async function materialise(
  io: GitIo,
  index: StagedIndex,
  snapshot: Snapshot,
  paths: Iterable<string>,
): Promise<void> {
  const wanted = [...new Set(paths)].filter((path) => {
    const mode = index.entries.get(path)?.mode;
    return mode === '100644' || mode === '100755';
  });
  if (wanted.length === 0) return;
  await runGit(io, index.top, ['checkout-index', '--force', '-z', '--stdin', `--prefix=${snapshot.dir}/`], {
    input: `${wanted.join('\0')}\0`,
  });
}

export function parseNameStatus(text: string): Change[] {
  const fields = text.split('\0');
  const changes: Change[] = [];
  for (let at = 0; at < fields.length;) {
    const code = fields[at]!;
    if (code === '') {
      at++;
      continue;
    }
    const status = code[0] as Change['status'];
    if (status === 'R' || status === 'C') {
      changes.push({ status, from: fields[at + 1]!, path: fields[at + 2]! });
      at += 3;
    } else {
      changes.push({ status, path: fields[at + 1]! });
      at += 2;
    }
  }
  return changes;
}
