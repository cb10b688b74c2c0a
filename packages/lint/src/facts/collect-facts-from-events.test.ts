import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown } from '@devguide/markdown';
import { corpus, corpusManifest } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../test/collect-facts-oracle.js';
import { collectFactsFromEvents } from './collect-facts-from-events.js';
import type { FileFacts } from './file-facts.js';

/** The facts from events, after checking they are the facts collectFacts finds in the mdast. */
function facts(text: string): FileFacts {
  const actual = collectFactsFromEvents(text);
  expect(actual).toStrictEqual(collectFacts(parseMarkdown(text), text));
  return actual;
}

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

// Every markdown file of the corpus, in slices of a few hundred kilobytes: each slice is its own test
// with the default budget, so a loaded machine slows the sweep down without timing it out.
const corpusPaths = [...corpusManifest().keys()].filter((path) => path.endsWith('.md'));
const slices = 24;

describe('collectFactsFromEvents on the corpus', () => {
  it('covers every markdown file of the corpus', () => {
    expect(corpusPaths).toHaveLength(964);
  });

  it.each(Array.from({ length: slices }, (_, slice) => slice))(
    'derives exactly the facts collectFacts derives from the mdast, slice %i of the corpus',
    (slice) => {
      const differing: string[] = [];
      for (const path of corpusPaths.filter((_, index) => index % slices === slice)) {
        const text = readFileSync(join(corpus.communityDir, path), 'utf8');
        // isDeepStrictEqual, not expect: a failing expect formats a diff per file, which is slow.
        if (!isDeepStrictEqual(collectFactsFromEvents(text), collectFacts(parseMarkdown(text), text)))
          differing.push(path);
      }
      expect(differing).toEqual([]);
    },
  );
});

