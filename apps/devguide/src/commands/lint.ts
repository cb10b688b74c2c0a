import { writeAtomically } from '@devguide/content';
import {
  allRules,
  lint,
  lintConfigSchema,
  planFixPatches,
  reporters,
  type LintRun,
  type ReporterOptions,
} from '@devguide/lint';
import { groupByValues, loadOwnership, type GroupBy } from '@devguide/owners';
import { existsSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectPath } from '../expect-path.js';
import { colourEnabled, exitCodes, type CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { statusLine } from '../status-line.js';
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
  gitDir?: string;
  noCache: boolean;
  /** Default: `.devguide-cache/lint.v8`; one that cannot be written turns the cache off with a warning. */
  cacheLocation?: string;
  jobs?: string;
  listRules: boolean;
  stats: boolean;
  external?: boolean;
  offline?: boolean;
  linkCache?: string;
  allowEmpty?: boolean;
  groupBy?: string;
  ownersDir?: string;
  sigs?: string;
  ref?: string;
  patchDir?: string;
  maxPerPatch?: string;
}

const formats = Object.keys(reporters);

export async function lintCommand(io: CliIo, values: LintValues): Promise<number> {
  if (values.listRules) {
    const width = Math.max(...allRules.map((rule) => rule.meta.id.length));
    for (const rule of allRules) {
      io.stdout.write(
        `${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.scope === 'guide' ? 'guide' : 'any  '}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}\n`,
      );
    }
    return exitCodes.ok;
  }
  if (!formats.includes(values.format)) {
    throw new UsageError(
      `Unexpected format \`${values.format}\`, expected one of \`${formats.join('`, `')}\``,
      'run `devguide lint --help`',
    );
  }
  const maxWarnings = values.maxWarnings === undefined ? undefined : Number(values.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(
      `Unexpected \`--max-warnings ${values.maxWarnings}\`, expected a whole number`,
      'write `--max-warnings 0` to fail on any warning',
    );
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 0))
    throw new UsageError(
      `Unexpected \`--jobs ${values.jobs}\`, expected a whole number`,
      'write `--jobs 0` to lint in one thread',
    );

  if (values.offline && !values.external)
    throw new UsageError(
      'Unexpected `--offline` without `--external`, expected both (the lint is offline without `--external`)',
    );
  if (values.linkCache !== undefined && !values.external)
    throw new UsageError('Unexpected `--link-cache` without `--external`, expected both');
  // Paths are checked before any work: a wrong one is one line naming the option, and nothing is written.
  if (values.config !== undefined && !values.noConfig) expectPath(io.cwd, values.config, 'config', 'file');
  if (values.root !== undefined) expectPath(io.cwd, values.root, 'root', 'directory');
  if (values.treeListing !== undefined) expectPath(io.cwd, values.treeListing, 'tree-listing', 'file');
  if (values.output !== undefined) expectPath(io.cwd, values.output, 'output', 'output');
  if (!values.noCache && values.cacheLocation !== undefined)
    expectPath(io.cwd, values.cacheLocation, 'cache-location', 'cache');
  if (values.linkCache !== undefined) expectPath(io.cwd, values.linkCache, 'link-cache', 'cache');
  // The same pattern as `repository` in the configuration: one definition of `owner/name`.
  if (values.repository !== undefined && !lintConfigSchema.shape.repository.safeParse(values.repository).success)
    throw new UsageError(
      `Unexpected \`--repository ${values.repository}\`, expected \`owner/name\``,
      'write it as GitHub does, such as `kubernetes/community`',
    );
  if (values.groupBy !== undefined && !(groupByValues as readonly string[]).includes(values.groupBy))
    throw new UsageError(
      `Unexpected \`--group-by ${values.groupBy}\`, expected one of \`${groupByValues.join('`, `')}\``,
      'write `--group-by sig` to group by SIG or working group',
    );
  if (values.patchDir !== undefined && !values.fix)
    throw new UsageError('Unexpected `--patch-dir` without `--fix`, expected both', 'write `--fix --patch-dir <dir>`');
  const maxPerPatch = values.maxPerPatch === undefined ? undefined : Number(values.maxPerPatch);
  if (values.maxPerPatch !== undefined && values.patchDir === undefined)
    throw new UsageError('Unexpected `--max-per-patch` without `--patch-dir`, expected both');
  if (maxPerPatch !== undefined && (!Number.isInteger(maxPerPatch) || maxPerPatch < 1))
    throw new UsageError(
      `Unexpected \`--max-per-patch ${values.maxPerPatch}\`, expected a whole number above 0`,
      'write `--max-per-patch 20`',
    );
  if (values.patchDir !== undefined) expectPath(io.cwd, values.patchDir, 'patch-dir', 'directory?');
  if (values.ownersDir !== undefined) expectPath(io.cwd, values.ownersDir, 'owners-dir', 'directory');
  if (values.sigs !== undefined) expectPath(io.cwd, values.sigs, 'sigs', 'file');
  const progress = progressBar(io);
  const run = await lint({
    rules: allRules,
    cwd: io.cwd,
    paths: values.paths,
    ...(values.noConfig ? { config: null } : values.config ? { config: values.config } : {}),
    ...(values.root ? { root: values.root } : {}),
    ...(values.repository ? { repository: values.repository } : {}),
    ...(values.treeListing ? { treeListing: values.treeListing } : {}),
    ...(values.gitDir ? { gitDir: values.gitDir } : {}),
    // With --patch-dir the fixes become patches: the tree is left as it is.
    fix: values.fix && values.patchDir === undefined,
    allowEmpty: values.allowEmpty === true,
    cache: values.noCache ? null : (values.cacheLocation ?? defaultCacheLocation(io)),
    ...(jobs !== undefined ? { jobs } : {}),
    version: version(),
    ...(values.external
      ? {
          external: {
            offline: values.offline === true,
            env: io.env,
            ...(values.linkCache !== undefined ? { cache: resolve(io.cwd, values.linkCache) } : {}),
            ...(progress ? { onProgress: progress.update } : {}),
          },
        }
      : {}),
  });
  progress?.done();
  if (run.stats.external) io.stderr.write(externalSummary(run.stats.external));
  for (const warning of run.stats.warnings) io.stderr.write(`devguide: warning: ${warning}\n`);
  if (values.stats)
    io.stderr.write(
      `devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache, ${run.stats.handedBack} handed back to micromark\n`,
    );
  const context = reportContext(io, values, run);
  const report = reporters[values.format as keyof typeof reporters](run.files, {
    cwd: io.cwd,
    color: values.output === undefined && colourEnabled(io, 'stdout'),
    version: version(),
    rules: run.rules,
    ...context,
  });
  if (values.patchDir !== undefined) {
    const dir = resolve(io.cwd, values.patchDir);
    const patches = planFixPatches(run.files, {
      cwd: io.cwd,
      ...context,
      ...(maxPerPatch !== undefined ? { maxPerPatch } : {}),
    });
    mkdirSync(dir, { recursive: true });
    await writeAtomically(
      patches.flatMap((patch) => [
        { path: join(dir, `${patch.name}.patch`), content: patch.patch },
        { path: join(dir, `${patch.name}.md`), content: patch.body },
      ]),
    );
    const fixes = patches.reduce((sum, patch) => sum + patch.fixes.length, 0);
    io.stderr.write(`devguide: ${fixes} fix(es) in ${patches.length} patch(es) under ${values.patchDir}\n`);
  }
  if (values.output) await writeAtomically([{ path: resolve(io.cwd, values.output), content: report }]);
  else io.stdout.write(report);
  // Only once the report is out: a run that ends in exit 2 leaves the cache as it was.
  const cacheWarning = await run.saveCache();
  if (cacheWarning) io.stderr.write(`devguide: warning: ${cacheWarning}\n`);
  if (values.fix && run.stats.fixed.length > 0)
    io.stderr.write(`fixed ${run.stats.fixed.length} file(s): ${run.stats.fixed.join(', ')}\n`);

  let errors = 0;
  let warnings = 0;
  for (const file of run.files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++;
      else if (message.fatal === false) warnings++;
    }
  }
  if (values.format === 'stylish' && errors + warnings === 0 && !values.output)
    io.stdout.write(`${run.stats.files} file(s) linted, no problems\n`);
  if (errors > 0) return exitCodes.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`devguide: ${warnings} warning(s), more than --max-warnings ${maxWarnings}\n`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}

