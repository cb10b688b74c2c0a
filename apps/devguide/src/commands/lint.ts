import { writeAtomically } from '@devguide/content';
import {
  allRules,
  applyBaseline,
  applyEdits,
  identityFormats,
  lint,
  maxShards,
  parseShard,
  shardReportPieces,
  tuneLintRuntime,
  planBaseline,
  planFixPatches,
  type LintOptions,
  type LintRun,
  type TextEdit,
} from '@devguide/lint';
import { baselineRequest, baselineSummary } from '../baseline-options.js';
import { newSinceBase } from '../changed-since.js';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defaultCacheLocation } from '../cache-location.js';
import { expectPath } from '../expect-path.js';
import { colourEnabled, exitCodes, type CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { statusLine } from '../status-line.js';
import { reportContext } from '../report-context.js';
import { problemCounts, reportExit } from '../report-exit.js';
import { checkReportOptions, parseMaxWarnings } from '../report-options.js';
import { version } from '../version.js';
import { writeReport } from '../write-report.js';

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
  /** Report only findings not in this baseline file. */
  baseline?: string;
  /** Write the findings to this baseline file. */
  writeBaseline?: string;
  pruneBaseline?: boolean;
  /** Pull-request mode: only findings new since the merge base with this revision. */
  changedSince?: string;
  worktree?: boolean;
  groupBy?: string;
  ownersDir?: string;
  sigs?: string;
  ref?: string;
  patchDir?: string;
  maxPerPatch?: string;
  /** `i/n`: lint shard i of n. */
  shard?: string;
}

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
  checkReportOptions('lint', values);
  // Before any parsing: V8's tier-up tuned for a lint process (its workers get the same flags).
  tuneLintRuntime();
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
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
  if (values.worktree && values.changedSince === undefined)
    throw new UsageError('Unexpected `--worktree` without `--changed-since <rev>`, expected both');
  if (values.changedSince !== undefined && values.paths.length > 0)
    throw new UsageError(
      'Unexpected paths with `--changed-since`, expected none (a change can break links in any file)',
      'write `devguide lint --changed-since <rev>` alone',
    );
  if (values.linkCache !== undefined && !values.external)
    throw new UsageError('Unexpected `--link-cache` without `--external`, expected both');
  // Paths are checked before any work: a wrong one is one line naming the option, and nothing is written.
  if (values.config !== undefined && !values.noConfig) expectPath(io.cwd, values.config, 'config', 'file');
  if (values.root !== undefined) expectPath(io.cwd, values.root, 'root', 'directory');
  if (values.treeListing !== undefined) expectPath(io.cwd, values.treeListing, 'tree-listing', 'file');
  if (values.output !== undefined) expectPath(io.cwd, values.output, 'output', 'output');
  const baselineAsked = await baselineRequest(io, values);
  if (!values.noCache && values.cacheLocation !== undefined)
    expectPath(io.cwd, values.cacheLocation, 'cache-location', 'cache');
  if (values.linkCache !== undefined) expectPath(io.cwd, values.linkCache, 'link-cache', 'cache');
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
  const shard = values.shard === undefined ? undefined : shardOf(values);
  if (values.ownersDir !== undefined) expectPath(io.cwd, values.ownersDir, 'owners-dir', 'directory');
  if (values.sigs !== undefined) expectPath(io.cwd, values.sigs, 'sigs', 'file');
  const progress = progressBar(io);
  const options: LintOptions = {
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
    ...(shard ? { shard } : {}),
    version: version(),
    ...(values.changedSince !== undefined ? { trackReads: true } : {}),
    // Baselines, PR mode and the JSON and SARIF reports read identities; nothing else does.
    identities: baselineAsked !== null || identityFormats.has(values.format),
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
  };
  // PR mode fixes only what the change brings: the lint runs without `fix`, then those fixes apply.
  const prFix = values.fix && values.changedSince !== undefined;
  let run = await lint(prFix ? { ...options, fix: false } : options);
  progress?.done();
  const since =
    values.changedSince === undefined ? null : { rev: values.changedSince, worktree: values.worktree === true };
  let sinceBase = since ? await newSinceBase(io, since, options, run) : null;
  let prFixed: string[] = [];
  if (prFix && sinceBase) {
    prFixed = await applyFixesOf(run, sinceBase.fresh);
    if (prFixed.length > 0) {
      run = await lint({ ...options, fix: false });
      sinceBase = await newSinceBase(io, since!, options, run);
    }
  }
  if (run.stats.external) io.stderr.write(externalSummary(run.stats.external));
  for (const warning of run.stats.warnings) io.stderr.write(`devguide: warning: ${warning}\n`);
  if (values.stats)
    io.stderr.write(
      `devguide: ${run.stats.files} file(s), ${run.stats.parsed} parsed, ${run.stats.fromCache} from the cache, ${run.stats.handedBack} handed back to micromark, ${run.stats.inPart} in part (${(run.stats.inPartBytes / 1024).toFixed(1)} KiB)\n`,
    );
  if (values.stats && run.stats.shard)
    io.stderr.write(
      `devguide: shard ${run.stats.shard.index}/${run.stats.shard.count}: ${run.stats.files} file(s) of its own, ${run.stats.shard.context} of other shards read for their facts, ${run.stats.shard.passes} pass(es) of the project rules\n`,
    );
  if (sinceBase && values.stats)
    io.stderr.write(
      `devguide: changed since ${values.changedSince} (merge base ${sinceBase.mergeBase.slice(0, 12)}): ${sinceBase.changes} change(s); at the merge base ${sinceBase.parsed} file(s) parsed, ${sinceBase.fromCache} from the cache, ${sinceBase.compared === null ? 'its tree written out (the lint configuration, tree listing or content lock changed)' : `${sinceBase.compared} file(s) compared with it`}\n`,
    );
  const baselinePlan = baselineAsked ? planBaseline(run.files, baselineAsked, run.moves) : null;
  const baseline = baselinePlan ? await applyBaseline(run.files, baselinePlan) : null;
  if (baselinePlan) io.stderr.write(baselineSummary(baselinePlan, values));
  // PR mode reports only what the change brings; SARIF carries the baseline's unchanged findings too.
  if (sinceBase)
    for (const file of run.files) file.messages = file.messages.filter((message) => sinceBase.fresh.has(message));
  const comparing = Boolean(baselinePlan?.states);
  const context = reportContext(io, values, run);
  const reportOptions = {
    cwd: io.cwd,
    color: values.output === undefined && colourEnabled(io, 'stdout'),
    version: version(),
    rules: run.rules,
    ...baseline?.report,
    ...context,
  };
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
  // A shard's JSON says which shard of which files it is: `devguide merge` checks the set is whole.
  const shardHeader =
    run.stats.shard && values.format === 'json'
      ? {
          index: run.stats.shard.index,
          count: run.stats.shard.count,
          plan: run.stats.shard.digest,
          files: run.stats.files,
          root: relative(io.cwd, run.root).split(sep).join('/') || '.',
          repository: run.repository,
          defaultBranch: run.defaultBranch,
          version: version(),
        }
      : null;
  await writeReport(
    io,
    { format: values.format, output: values.output, files: run.files, options: reportOptions },
    shardHeader ? () => shardReportPieces(run.files, reportOptions, shardHeader) : undefined,
  );
  // Only once the report is out: a run that ends in exit 2 leaves the cache as it was.
  const cacheWarning = await run.saveCache();
  if (cacheWarning) io.stderr.write(`devguide: warning: ${cacheWarning}\n`);
  const fixed = prFix ? prFixed : run.stats.fixed;
  if (values.fix && fixed.length > 0) io.stderr.write(`fixed ${fixed.length} file(s): ${fixed.join(', ')}\n`);

  const counts = problemCounts(run.files, baseline?.counted);
  if (values.format === 'stylish' && counts.errors + counts.warnings === 0 && !values.output)
    io.stdout.write(`${run.stats.files} file(s) linted, no ${comparing ? 'new ' : ''}problems\n`);
  return reportExit(io, counts, maxWarnings);
}

