import { readFileSync } from 'node:fs';
import { corpus, historyVersions } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath } from '../test/context.js';
import { anchorsOf, collectAnchors } from './anchors.js';
import { parseMarkdown } from './processor.js';

const readme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');

describe('anchorsOf: headings', () => {
  it('slugs headings the way GitHub does', () => {
    expect(
      anchorsOf('# Kubernetes Developer Guide\n\n## Setting up your dev environment, coding, and debugging\n'),
    ).toEqual(['kubernetes-developer-guide', 'setting-up-your-dev-environment-coding-and-debugging']);
  });

  it('keeps hyphens, underscores and non-ASCII letters and drops other punctuation', () => {
    expect(anchorsOf('## End-to-End Testing (e2e)\n\n## snake_case & more!\n\n## Ünïcödé — Dash\n')).toEqual([
      'end-to-end-testing-e2e',
      'snake_case--more',
      'ünïcödé--dash',
    ]);
  });

  it('numbers repeated headings -1, -2 in document order, ignoring case', () => {
    expect(anchorsOf('## Foo\n\n## foo\n\n### FOO\n')).toEqual(['foo', 'foo-1', 'foo-2']);
  });

  it('steps past a numbered slug that a heading already took', () => {
    expect(anchorsOf('## Foo\n\n## Foo-1\n\n## Foo\n')).toEqual(['foo', 'foo-1', 'foo-2']);
    expect(anchorsOf('## Foo\n\n## foo\n\n## Foo-1\n')).toEqual(['foo', 'foo-1', 'foo-1-1']);
  });

  it('starts numbering afresh for each document', () => {
    expect(anchorsOf('## Foo\n')).toEqual(['foo']);
    expect(anchorsOf('## Foo\n')).toEqual(['foo']);
  });

  it('slugs the text of links in headings, not their destinations', () => {
    expect(anchorsOf('## See [the guide](../guide/README.md) first\n')).toEqual(['see-the-guide-first']);
  });

  it('keeps the text of inline code and emphasis', () => {
    expect(anchorsOf('## The `kubectl` tool\n\n## **Bold** and _em_\n')).toEqual(['the-kubectl-tool', 'bold-and-em']);
  });

  it('reads setext headings', () => {
    expect(anchorsOf('Title Here\n==========\n\nSub\n---\n')).toEqual(['title-here', 'sub']);
  });

  it('ignores heading-like lines in code', () => {
    expect(anchorsOf('```\n## not a heading\n```\n\n    ## indented code\n')).toEqual([]);
  });

  it('finds headings nested in lists and block quotes', () => {
    expect(anchorsOf('> ## Quoted\n\n* ## Listed\n')).toEqual(['quoted', 'listed']);
  });
});

describe('anchorsOf: HTML anchors', () => {
  it('reads name and id attributes in any quoting', () => {
    expect(
      anchorsOf('<a name="x"></a>\n\n<div id="y">text</div>\n\n<span id=\'sq\'></span>\n\n<a id=unquoted></a>\n'),
    ).toEqual(['x', 'y', 'sq', 'unquoted']);
  });

  it('reads anchors inline in a paragraph', () => {
    expect(anchorsOf('Some text <a name="inline"></a> here.\n')).toEqual(['inline']);
  });

  it('reads upper-case attribute names and several elements in one block', () => {
    expect(anchorsOf('<div>\n<a NAME="first"></a>\n<p ID="second">p</p>\n</div>\n')).toEqual(['first', 'second']);
  });

  it('ignores attributes that only end in id or name', () => {
    expect(anchorsOf('<div data-id="no" class="x" username="no2"></div>\n')).toEqual([]);
  });

  it('ignores empty ids', () => {
    expect(anchorsOf('<a name=""></a>\n')).toEqual([]);
  });

  it('ignores comments and anchors in code', () => {
    expect(anchorsOf('<!-- BEGIN MUNGE: x -->\n\n`<a name="code">`\n\n```html\n<a name="fenced"></a>\n```\n')).toEqual(
      [],
    );
  });

  it('keeps heading and HTML anchors in document order', () => {
    expect(anchorsOf('## One\n\n<a name="two"></a>\n\n## Three\n')).toEqual(['one', 'two', 'three']);
  });
});

describe('collectAnchors', () => {
  it('gives each anchor its source and position', () => {
    const text = '# T\n\ntext\n\n  ## Indented\n\n<a name="x"></a>\n';
    expect(collectAnchors(parseMarkdown(text))).toEqual([
      { id: 't', source: 'heading', line: 1, column: 1 },
      { id: 'indented', source: 'heading', line: 5, column: 3 },
      { id: 'x', source: 'html', line: 7, column: 1 },
    ]);
  });

  it('finds the real anchors of the corpus README on their lines', () => {
    const anchors = collectAnchors(parseMarkdown(readme));
    const lines = readme.split('\n');
    const byId = new Map(anchors.map((anchor) => [anchor.id, anchor]));
    for (const [id, heading] of [
      ['table-of-contents', '# Table of Contents'],
      ['sig-release', '### SIG Release'],
      ['sig-developer-guide-contributions', '## SIG Developer Guide Contributions'],
      ['sig-api-machinery', '### SIG API Machinery'],
      [
        'the-process-of-developing-and-contributing-code-to-the-kubernetes-project',
        '## The process of developing and contributing code to the Kubernetes project',
      ],
    ] as const) {
      const anchor = byId.get(id);
      expect(anchor, id).toBeDefined();
      expect(anchor!.source).toBe('heading');
      expect(anchor!.line, id).toBe(lines.indexOf(heading) + 1);
    }
  });

  it('gives the corpus README one anchor per heading and no duplicates', () => {
    const ids = anchorsOf(readme);
    const headingCount = readme.split('\n').filter((line) => /^#{1,6} /.test(line)).length;
    expect(ids).toHaveLength(headingCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('sig-release-1');
  });

  it('numbers the repeated section headings across the history', () => {
    // Every version from 045 on has `## Building releases` once.
    for (const version of historyVersions().filter((candidate) => candidate.order >= '045')) {
      const ids = anchorsOf(version.text);
      expect(ids, version.file).toContain('building-releases');
      expect(ids, version.file).not.toContain('building-releases-1');
    }
  });
});
