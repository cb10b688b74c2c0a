import { statSync } from 'node:fs';
import { join } from 'node:path';
import { planShards, shardOfUrl, type Shard } from '../shards/shard-plan.js';
import type { FileOutcome } from './lint-file.js';
import type { LintedFiles } from './lint-files.js';
import type { LintPass } from './report-files.js';
import type { Finding } from './rule.js';
import type { LintSetup } from './setup-lint.js';

/** What one shard of a run lints and reports. */
export interface ShardScope {
  shard: Shard;
  /** The files this shard reports on (relative to the root). */
  own: ReadonlySet<string>;
  /** Digest of every path of the run: the merge refuses reports of different trees. */
  digest: string;
  /** Files of other shards read for their facts (link targets; with `--external`, every file). */
  context: number;
  /** Passes of the project rules: one more each time they reach files of other shards not yet read. */
  passes: number;
}

/** The shard's files, from the plan of every file of the run by path and size. */
export function shardScope(setup: LintSetup, shard: Shard): ShardScope {
  const plan = planShards(
    setup.paths.map((path) => ({ path, bytes: statSync(join(setup.root, path)).size })),
    shard.count,
  );
  return { shard, own: new Set(plan.shards[shard.index - 1]), digest: plan.digest, context: 0, passes: 0 };
}

/** The external URLs this shard checks. */
export function ownsUrl(shard: Shard): (url: string) => boolean {
  return (url) => shardOfUrl(url, shard.count) === shard.index;
}

/**
 * Runs the project pass of a shard until every file whose anchors its rules asked for has been
 * read: the files of other shards are deferred in the index, a rule that reaches one records it,
 * the shard reads those files (from the cache where it can) and runs the pass again. Link targets
 * are thus found by the rules themselves; a second round is all a tree needs. The files this
 * shard's last run read for their facts (`lastTargets`, from its cache) are read first: in an
 * unchanged tree they are the targets, and one pass is all it takes.
 */
export async function shardProjectPass(
  setup: LintSetup,
  scope: ShardScope,
  files: LintedFiles,
  project: () => Map<string, Finding[]>,
  read: (paths: readonly string[]) => Promise<LintedFiles>,
  lastTargets: ReadonlySet<string> = new Set(),
): Promise<Map<string, Finding[]>> {
  const add = (more: LintedFiles) => {
    for (const [path, outcome] of more.outcomes) files.outcomes.set(path, outcome);
    for (const [path, text] of more.texts) files.texts.set(path, text);
    files.parsed += more.parsed;
    files.fromCache += more.fromCache;
    files.handedBack += more.handedBack;
    scope.context += more.outcomes.size;
  };
  const known = setup.paths.filter((path) => lastTargets.has(path) && !files.outcomes.has(path));
  if (known.length > 0) add(await read(known));
  const asked = new Set<string>();
  for (;;) {
    for (const path of setup.paths) if (!files.outcomes.has(path)) setup.local.defer(path, asked);
    const findings = project();
    scope.passes++;
    const missing = setup.paths.filter((path) => asked.has(path) && !files.outcomes.has(path));
    asked.clear();
    if (missing.length === 0) return findings;
    add(await read(missing));
  }
}

/**
 * What a shard reports: its own files with every finding, and other files only for the findings
 * of the URLs it checked (their file-rule findings belong to their own shard).
 */
export function shardReport(pass: LintPass, own: ReadonlySet<string>): LintPass {
  const outcomes = new Map<string, FileOutcome>();
  for (const [path, outcome] of pass.outcomes) {
    if (own.has(path)) outcomes.set(path, outcome);
    else if ((pass.project.get(path) ?? []).length > 0) outcomes.set(path, { ...outcome, findings: [] });
  }
  return { ...pass, outcomes };
}
