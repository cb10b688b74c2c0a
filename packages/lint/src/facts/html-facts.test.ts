import { parseMarkdown } from '@devguide/markdown';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../test/collect-facts-oracle.js';
import { collectFactsFromEvents } from './collect-facts-from-events.js';

const htmlLinks = (text: string) => {
  const facts = collectFactsFromEvents(text);
  expect(facts).toStrictEqual(collectFacts(parseMarkdown(text), text));
  return facts.links
    .filter((link) => link.kind === 'html')
    .map((link) => [link.url, link.position.start.line, link.position.start.column, link.position.end.column]);
};

describe('raw HTML facts', () => {
  it('places links of multi-line HTML on their lines, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r'])
      expect(htmlLinks(['# T', '', '<div>', '  <a href="a.md">a</a>', '</div>', ''].join(eol))).toEqual([
        ['a.md', 4, 12, 16],
      ]);
  });

  it('places links in a block quote at their column in the file', () => {
    expect(htmlLinks('> <p>\n> <img src="x.png">\n> </p>\n')).toEqual([['x.png', 2, 13, 18]]);
  });

  it('takes no link and no anchor from an HTML comment', () => {
    const text = '# T\n\n<!--\n<a id="old" href="gone.md">old</a>\n-->\n\nx <!-- <img src="y.png"> --> y\n';
    expect(htmlLinks(text)).toEqual([]);
    expect(collectFactsFromEvents(text).anchors).toEqual(['t']);
  });

  it('counts lines as GitHub numbers them, for any line ending', () => {
    expect(collectFactsFromEvents('a\rb\r\nc\nd').lineCount).toBe(4);
    expect(collectFactsFromEvents('a\n').lineCount).toBe(2);
  });
});
