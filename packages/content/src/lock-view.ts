import type { Lock, LockFile } from './lock-schema.js';

/** What a snapshot of the upstream guide records, as the lock stores it. */
export interface LockSnapshot {
  commit: string | null;
  guide: { sha: string | null; size: number };
  files: readonly LockFile[];
  missing: readonly string[];
}

/** The one way a lock is made: from a snapshot of the upstream and where it came from. */
export function lockFromSnapshot(
  snapshot: LockSnapshot,
  upstream: { repository: string; ref: string; readme: string },
): Lock {
  return {
    lockfileVersion: 1,
    upstream: { repository: upstream.repository, ref: upstream.ref, commit: snapshot.commit, readme: upstream.readme },
    guide: { sha: snapshot.guide.sha, size: snapshot.guide.size },
    files: snapshot.files.map((file) => ({
      path: file.path,
      type: file.type,
      sha: file.sha,
      size: file.size,
      ...(file.anchors ? { anchors: [...file.anchors] } : {}),
    })),
    missing: [...snapshot.missing],
  };
}

/** One locked upstream path, as readers need it. */
export interface LockedPath {
  /** `dir` for a tree, `file` for anything else (blob, symbolic link, submodule). */
  type: 'file' | 'dir';
  upstreamType: LockFile['type'];
  sha: string | null;
  size: number | null;
  /** The fragments a link into this markdown file may use; null when not recorded. */
  anchors: readonly string[] | null;
}

/** The lock, read-only, as lint, the external link checker and sync read it. */
export interface LockView {
  repository: string;
  ref: string;
  commit: string | null;
  readme: string;
  guide: { sha: string | null; size: number };
  files: ReadonlyMap<string, LockedPath>;
  missing: ReadonlySet<string>;
  /** Directory or file by the locked upstream listing; undefined when the lock does not list the path. */
  isDirectory(path: string): boolean | undefined;
}

const views = new WeakMap<Lock, LockView>();

export function lockView(lock: Lock): LockView {
  let view = views.get(lock);
  if (view) return view;
  const files = new Map<string, LockedPath>(
    lock.files.map((file) => [
      file.path,
      {
        type: file.type === 'tree' ? 'dir' : 'file',
        upstreamType: file.type,
        sha: file.sha,
        size: file.size,
        anchors: file.anchors ?? null,
      },
    ]),
  );
  view = {
    repository: lock.upstream.repository,
    ref: lock.upstream.ref,
    commit: lock.upstream.commit,
    readme: lock.upstream.readme,
    guide: lock.guide,
    files,
    missing: new Set(lock.missing),
    isDirectory: (path) => {
      const entry = files.get(path);
      return entry === undefined ? undefined : entry.type === 'dir';
    },
  };
  views.set(lock, view);
  return view;
}
