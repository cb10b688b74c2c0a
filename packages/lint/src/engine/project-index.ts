import { posix } from 'node:path';
import type { RefTrees } from './ref-trees.js';

/** One path the index knows, and where the knowledge came from. */
export interface IndexedPath {
  type: 'file' | 'dir';
  /** `local` (on disk or in the lint set), `listing` (a tree listing) or `lock` (the pinned upstream). */
  source: 'local' | 'listing' | 'lock';
  /** Known anchors for markdown files (lint set or lock). */
  anchors?: ReadonlySet<string>;
  lines?: number;
  /** For a symbolic link: the repository path it points at (GitHub shows the target, not a rendered copy). */
  symlink?: string;
}

/** Names GitHub shows as a directory's README, in any case. */
export const readmeName = /^readme(\.(md|markdown|mdown|mkdn|mkd|rst|txt))?$/i;

/**
 * Which paths each file's project findings looked up (pull-request mode): a file none of whose
 * lookups answer differently at the merge base has the same project findings there. `current` is
 * the file being checked; a lookup while it is null makes every file depend on everything.
 */
export class IndexReads {
  current: string | null = null;
  readonly byFile = new Map<string, Set<string>>();
  unattributed = false;

  note(key: string): void {
    if (this.current === null) {
      this.unattributed = true;
      return;
    }
    let keys = this.byFile.get(this.current);
    if (!keys) this.byFile.set(this.current, (keys = new Set()));
    keys.add(key);
  }
}

/** The key `IndexReads` notes for `readmeOf(dir)`: no repository path starts with a NUL. */
export const readmeKey = (dir: string): string => `\0readme\0${dir}`;

/** Every repository path the link rules can see, with anchors where known. */
export class ProjectIndex {
  readonly #paths = new Map<string, IndexedPath>();
  readonly #byName = new Map<string, string[]>();
  readonly #readmes = new Map<string, string[]>();
  readonly #children = new Map<string, string[]>();
  /** Trees of other refs and commits, from a git repository at hand; null offline. */
  refs: RefTrees | null = null;
  /** Set in pull-request mode: the lookups each file makes. */
  reads: IndexReads | null = null;
  #generation = 0;

  /** Changes whenever the index does: what was worked out from it before is stale. */
  get generation(): number {
    return this.#generation;
  }

  add(path: string, entry: IndexedPath): void {
    this.#generation++;
    const existing = this.#paths.get(path);
    if (existing) {
      // Local knowledge wins: the file on disk is what the link will reach.
      if (existing.source === 'local' && entry.source !== 'local') return;
      if (!entry.anchors && existing.anchors) entry = { ...entry, anchors: existing.anchors };
      if (entry.symlink === undefined && existing.symlink !== undefined)
        entry = { ...entry, symlink: existing.symlink };
    }
    this.#paths.set(path, entry);
    if (!existing) this.#named(path);
    if (entry.type === 'file' && !existing) {
      const name = posix.basename(path);
      if (readmeName.test(name)) {
        const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
        const readmes = this.#readmes.get(dir);
        if (readmes) readmes.push(path);
        else this.#readmes.set(dir, [path]);
      }
    }
    // Every ancestor of a known path is a directory.
    for (let dir = posix.dirname(path); dir !== '.' && dir !== '' && !this.#paths.has(dir); dir = posix.dirname(dir)) {
      this.#paths.set(dir, { type: 'dir', source: entry.source });
      this.#named(dir);
    }
  }

  /**
   * Files and directories by name in any case, and by folder: where a moved path may have gone.
   * Their lookups (`sameName`, `childrenOf`) only shape a suggestion, never whether or what a
   * finding is: `IndexReads` does not note them.
   */
  #named(path: string): void {
    const key = posix.basename(path).toLowerCase();
    const list = this.#byName.get(key);
    if (list) list.push(path);
    else this.#byName.set(key, [path]);
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    const children = this.#children.get(dir);
    if (children) children.push(path);
    else this.#children.set(dir, [path]);
  }

  /**
   * A file of the run whose facts this shard has not read: a rule that asks for its anchors gets
   * none (nothing to check), and the path is added to `asked`, so that the shard reads the file
   * and runs its rules again. Rules read anchors from the entry, so the question is the answer
   * to which other files a shard needs, without a second copy of how links resolve.
   */
  defer(path: string, asked: Set<string>): void {
    const entry = this.#paths.get(path);
    if (!entry || entry.type !== 'file' || Object.getOwnPropertyDescriptor(entry, 'anchors')) return;
    this.#generation++;
    const deferred: IndexedPath = { ...entry };
    Object.defineProperty(deferred, 'anchors', {
      get: () => {
        asked.add(path);
        return undefined;
      },
      enumerable: false,
    });
    this.#paths.set(path, deferred);
  }

  /** What a folder holds (files and folders), as paths. */
  childrenOf(dir: string): readonly string[] {
    return this.#children.get(dir) ?? [];
  }

  get(path: string): IndexedPath | undefined {
    if (path === '') return { type: 'dir', source: 'local' };
    this.reads?.note(path);
    return this.#paths.get(path);
  }

  /** Every path known, with its entry. */
  entries(): IterableIterator<[string, IndexedPath]> {
    return this.#paths.entries();
  }

  /** Files and directories elsewhere with this path's name, in any case: where a moved file probably went. */
  sameName(path: string): string[] {
    return (this.#byName.get(posix.basename(path).toLowerCase()) ?? []).filter((candidate) => candidate !== path);
  }

  /** The README GitHub shows under a directory's listing (`README.md` first, then any case or extension). */
  readmeOf(dir: string): string | null {
    this.reads?.note(readmeKey(dir));
    const found = this.#readmes.get(dir);
    if (!found) return null;
    const rank = (path: string) => {
      const name = posix.basename(path);
      return (name === 'README.md' ? 0 : /\.(md|markdown|mdown|mkdn|mkd)$/i.test(name) ? 1 : 2) * 1000 + name.length;
    };
    return [...found].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0]!;
  }

  /** Follows a symbolic link (and a chain of them) to the entry GitHub shows; null when it dangles. */
  follow(path: string): { path: string; entry: IndexedPath } | null {
    let current = path;
    for (let hops = 0; hops < 40; hops++) {
      const entry = this.get(current);
      if (!entry) return null;
      if (entry.symlink === undefined) return { path: current, entry };
      current = entry.symlink;
    }
    return null;
  }

  get size(): number {
    return this.#paths.size;
  }
}
