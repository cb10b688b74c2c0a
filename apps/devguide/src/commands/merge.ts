import { allRules, applyBaseline, mergedFiles, movesOf, parseReport, planBaseline, planMerge } from '@devguide/lint';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { baselineRequest, baselineSummary, type BaselineValues } from '../baseline-options.js';
import { expectPath } from '../expect-path.js';
import { colourEnabled, type CliIo } from '../io.js';
import { reportContext } from '../report-context.js';
import { problemCounts, reportExit } from '../report-exit.js';
import { checkReportOptions, parseMaxWarnings } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';
import { writeReport } from '../write-report.js';

export interface MergeValues extends BaselineValues {
  reports: string[];
  format: string;
  output?: string;
  maxWarnings?: string;
  groupBy?: string;
  ownersDir?: string;
  sigs?: string;
  ref?: string;
  root?: string;
  repository?: string;
}

/**
 * `devguide merge`: the shard reports of one run (or whole runs' JSON reports) as one report in
 * any format, with the exit code the whole run would have had.
 */
export async function mergeCommand(io: CliIo, values: MergeValues): Promise<number> {
  if (values.reports.length === 0)
    throw new UsageError(
      'Unexpected no reports, expected the JSON reports of the shards',
      'write `devguide merge shard-1.json shard-2.json --format sarif`',
    );
  checkReportOptions('merge', values);
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
  for (const report of values.reports) expectPath(io.cwd, report, '', 'file');
  if (values.output !== undefined) expectPath(io.cwd, values.output, 'output', 'output');
  if (values.root !== undefined) expectPath(io.cwd, values.root, 'root', 'directory');
  if (values.ownersDir !== undefined) expectPath(io.cwd, values.ownersDir, 'owners-dir', 'directory');
  if (values.sigs !== undefined) expectPath(io.cwd, values.sigs, 'sigs', 'file');
  const baselineAsked = await baselineRequest(io, values);

  const loaded = await Promise.all(
    values.reports.map(async (name) => parseReport(await readFile(resolve(io.cwd, name), 'utf8'), name)),
  );
  const plan = planMerge(loaded);
  const files = mergedFiles(plan, io.cwd);
  const tree = plan.context
    ? {
        root: resolve(io.cwd, plan.context.root),
        repository: plan.context.repository,
        defaultBranch: plan.context.defaultBranch,
      }
    : {
        root: resolve(io.cwd, values.root ?? '.'),
        repository: values.repository ?? null,
        defaultBranch: 'main',
      };
  // The same baseline plan as a single run's: renamed files' entries follow them through the tree's history.
  const baselinePlan = baselineAsked ? planBaseline(files, baselineAsked, () => movesOf(tree.root)) : null;
  const baseline = baselinePlan ? await applyBaseline(files, baselinePlan) : null;
  if (baselinePlan) io.stderr.write(baselineSummary(baselinePlan, values));
  const options = {
    cwd: io.cwd,
    color: values.output === undefined && colourEnabled(io, 'stdout'),
    version: version(),
    rules: allRules.map((rule) => rule.meta),
    ...reportContext(io, values, tree),
    ...baseline?.report,
  };
  await writeReport(io, { format: values.format, output: values.output, files, options });
  const counts = problemCounts(files, baseline?.counted);
  io.stderr.write(
    `devguide: merged ${loaded.length} report(s)${plan.shards ? ` (${plan.shards} shards)` : ''}: ${files.length} file(s), ${counts.errors} error(s), ${counts.warnings} warning(s)\n`,
  );
  return reportExit(io, counts, maxWarnings);
}