describe('collectFactsFromEvents', () => {
  it('reads ATX and setext headings: depth, text with code, links, html and entities, slug without html and alt', () => {
    const { headings, anchors } = facts(
      '# Use `kubectl` &amp; [docs](d.md) <b>now</b> ![logo](l.png) #\n\nSetext *one*\nline two\n===\n\nDash \\*escaped\\*\n---\n',
    );
    expect(headings).toEqual([
      {
        depth: 1,
        text: 'Use kubectl & docs <b>now</b> logo',
        slug: 'use-kubectl--docs-now-',
        position: { start: at(1, 1, 0), end: at(1, 63, 62) },
      },
      {
        depth: 1,
        text: 'Setext one\nline two',
        slug: 'setext-oneline-two',
        position: { start: at(3, 1, 64), end: at(5, 4, 89) },
      },
      { depth: 2, text: 'Dash *escaped*', slug: 'dash-escaped', position: { start: at(7, 1, 91), end: at(8, 4, 111) } },
    ]);
    expect(anchors).toEqual(['use-kubectl--docs-now-', 'setext-oneline-two', 'dash-escaped']);
  });

  it('numbers duplicate slugs and lists heading slugs and HTML ids in document order', () => {
    const { anchors } = facts(
      '## FAQ\n\n<a name="faq"></a>\n\n## FAQ\n\n<div id="top">\n\n## <span id="inline"></span>FAQ\n\n</div>\n',
    );
    expect(anchors).toEqual(['faq', 'faq', 'faq-1', 'top', 'faq-2', 'inline']);
  });

  it('reads definitions with decoded url, label as written and normalized identifier', () => {
    const text = '[Ref  Label]: <./a b.md> "title"\n[two]:\n  /x\\_y&amp;z\n';
    const { definitions, links } = facts(text);
    expect(definitions).toEqual([
      {
        identifier: 'ref label',
        label: 'Ref  Label',
        url: './a b.md',
        position: { start: at(1, 1, 0), end: at(1, 33, 32) },
      },
      { identifier: 'two', label: 'two', url: '/x_y&z', position: { start: at(2, 1, 33), end: at(3, 14, 53) } },
    ]);
    expect(
      links.map((link) => [link.kind, link.text, text.slice(link.destination!.start, link.destination!.end)]),
    ).toEqual([
      ['definition', 'Ref  Label', '<./a b.md>'],
      ['definition', 'two', '/x\\_y&amp;z'],
    ]);
  });

  it('reads full, collapsed and shortcut references to defined labels, and image references', () => {
    const { references } = facts('[text][Ref] [ref][] [Ref] ![alt][ref] [*em*][REF]\n\n[ref]: /r\n');
    expect(references.map(({ kind, identifier, label, defined }) => [kind, identifier, label, defined])).toEqual([
      ['link', 'ref', 'Ref', true],
      ['link', 'ref', 'ref', true],
      ['link', 'ref', 'Ref', true],
      ['image', 'ref', 'ref', true],
      ['link', 'ref', 'REF', true],
    ]);
    expect(references[0]!.position).toEqual({ start: at(1, 1, 0), end: at(1, 12, 11) });
  });

  it('finds `[text][label]` left as text when the label is undefined, but not when escaped', () => {
    const { references } = facts('See [the guide][Guide  Two] and \\[not][this].\n\n> quoted\n> [a][b]\n');
    expect(references).toEqual([
      {
        kind: 'link',
        identifier: 'guide two',
        label: 'Guide  Two',
        position: { start: at(1, 5, 4), end: at(1, 28, 27) },
        defined: false,
      },
      {
        kind: 'link',
        identifier: 'b',
        label: 'b',
        position: { start: at(4, 3, 58), end: at(4, 9, 64) },
        defined: false,
      },
    ]);
  });

  it('loses `[text][label]` in a text node that GFM splits for an autolink literal it finds late', () => {
    // The tokenizer does not see `a\@b.org` as an e-mail, mdast-util-gfm-autolink-literal does,
    // and its position-less nodes hide the text from collectFacts.
    expect(facts('[a][b] a\\@b.org\n').references).toEqual([]);
    expect(facts('[a][b] www&#46;example.com\n').references).toEqual([]);
    expect(facts('[a][b] a@b.org\n').references).toHaveLength(1);
  });

  it('reads links and images: decoded url, text with code and alt, destination span, reference order', () => {
    const text = '[`kubectl` ![x](i.png) *docs*](a\\)b&amp;c.md "t") ![alt *text*](<p q.png>)\n';
    const { links } = facts(text);
    expect(links.map(({ kind, url, text: linkText }) => [kind, url, linkText])).toEqual([
      ['link', 'a)b&c.md', 'kubectl x docs'],
      ['image', 'i.png', 'x'],
      ['image', 'p q.png', 'alt text'],
    ]);
    expect(links.map((link) => text.slice(link.destination!.start, link.destination!.end))).toEqual([
      'a\\)b&amp;c.md',
      'i.png',
      '<p q.png>',
    ]);
    expect(links[0]!.position).toEqual({ start: at(1, 1, 0), end: at(1, 50, 49) });
  });

  it('keeps nothing from inside an image label but its alt text', () => {
    const { links, anchors } = facts('![see [x](y.md) <a id="no" href="z">](i.png)\n');
    expect(links.map(({ kind, url, text }) => [kind, url, text])).toEqual([
      ['image', 'i.png', 'see x <a id="no" href="z">'],
    ]);
    expect(anchors).toEqual([]);
  });

  it('reads autolinks as written, with no destination span', () => {
    const { links } = facts('<https://k8s.io/a&amp;b> <team@k8s.io>\n');
    expect(
      links.map(({ url, text, destination, position }) => [url, text, destination, position.start.offset]),
    ).toEqual([
      ['https://k8s.io/a&amp;b', 'https://k8s.io/a&amp;b', null, 0],
      ['mailto:team@k8s.io', 'team@k8s.io', null, 25],
    ]);
  });

  it('reads GFM literal autolinks the tokenizer finds, and skips those only the transform finds', () => {
    const { links } = facts('Visit www.k8s.io, https://k8s.io/docs. or mail team@k8s.io; not www&#46;k8s.io\n');
    expect(links.map(({ url, text, position }) => [url, text, position.start.offset, position.end.offset])).toEqual([
      ['http://www.k8s.io', 'www.k8s.io', 6, 16],
      ['https://k8s.io/docs', 'https://k8s.io/docs', 18, 37],
      ['mailto:team@k8s.io', 'team@k8s.io', 47, 58],
    ]);
  });

  it('reads href and src of HTML in block quotes and lists at their place in the file', () => {
    const text = '> <p>\n> <a href="a.md?x=1&amp;y=2">A</a>\n> </p>\n\n* item <img src=\'i.png\'>\n  <a href=b.md>\n';
    const { links } = facts(text);
    expect(
      links.map(({ kind, url, position }) => [
        kind,
        url,
        text.slice(position.start.offset, position.end.offset),
        position.start,
      ]),
    ).toEqual([
      ['html', 'a.md?x=1&y=2', 'a.md?x=1&amp;y=2', at(2, 12, 17)],
      ['html', 'i.png', 'i.png', at(5, 18, 66)],
      ['html', 'b.md', 'b.md', at(6, 11, 84)],
    ]);
  });

  it('reads control comments', () => {
    const { controls } = facts(
      '<!-- devguide-disable rule-a rule-b -->\n\ntext <!-- devguide-disable-next-line -->\n\n<!-- devguide-enable -->\n',
    );
    expect(controls).toEqual([
      { kind: 'disable', rules: ['rule-a', 'rule-b'], position: { start: at(1, 1, 0), end: at(1, 40, 39) } },
      { kind: 'disable-next-line', rules: null, position: { start: at(3, 6, 46), end: at(3, 41, 81) } },
      { kind: 'enable', rules: null, position: { start: at(5, 1, 83), end: at(5, 25, 107) } },
    ]);
  });

  it('skips front matter and counts lines', () => {
    const result = facts('---\ntitle: "[a][b] <a href=x>"\n---\n# Title\n');
    expect(result.headings.map((heading) => heading.slug)).toEqual(['title']);
    expect(result.links).toEqual([]);
    expect(result.references).toEqual([]);
    expect(result.lineCount).toBe(5);
  });

  it('leaves footnote calls out of heading text and footnote definitions out of definitions', () => {
    const result = facts('# Note[^1]\n\n[^1]: See [x](y.md).\n');
    expect(result.headings.map((heading) => heading.text)).toEqual(['Note']);
    expect(result.definitions).toEqual([]);
    expect(result.links.map((link) => link.url)).toEqual(['y.md']);
  });

  it('unescapes `\\|` in inline code inside tables, as mdast does', () => {
    const result = facts('| a |\n| - |\n| [`x\\|y`](t.md) |\n');
    expect(result.links.map((link) => link.text)).toEqual(['x|y']);
  });

  it('agrees on tabs, CRLF line endings, a byte order mark and task lists', () => {
    facts('\uFEFF# Title\r\n\r\n* [ ] [a][b] task\r\n\t* [x]\t[c](d.md)\r\n');
    facts('>\t# In\ttab [e][f]\n>\t\t<a href="x">\n');
  });

  it('spans list items to the end of their content, outer lists first, with nesting depth', () => {
    const { lists } = facts(
      '* one\n\n* two\n  - inner\n\n    more\n\n\n* three\n\n> 1. quoted\n>\n> 2. next\n\nafter\n',
    );
    expect(
      lists.map((list) => ({
        ordered: list.ordered,
        depth: list.depth,
        items: list.items.map((item) => [item.start.line, item.end.line, item.end.column]),
      })),
    ).toEqual([
      {
        ordered: false,
        depth: 0,
        items: [
          [1, 1, 6],
          [3, 6, 9],
          [9, 9, 8],
        ],
      },
      { ordered: false, depth: 1, items: [[4, 6, 9]] },
      {
        ordered: true,
        depth: 0,
        items: [
          [11, 11, 12],
          [13, 13, 10],
        ],
      },
    ]);
  });
});
