import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

/** What a path is in the tree of a ref: known from a git repository, or `unknown` without the commit. */
export type RefPathKind = 'file' | 'dir' | 'symlink' | 'missing' | 'unknown';

/** A link naming a ref and the path after it, as an absolute GitHub URL spells them (`blob/<ref>/<path>`). */
export interface RefQuery {
  ref: string;
  path: string;
}

/**
 * Trees of commits and refs other than the default branch, read from a git repository: every
 * question of a run is asked up front, in one `git cat-file --batch-check`, so the rules that ask
 * later (synchronously) only look answers up.
 */
export class RefTrees {
  readonly #answers = new Map<string, string>();
  #renames: ReadonlyMap<string, string> | null = null;

  constructor(
    readonly gitDir: string | null,
    /** Keeps a value from run to run (the lint cache's `derived`), by a hash of what it comes from. */
    readonly remember?: <T>(name: string, hash: string, derive: () => T) => T,
  ) {}

  /**
   * Moves in the repository's history, read on first use (only a missing file asks). Reading them
   * takes `git log` over the whole history (0.4 s on kubernetes/community), so they are kept by
   * HEAD's commit: the history behind a commit never changes.
   */
  get renames(): ReadonlyMap<string, string> {
    if (this.#renames) return this.#renames;
    const gitDir = this.gitDir;
    if (!gitDir) return (this.#renames = new Map());
    const head = this.remember ? headCommit(gitDir) : null;
    this.#renames =
      head && this.remember
        ? this.remember('renames-from-history', head, () => renamesFromHistory(gitDir))
        : renamesFromHistory(gitDir);
    return this.#renames;
  }

  /**
   * Asks git about every query. A ref may hold `/` (`release/1.2`) that the URL cannot tell from the
   * path: each split is asked, and the longest ref that names a commit wins.
   */
  prepare(queries: Iterable<RefQuery>): void {
    if (!this.gitDir) return;
    const lines = new Set<string>();
    for (const query of queries) {
      for (const split of splits(query)) {
        lines.add(`${split.ref}^{commit}`);
        lines.add(`${split.ref}:${split.path}`);
      }
    }
    const asked = [...lines].filter((line) => !this.#answers.has(line) && !line.includes('\n'));
    if (asked.length === 0) return;
    const result = spawnSync('git', ['--git-dir', this.gitDir, 'cat-file', '--batch-check=%(objecttype)'], {
      input: asked.join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const answers = result.status === 0 ? result.stdout.split('\n') : [];
    asked.forEach((line, at) => {
      const answer = answers[at] ?? '';
      this.#answers.set(line, /^(blob|tree|commit|tag)$/.test(answer) ? answer : 'missing');
    });
  }

  /** What `path` is at `ref`: `unknown` when the repository does not have the commit. */
  kind(query: RefQuery): { kind: RefPathKind; ref: string; path: string } {
    for (const split of splits(query).reverse()) {
      if (this.#answers.get(`${split.ref}^{commit}`) !== 'commit') continue;
      const answer = this.#answers.get(`${split.ref}:${split.path}`);
      const kind: RefPathKind =
        answer === 'blob' ? 'file' : answer === 'tree' ? 'dir' : answer === 'commit' ? 'dir' : 'missing';
      return { kind, ...split };
    }
    return { kind: 'unknown', ...query };
  }
}

function splits(query: RefQuery): RefQuery[] {
  const segments = query.path === '' ? [] : query.path.split('/');
  const found: RefQuery[] = [query];
  for (let moved = 1; moved < Math.min(segments.length, 4); moved++)
    found.push({ ref: `${query.ref}/${segments.slice(0, moved).join('/')}`, path: segments.slice(moved).join('/') });
  return found;
}

/** The git directory of the lint root, when it is the top of a clone; null otherwise. */
export function gitDirOf(root: string): string | null {
  const result = spawnSync('git', ['-C', root, 'rev-parse', '--absolute-git-dir', '--show-toplevel'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) return null;
  const [gitDir, top] = result.stdout.trim().split('\n');
  // Only a clone whose top is the lint root speaks for the root's repository paths.
  if (!gitDir || !top || realpathOr(top) !== realpathOr(root)) return null;
  return gitDir;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The commit HEAD names, or null (no commits yet, or no git). */
function headCommit(gitDir: string): string | null {
  const result = spawnSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    encoding: 'utf8',
  });
  const sha = result.status === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/**
 * Moves recorded in the repository's history, old path to newest path (one `git log`): the
 * strongest evidence of where a missing file went.
 */
export function renamesFromHistory(gitDir: string): Map<string, string> {
  const result = spawnSync(
    'git',
    ['--git-dir', gitDir, 'log', '--diff-filter=R', '-M', '--name-status', '--format=', '-z', 'HEAD'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const renames = new Map<string, string>();
  if (result.status !== 0) return renames;
  const fields = result.stdout.split('\0');
  // Newest first: a path's first recorded move is its latest.
  for (let at = 0; at + 2 < fields.length;) {
    const status = fields[at]!.trim();
    if (!status.startsWith('R')) {
      at++;
      continue;
    }
    const from = fields[at + 1]!;
    const to = fields[at + 2]!;
    if (!renames.has(from)) renames.set(from, renames.get(to) ?? to);
    at += 3;
  }
  return renames;
}

/**
 * Moves in the history of the clone whose top is `root` (none elsewhere): what a run of that root
 * matches baseline entries of moved files with, for a caller that has no run (a merge of shard reports).
 */
export function movesOf(root: string): ReadonlyMap<string, string> {
  return new RefTrees(gitDirOf(root)).renames;
}
