import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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
  if?: string;
}
interface Job {
  'runs-on': string;
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

describe('the GitHub Actions workflows', () => {
  it('are valid YAML with the documented keys', () => {
    expect([...workflows.keys()].sort()).toEqual(['pull-request.yml', 'upstream.yml']);
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
    expect(text).toMatch(/^pnpm devguide lint --format github$/m);
    expect(text).toMatch(/pnpm devguide lint --format sarif --output devguide\.sarif/);
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
    const workflow = byTrigger('schedule');
    expect(workflow.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    const text = runs(workflow);
    expect(text).toContain('pnpm sync:upstream --check');
    expect(text).toContain('pnpm lint:links');
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const cache = steps(workflow).find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with).toMatchObject({ path: '.devguide-cache/links.v1.json', 'restore-keys': 'devguide-links-' });
    // The cache is restored before the link check runs.
    const order = steps(workflow).map((step) => step.uses ?? step.run ?? '');
    expect(order.findIndex((step) => step.startsWith('actions/cache@'))).toBeLessThan(
      order.findIndex((step) => step.includes('pnpm lint:links')),
    );
    const env = Object.values(workflow.jobs)[0] as Job & { env?: Record<string, string> };
    expect(env.env).toMatchObject({ GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
  });

  it('pass the GitHub token through turbo to the tasks that need it', () => {
    const turbo = JSON.parse(readFileSync(join(repoRoot, 'turbo.json'), 'utf8')) as {
      tasks: Record<string, { passThroughEnv?: string[] }>;
    };
    for (const task of ['//#devguide:sync', '//#devguide:links'])
      expect(turbo.tasks[task]?.passThroughEnv, task).toEqual(
        expect.arrayContaining(['GITHUB_TOKEN', 'GITHUB_API_URL']),
      );
    expect(scripts['sync:upstream']).toContain('//#devguide:sync');
    expect(scripts['lint:links']).toContain('//#devguide:links');
    expect(scripts['devguide:links']).toMatch(/ lint --external$/);
  });
});
