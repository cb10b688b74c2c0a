import { lstat, readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gitBlobSha } from './git-blob-sha.js';
import { safeRepoPath } from './repo-path.js';
import { RefusedEntryError, type UpstreamEntry, type UpstreamSource } from './source.js';

/** An upstream checkout or export on disk. Symbolic links are refused, never followed. */
export function openDirectorySource(root: string, options: { commit?: string | null } = {}): UpstreamSource {
  const entries = new Map<string, Promise<UpstreamEntry | null>>();
  const stat = async (path: string): Promise<UpstreamEntry | null> => {
    const safe = safeRepoPath(path);
    let pending = entries.get(safe);
    if (!pending) {
      pending = statOnDisk(root, safe);
      entries.set(safe, pending);
    }
    return pending;
  };
  return {
    label: `directory ${root}`,
    commit: options.commit ?? null,
    stat,
    async read(path) {
      const entry = await stat(path);
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` in ${root}`), { code: 'ENOENT' });
      if (entry.type !== 'blob') throw new RefusedEntryError(path, entry.type);
      return readFile(join(root, entry.path));
    },
    async listFiles() {
      const files: string[] = [];
      const walk = async (dir: string) => {
        for (const dirent of await readdir(dir, { withFileTypes: true })) {
          if (dirent.name === '.git') continue;
          const full = join(dir, dirent.name);
          if (dirent.isDirectory()) await walk(full);
          else if (dirent.isFile()) files.push(relative(root, full).split(sep).join('/'));
        }
      };
      await walk(root);
      return files.sort();
    },
  };
}

async function statOnDisk(root: string, path: string): Promise<UpstreamEntry | null> {
  // Check every ancestor too: a symlinked directory would lead outside the root.
  const segments = path.split('/');
  for (let depth = 1; depth <= segments.length; depth++) {
    const prefix = segments.slice(0, depth).join('/');
    let info;
    try {
      info = await lstat(join(root, prefix));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
        return null;
      throw error;
    }
    if (info.isSymbolicLink()) {
      if (depth === segments.length) return { path, type: 'symlink', sha: null, size: null };
      throw new RefusedEntryError(prefix, 'symlink');
    }
    if (depth === segments.length) {
      if (info.isDirectory()) return { path, type: 'tree', sha: null, size: null };
      if (!info.isFile()) return null;
      const content = await readFile(join(root, path));
      return { path, type: 'blob', sha: gitBlobSha(content), size: content.byteLength };
    }
  }
  return null;
}
