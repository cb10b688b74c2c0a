import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gitEnv } from '@devguide/testkit';

export interface CommitStep {
  message: string;
  write?: Record<string, string | Uint8Array>;
  remove?: string[];
  rename?: Record<string, string>;
  symlink?: Record<string, string>;
}

/** Runs real git in `repo` with a fixed identity and dates (commit ids are the same everywhere). */
export function gitIn(repo: string, args: readonly string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: repo,
    env: gitEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }).trim();
}

/** Builds a real git repository in `repo` (an empty directory), one commit per step; returns the commit ids. */
export function buildRepo(repo: string, steps: readonly CommitStep[]): string[] {
  gitIn(repo, ['init', '-q']);
  return steps.map((step) => commitStep(repo, step));
}

/** Adds one commit to the repository; returns its id. */
export function commitStep(repo: string, step: CommitStep): string {
  for (const [path, content] of Object.entries(step.write ?? {})) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
  for (const [from, to] of Object.entries(step.rename ?? {})) {
    mkdirSync(dirname(join(repo, to)), { recursive: true });
    gitIn(repo, ['mv', from, to]);
  }
  for (const path of step.remove ?? []) gitIn(repo, ['rm', '-q', path]);
  for (const [path, target] of Object.entries(step.symlink ?? {})) {
    rmSync(join(repo, path), { force: true });
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    symlinkSync(target, join(repo, path));
  }
  gitIn(repo, ['add', '-A']);
  gitIn(repo, ['commit', '-q', '--allow-empty', '-m', step.message]);
  return gitIn(repo, ['rev-parse', 'HEAD']);
}
