import { parseBaseline, type BaselinePlan, type BaselineRequest } from '@devguide/lint';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expectPath } from './expect-path.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** The baseline options `lint` and `merge` share. */
export interface BaselineValues {
  format: string;
  baseline?: string | undefined;
  writeBaseline?: string | undefined;
  pruneBaseline?: boolean | undefined;
}

/**
 * Checks the baseline options and reads the baseline, before any work: a wrong combination or a
 * malformed baseline is one line, and nothing is written. Null when no baseline option is given.
 */
export async function baselineRequest(io: Pick<CliIo, 'cwd'>, values: BaselineValues): Promise<BaselineRequest | null> {
  if (values.pruneBaseline && values.baseline === undefined)
    throw new UsageError('Unexpected `--prune-baseline` without `--baseline <file>`, expected both');
  if (values.baseline !== undefined && values.writeBaseline !== undefined)
    throw new UsageError(
      'Unexpected `--baseline` with `--write-baseline`, expected one of them',
      'write `--baseline <file> --prune-baseline` to drop fixed findings from a baseline',
    );
  if (values.baseline !== undefined) expectPath(io.cwd, values.baseline, 'baseline', 'file');
  if (values.writeBaseline !== undefined) expectPath(io.cwd, values.writeBaseline, 'write-baseline', 'output');
  if (values.baseline === undefined && values.writeBaseline === undefined) return null;
  const path = values.baseline === undefined ? null : resolve(io.cwd, values.baseline);
  return {
    format: values.format,
    ...(path === null
      ? {}
      : {
          compare: {
            baseline: parseBaseline(await readFile(path, 'utf8'), values.baseline!),
            path,
            prune: values.pruneBaseline === true,
          },
        }),
    ...(values.writeBaseline === undefined ? {} : { write: resolve(io.cwd, values.writeBaseline) }),
  };
}

/** What a baseline plan did, for stderr. */
export function baselineSummary(plan: BaselinePlan, values: BaselineValues): string {
  const lines: string[] = [];
  if (values.writeBaseline !== undefined)
    lines.push(`wrote ${plan.writes[0]!.findings} finding(s) to the baseline ${values.writeBaseline}`);
  if (plan.states)
    lines.push(
      `baseline ${values.baseline}: ${plan.fresh} new, ${plan.unchanged} unchanged, ${plan.absent.length} fixed${plan.absent.length > 0 && !values.pruneBaseline ? ' (--prune-baseline drops them)' : ''}`,
    );
  return lines.map((line) => `devguide: ${line}\n`).join('');
}
