import { describe, expect, it } from 'vitest';
import { safeRepoPath, UnsafePathError } from './repo-path.js';

function refusal(path: string): UnsafePathError {
  try {
    safeRepoPath(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UnsafePathError);
    return error as UnsafePathError;
  }
  throw new Error(`expected safeRepoPath to refuse ${JSON.stringify(path)}`);
}

describe('safeRepoPath', () => {
  it.each([
    'README.md',
    'contributors/devel/README.md',
    'contributors/devel/sig-testing/testing.md',
    'sigs.yaml',
    '.github/PULL_REQUEST_TEMPLATE.md',
    '.gitignore',
    '.gitmodules',
    'a/.gitkeep',
    'git/config',
    'a..b/c',
    '..a/b',
    'a/b..',
    '...',
    'with space/ünïcödé.md',
    'C/x',
    'ab:c.md',
    'docs/c:x.md',
  ])('accepts %j unchanged', (path) => {
    expect(safeRepoPath(path)).toBe(path);
  });

  it.each([
    ['..', /not a normalised path/],
    ['../a', /not a normalised path/],
    ['a/..', /not a normalised path/],
    ['a/../b', /not a normalised path/],
    ['a/../../b', /not a normalised path/],
    ['a/b/../../../c', /not a normalised path/],
    ['/abs', /is absolute/],
    ['/', /is absolute/],
    ['//server/share', /is absolute/],
    ['C:\\x', /backslash/],
    ['C:x', /is absolute/],
    ['c:/x', /is absolute/],
    // A drive-relative Windows path: refused even though a POSIX file could be named so.
    ['a:b', /is absolute/],
    ['a\\b', /backslash/],
    ['..\\a', /backslash/],
    ['a\0b', /NUL/],
    ['a.md\0.png', /NUL/],
    ['./a', /not a normalised path/],
    ['a/./b', /not a normalised path/],
    ['.', /not a normalised path/],
    ['', /not a normalised path/],
    ['a//b', /not a normalised path/],
    ['.git', /\.git directory/],
    ['.git/config', /\.git directory/],
    ['.git/hooks/pre-commit', /\.git directory/],
    ['a/.git/x', /\.git directory/],
    ['a/.git', /\.git directory/],
  ])('refuses %j with UnsafePathError', (path, reason) => {
    const error = refusal(path);
    expect(error.name).toBe('UnsafePathError');
    expect(error.path).toBe(path);
    expect(error.message).toContain(`\`${path}\``);
    expect(error.message).toMatch(reason);
  });
});
