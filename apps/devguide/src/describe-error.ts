import { GitHubError } from '@devguide/github/errors';
import { GuideError, InputError } from '@devguide/markdown';
import { GitSourceError, RefusedEntryError, UnsafePathError } from '@devguide/upstream';
import { isAbsolute, relative } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * What each system error means to a user: what we found, what was expected, and the fix.
 * Node's own text (`ENOENT: no such file or directory, open '…'`) names neither.
 */
const systemErrors: Record<string, { found: string; expected: string; fix: string }> = {
  ENOENT: { found: 'missing path', expected: 'an existing file or directory', fix: 'check the path' },
  ENOTDIR: {
    found: 'file where a directory belongs',
    expected: 'a directory',
    fix: 'name a directory, or remove the file in the way',
  },
  EISDIR: { found: 'directory', expected: 'a file', fix: 'name a file, not a directory' },
  ELOOP: {
    found: 'symbolic link loop',
    expected: 'a link that ends at a file or directory',
    fix: 'remove or repoint the symbolic link',
  },
  EACCES: { found: 'permission denied', expected: 'a path devguide may read and write', fix: 'fix its permissions' },
  EPERM: {
    found: 'operation not permitted',
    expected: 'a path devguide may read and write',
    fix: 'fix its permissions',
  },
  EROFS: { found: 'read-only file system', expected: 'a writable location', fix: 'choose a writable location' },
  ENOSPC: { found: 'full disk', expected: 'space to write', fix: 'free disk space and run again' },
  EDQUOT: { found: 'exceeded disk quota', expected: 'space to write', fix: 'free disk space and run again' },
  EMFILE: { found: 'too many open files', expected: 'a free file descriptor', fix: 'raise the limit (`ulimit -n`)' },
  ENFILE: { found: 'too many open files', expected: 'a free file descriptor', fix: 'raise the limit (`ulimit -n`)' },
  ENAMETOOLONG: { found: 'name too long', expected: 'a shorter path', fix: 'shorten the path' },
  EEXIST: { found: 'existing path', expected: 'a free path', fix: 'move or remove what is in the way' },
  ENOTEMPTY: { found: 'non-empty directory', expected: 'an empty directory', fix: 'move or remove its contents' },
  EBUSY: { found: 'busy file', expected: 'a file not in use', fix: 'close what holds it and run again' },
  EXDEV: { found: 'move across file systems', expected: 'paths on one file system', fix: 'keep them on one device' },
  EIO: { found: 'input/output error', expected: 'a readable device', fix: 'check the disk' },
};

/**
 * A UsageError of another copy of the module: the pre-commit hook's start (`hook-start`) reads the
 * index before its bundle (`hook.cjs`, with its own copy) is loaded, and rejects with its own.
 */
function isForeignUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError' && !(error instanceof UsageError);
}

/**
 * One line for the user: a user error names its place, what was expected and the fix; anything
 * else is a bug, with its stack. `cwd` makes the paths of system errors relative, as typed.
 */
export function describeError(error: unknown, cwd?: string): string {
  if (error instanceof GuideError) return error.format();
  // By name: the lint package (where it is thrown) is loaded only by the commands that lint.
  if (error instanceof Error && error.name === 'LintWorkerError') return `devguide: ${error.message}`;
  if (error instanceof UsageError || error instanceof InputError || isForeignUsageError(error))
    return `devguide: ${error.message}${error.fix ? `; ${error.fix}` : ''}`;
  if (
    error instanceof UnsafePathError ||
    error instanceof RefusedEntryError ||
    error instanceof GitSourceError ||
    error instanceof GitHubError
  )
    return `devguide: ${error.message}`;
  const system = error as NodeJS.ErrnoException | undefined;
  // errno-style codes only: `ERR_*` (Node's own) and `UND_ERR_*` are bugs or have their own handling.
  const code = typeof system?.code === 'string' && /^E[A-Z0-9]+$/.test(system.code) ? system.code : undefined;
  // Node's system errors name a `syscall`; an error the project made with a code (such as `EBINARY`
  // for a file that is not text) already says what to do in its message.
  if (code && system?.syscall === undefined) return `devguide: ${system!.message}`;
  const known = code ? systemErrors[code] : undefined;
  if (code) {
    const path = system!.path ?? (system as { dest?: string }).dest;
    const where = path === undefined ? '' : `${shown(path, cwd)}: `;
    const { found, expected, fix } = known ?? {
      found: `\`${code}\` from \`${system!.syscall}\``,
      expected: 'the operation to succeed',
      fix: 'check the path and run again',
    };
    return `devguide: ${where}Unexpected ${found}, expected ${expected}; ${fix}`;
  }
  // An unexpected failure is a bug in devguide: keep the stack for the report.
  return `devguide: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

function shown(path: string, cwd: string | undefined): string {
  if (!cwd || !isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
