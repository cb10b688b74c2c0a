import { writeAtomically } from '@devguide/content';
import { allRules, lint, reporters } from '@devguide/lint';
import { resolve } from 'node:path';
import { colourEnabled, exitCodes, type CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { version } from '../version.js';

export interface LintValues {
  paths: string[];
  fix: boolean;
  format: string;
  output?: string;
  maxWarnings?: string;
  root?: string;
  config?: string;
  noConfig: boolean;
  repository?: string;
  treeListing?: string;
  noCache: boolean;
  cacheLocation: string;
  jobs?: string;
  listRules: boolean;
  stats: boolean;
}

const formats = Object.keys(reporters);

export async function lintCommand(io: CliIo, values: LintValues): Promise<number> {
  if (values.listRules) {
    const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
    for (const rule of allRules) {
      io.stdout.write(`${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.scope === 'guide' ? 'guide' : 'any  '}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}\n`);
    }
    return exitCodes.ok;
  }
  if (!formats.includes(values.format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of \`${formats.join('`, `')}\``);
  }
  const maxWarnings = values.maxWarnings === undefined ? undefined : Number(values.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`Unexpected \`--max-warnings ${values.maxWarnings}\`, expected a whole number`);
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0)) throw new UsageError(`Unexpected \`--jobs ${values.jobs}\`, expected a whole number`);

  const run = await lint({
    cwd: io.cwd,
    paths: values.paths,
    ...(values.noConfig ? { config: null } : values.config ? { config: values.config } : {}),
    ...(values.root ? { root: values.root } : {}),
    ...(values.repository ? { repository: values.repository } : {}),
    ...(values.treeListing ? { treeListing: values.treeListing } : {}),
    fix: values.fix,
    cache: values.noCache ? null : values.cacheLocation,
    ...(jobs !== undefined ? { jobs } : {}),
    version: version(),
  });
  for (const warning of run.stats.warnings) io.stderr.write(`devguide: warning: ${warning}\n`);
  if (values.stats) io.stderr.write(`devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache\n`);
  const report = reporters[values.format as keyof typeof reporters](run.files, {
    cwd: io.cwd,
    color: values.output === undefined && colourEnabled(io, 'stdout'),
    version: version(),
    rules: run.rules,
  });
  if (values.output) await writeAtomically([{ path: resolve(io.cwd, values.output), content: report }]);
  else io.stdout.write(report);
  if (values.fix && run.stats.fixed.length > 0) io.stderr.write(`fixed ${run.stats.fixed.length} file(s): ${run.stats.fixed.join(', ')}\n`);

  let errors = 0;
  let warnings = 0;
  for (const file of run.files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++;
      else if (message.fatal === false) warnings++;
    }
  }
  if (values.format === 'stylish' && errors + warnings === 0 && !values.output) io.stdout.write(`${run.stats.files} file(s) linted, no problems\n`);
  if (errors > 0) return exitCodes.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`devguide: ${warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