/**
 * Groups and links for the reports: owners from the OWNERS files and sigs.yaml of the tree (read only
 * when grouping), GitHub links from the repository and ref.
 */
function reportContext(
  io: CliIo,
  values: LintValues,
  run: LintRun,
): Pick<ReporterOptions, 'groupOf' | 'groupBy' | 'repository' | 'ref'> & { root: string } {
  const grouped = values.format === 'markdown' || values.format === 'html';
  const by = (values.groupBy ?? (grouped ? 'sig' : undefined)) as GroupBy | undefined;
  const context = {
    root: run.root,
    repository: run.repository,
    ref: values.ref ?? run.defaultBranch,
  };
  if (!by) return context;
  const sigsYaml = values.sigs !== undefined ? resolve(io.cwd, values.sigs) : join(run.root, 'sigs.yaml');
  let ownership;
  try {
    ownership = loadOwnership({
      ownersDir: values.ownersDir !== undefined ? resolve(io.cwd, values.ownersDir) : run.root,
      sigsYaml: by === 'sig' && existsSync(sigsYaml) ? sigsYaml : null,
      repository: run.repository,
    });
  } catch (error) {
    throw new UsageError((error as Error).message, 'fix the file, or group with `--group-by dir`');
  }
  return {
    ...context,
    groupBy: ownership.hasOwners || by === 'dir' ? by : 'dir',
    groupOf: (path) => ownership.groupOf(path, by),
  };
}

