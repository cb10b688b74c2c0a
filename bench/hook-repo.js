// The repository the hook benchmarks commit to: this repository's content/ and lint configuration,
// a hook script installed as its pre-commit hook, and a guide change new to the hook's cache each
// time one is staged (a new title, the README regenerated), as a user's commits go.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchGitEnv as env, devguideBin, measure, root } from './lib.js';

export function sh(cwd, command, args) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export function guideRepo(hookScript) {
  const repo = mkdtempSync(join(tmpdir(), 'devguide-bench-hook-'));
  cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(root, '.devguide-lint.yaml'), join(repo, '.devguide-lint.yaml'));
  sh(repo, 'git', ['init', '-q']);
  writeFileSync(
    join(repo, '.git', 'hooks', 'pre-commit'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(hookScript)}\n`,
    { mode: 0o755 },
  );
  sh(repo, 'git', ['add', '.']);
  sh(repo, 'git', ['commit', '-q', '--no-verify', '-m', 'Guide']);
  const config = join(repo, 'content', 'devguide.yaml');
  const original = readFileSync(config, 'utf8');
  let changes = 0;
  return {
    repo,
    /** Stages a title not seen before, the README regenerated: the hook lints a guide new to its cache. */
    stageChange() {
      changes++;
      writeFileSync(
        config,
        original.replace('title: Kubernetes Developer Guide', `title: Kubernetes Developer Guide, revision ${changes}`),
      );
      sh(repo, process.execPath, [devguideBin, 'readme']);
      sh(repo, 'git', ['add', 'content']);
    },
    /** Commits what is staged, without the hook: HEAD's guide is then the one the hook last linted. */
    commit: () => sh(repo, 'git', ['commit', '-q', '--no-verify', '-m', `Revision ${changes}`]),
    /** A command in the repository: wall and CPU time (its children's included). */
    timed(command, args, expect = [0]) {
      const result = measure(command, args, { cwd: repo, env });
      if (!expect.includes(result.status))
        throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
      return result;
    },
  };
}

const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall and CPU time, each the median of the samples. */
export function medians(samples) {
  return { ms: mid(samples.map((sample) => sample.ms)), cpuMs: mid(samples.map((sample) => sample.cpuMs)) };
}
