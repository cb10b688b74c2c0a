import { corpus } from '@devguide/testkit';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions, type LintRun } from '../engine/run-lint.js';
import { reporters, type ReporterOptions } from '../reporters/index.js';
import { allRules } from '../rules/index.js';
import { mergedFiles, parseReport, planMerge } from './merge-reports.js';
import { renderShardReport } from './shard-report.js';
import { planShards } from './shard-plan.js';

/*
 * A fixed sample of the corpus: the contributor guide and the developer guide link into each
 * other's files with fragments, so a split puts link and target in different shards. The whole
 * corpus is the benchmark's (bench/shards.bench.js); here a sample keeps the test quick.
 */
const sample = ['contributors/devel', 'contributors/guide'];
const root = corpus.communityDir;

let dir: string;
let options: LintOptions;
let single: LintRun;

const reportOptions = (run: LintRun): ReporterOptions => ({
  cwd: root,
  color: false,
  version: 'test',
  rules: run.rules,
  root: run.root,
  repository: run.repository,
  ref: run.defaultBranch,
});

/** The shards of one run, each written as its JSON report, then merged as `devguide merge` does. */
async function mergedRun(count: number, cache: string | null, paths = sample) {
  const texts: string[] = [];
  const runs: LintRun[] = [];
  for (let index = 1; index <= count; index++) {
    const run = await lint({ ...options, paths, cache, shard: { index, count } });
    runs.push(run);
    texts.push(
      renderShardReport(run.files, reportOptions(run), {
        index,
        count,
        plan: run.stats.shard!.digest,
        files: run.stats.files,
        root: '.',
        repository: run.repository,
        defaultBranch: run.defaultBranch,
        version: 'test',
      }),
    );
  }
  const plan = planMerge(texts.map((text, at) => parseReport(text, `shard-${at + 1}.json`)));
  return { runs, files: mergedFiles(plan, root) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-shards-'));
  options = {
    rules: allRules,
    cwd: root,
    root,
    paths: sample,
    config: null,
    repository: 'kubernetes/community',
    treeListing: corpus.treeListingPath,
    jobs: 0,
    cache: join(dir, 'lint.cache'),
  };
  single = await lint(options);
  // The previous run's facts, as a sweep restores them: every shard reads other files' facts from here.
  expect(await single.saveCache()).toBeNull();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sharded runs', () => {
  it('finds links whose fragment lands in another shard (the sample is a real test of the split)', () => {
    const relative = (path: string) => path.slice(root.length + 1);
    const sizes = single.files.map((file) => ({ path: relative(file.path), bytes: statSync(file.path).size }));
    for (let count = 2; count <= 8; count++) {
      const plan = planShards(sizes, count);
      const shardOf = new Map(plan.shards.flatMap((paths, at) => paths.map((path) => [path, at] as const)));
      const across = single.files.flatMap((file) =>
        file.messages.filter((message) => {
          const target = /^Unexpected missing anchor `[^`]*` in `([^`]+)`/.exec(message.reason)?.[1];
          return (
            message.ruleId === 'no-missing-anchor' &&
            target !== undefined &&
            shardOf.has(target) &&
            shardOf.get(target) !== shardOf.get(relative(file.path))
          );
        }),
      );
      expect(across.length, `${count} shards`).toBeGreaterThan(0);
    }
  });

  it('merges n = 1..8 shards into exactly the single run: JSON and SARIF, byte for byte', async () => {
    const json = reporters.json(single.files, reportOptions(single));
    const sarif = reporters.sarif(single.files, reportOptions(single));
    expect(single.files.reduce((sum, file) => sum + file.messages.length, 0)).toBeGreaterThan(20);
    for (let count = 1; count <= 8; count++) {
      const { runs, files } = await mergedRun(count, options.cache!);
      expect(reporters.json(files, reportOptions(single)), `${count} shards`).toBe(json);
      expect(reporters.sarif(files, reportOptions(single)), `${count} shards`).toBe(sarif);
      // Every file in exactly one shard; with more than one shard, some read another shard's facts.
      expect(runs.reduce((sum, run) => sum + run.stats.files, 0)).toBe(single.stats.files);
      if (count > 1) expect(runs.some((run) => run.stats.shard!.context > 0)).toBe(true);
    }
  }, 300_000);

  it('parses the files its links point into when there is no cache', async () => {
    // The contributor guide alone: its files link into each other's headings (a quicker sample to parse).
    const guide = ['contributors/guide'];
    const whole = await lint({ ...options, paths: guide, cache: null });
    const { runs, files } = await mergedRun(3, null, guide);
    expect(whole.files.some((file) => file.messages.some((message) => message.ruleId === 'no-missing-anchor'))).toBe(
      true,
    );
    expect(reporters.json(files, reportOptions(whole))).toBe(reporters.json(whole.files, reportOptions(whole)));
    // Only the targets it needed: fewer than every other file.
    for (const run of runs) {
      expect(run.stats.shard!.context).toBeGreaterThan(0);
      expect(run.stats.shard!.context).toBeLessThan(whole.stats.files - run.stats.files);
      expect(run.stats.parsed).toBe(run.stats.files + run.stats.shard!.context);
    }
  }, 120_000);

  it('keeps the link targets it read in its own cache, reads them first in its next run, never as a lint of them', async () => {
    // As the sweep restores each shard its own cache from the last sweep.
    const guide = ['contributors/guide'];
    const whole = await lint({ ...options, paths: guide, cache: null });
    const own = join(dir, 'shard-1-of-3.cache');
    const shard = () => lint({ ...options, paths: guide, cache: own, shard: { index: 1, count: 3 } });
    const first = await shard();
    expect(await first.saveCache()).toBeNull();
    const { files } = first.stats;
    const { context } = first.stats.shard!;
    expect(context).toBeGreaterThan(0);
    expect(first.stats).toMatchObject({ parsed: files + context, fromCache: 0 });
    expect(first.stats.shard!.passes).toBe(2);
    // The next run reads the targets its last run read before its link rules run: one pass.
    const next = await shard();
    expect(next.stats).toMatchObject({ parsed: 0, fromCache: files + context });
    expect(next.stats.shard).toMatchObject({ context, passes: 1 });
    expect(next.files.map((file) => file.messages)).toEqual(first.files.map((file) => file.messages));
    // The whole run from that cache lints the targets read for their facts: only the shard's own are whole.
    const single = await lint({ ...options, paths: guide, cache: own });
    expect(single.stats).toMatchObject({ parsed: whole.stats.files - files, fromCache: files });
    expect(reporters.json(single.files, reportOptions(single))).toBe(reporters.json(whole.files, reportOptions(whole)));
  }, 120_000);

  it('splits by the same plan on every machine: the plan of the sample is the shards the runs reported', async () => {
    const { runs } = await mergedRun(4, options.cache!);
    const own = runs.map((run) => run.files.map((file) => file.path.slice(root.length + 1)).sort());
    const plan = planShards(
      single.files.map((file) => ({ path: file.path.slice(root.length + 1), bytes: statSync(file.path).size })),
      4,
    );
    expect(own).toEqual(plan.shards);
  });
});
