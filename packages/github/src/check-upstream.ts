import type { GitHubClient } from './client.js';
import type { ComparedFile } from './compare.js';
import { fullTree } from './tree.js';

/** What the lock pins: the guide and every path it links to, by path. */
export interface LockedUpstream {
  repository: string;
  commit: string;
  guide: { path: string; sha: string | null };
  files: ReadonlyMap<string, { type: 'file' | 'dir'; sha: string | null }>;
  missing: ReadonlySet<string>;
}

export type UpstreamCheck =
  | { moved: false; commit: string }
  | {
      moved: true;
      commit: string;
      /** Locked paths (the guide, a linked file or directory, a path missing before) that changed, sorted. */
      touched: string[];
      /** Linked files GitHub reports renamed. */
      renames: Array<{ from: string; to: string }>;
      /** `compare` when the comparison's file list answered, `tree` when the new tree had to be read. */
      via: 'compare' | 'tree';
    };

/**
 * Has the upstream ref moved past the locked commit, and does that touch the guide? At most
 * three requests and never a blob: the commit (a 304 while current), the comparison of the locked
 * commit with the new one, and only when that cannot tell (its file list cut at 300 files or left
 * out, a ref that went back or diverged, a locked commit GitHub no longer knows) the new tree.
 */
export async function checkUpstream(client: GitHubClient, locked: LockedUpstream, ref: string): Promise<UpstreamCheck> {
  const { repository } = locked;
  const resolved = await client.commitSha(repository, ref, locked.commit);
  if (!resolved.changed) return { moved: false, commit: resolved.sha };
  const commit = resolved.sha;
  const comparison = await client.compare(repository, locked.commit, commit);
  // Three dots compare from the merge base: only a head ahead of the lock lists every change.
  if (comparison?.files && (comparison.status === 'ahead' || comparison.status === 'identical')) {
    return { moved: true, commit, ...touchedByFiles(locked, comparison.files), via: 'compare' };
  }
  const tree = new Map((await fullTree(client, repository, commit)).map((entry) => [entry.path, entry]));
  const touched = new Set<string>();
  const guide = tree.get(locked.guide.path);
  if (!guide || guide.sha !== locked.guide.sha) touched.add(locked.guide.path);
  for (const [path, file] of locked.files) {
    const entry = tree.get(path);
    if (!entry || file.sha === null || entry.sha !== file.sha || (entry.type === 'tree') !== (file.type === 'dir'))
      touched.add(path);
  }
  for (const path of locked.missing) if (tree.has(path)) touched.add(path);
  return { moved: true, commit, touched: [...touched].sort(), renames: [], via: 'tree' };
}

function touchedByFiles(locked: LockedUpstream, files: readonly ComparedFile[]) {
  const touched = new Set<string>();
  const renames: Array<{ from: string; to: string }> = [];
  // A changed path touches the guide when it is locked, or lies below a locked or missing directory.
  const lockedAt = (path: string): string | null => {
    if (path === locked.guide.path || locked.files.has(path) || locked.missing.has(path)) return path;
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      const dir = path.slice(0, cut);
      if (locked.files.get(dir)?.type === 'dir' || locked.missing.has(dir)) return dir;
    }
    return null;
  };
  for (const file of files) {
    if (file.status === 'unchanged') continue;
    // A copy leaves its source as it was.
    const names = [
      file.filename,
      ...(file.previousFilename && file.status === 'renamed' ? [file.previousFilename] : []),
    ];
    for (const name of names) {
      const at = lockedAt(name);
      if (at !== null) touched.add(at);
    }
    if (file.status === 'renamed' && file.previousFilename && locked.files.has(file.previousFilename))
      renames.push({ from: file.previousFilename, to: file.filename });
  }
  return { touched: [...touched].sort(), renames };
}
