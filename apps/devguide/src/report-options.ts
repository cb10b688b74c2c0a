import { lintConfigSchema, reporters } from '@devguide/lint';
import { groupByValues } from '@devguide/owners';
import { UsageError } from './usage-error.js';

const formats = Object.keys(reporters);

/** The report options `lint` and `merge` share, checked the same way before any work. */
export function checkReportOptions(
  command: string,
  values: { format: string; groupBy?: string | undefined; repository?: string | undefined },
): void {
  if (!formats.includes(values.format))
    throw new UsageError(
      `Unexpected format \`${values.format}\`, expected one of \`${formats.join('`, `')}\``,
      `run \`devguide ${command} --help\``,
    );
  if (values.groupBy !== undefined && !(groupByValues as readonly string[]).includes(values.groupBy))
    throw new UsageError(
      `Unexpected \`--group-by ${values.groupBy}\`, expected one of \`${groupByValues.join('`, `')}\``,
      'write `--group-by sig` to group by SIG or working group',
    );
  // The same pattern as `repository` in the configuration: one definition of `owner/name`.
  if (values.repository !== undefined && !lintConfigSchema.shape.repository.safeParse(values.repository).success)
    throw new UsageError(
      `Unexpected \`--repository ${values.repository}\`, expected \`owner/name\``,
      'write it as GitHub does, such as `kubernetes/community`',
    );
}

/** `--max-warnings n`: a whole number, or unset. */
export function parseMaxWarnings(text: string | undefined): number | undefined {
  const maxWarnings = text === undefined ? undefined : Number(text);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(
      `Unexpected \`--max-warnings ${text}\`, expected a whole number`,
      'write `--max-warnings 0` to fail on any warning',
    );
  }
  return maxWarnings;
}
