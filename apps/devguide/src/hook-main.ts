import { GuideError } from '@devguide/markdown';
import { hookCommand } from './commands/hook.js';
import { exitCodes, type CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * The pre-commit hook on its own, for a bundle of its own: a commit waits for it, and the whole
 * CLI would also load the sync and link-checking network code, which the hook never runs.
 * Same behaviour and messages as `devguide hook pre-commit`. Never throws.
 */
export async function runPreCommit(io: CliIo, command: string): Promise<number> {
  try {
    return await hookCommand(io, { hook: 'pre-commit', command });
  } catch (error) {
    io.stderr.write(`${describe(error)}\n`);
    return exitCodes.failure;
  }
}

function describe(error: unknown): string {
  if (error instanceof GuideError) return error.format();
  if (error instanceof UsageError) return `devguide: ${error.message}${error.fix ? `; ${error.fix}` : ''}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ['ENOENT', 'EACCES', 'EBINARY', 'EENCODING', 'ENOSPC', 'EROFS'].includes(code)) return `devguide: ${(error as Error).message}`;
  return `devguide: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
