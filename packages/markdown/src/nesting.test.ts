import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, corpusManifest } from '@devguide/testkit';
import type { GuideError } from './guide-error.js';
import { assertNesting, findDeepInlineNesting, findDeepNesting } from './nesting.js';
import { parseMarkdown } from './processor.js';

describe('findDeepNesting', () => {
  it('names the line and column where the nesting first passes the limit', () => {
    const text = `# Title\r\n\r\n${'- '.repeat(4)}deep\r\n`;
    expect(findDeepNesting(text, 3)).toEqual({ line: 3, column: 7, depth: 4 });
    expect(findDeepNesting(text, 4)).toBeNull();
  });

  it('counts block quotes one column a level, and list indentation two columns a level', () => {
    expect(findDeepNesting('> > > x\n', 2)).toEqual({ line: 1, column: 4, depth: 3 });
    expect(findDeepNesting('- a\n  - b\n    - c\n', 2)).toEqual({ line: 3, column: 5, depth: 3 });
  });

  it('refuses text nested too deep with one error at that place', () => {
    expect(() => assertNesting('text\n\n> > x\n', 'doc.md', 1)).toThrow(/nested over 1 deep/);
  });
});

describe('findDeepInlineNesting', () => {
  it('names where emphasis delimiters that can only open first pass the limit', () => {
    expect(findDeepInlineNesting(`# T\n\n${'*'.repeat(8)}a${'*'.repeat(8)}\n`, 5)).toEqual({
      line: 3,
      column: 6,
      depth: 6,
    });
    expect(findDeepInlineNesting(`${'*a '.repeat(6)}${'a* '.repeat(6)}\n`, 5)).toEqual({
      line: 1,
      column: 16,
      depth: 6,
    });
    expect(findDeepInlineNesting(`${'*a '.repeat(5)}${'a* '.repeat(5)}\n`, 5)).toBeNull();
  });

  it('counts link brackets, and not code, escapes, list markers, rules or closed emphasis', () => {
    expect(findDeepInlineNesting(`${'['.repeat(4)}x${'](y)'.repeat(4)}\n`, 3)).toEqual({
      line: 1,
      column: 4,
      depth: 4,
    });
    const quiet = [
      '* item **bold** and _em_ and snake_case_name\n',
      '`****` and ``a ` ****`` and \\*\\*\\*\\*\n',
      '* * * *\n',
      '```\n**** ((((\n[[[[\n```\n',
      'a * b * c * d * e\n',
      '**a**\n\n**b**\n\n**c**\n\n**d**\n',
    ];
    for (const text of quiet) expect(findDeepInlineNesting(text, 3), text).toBeNull();
  });

  it('counts brackets and emphasis characters apart: at the limit of each, nothing; past either, the scan', () => {
    expect(findDeepInlineNesting('[[[x]]] *_*\n', 3)).toBeNull();
    expect(findDeepInlineNesting('[[x]] ****a\n', 3)).toEqual({ line: 1, column: 10, depth: 4 });
    expect(findDeepInlineNesting('**a [[[[x\n', 3)).toEqual({ line: 1, column: 8, depth: 4 });
  });

  it('a paragraph ends at a blank line', () => {
    expect(findDeepInlineNesting('*a *b\n\n*c *d\n', 3)).toBeNull();
    expect(findDeepInlineNesting('*a *b\n*c *d\n', 3)).toEqual({ line: 2, column: 4, depth: 4 });
  });

  it('finds nothing in the corpus at the default limit, and never less than the parser nests', () => {
    const paths = [...corpusManifest().keys()].filter((path) => path.endsWith('.md'));
    const flagged = paths.filter((path) =>
      findDeepInlineNesting(readFileSync(join(corpus.communityDir, path), 'utf8')),
    );
    expect(flagged).toEqual([]);
    // The depth the parser builds on emphasis nested 30 deep is at most what the scan counts.
    const deep = `${'*a '.repeat(30)}${'a* '.repeat(30)}\n`;
    let depth = 0;
    const walk = (node: { type: string; children?: unknown[] }, level: number): void => {
      depth = Math.max(depth, level);
      for (const child of node.children ?? [])
        walk(child as typeof node, node.type === 'emphasis' || node.type === 'strong' ? level + 1 : level);
    };
    walk(parseMarkdown(deep), 0);
    expect(depth).toBe(30);
    expect(findDeepInlineNesting(deep, depth - 1)).not.toBeNull();
    expect(findDeepInlineNesting(deep, depth)).toBeNull();
  });

  it('refuses emphasis nested past the limit with one error where it crosses it', () => {
    let error: unknown;
    try {
      assertNesting(`text\n\n${'*'.repeat(2002)}x${'*'.repeat(2002)}\n`, 'doc.md');
    } catch (thrown) {
      error = thrown;
    }
    expect((error as GuideError).format()).toBe(
      'doc.md:3:1001: Unexpected emphasis and links nested over 1000 deep, expected at most 1000 levels; flatten the markup',
    );
  });
});