/** Applies the fixes the given messages carry, atomically; returns the files written (relative to cwd). */
async function applyFixesOf(run: LintRun, messages: ReadonlySet<object>): Promise<string[]> {
  const writes: { path: string; content: string }[] = [];
  for (const file of run.files) {
    const edits = file.messages
      .filter((message) => messages.has(message))
      .flatMap((message) => {
        const fix = (message as { fix?: TextEdit[] }).fix;
        return fix && fix.length > 0 ? [fix] : [];
      });
    if (edits.length === 0) continue;
    const text = String(file.value);
    const next = applyEdits(text, edits);
    if (next !== text) writes.push({ path: file.path, content: next });
  }
  await writeAtomically(writes);
  return writes.map((write) => relative(run.root, write.path).split(sep).join('/'));
}

/** `--shard i/n`, and the options a shard cannot take: a shard reports, the whole run decides. */
function shardOf(values: LintValues) {
  const shard = parseShard(values.shard!);
  if (!shard)
    throw new UsageError(
      `Unexpected \`--shard ${values.shard}\`, expected \`i/n\` with 1 ≤ i ≤ n ≤ ${maxShards}`,
      'write `--shard 1/4` for the first of four shards',
    );
  const whole = (
    [
      ['fix', values.fix],
      ['changed-since', values.changedSince !== undefined],
      ['baseline', values.baseline !== undefined],
      ['write-baseline', values.writeBaseline !== undefined],
    ] as const
  ).find(([, given]) => given);
  if (whole)
    throw new UsageError(
      `Unexpected \`--${whole[0]}\` with \`--shard\`, expected one of them (it needs the whole run's findings)`,
      whole[0].endsWith('baseline')
        ? `give \`--${whole[0]}\` to \`devguide merge <reports...>\` instead, which answers as a single run`
        : 'run it without `--shard`',
    );
  return shard;
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
