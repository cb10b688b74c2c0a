import { relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePath, displayPath, isOutside } from './paths.js';

describe('displayPath', () => {
  it('makes an absolute path relative to cwd', () => {
    expect(displayPath('/srv/repo/docs/guide.md', '/srv/repo')).toBe('docs/guide.md');
  });

  it('reads a relative path as relative to cwd', () => {
    expect(displayPath('docs/guide.md', '/srv/repo')).toBe('docs/guide.md');
    expect(displayPath('./docs/../README.md', '/srv/repo')).toBe('README.md');
  });

  it('climbs out of cwd with ..', () => {
    expect(displayPath('/srv/other/a.md', '/srv/repo')).toBe('../other/a.md');
  });

  it('gives what path.relative gives, with or without the shortcut for normal paths under cwd', () => {
    const cases: [string, string][] = [
      ['/srv/repo/a/b.md', '/srv/repo'],
      ['/srv/repo/a/../b.md', '/srv/repo'],
      ['/srv/repo/./b.md', '/srv/repo'],
      ['/srv/repo//b.md', '/srv/repo'],
      ['/srv/repo/a/', '/srv/repo'],
      ['/srv/repo/.hidden/x.md', '/srv/repo'],
      ['/srv/repo/..x/y.md', '/srv/repo'],
      ['/srv/repository/a.md', '/srv/repo'],
      ['/srv/repo/a.md', '/srv/repo/'],
      ['/srv/x/../repo/a.md', '/srv/x/../repo'],
      ['repo/a.md', 'repo'],
      ['/', '/'],
      ['/a.md', '/'],
    ];
    for (const [path, cwd] of cases)
      expect(displayPath(path, cwd), `${path} from ${cwd}`).toBe(
        (relative(cwd, resolve(cwd, path)) || '.').split(sep).join('/'),
      );
  });

  it('names cwd itself as .', () => {
    expect(displayPath('/srv/repo', '/srv/repo')).toBe('.');
  });
});

describe('absolutePath', () => {
  it('keeps an absolute path and resolves a relative one against cwd', () => {
    expect(absolutePath('/x/y.md', '/srv/repo')).toBe('/x/y.md');
    expect(absolutePath('y.md', '/srv/repo')).toBe('/srv/repo/y.md');
  });
});

describe('isOutside', () => {
  it('is true only for paths that leave cwd', () => {
    expect(isOutside('../other/a.md')).toBe(true);
    expect(isOutside('..')).toBe(true);
    expect(isOutside('/abs/a.md')).toBe(true);
    expect(isOutside('docs/a.md')).toBe(false);
    expect(isOutside('..docs/a.md')).toBe(false);
  });
});
