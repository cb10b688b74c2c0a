import { posix } from 'node:path';

/** One path the index knows, and where the knowledge came from. */
export interface IndexedPath {
  type: 'file' | 'dir';
  /** `local` (on disk or in the lint set), `listing` (a tree listing) or `lock` (the pinned upstream). */
  source: 'local' | 'listing' | 'lock';
  /** Known anchors for markdown files (lint set or lock). */
  anchors?: ReadonlySet<string>;
  lines?: number;
}

/** Every repository path the link rules can see, with anchors where known. */
export class ProjectIndex {
  readonly #paths = new Map<string, IndexedPath>();
  readonly #byName = new Map<string, string[]>();

  add(path: string, entry: IndexedPath): void {
    const existing = this.#paths.get(path);
    if (existing) {
      // Local knowledge wins: the file on disk is what the link will reach.
      if (existing.source === 'local' && entry.source !== 'local') return;
      if (!entry.anchors && existing.anchors) entry = { ...entry, anchors: existing.anchors };
    }
    this.#paths.set(path, entry);
    if (entry.type === 'file' && !existing) {
      const name = posix.basename(path);
      const list = this.#byName.get(name);
      if (list) list.push(path);
      else this.#byName.set(name, [path]);
    }
    // Every ancestor of a known path is a directory.
    for (let dir = posix.dirname(path); dir !== '.' && dir !== '' && !this.#paths.has(dir); dir = posix.dirname(dir)) {
      this.#paths.set(dir, { type: 'dir', source: entry.source });
    }
  }

  get(path: string): IndexedPath | undefined {
    if (path === '') return { type: 'dir', source: 'local' };
    return this.#paths.get(path);
  }

  /** Files elsewhere with this file's name: where a moved file probably went. */
  sameName(path: string): string[] {
    return (this.#byName.get(posix.basename(path)) ?? []).filter((candidate) => candidate !== path);
  }

  get size(): number {
    return this.#paths.size;
  }
}
