import {
  RefusedEntryError,
  safeRepoPath,
  typeOfMode,
  UnsafePathError,
  type UpstreamEntry,
  type UpstreamSource,
} from '@devguide/upstream';
import type { GitHubClient, TreeEntry } from './client.js';
import { TreeWalker } from './tree.js';

export interface GitHubSourceOptions {
  repository: string;
  ref: string;
  /** The locked commit: when the ref still points there, nothing else is fetched. */
  knownCommit?: string | null;
  /** Bytes already on hand by blob sha (the local upstream copy), never downloaded again. */
  localBlob?: (sha: string) => Buffer | null;
}

export type GitHubSourceResult =
  | { unchanged: true; commit: string }
  | {
      unchanged: false;
      commit: string;
      source: UpstreamSource & { findBySha(sha: string): string[]; readBlob(sha: string): Promise<Buffer> };
    };

/** The upstream at a ref, read through the GitHub REST API: one tree listing, blobs on demand. */
export async function openGitHubSource(
  client: GitHubClient,
  options: GitHubSourceOptions,
): Promise<GitHubSourceResult> {
  const { repository } = options;
  const resolved = await client.commitSha(repository, options.ref, options.knownCommit);
  if (!resolved.changed) return { unchanged: true, commit: resolved.sha };
  const commit = resolved.sha;
  const first = await client.tree(repository, commit, true);
  // A truncated listing is completed on demand: only the directories on the paths asked for.
  const walker = new TreeWalker(client, repository, first.sha);
  if (!first.truncated) walker.seed(first.tree);
  const upstreamEntry = (path: string): UpstreamEntry | null => {
    const entry = walker.entries.get(path);
    // An entry no safe path can name (`..`, absolute, `.git`) is never reachable.
    return entry && isSafe(entry.path) ? toUpstream(entry) : null;
  };
  const blobs = new Map<string, Promise<Buffer>>();
  const readBlob = (sha: string): Promise<Buffer> => {
    let pending = blobs.get(sha);
    if (!pending) {
      const local = options.localBlob?.(sha);
      pending = local ? Promise.resolve(local) : client.blob(repository, sha);
      blobs.set(sha, pending);
    }
    return pending;
  };
  return {
    unchanged: false,
    commit,
    source: {
      label: `GitHub ${repository} at ${commit.slice(0, 12)}`,
      commit,
      async stat(path) {
        if (path === '') return { path: '', type: 'tree', sha: null, size: null };
        const safe = safeRepoPath(path);
        await walker.entry(safe);
        // A path below a symbolic link or submodule is never read through it.
        const segments = safe.split('/');
        for (let depth = 1; depth < segments.length; depth++) {
          const parent = upstreamEntry(segments.slice(0, depth).join('/'));
          if (parent && (parent.type === 'symlink' || parent.type === 'submodule'))
            throw new RefusedEntryError(parent.path, parent.type);
        }
        return upstreamEntry(safe);
      },
      async read(path) {
        const safe = safeRepoPath(path);
        await walker.entry(safe);
        const entry = upstreamEntry(safe);
        if (!entry)
          throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` at ${commit}`), {
            code: 'ENOENT',
          });
        if (entry.type !== 'blob') throw new RefusedEntryError(path, entry.type);
        return readBlob(entry.sha!);
      },
      async listFiles() {
        return (await walker.all())
          .filter((entry) => upstreamEntry(entry.path)?.type === 'blob')
          .map((entry) => entry.path)
          .sort();
      },
      // Of a truncated tree, only what was walked; `listFiles` finds the rest by name.
      findBySha: (sha) =>
        [...walker.entries.values()]
          .filter((entry) => entry.sha === sha && upstreamEntry(entry.path))
          .map((entry) => entry.path),
      readBlob,
    },
  };
}

function toUpstream(entry: TreeEntry): UpstreamEntry {
  const type = typeOfMode[entry.mode] ?? (entry.type === 'commit' ? 'submodule' : entry.type);
  return { path: entry.path, type, sha: entry.sha, size: entry.size ?? null };
}

function isSafe(path: string): boolean {
  try {
    return safeRepoPath(path) === path;
  } catch (error) {
    if (error instanceof UnsafePathError) return false;
    throw error;
  }
}
