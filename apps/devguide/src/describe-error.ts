import { GitHubError } from '@devguide/github/errors';
import { GuideError } from '@devguide/markdown';
import { GitSourceError, RefusedEntryError, UnsafePathError } from '@devguide/upstream';
import { UsageError } from './usage-error.js';

/** One line for the user: a user error names its place and fix; anything else is a bug, with its stack. */
export function describeError(error: unknown): string {
  if (error instanceof GuideError) return error.format();
  // By name: the lint package (where it is thrown) is loaded only by the commands that lint.
  if (error instanceof Error && error.name === 'LintWorkerError') return `devguide: ${error.message}`;
  if (error instanceof UsageError) return `devguide: ${error.message}${error.fix ? `; ${error.fix}` : ''}`;
  if (
    error instanceof UnsafePathError ||
    error instanceof RefusedEntryError ||
    error instanceof GitSourceError ||
    error instanceof GitHubError
  )
    return `devguide: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ['ENOENT', 'EACCES', 'EBINARY', 'EENCODING', 'ENOSPC', 'EROFS'].includes(code))
    return `devguide: ${(error as Error).message}`;
  // An unexpected failure is a bug in devguide: keep the stack for the report.
  return `devguide: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
