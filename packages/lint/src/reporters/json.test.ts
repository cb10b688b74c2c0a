import { describe, expect, it } from 'vitest';
import { options, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { json, type JsonResult } from './json.js';

const docs = 'https://github.com/devguide/devguide/blob/main/docs/rules';

function parse(output: string): JsonResult[] {
  return JSON.parse(output) as JsonResult[];
}

describe('json', () => {
  it('has one entry per file, clean files included, in ESLint-like shape', () => {
    expect(parse(json(sampleFiles(), options()))).toEqual([
      {
        filePath: 'docs/guide.md',
        messages: [
          {
            ruleId: 'no-unused-definition',
            severity: 1,
            message: 'Definition `old` is never used',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 1,
            url: `${docs}/no-unused-definition.md`,
            fixable: true,
            edits: [{ start: 0, end: 1, replaced: '', text: '' }],
          },
          {
            ruleId: 'no-duplicate-heading',
            severity: 1,
            message: 'Heading `Setup` repeats an earlier heading',
            line: 12,
            column: 1,
            endLine: 12,
            endColumn: 9,
            url: `${docs}/no-duplicate-heading.md`,
            fixable: false,
            cause: { filePath: 'docs/intro.md', line: 4, column: 1, message: 'First `Setup` heading' },
          },
          {
            ruleId: 'no-missing-file',
            severity: 2,
            message: 'Link to missing file `setup.md`',
            line: 12,
            column: 14,
            endLine: 12,
            endColumn: 30,
            url: `${docs}/no-missing-file.md`,
            fixable: false,
          },
          {
            ruleId: 'prefer-relative-links',
            severity: 0,
            message: 'Prefer a relative link',
            line: 105,
            column: 7,
            endLine: 105,
            endColumn: 7,
            url: `${docs}/prefer-relative-links.md`,
            fixable: true,
            edits: [{ start: 0, end: 1, replaced: '', text: '' }],
          },
        ],
        errorCount: 1,
        warningCount: 2,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
      {
        filePath: 'README.md',
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: 'docs/sub/page.md',
        messages: [
          {
            ruleId: 'no-duplicate-heading',
            severity: 2,
            message: 'Anchor `#install` is defined twice',
            line: 9,
            column: 2,
            endLine: 9,
            endColumn: 2,
            url: `${docs}/no-duplicate-heading.md`,
            fixable: true,
            edits: [{ start: 0, end: 1, replaced: '', text: '' }],
            cause: { filePath: 'docs/sub/page.md', line: 2, column: 1, message: 'First definition' },
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const output = json(sampleFiles(), options());
    expect(output).toBe(`${JSON.stringify(JSON.parse(output), null, 2)}\n`);
    expect(output.startsWith('[\n  {\n    "filePath": "docs/guide.md",\n')).toBe(true);
  });

  it("carries each finding's identity and its edits with the text they replace, for a merge of shard reports", () => {
    const file = vfile('docs/a.md', [], 'See [x](old.md).\n');
    const message = file.message('Moved', { place: { line: 1, column: 5 }, ruleId: 'no-missing-file' });
    const identity = { ruleId: 'no-missing-file', path: 'docs/a.md', key: '[x](old.md)', occurrence: 1 };
    Object.assign(message, { identity, fix: [{ start: 8, end: 14, text: 'new.md' }] });
    const [result] = JSON.parse(json([file], options())) as JsonResult[];
    expect(result!.messages[0]).toMatchObject({
      identity,
      edits: [{ start: 8, end: 14, replaced: 'old.md', text: 'new.md' }],
      fixable: true,
    });
  });

  it('is an empty array when no files were linted', () => {
    expect(json([], options())).toBe('[]\n');
  });

  it('uses null for a missing rule id or url and 0 for a missing place', () => {
    const [result] = parse(json([vfile('a.md', [{ reason: 'Cannot read file', severity: 'error' }])], options()));
    expect(result!.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        message: 'Cannot read file',
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        url: null,
        fixable: false,
      },
    ]);
  });

  it('makes absolute paths relative to cwd and keeps relative ones (already relative to cwd)', () => {
    const results = parse(json([...sampleFiles(), vfile('/srv/repo/README.md')], options({ cwd: '/srv/repo/docs' })));
    expect(results.map((result) => result.filePath)).toEqual([
      'guide.md',
      'README.md',
      'docs/sub/page.md',
      '../README.md',
    ]);
    expect(results[0]!.messages[1]!.cause!.filePath).toBe('intro.md');
  });
});
