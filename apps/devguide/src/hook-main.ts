import { hookCommand } from './commands/hook.js';
import { describeError } from './describe-error.js';
import { exitCodes, type CliIo } from './io.js';
import type { StagedIndex } from './staged.js';

/**
 * The pre-commit hook on its own, an entry point of the bundle: a commit waits for it, so it
 * loads nothing but the hook (no argument parsing, help or other commands). Same behaviour and
 * messages as `devguide hook pre-commit`. Never throws.
 */
export async function runPreCommit(
  io: CliIo,
  command: string,
  staged?: Promise<StagedIndex>,
  paths: readonly string[] = [],
): Promise<number> {
  try {
    return await hookCommand(io, { hook: 'pre-commit', paths, command, ...(staged ? { staged } : {}) });
  } catch (error) {
    io.stderr.write(`${describeError(error, io.cwd)}\n`);
    return exitCodes.failure;
  }
}
