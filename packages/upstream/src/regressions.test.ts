import { git } from '@devguide/testkit';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGitSource } from './git-source.js';
import { safeRepoPath } from './repo-path.js';

let repo: string;
let other: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-sub-'));
  other = mkdtempSync(join(tmpdir(), 'devguide-other-'));
  git(repo, ['init', '-q']);
  mkdirSync(join(repo, 'sub'));
  writeFileSync(join(repo, 'sub/a.md'), '# A\n');
  writeFileSync(join(repo, 'top.md'), '# Top\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'one']);
  git(other, ['init', '-q']);
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

describe('git source regressions', () => {
  it('lists repository paths when opened from a subdirectory', async () => {
    const source = await openGitSource(join(repo, 'sub'), 'HEAD');
    expect(await source.listFiles()).toEqual(['sub/a.md', 'top.md']);
    expect(await source.stat('sub/a.md')).toMatchObject({ type: 'blob' });
  });

  it('reads the repository it is given even inside a git hook that exports GIT_DIR', async () => {
    const saved = process.env['GIT_DIR'];
    process.env['GIT_DIR'] = join(other, '.git');
    try {
      // The caller's environment, as the command line passes it.
      const source = await openGitSource(repo, 'HEAD', process.env);
      expect(source.commit).toBe(git(repo, ['rev-parse', 'HEAD']));
      expect((await source.read('top.md')).toString()).toBe('# Top\n');
    } finally {
      if (saved === undefined) delete process.env['GIT_DIR'];
      else process.env['GIT_DIR'] = saved;
    }
  });

  it('accepts a directory path with a trailing slash', () => {
    expect(safeRepoPath('contributors/guide/')).toBe('contributors/guide');
    expect(() => safeRepoPath('/')).toThrow();
  });
});
