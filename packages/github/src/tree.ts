import type { TreeEntry, TreeResponse } from './client.js';

/** Whatever lists a tree object as GitHub's trees API does: the sync client, or the link checker's own. */
export interface TreeSource {
  tree(repository: string, sha: string, recursive: boolean): Promise<TreeResponse>;
}

/**
 * Every entry of a commit's tree, or with `wanted` paths, the entries on those paths. GitHub cuts
 * a recursive listing of a large tree short (`truncated: true`); then only the sub-trees on the
 * wanted paths are listed (all of them without `wanted`), in parallel, each tree once.
 */
export async function fullTree(
  client: TreeSource,
  repository: string,
  sha: string,
  wanted?: readonly string[],
): Promise<TreeEntry[]> {
  const first = await client.tree(repository, sha, true);
  if (!first.truncated) return first.tree;
  const walker = new TreeWalker(client, repository, first.sha);
  if (!wanted) return walker.all();
  await Promise.all(wanted.map((path) => walker.entry(path)));
  return [...walker.entries.values()];
}

/**
 * A commit's tree read on demand: `entry(path)` lists the directories on that path only, each
 * once however many paths share it, so that a guide and its linked files cost a request per
 * directory they are in, not one per directory of the repository. Requests run in parallel as
 * far as the client's per-host limit lets them.
 */
export class TreeWalker {
  /** Every entry seen so far, by path. */
  readonly entries = new Map<string, TreeEntry>();
  readonly #client: TreeSource;
  readonly #repository: string;
  readonly #root: string;
  /** By directory path ('' for the root): its listing, asked once. */
  readonly #listed = new Map<string, Promise<TreeEntry[]>>();
  #complete = false;

  constructor(client: TreeSource, repository: string, rootSha: string) {
    this.#client = client;
    this.#repository = repository;
    this.#root = rootSha;
  }

  /** Takes a complete listing (an untruncated recursive one): nothing more is ever asked. */
  seed(entries: readonly TreeEntry[]): this {
    for (const entry of entries) this.entries.set(entry.path, entry);
    this.#complete = true;
    return this;
  }

  /**
   * The entry at `path`, or null when there is none. When a segment on the way is not a
   * directory (a file, a symbolic link, a submodule), that entry is returned: nothing is read
   * through it.
   */
  async entry(path: string): Promise<TreeEntry | null> {
    if (this.#complete) return this.#onTheWay(path);
    const segments = path.split('/');
    let directory = '';
    let sha = this.#root;
    for (let depth = 0; depth < segments.length; depth++) {
      await this.#list(directory, sha);
      const childPath = directory ? `${directory}/${segments[depth]}` : segments[depth]!;
      const child = this.entries.get(childPath);
      if (!child || depth === segments.length - 1 || child.type !== 'tree') return child ?? null;
      directory = childPath;
      sha = child.sha;
    }
    return null;
  }

  /** Every entry: each sub-tree not listed yet is asked recursively, and split again when that is cut too. */
  async all(): Promise<TreeEntry[]> {
    if (!this.#complete) {
      await this.#walk('', this.#root, false);
      this.#complete = true;
    }
    return [...this.entries.values()];
  }

  #onTheWay(path: string): TreeEntry | null {
    const segments = path.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const above = this.entries.get(segments.slice(0, depth).join('/'));
      if (above && above.type !== 'tree') return above;
    }
    return this.entries.get(path) ?? null;
  }

  /** A directory's own entries, with their full paths. */
  #list(directory: string, sha: string): Promise<TreeEntry[]> {
    let listed = this.#listed.get(directory);
    if (!listed) {
      listed = this.#client
        .tree(this.#repository, sha, false)
        .then((level) => level.tree.map((entry) => this.#add(directory, entry)));
      this.#listed.set(directory, listed);
    }
    return listed;
  }

  async #walk(directory: string, sha: string, recursive: boolean): Promise<void> {
    if (recursive && !this.#listed.has(directory)) {
      const below = await this.#client.tree(this.#repository, sha, true);
      if (!below.truncated) {
        for (const entry of below.tree) this.#add(directory, entry);
        return;
      }
    }
    const children = (await this.#list(directory, sha)).filter((entry) => entry.type === 'tree');
    await Promise.all(children.map((child) => this.#walk(child.path, child.sha, true)));
  }

  #add(directory: string, entry: TreeEntry): TreeEntry {
    const path = directory ? `${directory}/${entry.path}` : entry.path;
    const added = { ...entry, path };
    this.entries.set(path, added);
    return added;
  }
}
