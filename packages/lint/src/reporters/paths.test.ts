import { describe, expect, it } from 'vitest';
import { absolutePath, displayPath, isOutside } from './paths.js';

describe('displayPath', () => {
  it('makes an absolute path relative to cwd', () => {
    expect(displayPath('/work/repo/docs/guide.md', '/work/repo')).toBe('docs/guide.md');
  });

  it('reads a relative path as relative to cwd', () => {
    expect(displayPath('docs/guide.md', '/work/repo')).toBe('docs/guide.md');
    expect(displayPath('./docs/../README.md', '/work/repo')).toBe('README.md');
  });

  it('climbs out of cwd with ..', () => {
    expect(displayPath('/work/other/a.md', '/work/repo')).toBe('../other/a.md');
  });

  it('names cwd itself as .', () => {
    expect(displayPath('/work/repo', '/work/repo')).toBe('.');
  });
});

describe('absolutePath', () => {
  it('keeps an absolute path and resolves a relative one against cwd', () => {
    expect(absolutePath('/x/y.md', '/work/repo')).toBe('/x/y.md');
    expect(absolutePath('y.md', '/work/repo')).toBe('/work/repo/y.md');
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
