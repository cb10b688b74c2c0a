import type { LintRun } from '@devguide/lint';
import { exitCodes, type CliIo } from './io.js';

/** Errors and warnings of a report, counting only the messages `counted` takes. */
export function problemCounts(
  files: LintRun['files'],
  counted: (message: LintRun['files'][number]['messages'][number]) => boolean = () => true,
): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files)
    for (const message of file.messages) {
      if (!counted(message)) continue;
      if (message.fatal === true) errors++;
      else if (message.fatal === false) warnings++;
    }
  return { errors, warnings };
}

/** Exit 1 on any error, or on more warnings than `--max-warnings` allows (said on stderr); else 0. */
export function reportExit(
  io: CliIo,
  counts: { errors: number; warnings: number },
  maxWarnings: number | undefined,
): number {
  if (counts.errors > 0) return exitCodes.findings;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    io.stderr.write(`devguide: ${counts.warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