/**
 * `.devguide-cache/lint.v8` in the working directory; under the pre-commit framework (which sets
 * `PRE_COMMIT=1` for its hooks) the framework's own cache directory, one cache per repository, so
 * the hook leaves nothing in the user's tree and `pre-commit clean` removes it.
 */
export function defaultCacheLocation(io: Pick<CliIo, 'cwd' | 'env'>): string {
  if (io.env['PRE_COMMIT'] !== '1') return '.devguide-cache/lint.v8';
  const home =
    io.env['PRE_COMMIT_HOME'] ||
    join(io.env['XDG_CACHE_HOME'] || join(io.env['HOME'] || homedir(), '.cache'), 'pre-commit');
  const repository = createHash('sha256').update(resolve(io.cwd)).digest('hex').slice(0, 16);
  return join(home, 'devguide', repository, 'lint.v8');
}

type ExternalStats = NonNullable<LintRun['stats']['external']>;

/** The summary of `--external` on stderr: outcomes, requests, and the hosts with problems. */
function externalSummary(stats: ExternalStats): string {
  const { alive, dead, inconclusive, unchecked } = stats.byOutcome;
  const lines = [
    `devguide: external links: ${stats.urls} URL(s): ${alive} alive, ${dead} dead, ${inconclusive} inconclusive${unchecked ? `, ${unchecked} not checked (offline)` : ''}; ${stats.fromCache} from the cache, ${stats.fromLock} from the lock, ${stats.requests} request(s), ${(stats.ms / 1000).toFixed(1)} s`,
  ];
  const hosts = [...stats.byHost]
    .filter(([, host]) => host.dead + host.inconclusive > 0)
    .sort(([a, x], [b, y]) => y.dead + y.inconclusive - (x.dead + x.inconclusive) || a.localeCompare(b));
  for (const [host, counts] of hosts.slice(0, 20))
    lines.push(`devguide:   ${host}: ${counts.alive} alive, ${counts.dead} dead, ${counts.inconclusive} inconclusive`);
  if (hosts.length > 20) lines.push(`devguide:   and ${hosts.length - 20} more host(s) with problems`);
  return lines.map((line) => `${line}\n`).join('');
}

/** A one-line progress bar on an interactive stderr; nothing in CI or when piped. */
function progressBar(io: CliIo): { update(done: number, total: number): void; done(): void } | null {
  const line = statusLine(io);
  if (!line) return null;
  const width = 30;
  return {
    update(done, total) {
      const filled = Math.round((done / Math.max(total, 1)) * width);
      line.show(`[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} URLs`, done === total);
    },
    done: () => line.done(),
  };
}
