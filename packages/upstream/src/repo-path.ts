import { posix } from 'node:path';

/** Why an upstream path is refused. */
export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Unexpected upstream path \`${path}\`: ${reason}`);
    this.name = 'UnsafePathError';
  }
}

/**
 * A repository path that is safe to join below a destination directory:
 * relative, normalised, no `..`, no NUL or backslash.
 */
export function safeRepoPath(path: string): string {
  if (path.includes('\0')) throw new UnsafePathError(path, 'contains a NUL byte');
  if (path.includes('\\')) throw new UnsafePathError(path, 'contains a backslash');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) throw new UnsafePathError(path, 'is absolute');
  const trimmed = path.replace(/(?<=.)\/+$/, '');
  const normalised = posix.normalize(trimmed);
  if (normalised !== trimmed || normalised === '..' || normalised.startsWith('../') || normalised === '.') {
    throw new UnsafePathError(path, 'is not a normalised path inside the repository');
  }
  if (normalised.split('/').some((segment) => segment === '.git'))
    throw new UnsafePathError(path, 'names a .git directory');
  return normalised;
}
