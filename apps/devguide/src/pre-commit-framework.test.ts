import { git, gitEnv } from '@devguide/testkit';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let user: string;
let clone: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-pre-commit-'));
  // Users install from a commit: the framework clones the repository at a revision, so the test
  // does the same with this repository's HEAD (a clean clone, whatever the working tree holds).
  clone = join(dir, 'devguide');
  git(dir, ['clone', '--quiet', '--no-hardlinks', repoRoot, clone]);
  user = join(dir, 'user');
  git(dir, ['init', '--quiet', user]);
  writeFileSync(join(user, 'guide.md'), '# Guide\n\n## Setup\n\nRun it.\n');
  writeFileSync(join(user, 'notes.md'), '# Notes\n');
  writeFileSync(join(user, 'links.md'), '# Links\n\nSee [setup](guide.md#setup).\n\nSee [the notes](notes.md).\n');
  git(user, ['add', '.']);
  git(user, ['commit', '--quiet', '-m', 'docs']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `pre-commit try-repo` on what is staged (the Debian package; .ci/run installs it; it installs the
 * hook with npm), with the files it is given, as `pre-commit run` passes them.
 */
function tryRepo(...files: string[]) {
  const result = spawnSync(
    'pre-commit',
    ['try-repo', clone, 'devguide-lint', ...(files.length > 0 ? ['--files', ...files] : [])],
    {
      cwd: user,
      env: { ...gitEnv, PRE_COMMIT_HOME: join(dir, 'cache'), NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (result.error)
    throw new Error(
      `pre-commit could not be run (${result.error.message}); install the Debian package \`pre-commit\` (.ci/run does)`,
    );
  return { code: result.status, output: result.stdout + result.stderr };
}

/** Back to the last commit: nothing staged, nothing changed. */
function reset() {
  git(user, ['reset', '--quiet', '--hard', 'HEAD']);
  git(user, ['clean', '--quiet', '-fd']);
}

describe('the pre-commit framework hook', () => {
  it('is declared for markdown, installed with node, run even when no markdown file is passed', () => {
    const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'devguide-lint',
        entry: 'devguide hook pre-commit',
        language: 'node',
        types: ['markdown'],
        always_run: true,
      }),
    ]);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.bin['devguide']).toBe('release/cli.js');
    expect(manifest.files).toEqual(['release']);
  });

  it('`pre-commit try-repo` fails on a broken markdown file and passes a clean one', () => {
    writeFileSync(join(user, 'broken.md'), '# Broken\n\nSee [the notes](missing.md).\n');
    git(user, ['add', 'broken.md']);
    const broken = tryRepo('broken.md');
    expect(broken.output).toMatch(/devguide lint\.+Failed/);
    expect(broken.output).toMatch(/broken\.md\n\s+3:5\s+error\s+Unexpected missing file `missing\.md`/);
    expect(broken.code).toBe(1);
    reset();
    writeFileSync(join(user, 'clean.md'), '# Clean\n\nSee [the guide](guide.md#setup).\n');
    git(user, ['add', 'clean.md']);
    const clean = tryRepo('clean.md');
    expect(clean.output).toMatch(/devguide lint\.+Passed/);
    expect(clean.code).toBe(0);
    // The lint cache went to the framework's cache directory, not into the user's tree.
    expect(existsSync(join(user, '.devguide-cache'))).toBe(false);
    reset();
  }, 600_000);

  it('refuses a heading edit and a delete that break links in a file it was not given, naming file:line and the fix', () => {
    writeFileSync(join(user, 'guide.md'), '# Guide\n\n## Set up\n\nRun it.\n');
    git(user, ['add', 'guide.md']);
    const heading = tryRepo('guide.md');
    expect(heading.output).toMatch(/devguide lint\.+Failed/);
    expect(heading.output).toContain('links.md:3:5: Unexpected missing anchor `#setup` in `guide.md`');
    expect(heading.output).toContain('devguide: fix: repoint the links above');
    expect(heading.code).toBe(1);
    reset();
    // Only a delete is staged: the framework passes no file, the hook still runs.
    git(user, ['rm', '--quiet', 'notes.md']);
    const deleted = tryRepo();
    expect(deleted.output).toMatch(/devguide lint\.+Failed/);
    expect(deleted.output).toContain('links.md:5:5: Unexpected missing file `notes.md`');
    expect(deleted.code).toBe(1);
    reset();
  }, 600_000);
});
