import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '@devguide/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitSourceError } from './git-source.js';
import { openSource } from './open-source.js';

let scratch: string;
let repo: string;
let plain: string;
let first: string;
let second: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'upstream-open-'));
  repo = join(scratch, 'repo');
  plain = join(scratch, 'plain');
  mkdirSync(repo);
  mkdirSync(plain);
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'file.md'), 'first version\n');
  git(repo, ['add', 'file.md']);
  git(repo, ['commit', '-q', '-m', 'first']);
  first = git(repo, ['rev-parse', 'HEAD']);
  writeFileSync(join(repo, 'file.md'), 'second version\n');
  git(repo, ['commit', '-q', '-a', '-m', 'second']);
  second = git(repo, ['rev-parse', 'HEAD']);
  writeFileSync(join(repo, 'file.md'), 'uncommitted version\n');
  writeFileSync(join(repo, 'untracked.md'), 'untracked\n');

  writeFileSync(join(plain, 'file.md'), 'on disk\n');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('openSource', () => {
  it('reads a directory with .git as a git repository at HEAD', async () => {
    const source = await openSource(repo);
    expect(source.label).toMatch(/^git repository /);
    expect(source.commit).toBe(second);
    expect((await source.read('file.md')).toString('utf8')).toBe('second version\n');
    expect(await source.stat('untracked.md')).toBeNull();
    expect(await source.listFiles()).toEqual(['file.md']);
  });

  it('reads a git repository at the revision given', async () => {
    const source = await openSource(repo, { rev: 'HEAD~1' });
    expect(source.commit).toBe(first);
    expect((await source.read('file.md')).toString('utf8')).toBe('first version\n');
  });

  it('takes the commit from git, not from the commit option', async () => {
    const source = await openSource(repo, { commit: 'f'.repeat(40) });
    expect(source.commit).toBe(second);
  });

  it('reads a linked worktree, whose .git is a file, as a git repository', async () => {
    const worktree = join(scratch, 'worktree');
    git(repo, ['worktree', 'add', '-q', '--detach', worktree, first]);
    const source = await openSource(worktree);
    expect(source.label).toMatch(/^git repository /);
    expect(source.commit).toBe(first);
    expect((await source.read('file.md')).toString('utf8')).toBe('first version\n');
  });

  it('reads a directory without .git as files on disk', async () => {
    const source = await openSource(plain);
    expect(source.label).toBe(`directory ${plain}`);
    expect(source.commit).toBeNull();
    expect((await source.read('file.md')).toString('utf8')).toBe('on disk\n');
    expect(await source.listFiles()).toEqual(['file.md']);
  });

  it('records the commit option for a directory on disk', async () => {
    const commit = 'c'.repeat(40);
    expect((await openSource(plain, { commit })).commit).toBe(commit);
    expect((await openSource(plain, { commit: null })).commit).toBeNull();
  });

  it('treats a directory as git when a revision is given, and fails when it is not a repository', async () => {
    const error = await openSource(plain, { rev: 'HEAD' }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(GitSourceError);
    expect((error as Error).message).toContain('`HEAD`');
  });

  it('rejects a missing location with ENOENT', async () => {
    const missing = join(scratch, 'missing');
    await expect(openSource(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(openSource(missing)).rejects.toThrow(`\`${missing}\``);
    await expect(openSource(missing, { rev: 'HEAD' })).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects a location that is a file with ENOENT', async () => {
    await expect(openSource(join(plain, 'file.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
