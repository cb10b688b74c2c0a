import { execFileSync } from 'node:child_process';

// Test repositories ignore any repository the test runner itself was started in (as from a git
// hook), and get a fixed identity and dates so that commit ids are the same on every machine.
const redirecting = new Set([
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
]);

export const gitEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !redirecting.has(name))),
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.invalid',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs real git in `cwd` with the test identity; returns trimmed stdout. */
export function git(cwd: string, args: readonly string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Test Committer',
      '-c',
      'user.email=committer@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      env: gitEnv,
      encoding: 'utf8',
    },
  ).trim();
}
