import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown } from '@devguide/markdown';
import { corpus, corpusManifest } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { collectFacts } from './collect-facts.js';
import { collectFactsFast } from './collect-facts-fast.js';

const corpusPaths = [...corpusManifest().keys()].filter((path) => path.endsWith('.md'));
const slices = 24;
const specExamples = createRequire(import.meta.url)('commonmark-spec').tests as Array<{
  markdown: string;
  example: number;
}>;

/** The paths or examples whose fast facts differ from the oracle's; handed-back ones do not count. */
function differing(cases: Array<[string, string]>): string[] {
  const wrong: string[] = [];
  for (const [name, text] of cases) {
    const fast = collectFactsFast(text);
    if (fast && !isDeepStrictEqual(fast, collectFacts(parseMarkdown(text), text))) wrong.push(name);
  }
  return wrong;
}

// Not yet met: lezer's block structure parts from micromark's in cases the producer does not yet
// detect (lists interrupting paragraphs, setext underlines after lists), on 11 corpus files and 5
// spec examples. The producer is therefore not wired into the lint; these are its acceptance tests.
describe.skip('collectFactsFast equals the oracle wherever it does not hand the file back', () => {
  it.each(Array.from({ length: slices }, (_, slice) => slice))('corpus slice %i', (slice) => {
    const cases = corpusPaths
      .filter((_, index) => index % slices === slice)
      .map((path): [string, string] => [path, readFileSync(join(corpus.communityDir, path), 'utf8')]);
    expect(differing(cases)).toEqual([]);
  });

  it('every CommonMark spec example', () => {
    expect(differing(specExamples.map(({ example, markdown }) => [String(example), markdown]))).toEqual([]);
  });
});

describe('collectFactsFast', () => {
  it('hands back what it does not model: footnotes, CR line endings', () => {
    expect(collectFactsFast('# Note[^1]\n\n[^1]: x\n')).toBeNull();
    expect(collectFactsFast('# A\r\n')).toBeNull();
  });

  it('finds the facts collectFacts finds in plain documents', () => {
    for (const text of [
      '# Title *one*\n\nSee [a](b.md "t") and <https://k8s.io> or www.k8s.io, mail a@b.org.\n\n[ref]: /r\n\n[x][ref] [y][nope]\n',
      '* one\n* two\n  - inner\n\n> <a href="x.md" id="top">\n\n| a | b |\n| - | - |\n| `c` | [d](e) |\n',
    ]) {
      const fast = collectFactsFast(text);
      expect(fast).not.toBeNull();
      expect(fast).toStrictEqual(collectFacts(parseMarkdown(text), text));
    }
  });
});
