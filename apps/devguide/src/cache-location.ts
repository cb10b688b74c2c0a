import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** What the cache locations depend on: the working directory and the environment. */
export interface CacheIo {
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * `.devguide-cache/lint.v8` in the working directory; under the pre-commit framework (which sets
 * `PRE_COMMIT=1` for its hooks) the framework's own cache directory, one cache per repository, so
 * the hook leaves nothing in the user's tree and `pre-commit clean` removes it.
 */
export function defaultCacheLocation(io: CacheIo): string {
  if (io.env['PRE_COMMIT'] !== '1') return '.devguide-cache/lint.v8';
  const home =
    io.env['PRE_COMMIT_HOME'] ||
    join(io.env['XDG_CACHE_HOME'] || join(io.env['HOME'] || homedir(), '.cache'), 'pre-commit');
  const repository = createHash('sha256').update(resolve(io.cwd)).digest('hex').slice(0, 16);
  return join(home, 'devguide', repository, 'lint.v8');
}

/**
 * The directory of the hook's caches, absolute: outside the working tree, so that the hook leaves
 * nothing a `git status` shows; the repository's git directory, or under the pre-commit framework
 * the framework's cache directory.
 */
export function hookCacheDir(io: CacheIo, gitDir: string): string {
  return io.env['PRE_COMMIT'] === '1' ? resolve(io.cwd, defaultCacheLocation(io), '..') : join(gitDir, 'devguide');
}
