import { git } from '@devguide/testkit';
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguideInProcess, repositoryOfCorpusFolder } from '../test/cli.js';

/*
 * `devguide merge --baseline` against a single run with `--baseline`, on a git repository of the
 * corpus's sig-testing pages: after the baseline was written, a file with findings is renamed (its
 * entries must follow it through git's history), one file loses its findings and one gains a new one.
 */
const dir = 'contributors/devel/sig-testing';
const shards = 3;
let cwd: string;

const run = (...argv: string[]) => devguideInProcess(cwd, ...argv);
const lint = (...argv: string[]) => run('lint', '--no-config', '--no-cache', ...argv);
const read = (name: string) => readFileSync(join(cwd, name), 'utf8');
const summary = (stderr: string) => /devguide: baseline [^\n]*/.exec(stderr)?.[0];

/** The shard reports of the tree as it is now. */
async function shardReports(tag: string): Promise<string[]> {
  const reports: string[] = [];
  for (let index = 1; index <= shards; index++) {
    const report = `${tag}-${index}.json`;
    const result = await lint('--shard', `${index}/${shards}`, '--format', 'json', '--output', report);
    expect(result.code, result.stderr).toBeLessThan(2);
    reports.push(report);
  }
  return reports;
}

beforeAll(() => {
  cwd = repositoryOfCorpusFolder(dir, 'devguide-merge-baseline-');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('devguide merge --baseline', () => {
  let before: string[];

  beforeAll(async () => {
    expect((await lint('--write-baseline', 'baseline.json')).code).toBeLessThan(2);
    before = await shardReports('before');
  });

  it('writes the baseline a single run writes', async () => {
    const merged = await run('merge', ...before, '--write-baseline', 'merged-baseline.json');
    expect(merged.code, merged.stderr).toBe(1);
    expect(merged.stderr).toMatch(/wrote \d+ finding\(s\) to the baseline merged-baseline\.json/);
    expect(read('merged-baseline.json')).toBe(read('baseline.json'));
  });

  it('gives the single run’s new, unchanged and fixed findings, in every format, with its exit code', async () => {
    git(cwd, ['mv', `${dir}/monitoring.md`, `${dir}/monitoring-guide.md`]);
    git(cwd, ['commit', '-qm', 'rename']);
    writeFileSync(join(cwd, dir, 'flaky-tests.md'), '# Flaky tests\n');
    appendFileSync(join(cwd, dir, 'testing.md'), '\nSee [the new page](./no-such-page.md).\n');
    const after = await shardReports('after');

    const single = await lint('--baseline', 'baseline.json', '--format', 'json');
    const counts = /(\d+) new, (\d+) unchanged, (\d+) fixed/.exec(summary(single.stderr) ?? '');
    expect(counts, single.stderr).not.toBeNull();
    // Each kind is there: the comparison is not trivially equal.
    expect(
      counts!
        .slice(1)
        .map(Number)
        .every((count) => count > 0),
      counts![0],
    ).toBe(true);
    const sarif = JSON.parse((await lint('--baseline', 'baseline.json', '--format', 'sarif')).stdout) as {
      runs: {
        results: {
          baselineState?: string;
          locations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const moved = sarif.runs[0]!.results.filter((result) =>
      result.locations?.[0]?.physicalLocation.artifactLocation.uri.endsWith('monitoring-guide.md'),
    );
    expect(moved.length).toBeGreaterThan(5);
    expect(new Set(moved.map((result) => result.baselineState))).toEqual(new Set(['unchanged']));

    for (const format of ['json', 'sarif', 'markdown', 'html', 'github', 'stylish']) {
      const whole = await lint('--baseline', 'baseline.json', '--format', format);
      const merged = await run('merge', ...after, '--baseline', 'baseline.json', '--format', format);
      expect(merged.code, `${format}: ${merged.stderr}`).toBe(whole.code);
      expect(summary(merged.stderr), format).toBe(summary(whole.stderr));
      expect(merged.stdout, format).toBe(whole.stdout);
    }
  });

  it('prunes the baseline as a single run does', async () => {
    copyFileSync(join(cwd, 'baseline.json'), join(cwd, 'single-pruned.json'));
    copyFileSync(join(cwd, 'baseline.json'), join(cwd, 'merged-pruned.json'));
    const after = await shardReports('pruned');
    const whole = await lint('--baseline', 'single-pruned.json', '--prune-baseline', '--format', 'json');
    const merged = await run('merge', ...after, '--baseline', 'merged-pruned.json', '--prune-baseline');
    expect(merged.code).toBe(whole.code);
    expect(read('merged-pruned.json')).not.toBe(read('baseline.json'));
    expect(read('merged-pruned.json')).toBe(read('single-pruned.json'));
  });

  it('refuses `--prune-baseline` without `--baseline`, one line, exit 2', async () => {
    const result = await run('merge', ...before, '--prune-baseline');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Unexpected `--prune-baseline` without `--baseline <file>`');
  });
});
