import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { options, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { stylish } from './stylish.js';

const esc = '\u001b[';

describe('stylish', () => {
  it('groups findings by file, sorted by place, with aligned columns, causes and a summary', () => {
    expect(stylish(sampleFiles(), options())).toBe(
      [
        'docs/guide.md',
        '    3:1   warning  Definition `old` is never used              no-unused-definition',
        '   12:1   warning  Heading `Setup` repeats an earlier heading  no-duplicate-heading',
        '    ↳ docs/intro.md:4:1: First `Setup` heading',
        '   12:14  error    Link to missing file `setup.md`             no-missing-file',
        '  105:7   info     Prefer a relative link                      prefer-relative-links',
        '',
        'docs/sub/page.md',
        '  9:2  error  Anchor `#install` is defined twice  no-duplicate-heading',
        '    ↳ docs/sub/page.md:2:1: First definition',
        '',
        '✖ 5 problems (2 errors, 2 warnings, 1 info)',
        '  3 problems fixable with the --fix option',
        '',
      ].join('\n'),
    );
  });

  it('aligns the colons of positions and the starts of the severity, message and rule columns', () => {
    const lines = stylish(sampleFiles(), options())
      .split('\n')
      .filter((line) => /^ +\d+:\d+ /.test(line));
    const block = lines.slice(0, 4);
    for (const needle of [':', 'warning|error|info', 'Definition|Heading|Link|Prefer', 'no-|prefer-']) {
      const starts = block.map((line) => line.search(new RegExp(needle)));
      expect(new Set(starts).size, needle).toBe(1);
    }
  });

  it('prints nothing at all when there are no messages', () => {
    expect(stylish([], options())).toBe('');
    expect(stylish([vfile('a.md'), vfile('b.md')], options())).toBe('');
    expect(stylish([vfile('a.md')], options({ color: true }))).toBe('');
  });

  it('omits clean files, the info count when there are none, and the fixable line when nothing is fixable', () => {
    const output = stylish(
      [
        vfile('clean.md'),
        vfile('a.md', [
          { reason: 'Broken', ruleId: 'no-missing-file', severity: 'error', place: { line: 1, column: 1 } },
        ]),
      ],
      options(),
    );
    expect(output).toBe(
      ['a.md', '  1:1  error  Broken  no-missing-file', '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'),
    );
  });

  it('uses the singular for one fixable problem', () => {
    const output = stylish(
      [
        vfile('a.md', [
          { reason: 'Unused', ruleId: 'r', severity: 'warning', fix: true, place: { line: 2, column: 1 } },
        ]),
      ],
      options(),
    );
    expect(output.endsWith('✖ 1 problem (0 errors, 1 warning)\n  1 problem fixable with the --fix option\n')).toBe(
      true,
    );
  });

  it('shows paths relative to cwd with / separators', () => {
    // docs/guide.md is absolute (/srv/repo/…); docs/sub/page.md is relative, so it stays relative to the new cwd.
    const output = stylish(sampleFiles(), options({ cwd: '/srv' }));
    expect(output.split('\n').filter((line) => !line.startsWith(' ') && line.endsWith('.md'))).toEqual([
      'repo/docs/guide.md',
      'docs/sub/page.md',
    ]);
    expect(output).toContain('    ↳ repo/docs/intro.md:4:1: First `Setup` heading');
  });

  it('prints 0:0 for a message without a place and drops the trailing gap when there is no rule id', () => {
    const output = stylish([vfile('a.md', [{ reason: 'Cannot read file', severity: 'error' }])], options());
    expect(output.split('\n')[1]).toBe('  0:0  error  Cannot read file');
  });

  it('has no escape codes without colour', () => {
    expect(stylish(sampleFiles(), options({ color: false }))).not.toContain(esc);
  });

  it('colours errors red, warnings yellow, positions and rules dim, paths underlined, the summary bold', () => {
    const output = stylish(sampleFiles(), options({ color: true }));
    expect(output).toContain(`${esc}4mdocs/guide.md${esc}24m`);
    expect(output).toContain(`${esc}31merror${esc}39m`);
    expect(output).toContain(`${esc}33mwarning${esc}39m`);
    expect(output).toContain(`${esc}2m 12:14${esc}22m`);
    expect(output).toContain(`${esc}2mno-missing-file${esc}22m`);
    expect(output).toContain(`${esc}31m${esc}1m✖ 5 problems (2 errors, 2 warnings, 1 info)${esc}22m${esc}39m`);
    // Colour changes nothing but the escapes: the columns still line up.
    expect(stripVTControlCharacters(output)).toBe(stylish(sampleFiles(), options()));
  });

  it('makes the summary yellow when there are warnings but no errors', () => {
    const output = stylish(
      [vfile('a.md', [{ reason: 'Unused', ruleId: 'r', severity: 'warning', place: { line: 2, column: 1 } }])],
      options({ color: true }),
    );
    expect(output).toContain(`${esc}33m${esc}1m✖ 1 problem (0 errors, 1 warning)`);
  });
});
