import { describe, expect, it } from 'vitest';
import { cwd, sampleFiles, vfile } from '../../test/fixtures/reporters/sample-files.js';
import { collectFindings, countFindings, isFixable, severityOf, spanOf } from './findings.js';

describe('severityOf', () => {
  it('maps fatal true, false and unset to error, warning and info', () => {
    expect(severityOf({ fatal: true })).toBe('error');
    expect(severityOf({ fatal: false })).toBe('warning');
    expect(severityOf({ fatal: null })).toBe('info');
    expect(severityOf({ fatal: undefined })).toBe('info');
  });
});

describe('isFixable', () => {
  it('is true only for a non-empty fix array', () => {
    expect(isFixable({ fix: [{ start: 0, end: 1, text: '' }] })).toBe(true);
    expect(isFixable({ fix: [] })).toBe(false);
    expect(isFixable({ fix: 'yes' })).toBe(false);
    expect(isFixable({})).toBe(false);
  });
});

describe('spanOf', () => {
  it('reads a unist Position as start and end', () => {
    expect(spanOf({ start: { line: 2, column: 3 }, end: { line: 4, column: 5 } })).toEqual({
      start: { line: 2, column: 3 },
      end: { line: 4, column: 5 },
    });
  });

  it('reads a unist Point as a start without an end', () => {
    expect(spanOf({ line: 2, column: 3 })).toEqual({ start: { line: 2, column: 3 }, end: undefined });
  });

  it('falls back to line and column, then to nothing', () => {
    expect(spanOf(undefined, 7, 2)).toEqual({ start: { line: 7, column: 2 }, end: undefined });
    expect(spanOf(undefined, 7, undefined)).toEqual({ start: { line: 7, column: 1 }, end: undefined });
    expect(spanOf(undefined, undefined, undefined)).toEqual({ start: undefined, end: undefined });
  });

  it('ignores lines that are not positive whole numbers', () => {
    expect(spanOf({ line: 0, column: 1 })).toEqual({ start: undefined, end: undefined });
    expect(spanOf({ start: { line: Number.NaN, column: 1 }, end: { line: 1, column: 1 } })).toEqual({
      start: undefined,
      end: undefined,
    });
  });
});

describe('collectFindings', () => {
  it('keeps file order, makes paths relative to cwd and sorts messages by line then column', () => {
    const files = collectFindings(sampleFiles(), cwd);
    expect(files.map((file) => file.path)).toEqual(['docs/guide.md', 'README.md', 'docs/sub/page.md']);
    expect(files[0]!.absolute).toBe(`${cwd}/docs/guide.md`);
    expect(files[1]!.absolute).toBe(`${cwd}/README.md`);
    expect(files[0]!.findings.map((finding) => [finding.start?.line, finding.start?.column])).toEqual([
      [3, 1],
      [12, 1],
      [12, 14],
      [105, 7],
    ]);
    expect(files[1]!.findings).toEqual([]);
  });

  it('puts messages without a place first and keeps ties in their order', () => {
    const file = vfile('a.md', [
      { reason: 'second at 5:1', severity: 'error', place: { line: 5, column: 1 } },
      { reason: 'first at 5:1', severity: 'error', place: { line: 5, column: 1 } },
      { reason: 'file-level', severity: 'warning' },
    ]);
    const reasons = collectFindings([file], cwd)[0]!.findings.map((finding) => finding.reason);
    expect(reasons).toEqual(['file-level', 'second at 5:1', 'first at 5:1']);
  });

  it('normalises a message with its rule, url, fix and cause', () => {
    const [guide] = collectFindings(sampleFiles(), cwd);
    const duplicate = guide!.findings[1]!;
    expect(duplicate).toEqual({
      severity: 'warning',
      ruleId: 'no-duplicate-heading',
      reason: 'Heading `Setup` repeats an earlier heading',
      url: 'https://github.com/devguide/devguide/blob/main/docs/rules/no-duplicate-heading.md',
      fixable: false,
      start: { line: 12, column: 1 },
      end: { line: 12, column: 9 },
      cause: {
        path: 'docs/intro.md',
        absolute: `${cwd}/docs/intro.md`,
        start: { line: 4, column: 1 },
        reason: 'First `Setup` heading',
      },
    });
    expect(guide!.findings[0]!.fixable).toBe(true);
  });

  it('reads a cause without a file as a place in the same file, and a relative cause file against cwd', () => {
    const file = vfile('docs/a.md', [
      {
        reason: 'dup',
        ruleId: 'r',
        severity: 'error',
        place: { line: 3, column: 1 },
        cause: { place: { line: 1, column: 1 }, reason: 'here' },
      },
      {
        reason: 'dup',
        ruleId: 'r',
        severity: 'error',
        place: { line: 4, column: 1 },
        cause: { file: 'docs/b.md', reason: 'there' },
      },
    ]);
    const [first, second] = collectFindings([file], cwd)[0]!.findings;
    expect(first!.cause).toEqual({
      path: 'docs/a.md',
      absolute: `${cwd}/docs/a.md`,
      start: { line: 1, column: 1 },
      reason: 'here',
    });
    expect(second!.cause).toEqual({
      path: 'docs/b.md',
      absolute: `${cwd}/docs/b.md`,
      start: undefined,
      reason: 'there',
    });
  });

  it('ignores a cause that is not a message', () => {
    const file = vfile('a.md', [{ reason: 'x', severity: 'error' }]);
    file.messages[0]!.cause = 'just a string';
    expect(collectFindings([file], cwd)[0]!.findings[0]!.cause).toBeUndefined();
  });
});

describe('countFindings', () => {
  it('counts by severity and fixability', () => {
    const all = collectFindings(sampleFiles(), cwd).flatMap((file) => file.findings);
    expect(countFindings(all)).toEqual({
      errors: 2,
      warnings: 2,
      infos: 1,
      fixableErrors: 1,
      fixableWarnings: 1,
      fixableInfos: 1,
    });
    expect(countFindings([])).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
      fixableErrors: 0,
      fixableWarnings: 0,
      fixableInfos: 0,
    });
  });
});
