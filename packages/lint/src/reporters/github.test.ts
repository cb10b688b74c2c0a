import { describe, expect, it } from 'vitest';
import { options, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { escapeData, escapeProperty, github } from './github.js';

describe('github', () => {
  it('prints one workflow command per message, by file then place', () => {
    expect(github(sampleFiles(), options())).toBe(
      [
        '::warning file=docs/guide.md,line=3,col=1,title=no-unused-definition::Definition `old` is never used (no-unused-definition)',
        '::warning file=docs/guide.md,line=12,col=1,endLine=12,endColumn=9,title=no-duplicate-heading::Heading `Setup` repeats an earlier heading — see docs/intro.md:4:1 (no-duplicate-heading)',
        '::error file=docs/guide.md,line=12,col=14,endLine=12,endColumn=30,title=no-missing-file::Link to missing file `setup.md` (no-missing-file)',
        '::notice file=docs/guide.md,line=105,col=7,title=prefer-relative-links::Prefer a relative link (prefer-relative-links)',
        '::error file=docs/sub/page.md,line=9,col=2,title=no-duplicate-heading::Anchor `#install` is defined twice — see docs/sub/page.md:2:1 (no-duplicate-heading)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no messages', () => {
    expect(github([], options())).toBe('');
    expect(github([vfile('a.md')], options())).toBe('');
  });

  it('escapes the message and the properties', () => {
    const file = vfile('/srv/repo/docs/a,b:c%.md', [
      {
        reason: '100% broken:\r\nsee, here',
        ruleId: 'no-missing-file',
        severity: 'error',
        place: { line: 2, column: 3 },
        cause: { file: '/srv/repo/x.md', place: { line: 1, column: 1 }, reason: 'r' },
      },
    ]);
    expect(github([file], options())).toBe(
      '::error file=docs/a%2Cb%3Ac%25.md,line=2,col=3,title=no-missing-file::100%25 broken:%0D%0Asee, here — see x.md:1:1 (no-missing-file)\n',
    );
  });

  it('leaves out the place and title a message does not have', () => {
    expect(github([vfile('a.md', [{ reason: 'Cannot read file', severity: 'warning' }])], options())).toBe(
      '::warning file=a.md::Cannot read file\n',
    );
  });

  it('makes paths relative to cwd', () => {
    expect(github(sampleFiles(), options({ cwd: '/srv' })).split('\n')[0]).toMatch(
      /^::warning file=repo\/docs\/guide\.md,/,
    );
  });
});

describe('escapeData', () => {
  it('escapes % first, then CR and LF', () => {
    expect(escapeData('50%\r\n%0A')).toBe('50%25%0D%0A%250A');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });
});

describe('escapeProperty', () => {
  it('escapes what data escapes plus : and ,', () => {
    expect(escapeProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A');
  });
});
