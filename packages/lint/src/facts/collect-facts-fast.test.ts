import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown } from '@devguide/markdown';
import { corpus, corpusManifest, seededRandom } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../test/collect-facts-oracle.js';
import { collectFactsFast } from './collect-facts-fast.js';

const corpusPaths = [...corpusManifest().keys()].filter((path) => path.endsWith('.md'));
const slices = 24;
// The spec writes a tab as `→` in its examples.
const specExamples = (
  createRequire(import.meta.url)('commonmark-spec').tests as Array<{ markdown: string; number: number }>
).map(({ number, markdown }): [string, string] => [`example ${number}`, markdown.replace(/→/g, '\t')]);

/**
 * Examples written for this test from the GitHub Flavored Markdown spec's extension sections
 * (tables, task list items, strikethrough, autolinks (extension), disallowed raw HTML), not copied
 * from it, plus documents on which the producer once parted from the oracle.
 */
const gfmExamples: Array<[string, string]> = [
  ['table', '| Name | Link |\n| --- | :-: |\n| one | [a](a.md) |\n| `x \\| y` | <https://k8s.io> |\n'],
  ['table without edge pipes', 'name | link\n--- | ---\nyes | www.k8s.io\n'],
  ['table ended by a block', '| a |\n| - |\n| b |\n> quote [q](q.md)\n'],
  ['table ended by a blank line', '| a |\n| - |\n| b |\n\nafter [x](x.md)\n'],
  ['table row with fewer cells', '| a | b | c |\n| - | - | - |\n| only |\n| 1 | 2 | 3 | 4 |\n'],
  ['table header and delimiter differ', '| a | b |\n| - |\n| c |\n'],
  ['table after a paragraph', 'intro\n| a | b |\n| - | - |\n| [c](c.md) | d |\n'],
  ['table with escaped pipes', '| a |\n| - |\n| b \\| c [d](e) |\n'],
  ['table with inline html', '| a |\n| - |\n| <a href="t.md">t</a> |\n'],
  ['task list', '- [ ] todo [a](a.md)\n- [x] done\n- [X] also done\n  - [ ] nested\n'],
  ['task list ordered', '1. [x] one\n2. [ ] two https://k8s.io\n'],
  ['task marker not a task', '- [ ]\n- [x]not\n- [y] other\n'],
  ['strikethrough', '~~gone [link](l.md)~~ and ~~www.k8s.io~~\n'],
  ['strikethrough single tilde', '~one~ and ~~two~~\n'],
  ['strikethrough three tildes', '~~~not\n\ntext ~~~ three ~~~\n'],
  ['strikethrough in heading', '# ~~Old~~ New\n\n## ~~a~~b\n'],
  ['autolink www', 'Visit www.k8s.io/docs, or www.k8s.io/a_b.\n'],
  ['autolink http', 'See http://k8s.io/x?y=z. And https://k8s.io/(paren) too.\n'],
  ['autolink trailing punctuation', 'End https://k8s.io/a). Or https://k8s.io/b?! Or https://k8s.io/c&amp;\n'],
  ['autolink email', 'Mail foo@bar.example.com or a.b-c+d@x.y.\n'],
  ['autolink in link', '[www.k8s.io](https://k8s.io) and [x https://a.b](c)\n'],
  ['autolink underscore domain', 'www.a_b.example.com and www.example.com/_x_\n'],
  ['autolink after punctuation', '(www.k8s.io) *www.k8s.io* _https://k8s.io_\n'],
  ['autolink mailto and xmpp', 'mailto:a@b.co and xmpp:a@b.co/r\n'],
  ['autolink in heading', '## www.k8s.io\n\n### see a@b.co\n'],
  ['disallowed raw html block', '<title>T</title>\n\n<textarea>\n[a](b)\n</textarea>\n\n<style>p{}</style>\n'],
  ['disallowed raw html inline', 'a <xmp>x</xmp> <iframe src="f.html"></iframe> <script src="s.js"></script>\n'],
  ['disallowed raw html noembed', '<noembed><a href="n.md">n</a></noembed> <plaintext>\n'],
  ['regression: ordered list after indented code', '    code\n\n- 2. x\n\n> 2. y\n'],
  ['regression: list in a quote closed by a quote', '> - a\n> > b\n'],
  ['regression: list in a quote ending on a blank quote line, then a list', '> 1.\n>\n> - b\n'],
  ['regression: a tag closing itself opens an HTML block', '<x/>\n* t [l](l.md)\n\n<a xml:lang="x">\n[l](l.md)\n'],
  ['regression: inline HTML over an indented line', 'x <a id="y\n     z">\n\n- x <a id="y\n       z">\n'],
  ['regression: a tag alone on a lazy line in an item', '* a\n<b>\n  # c\n'],
  ['regression: HTML in a quote over a blank quote line', '> - <div>\n>\n> <a name="n">\n'],
  ['regression: empty front matter, a rule further down', '---\n---\n# H [h](h.md)\n\n---\n'],
  ['regression: a delimiter row after a hard break', '    t\n1.    \n|-|\n  ---\n'],
  ['regression: a setext heading after a definition in a quote', '> 2)      code\n> [r]: /u\n> 2)  a\n>---\n'],
  ['regression: a line right after an item ending in code', '- a\n\n      code\n[l](l.md)\n\n> - b\n>\n> c\n'],
  ['regression: an item with a blank first line, content, then a blank line', '-\n  a\n\n  - x [l](l.md)\n'],
  ['regression: blank quote line ends an item', '> - a\n>\n> # h\n'],
  ['regression: unclosed fence in an item', '+ ~~~\n    ![i](p.png)\n>]\n'],
  ['regression: indented html comment', '  <!-- devguide-disable -->\n   [y]: /u "t"\n'],
  ['regression: paragraph split by a table look-alike', '<https://a.b>\n a | b\n       | - | - |\n- \n'],
  ['regression: autolink after a quote in an item', '- > >www.k8s.io\n'],
  ['regression: item ending in a quote', '* a\n  > b\n  >\n* c\n'],
  ['regression: checkbox alone on an item line', '> > <x@y.z>\n- [x]\n    [x][y]\n'],
  ['regression: paragraph before a delimiter row in an item', '1) <a href="x.md">x</a>\n     |-|\n  h #\n'],
  ['regression: tab after a list marker', '   1. \t- \n> -   - &amp;\n'],
  ['regression: nested list ending on a blank quote line with a space', '> - - foo\n> \n'],
  ['regression: URL literals only the transform finds', '[see https://k8s.io/x] and (https://a.b/c)\n'],
  ['regression: nested list in a quote closed by a list', '> -->\n> - - | - | - |\n>   1) <x@y.z>\n'],
  ['regression: defined shortcut before a bracket', '[y][l\n\n![y][ and [y][]\n\n[y]: /u\n'],
  ['regression: lazy line of one tag in an item', '1. a\n<a>\n  x\n- k\n\n- y\n  text\n<a>\n  - </a>\n\n- z\n<b>'],
  ['lazy lines of one tag in items', '- a\n<img src="i.png">\n- b\n<a id="x">\n\nc\n'],
  ['regression: item starting with a blank line, then a marker as deep as its content', '-\n  y\n\n  -\n'],
  ['tabs split by item indents before siblings', '- a\n\t- b\n\t- c\n\t\t- d\n\t- e [e](e.md)\n\t\t- f\n- g\n\t- h\n'],
  [
    'tabs split by item indents in continuation lines',
    '- [x] a\n      b\n\t  c [c](c.md)\n\t- [ ] d\n\n- e\n  - f\n\t\tg\n  - h\n',
  ],
  [
    'table delimiter row with white space after its last pipe',
    '| Day | |\n| --- |:---:| \n| [a](a.md) | b |\n\nc\n| - | - |\t\n',
  ],
  [
    'regression: table row indented as code',
    '| a |\n| - |\n| x |\n    | [b](c) |\n\n- | d |\n  | - |\n      | [e](f) |\n',
  ],
  ['regression: table rows, then a setext underline after a hard break', '| --- | --- |   \n --- | --- \n- \n'],
  [
    'regression: self-closed tag, lowercase declaration and `search` blocks',
    '<br/>\n- a [a](a.md)\n\n<!doctype x>\ny\n\n<search>\n- b\n\nc\n<source src="s">\n',
  ],
  ['regression: tags micromark does not read as HTML', '# <d_> <e\u00a0f>\n\n<a_b>\n-\n'],
  ['regression: code span after an escaped backtick', '\\``www.x.y\n` and ``www.y.z``\n'],
  ['regression: e-mail literals before a `www.` one or at emphasis', 'www.x.ya@b.co and _a@b.co_ x\n\n_x_@y.z\n'],
  [
    'regression: e-mail literals from the closing mark of emphasis',
    '_a*_.a@b.c\n\n# __:__@b.c b.c\n\n> __(__.a@b.c:-**@+b.ca\n\n1. ___a[y *z](v)`*`*_.a@b.c\n',
  ],
  [
    'regression: URL literal over escapes',
    '- https://a.b/c\\#d-e  \n- www.a.b/c\\_d\\_e and\n# see https://a.b/c\\#d.\n',
  ],
  [
    'regression: undefined references nested in brackets, then others',
    '# [[][][x][a]\n\n[[a][b!][a][c][d!] [[e]](u) [[f]](v)\n\n[x]: /x\n[d!]: /d\n',
  ],
  [
    'regression: emphasis runs micromark pairs by what is left of them',
    '# **(***.**\n\n# (***(****\n\n[a ____*___) b](c) and [d][e]\n',
  ],
  [
    'regression: runs micromark pairs again inside a pair, beside a tilde, and two of three tildes',
    '## \\__*"*****,**.**_**_\n\n# a*~_*\n\n## ~~[q]\\*~~~[a][d][\n\n[d]: /d\n',
  ],
  ['regression: destinations with an open parenthesis', '[d]: x(\n\ny [d] and [e](a(b "t") [f](a(b )\n\n[e]: /e\n'],
  [
    'regression: emphasis runs both pair alike, beside links and a URL in a destination',
    '*Chair: Ann Lee(**[@ann](https://example.com/ann)*)*\n\n' +
      '**1.** ***Run the tool***: see [this file](https://example.com/f) and ***keep the copy (so that all is kept)***.\n\n' +
      '- **Step .5 in progress (**[***notes***](https://example.com/n)**)**\n\n' +
      'Read [***All of it, here.***](https://example.com/v?a=b&t=1)\n',
  ],
  ['tabs in item indents', '- a\n\tb\n-\tc\n\n\t- d\n'],
  ['tabs splitting item indents', '- x\n\t- [E](e.md)\n\t- y\n\t\t- z [k](k.md)\n\n1. a\n\t1. b [c](c.md)\n'],
  ['tabs splitting item indents, then code and text', '- a\n\t- b\n\n\t\tcode [x](z)\n\t  c\n \tb\n'],
  ['tabs splitting item indents in a quote', '> * a\n> \t* b [q](q.md)\n>\n> \t  c\n'],
  ['empty item under a paragraph', '* Present:\n    *\n* Topics:\n    * one\n\nText\n+\n\n> q\n> 1.\n'],
  ['empty item under a paragraph, then text', '- a\n  *   \n  b\n\n- c\\\n  *\n- d  \n  *\n'],
  ['empty dash item under a paragraph', '- a [l](l.md)\n  -\n- b\n'],
  ['empty item under a paragraph, then items', '- a\n  *\n  * b\n- c\n  +\n  2. d\n- e\n  1.\n  - f\n'],
  ['empty items under a paragraph, then a list', '- a\n  *\n  * \n  * b [b](b.md)\n- c\n  +\n\n  +\n  + d\n'],
  ['regression: empty item under a paragraph, then a setext underline', '- a\n  *\n  ---\n'],
  ['empty items under a paragraph, then a setext underline', '- b\n  *\n  *\n  ===\n'],
  ['empty items under a paragraph, then an item starting with a blank line', '- a\n  *\n  *\n    [x](y)\n'],
  ['empty items under a paragraph with a hard break', '- a\n  *  \n  *\n  * b\n- c\\\n  *\n  * d\n'],
  ['empty dash items under a paragraph', '- a\n  -\n  -\n- b  \n  c\n  - \n  - d [d](d.md)\n\n# B\n'],
  ['empty dash item under a definition and a paragraph', '- [r]: /u\n  a\n  -\n'],
  ['items starting with a blank line', '* a\n*   \n    * b [b](b.md)\n*\n  c\n* \n            * \n*   \n\n  d\n'],
  [
    'regression: whitespace-only lines after indented code ending an item',
    '- a\n\n      c\n      \n> q\n\n-\n      - y\n      \n\n# x\n',
  ],
  [
    'regression: blank lines after indented code ending a middle item',
    '- a\n\n      c\n      \n- b\n\n> - d\n>\n>       e\n>\n> - f\n\n1. g\n\n\t\th\n\t \t\n2. i\n',
  ],
  ['regression: list in a quote ending in indented code', '> - a\n>\n>       c\n>\n'],
  ['regression: empty ordered item in a quote', '> 1.\n> \n'],
  ['regression: spaces after a marker read as code, then blank lines', '> *     \n> \n\n- a\n-      \n      \n- b\n'],
  ['items starting with whitespace read as code', '* a\n    * b\n        *      \n    * c\n'],
  [
    'undefined references with markup inside',
    'x [Aaron & Michelle] y [a `b` &amp; <i id="i">c</i> <https://q.r> ![i](p.png)] www.y.com\n\n[see a@b.co] [c][d]\n',
  ],
  ['single tildes', 'about ~30 min\n\n~a~ and ~b\n\n| ~x | ~y~ |\n| - | - |\n| ~1 | 2 |\n\n# ~h\n'],
  [
    'undefined references with emphasis inside',
    '[**a**][b] and x\n\n[Jo ~ lead] y\n\n*c* [_d_] e\n\n[e ~~f~~ g]\n\n[*h* i] *j*\n\n| [*k*] | l |\n| - | - |\n\n# [__m__]\n',
  ],
  [
    'line and paragraph separators',
    '### Status\u2028\n\n*   \u2028https://k8s.io/x\n* a [b](c)\u2029\n\ntext\u2028[d]\n\n# Nbsp\u00a0\n',
  ],
  [
    'lazy lines in list items',
    '- e\n`f` g\n- h\n** i\n- j\n-- k\n- l\n#m\n- n\n1.5 o\n- p\n“q”\n\n1. t\n    - u\n   v\n\npara\n\n- a `b\nc` d\n',
  ],
  [
    'single tildes that cannot pair',
    'about ~10% and ~90% here\n\n150~ people, 40~ owners\n\n> ~x ~y\n\nq \\~a~ b ~c\n',
  ],
  ['dashes under a paragraph', '- a\n      - b\n      -\n\nc\n    -\n\n> d\n>     :-\n\ne\n |-\n\n- f\n      ---\n'],
  [
    'continuation lines that look like blocks',
    'The rest:\n4. [a](a.md)\n5. b\n\n- x\n  2. y\n  3) z\n\n> q\n> 7. r\n\nrun\n```make x```\n\n*    a\n    *   b\n\n> c\n    - d\n\n- e\n5. f\n\n> g\n   - h\n',
  ],
  ['lazy lines starting with other white space', '- a\n\u00a0\u00a0b [c](c.md)\n- d\n\f e\n\n> - f\n\u3000g\n'],
  [
    'code and reference labels over lines',
    '- a `b\n  c` d\n\n> e `f\n> g` h\n\n- [y\n\t z]\n\n[y z]: /yz\n\n[i\nj][k\n  l] [m\n n]\n\n[k l]: /kl\n[m n]: /mn\n\n- [o\n  p] [x\ny]\n\n[o p]: /op\n\n> [q\n> r]\n\n[q r]: /qr\n\n`s\nt` u\n===\n\n[`v\nw`](x.md)\n',
  ],
  [
    'regression: indented code in an item, then a line of spaces',
    '-     1. ~~s~~\n      \n[\n\n-     a\n\n      \nb\n',
  ],
  [
    'lazy lines with tags and pipes',
    '- a\n<img src="x.png"> [b](c.md)\n- d\n<any x y>\n- e\nf | g\n- h\n<div>\n- i\n<!-- c -->\n- j\nk | l\n| - | - |\n- m\n<pre>\n\n- n\n</TextArea>\n- o\n<https://p.q>\n',
  ],
  [
    'undefined full references nested',
    '* [[PUBLIC][Proposal] Re-cat](https://d.e/f) [x [a][] y](z) ![i [b][c] j](k.png)\n\n[c]: /c\n',
  ],
  [
    'URL literals running on into brackets',
    'the https://a.b/e.md[candidate process], www.c.d/x[y] z\n\n- https://e.f/g[…]h&i=j\n- [k https://l.m/n[o] p]\n\n[o]: /o\n',
  ],
  ['single tildes that pair', '~a b~ c ~d\n\nx ~y~ z\n\n(~p~)\n'],
  [
    'single tildes that pair beside markup',
    '- ~Probably reach out~\n- a ~b~ c ~d\n\n~x *y~ z*\n\n# ~h~ i\n\n[~l~](u) ~m~\n\n~n www.k8s.io~ ~o\n',
  ],
  [
    'lists ended by an HTML comment',
    '- a\n- b\n<!-- c -->\n\np\n\n1. d\n<!--\ne\n-->\n\np\n\n- f\n<?x?>\n\np\n\n- g\n<div>\n',
  ],
  [
    'ordered lists not at 1 after a block other than a paragraph',
    '# h\n2. a\n\n```\n```\n3. b\n\n> 4. c\n\n* 2. d\n* 3. e\n\n- f\n  5. g\n\n[x]: /y\n6. h\n\n- i\n\t- 2. - j\n',
  ],
  ['whitespace-only lines inside containers', '- a\n    \n    b\n- c\n  \n\n> q\n>  \n> r\n\n1. s\n   \t\n   t\n'],
  [
    'undefined references beside brackets',
    '[First Last][ ](https://a.b) x\n\n- [c-w](https://git.k8s.io/c/<no value>#c-w)\n\n[KPM]((https://github.com/k/kpm)\n\n[a][b](c) [d][e][f]\n\n[g]: /h\n\n[i][g] [j][k] [l](m n) [o][ p](q)\n',
  ],
  ['lazy lines that start blocks', '- a\n-\n- b\n***\n- c\n---\n- d\n# e\n- f\n1. g\n- h\n> i\n- j\n```\n'],
  [
    'ordered lists not at 1 that interrupt nothing',
    '3. a\n  - b\n4. c\n\n> d\n2. e\n\n1. f\n2.\n\n- g\n 3) h\n\n| i |\n| - |\n2. j\n\n- | k |\n  | - |\n  2. l\n',
  ],
  [
    'ordered lists not at 1 that would interrupt a paragraph',
    '1. a\n   2. b\n   3. c [c](c.md)\n\n- d\n  - 2. e\n\nf\n> 2. g\n\nh\n1. 2. i\n\n- j\n  01. k\n\n[l]: /m\n2. n\n\n- [ ] o\n  2. p\n',
  ],
  [
    'regression: whitespace after a code block that ends a list item',
    '* a\n\n      b\n      \n2. 1. c\n\n- d\n\n      e\n\n      \nf\n',
  ],
  ['regression: table delimiter row indented as code', '| a |\n      | - |\n100. - e\n> 2. b\n'],
  [
    'regression: code block that micromark ends on a lazy line',
    '100. a\n\n    code\n\n- 2. x\n\n   2. \n       \n    ---\n- 2.   a\n\n>     \n> 2. a\n',
  ],
  [
    'ordered lists not at 1 after indented code',
    '    a\n2. b\n\n    c\n\n\n3) d\n\n- e\n\n      f\n  2. g\n\nk\n\n    h\n> 2. i\n\n    l\n- 2. m\n',
  ],
];

/**
 * The cases whose fast facts differ from the oracle's, those handed back whole, and those with a
 * part handed back. With `everyPart`, also the cases whose facts differ when micromark reads each
 * part on its own (the cuts between parts must not change what micromark reads).
 */
function compare(
  cases: Array<[string, string]>,
  { everyPart = false } = {},
): { differing: string[]; handedBack: string[]; inParts: string[] } {
  const differing: string[] = [];
  const handedBack: string[] = [];
  const inParts: string[] = [];
  for (const [name, text] of cases) {
    let parts = 0;
    const fast = collectFactsFast(text, (_reason, part) => (parts += part ? 1 : 0));
    if (parts > 0) inParts.push(name);
    const oracle = collectFacts(parseMarkdown(text), text);
    // isDeepStrictEqual, not expect: a failing expect formats a diff per file, which is slow.
    if (!fast) handedBack.push(name);
    else if (!isDeepStrictEqual(fast, oracle)) differing.push(name);
    if (everyPart) {
      const cut = collectFactsFast(text, undefined, { everyPart: true });
      if (cut && !isDeepStrictEqual(cut, oracle)) differing.push(`${name} (every part to micromark)`);
    }
  }
  return { differing, handedBack, inParts };
}

const readCorpus = (path: string): string => readFileSync(join(corpus.communityDir, path), 'utf8');

describe('collectFactsFast equals the oracle wherever it does not hand the file back', () => {
  it('covers every markdown file of the corpus', () => {
    expect(corpusPaths).toHaveLength(964);
  });

  it.each(Array.from({ length: slices }, (_, slice) => slice))('corpus slice %i', (slice) => {
    const cases = corpusPaths
      .filter((_, index) => index % slices === slice)
      .map((path): [string, string] => [path, readCorpus(path)]);
    expect(compare(cases, { everyPart: true }).differing).toEqual([]);
  });

  it('every CommonMark spec example', () => {
    expect(specExamples).toHaveLength(652);
    expect(compare(specExamples).differing).toEqual([]);
  });

  it('GFM extension examples and past differences', () => {
    const { differing, handedBack } = compare(gfmExamples);
    expect(differing).toEqual([]);
    // Most of them must be produced, not handed back, or the equality above proves little.
    expect(handedBack.length).toBeLessThan(gfmExamples.length / 2);
  });

  it('seeded random documents of container, list, table and inline fragments', () => {
    const { differing, handedBack } = compare(randomDocuments(20260, 1500));
    expect(differing).toEqual([]);
    expect(handedBack.length).toBeLessThan(1500);
  });

  it('seeded random documents of emphasis runs beside punctuation, brackets and links', () => {
    const { differing, handedBack } = compare(emphasisDocuments(20266, 400));
    expect(differing).toEqual([]);
    // Most are read: the equality above proves something.
    expect(handedBack.length).toBeLessThan(100);
  });

  it('seeded random documents with CR LF, lone CR and mixed line endings', () => {
    const { differing, handedBack } = compare(withLineEndings(randomDocuments(20263, 1200), 20264));
    expect(differing).toEqual([]);
    // About one in seven, as many as of the same documents with LF: most are read.
    expect(handedBack.length).toBeLessThan(240);
  });

  it('seeded random lists indented with tabs that item indents split', () => {
    const { differing, handedBack, inParts } = compare(tabbedLists(20265, 1500));
    expect(differing).toEqual([]);
    // Most are read with nothing handed to micromark.
    expect(1500 - handedBack.length - inParts.length).toBeGreaterThan(400);
  });

  it('seeded random containers ending in HTML, code, blank and lazy lines', () => {
    const { differing, handedBack, inParts } = compare(containerEnds(20266, 1500));
    expect(differing).toEqual([]);
    // A third or so are read with nothing handed to micromark.
    expect(1500 - handedBack.length - inParts.length).toBeGreaterThan(300);
  });

  it('seeded random lists whose items are indented unevenly', () => {
    const { differing, handedBack, inParts } = compare(unevenLists(20262, 2000));
    expect(differing).toEqual([]);
    // A quarter or so are read with nothing handed to micromark.
    expect(2000 - handedBack.length - inParts.length).toBeGreaterThan(300);
  });

  it('seeded random documents of many parts, some of them handed to micromark', () => {
    const cases = composedDocuments(20261, 400);
    const { differing, handedBack, inParts } = compare(cases, { everyPart: true });
    expect(differing).toEqual([]);
    // Most are read in parts, and many with a part handed back, or the equality above proves little.
    expect(handedBack.length).toBeLessThan(40);
    expect(inParts.length).toBeGreaterThan(100);
    expect(inParts.length).toBeLessThan(cases.length - 10);
  });
});

describe('collectFactsFast', () => {
  it('hands back what it does not model, and says why', () => {
    const reasons: string[] = [];
    expect(collectFactsFast('# Note[^1]\n\n[^1]: x\n', (reason) => reasons.push(reason))).toBeNull();
    expect(collectFactsFast('# A\0\n', (reason) => reasons.push(reason))).toBeNull();
    expect(reasons).toEqual(['footnote', 'NUL']);
  });

  it('reads CR LF and lone CR line endings as LF, with offsets and texts as written', () => {
    const lf = 'Setext\nheading\n---\n\n[multi\nline](u.md) <a href="x\ny">\n\n[lab\nel] ![y](z)\n\n[lab el]: /d\n';
    const crlf = readAlone(lf.replace(/\n/g, '\r\n'));
    expect(crlf.headings[0]!.text).toBe('Setext\r\nheading');
    expect(crlf.links.map((link) => [link.text, link.url, link.position.start.offset])).toEqual([
      ['multi\r\nline', 'u.md', 24],
      ['', 'x\r\ny', 53],
      ['y', 'z', 73],
      ['lab el', '/d', 84],
    ]);
    expect(readAlone(lf.replace(/\n/g, '\r')).references[0]!.label).toBe('lab\rel');
    // A LF a character reference stands for stays one: which LF is which is not known.
    const reasons: string[] = [];
    expect(collectFactsFast('[a&#10;b\r\nc](d)\r\n', (reason) => reasons.push(reason))).toBeNull();
    expect(reasons).toEqual(['line ending in a text beside a character reference']);
  });

  it('hands micromark only the part it may misread, and says which and why', () => {
    const text = '# A\n\n- a\nb | c\n| - |\n\nAfter [b](b.md).\n\n# A\n';
    const parts: Array<[string, string]> = [];
    const fast = collectFactsFast(text, (reason, part) => parts.push([reason, text.slice(part!.from, part!.to)]));
    // A list item's line never starts a part: the part starts where the heading does.
    expect(parts).toEqual([['lazy line in a list item', '# A\n\n- a\nb | c\n| - |\n\n']]);
    expect(fast).toStrictEqual(collectFacts(parseMarkdown(text), text));
    expect(fast!.anchors).toEqual(['a', 'a-1']);
    const whole: string[] = [];
    expect(collectFactsFast(text, (reason) => whole.push(reason), { parts: false })).toBeNull();
    expect(whole).toEqual(['lazy line in a list item']);
  });

  /** The fast facts of `text`, held to handing nothing back and to the oracle. */
  const readAlone = (text: string) => {
    const reasons: string[] = [];
    const fast = collectFactsFast(text, (reason) => reasons.push(reason));
    expect(reasons, text).toEqual([]);
    expect(fast, text).toStrictEqual(collectFacts(parseMarkdown(text), text));
    return fast!;
  };

  /** Hands micromark a part of `text` for each of `expected`, and gives the oracle's facts. */
  const handsBack = (text: string, expected: string[]) => {
    const reasons: string[] = [];
    const fast = collectFactsFast(text, (reason) => reasons.push(reason));
    expect(reasons, text).toEqual(expected);
    expect(fast, text).toStrictEqual(collectFacts(parseMarkdown(text), text));
  };

  it('reads an undefined full reference followed by a resource as text, then the link after it', () => {
    for (const text of [
      '* [Bob][ New workshop](https://example.com/w) and [a][b][c]\n',
      '[x][](https://example.com/e) ![i][j](j.png)\n',
      'Defined [k][l](https://example.com/k) too.\n\n[k]: /k\n',
    ])
      readAlone(text);
    expect(readAlone('[Bob][ New](https://example.com/w)\n').links.map((link) => [link.url, link.text])).toEqual([
      ['https://example.com/w', ' New'],
    ]);
    // Defined later, the label makes `[Bob][ New]` a reference after all: read as lezer reads it.
    const later = '[Bob][ New](https://example.com/w)\n\n[new]: /n\n';
    expect(collectFactsFast(later)).toStrictEqual(collectFacts(parseMarkdown(later), later));
  });

  it('reads single tildes that pair in text no fact reads, where nothing else is beside them', () => {
    readAlone('* Last year was ~18-19\n* ~Probably need to reach out~\n\n> a ~b~ c\n> ~d\n');
    // A pair that could end emphasis or a link, or make a heading's text, is handed back.
    for (const text of ['~x *y~ z*\n', '# ~h~ i\n', '[a ~b](u) c~\n']) {
      handsBack(text, ['single tilde']);
    }
  });

  it('reads a continuation line of dashes alone, which GFM never takes for a delimiter row', () => {
    readAlone('- [ ] a\n      - [b](c.md)\n        - d\n      -\n\n* e\n      --\n');
    const reasons: string[] = [];
    collectFactsFast('- [ ] a\n      - [b](c.md)\n      -|\n', (reason) => reasons.push(reason));
    expect(reasons).toEqual(['table delimiter row in a paragraph']);
  });

  it('reads code and reference labels over lines where no text of theirs is read', () => {
    readAlone('- a `b\n  c` d [e\n  f]\n\n[i\nj][e\n  f]\n\n[e f]: /ef\n');
    // A label's lines keep their own indents, not their containers' prefixes.
    const quoted = readAlone('> [q\n>   r]\n>\n> - [s\n>      t]\n\n[q r]: /qr\n[s t]: /st\n');
    expect(quoted.references.map((reference) => reference.label)).toEqual(['q\n  r', 's\n   t']);
    // A heading's text is read: handed back.
    const reasons: string[] = [];
    collectFactsFast('`s\nt` u\n===\n', (found) => reasons.push(found));
    expect(reasons).toEqual(['multi-line code']);
  });

  it('reads an undefined full reference nested in a link as text', () => {
    const fast = readAlone('* [[PUBLIC][Proposal] Re-cat](https://d.e/f)\n');
    expect(fast.links.map((link) => link.text)).toEqual(['[PUBLIC][Proposal] Re-cat']);
  });

  it('reads a URL literal running on into brackets lezer read as a link', () => {
    const fast = readAlone('the https://a.b/e.md[candidate process], and [y]\n\n- https://e.f/g[…]h&i=j\n\n[y]: /y\n');
    expect(fast.links.map((link) => link.url)).toEqual(
      expect.arrayContaining(['https://a.b/e.md[candidate', 'https://e.f/g[…]h&i=j']),
    );
  });

  it("links the URL literals only GFM's transform finds, where they are written", () => {
    const fast = readAlone(
      'See [Google][https://developers.google.com/style#m]) and (x)[https://a.b/c] and [Poll: https://forms.gle/X]\n',
    );
    expect(fast.links.map((link) => [link.url, link.position.start.offset])).toEqual([
      ['https://developers.google.com/style#m', 13],
      ['https://a.b/c', 61],
      ['https://forms.gle/X', 87],
    ]);
  });

  it('reads lazy lines that start with a tag no paragraph ends at, or hold a pipe above no delimiter row', () => {
    readAlone('- a\n<img src="x.png"> [b](c.md)\n- d\nf | g [h](h.md)\n- i\n<any x y>\n');
    // A block tag, a pipe above a delimiter row, one tag (which micromark lets interrupt a lazy
    // paragraph) before more lazy text: handed back.
    for (const text of ['- a\n<div>\n', '- j\nk | l\n| - | - |\n', '- m\n<b>\nn\n']) {
      const reasons: string[] = [];
      collectFactsFast(text, (reason) => reasons.push(reason));
      expect(reasons, text).toHaveLength(1);
    }
  });

  it.each([
    [
      'list items whose marker is followed by a tab',
      [
        '-\tSet [a](a.md)\n\n- \tb\n    c\n',
        '    * \t- d\n    * \t- e\n',
        '1.\tf\n   g\n2.\th [i](i.md)\n',
        '> -\tj\n>   k\n',
      ],
    ],
    [
      'list items that start with indented code',
      [
        '*     a [b](c.md)\n*   d\n',
        '-     code\n      more [x](y)\n  text [z](z.md)\n\n1.      n\n   m\n',
        '> -      q\n>   r\n',
        '- a\n  -      b\n    c\n',
      ],
    ],
    [
      'sibling list items whose markers are indented differently',
      [
        '- a\n - b\n  - c\n   - d\n    - e\n',
        '1. a\n 2. b [x](x.md)\n  3. c\n\n10. d\n 11. e\n',
        '* a\n\n   * b\n * c\n',
        '- a\n  - b\n - c\n   - d\n',
        '> - a\n>  - b\n>   - c\n',
        '- [x] a\n - [ ] b\n   - c\n',
        '   - a\n - b\n\n   text\n',
      ],
    ],
  ])('reads %s', (_name, texts: string[]) => {
    for (const text of texts) readAlone(text);
  });

  it('reads continuation lines that only look like blocks', () => {
    // A no-break space indents nothing; `4.` cannot interrupt a paragraph; four spaces in, a lazy
    // line opens nothing; no fence holds a backtick.
    readAlone('- a\n\u00a0\u00a0b [c](c.md)\n- d\n\f e\n');
    readAlone('The rest:\n4. [a](a.md)\n5. b\n\n- x\n  2. y\n\nrun\n```make x```\n\n*    a\n    *   [b](b.md)\n');
    // A `5.` that leaves the item interrupts nothing: micromark and the patched lezer start a list there.
    expect(readAlone('- e\n5. f\n').lists.map((list) => list.ordered)).toEqual([false, true]);
  });

  it("hands back emphasis runs micromark's rule of 3 may pair otherwise, where a fact reads them", () => {
    for (const text of [
      '# **(***.**\n',
      '[a (***(**** b](c)\n',
      'x (***(**** [a][b]\n',
      // micromark pairs the runs inside a pair again, with what is left of them: `*"*` here.
      '## \\__*"*****,**.**_**_\n',
      // A `~` is an attention marker to micromark: `*` before it can open.
      '# a*~_*\n',
    ]) {
      handsBack(text, ['emphasis runs micromark may pair otherwise']);
    }
    // In text no fact reads, or runs a pairing uses up whole.
    readAlone('x (***(**** y\n\n# (**[a](b)**) and c\n');
  });

  it('hands back a destination whose parenthesis is left open, which micromark reads as text', () => {
    for (const [text, reason] of [
      ['[d]: x(\n\ny [d]\n', 'definition destination with an open parenthesis'],
      ['x [d](a(b "t")\n', 'link destination with an open parenthesis'],
      ['[d](a(b )\n', 'link destination with an open parenthesis'],
    ] as const) {
      handsBack(text, [reason]);
    }
    readAlone('[d]: x(y)\n\n[a](b(c) "t") [d] [e](<f(>)\n');
  });

  it('reads emphasis runs that could pair otherwise where micromark pairs them as lezer did', () => {
    for (const text of [
      '*a b(**[@c](https://example.com/c)*)*\n',
      '**1.** ***a b***: [c](https://example.com/c) and ***d (e f)***.\n',
      '- **a .5 b (**[***c***](https://example.com/c)**)**\n',
      '[***a b, c.***](https://example.com/v?a=b&t=1)\n',
      '# ***a** b*\n\n# *a **b***\n\n[**a *b***](c)\n',
    ])
      readAlone(text);
  });

  it('reads undefined references nested in many links of a part in one more reading', () => {
    const fast = readAlone(
      '*   _[[a b]](https://x.y/1); [[c d]](https://x.y/2)_\n*   _[[e]](https://x.y/3)_\n*   _[[f]](https://x.y/4)_\n',
    );
    expect(fast.links.map((link) => link.text)).toEqual(['[a b]', '[c d]', '[e]', '[f]']);
    // A `!` in a label is text: no markup starts with it there.
    expect(readAlone('* [a][b, c!] d\n').references.map((reference) => reference.label)).toEqual(['b, c!']);
  });

  it('reads a URL literal running on over escapes, which GFM keeps in the URL', () => {
    const fast = readAlone('- https://a.b/c\\#d-e  \n- x\n\n# see www.a.b/c\\_d\\_e.\n');
    expect(fast.links.map((link) => link.url)).toEqual(['https://a.b/c\\#d-e', 'http://www.a.b/c\\_d\\_e']);
  });

  it('reads a table whose delimiter row has white space after its last pipe', () => {
    const fast = readAlone('| Day | |\n| --- |:---:| \n| [a](a.md) | www.k8s.io |\n');
    expect(fast.links.map((link) => link.text)).toEqual(['a', 'www.k8s.io']);
  });

  it('reads a table whose header has empty cells itself, as GFM counts its columns', () => {
    const fast = readAlone('**In** | | **Out** | |\n---|---|---|---\n| a | [x](x.md) | b | |\n');
    expect(fast.links.map((link) => link.url)).toEqual(['x.md']);
  });

  it('reads an undefined shortcut reference as text where lezer paired the brackets around it otherwise', () => {
    const cases = [
      '* [Make feature gates loadable from a map[string]bool](https://example.com/pull/1)\n',
      '*a [b* c] d\n',
      'See [a [b] c](u.md) and ![alt [x] y](i.png).\n',
      '[outer [one] and [two]](o.md)\n',
    ];
    for (const text of cases) readAlone(text);
    expect(readAlone(cases[0]!).links.map((link) => [link.url, link.text])).toEqual([
      ['https://example.com/pull/1', 'Make feature gates loadable from a map[string]bool'],
    ]);
    // Defined, `[b]` is a link, and the brackets around it are text: read as lezer reads it.
    const defined = 'See [a [b] c](u.md).\n\n[b]: b.md\n';
    expect(collectFactsFast(defined)).toStrictEqual(collectFacts(parseMarkdown(defined), defined));
    // A label cannot hold a bracket: read as text, `[bar]` would make `[ref[bar]]:` a definition.
    const label = '[foo][ref[bar]]\n\n[ref[bar]]: /uri\n';
    const reasons: string[] = [];
    expect(collectFactsFast(label, (reason) => reasons.push(reason))).toStrictEqual(
      collectFacts(parseMarkdown(label), label),
    );
    expect(reasons).toContain('undefined reference nested');
  });

  it('reads empty items under a paragraph as its lines, or a `-` as its setext underline', () => {
    const lines = readAlone('* Topics:\n    *\n    * \n    * Slack [a](a.md)\n        * b\n');
    expect(lines.lists.map((list) => [list.depth, list.position.start.line, list.items.length])).toEqual([
      [0, 1, 1],
      [1, 4, 1],
      [2, 5, 1],
    ]);
    const heading = readAlone('- Election:\n    - \n    - Other [o](o.md)\n- a  \n  b\n  -\n\n# Election\n');
    expect(heading.headings.map((found) => [found.depth, found.text, found.position.end.line])).toEqual([
      [2, 'Election:', 2],
      [2, 'ab', 6],
      [1, 'Election', 8],
    ]);
    expect(heading.anchors).toEqual(['election', 'ab', 'election-1']);
    readAlone('- a\n  - KubeCon - [s](s.md)\n    -\n\n\n');
    // Lezer reads the spaces after the marker as indented code, of nothing but spaces.
    readAlone('* P\n    * Any? [a](a.md)\n        *      \n    * Monthly\n- b\n-      \n- c\n');
  });

  it('reads an item starting with a blank line, its content on the next line', () => {
    const fast = readAlone('*   Demo [d](d.md)\n*   \n    *   Tech [t](t.md)\n*   Next\n* \n            * \n');
    expect(fast.lists.map((list) => [list.depth, list.items.length])).toEqual([
      [0, 4],
      [1, 1],
    ]);
  });

  it('hands back empty items under a paragraph and items starting with a blank line it cannot be sure of', () => {
    const cases: Array<[string, string]> = [
      // A `---` below makes the paragraph and the item's marker a heading.
      ['- a\n  *\n  ---\n', 'empty list item after a paragraph'],
      // A hard break ends the paragraph's line before the next marker.
      ['- a\n  *  \n  *\n- b\n', 'empty list item after a paragraph'],
      // The second empty item has content below it, which CommonMark reads as the paragraph's.
      ['- a\n  *\n  *\n    [x](y)\n', 'empty list item after a paragraph'],
      // The first item of a list under a paragraph, with content below it.
      ['- a\n  *\n    b\n', 'list item starting with a blank line'],
    ];
    for (const [text, reason] of cases) {
      handsBack(text, [reason]);
    }
  });

  it('reads an item holding nothing but white space after its marker as ending at the blank line after it', () => {
    // micromark's item takes no line after its blank first line and a blank one, however deep;
    // the patched parser reads white space after the marker as a blank first line too.
    for (const text of [
      '* a\n*   \n\n  b [x](y)\n',
      '- a\n-      \n\n      x\n',
      '*   [a](a.md)\n    *   \n\n        code\n\n    *   b\n',
      '1.   \n\n   [t](t.md)\n',
      '> *\n>\n>     code\n',
    ])
      readAlone(text);
  });

  it('reads a list closed by a container opened in its parents, unless a parent is a blockquote', () => {
    for (const text of [
      '- t\n  - a\n    - b\n      - > q\n  - d [d](d.md)\n',
      '- a\n  - b\n  > c\n',
      '- a\n  - b\n    > q\n  + d\n',
    ])
      readAlone(text);
    // micromark ends the list after the quote's prefix on the line that closes it.
    for (const text of ['> - a\n> > b\n', '> - t\n>   - a\n>   + b\n', '- > - a\n  > + b\n']) {
      handsBack(text, ['list in a container closed by a container']);
    }
  });

  it('reads items whose marker is followed by a space and a tab, nested on the same line or with code', () => {
    // Past the marker, the space runs to the tab's end; five columns or more, one is the marker's
    // and the rest the code's.
    for (const text of [
      '* a\n    * \t- b [l](l.md)\n    * \t- c\n',
      '* a\n    *   \t- code\n    * \t- d\n',
      '1. \tx\n   - y\n',
    ])
      readAlone(text);
  });

  it('reads a lazy line of a paragraph in a blockquote where nothing on it can start a block', () => {
    for (const text of [
      '> **Note:** a [l](l.md)\nlist, and again.\n\n1. x\n',
      '- a\n  > **Note:** b\n  **People > Members** screen.\n  \n  c\n',
      '- A\n- B\n  > **Note:** L\n   let you\n    personal.\n  \n### S\n',
    ])
      readAlone(text);
    const reasons: string[] = [];
    collectFactsFast('> a\n- b\n', (reason) => reasons.push(reason));
    expect(reasons).toEqual([]);
    // micromark reads a tag alone on a lazy line as HTML, which the next line continues.
    collectFactsFast('> a\n<b>\nc\n', (reason) => reasons.push(reason));
    expect(reasons).toEqual(['lazy line in a blockquote']);
  });

  it('reads quote markers at indents other than on the first line where no white space follows them', () => {
    readAlone('> a [l](l.md)\n>\n  >> n.\n  >>\n  >> b [k](k.md)\n>\n> c\n');
    // White space past the markers is measured from the first line's marker by lezer.
    for (const text of ['>>     code\n  > >  a [l](l.md)\n', '> - a\n  >   b\n']) {
      handsBack(text, ['blockquote markers at different indents']);
    }
  });

  it('reads HTML blocks in containers indented past their prefixes and over lines, without the prefixes', () => {
    for (const text of [
      '1. What?\n    <!--\n        Some [x](y)\n       - item\n    -->\n\n    - [a](b.md)\n',
      '- a\n   <a name="x">\n   </a>\n',
      '> - a\n>    <!-- devguide-disable\n>    x -->\n',
      '>1. </div>\n>\n',
      '- x\n  <div\n    id="d">\n  </div>\n',
    ])
      readAlone(text);
    expect(readAlone('- a\n  <!--\n    devguide-disable -->\n').controls).toHaveLength(1);
  });

  it('reads inline HTML over lines without the prefixes and up to three spaces of each line', () => {
    for (const text of [
      '- [a](https://k8s.io/<no\n    value>#a)\n- [b](https://k8s.io/<no\nvalue>#b)\n',
      '- x <a id="y\n       z">\n  <b\n   title="t">\n',
    ])
      readAlone(text);
  });

  it('reads lines whose item indent ends inside a tab, the rest of the tab indenting what follows', () => {
    // Siblings after a nested list, and paragraph lines indented past the item by a split tab.
    const fast = readAlone('- a\n\t- b\n\t\t- c\n\t- d [d](d.md)\n\n- e\n      f\n\t  g\n\t- h\n\n- i\n  - j\n\t\tk\n');
    expect(fast.lists.map((list) => [list.depth, list.items.length])).toEqual([
      [0, 3],
      [1, 2],
      [2, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('reads lists nested with tabs, where a tab spans more columns than the item indent takes', () => {
    const fast = readAlone('- x\n\t- [E](e.md)\n\t- y\n\t\t- z [k](k.md)\n\n1. a\n\t1. b [c](c.md)\n');
    expect(fast.lists.map((list) => list.depth)).toEqual([0, 1, 2, 0, 1]);
  });

  it('reads an ordered list not at 1 that would interrupt a paragraph as its text, as micromark does', () => {
    // An item's text, then a list not at 1 in the item, and more nested under it: all of it text.
    const collapsed = readAlone(
      '6. Things:\n    5. Vendors [v](v.md)\n    6. More\n        3. deep https://k8s.io\n7. Next\n    * e\n',
    );
    expect(collapsed.lists.map((list) => [list.ordered, list.depth, list.items.length])).toEqual([
      [true, 0, 2],
      [false, 1, 1],
    ]);
    expect(collapsed.links.map((link) => link.url)).toEqual(['v.md', 'https://k8s.io']);
    // In a container opened on a line that interrupts a paragraph, such a list is text too.
    const opened = readAlone('- a\n  - 2. b\n\nc\n> 2. d\n\ne\n1. 3. f\n');
    expect(opened.lists.map((list) => [list.ordered, list.depth])).toEqual([
      [false, 0],
      [false, 1],
      [true, 0],
    ]);
    // A sibling item interrupts nothing: its list not at 1 is a list.
    const siblings = readAlone('* Options:\n    * 1. a\n    * 2. b [b](b.md)\n    * 3. c\n        * a) d\n');
    expect(siblings.lists.map((list) => [list.ordered, list.depth])).toEqual([
      [false, 0],
      [false, 1],
      [true, 2],
      [true, 2],
      [true, 2],
      [false, 2],
    ]);
    // micromark reads one after an indented code block as text, blank lines between or not.
    expect(readAlone('    code\n\n2. x [x](x.md)\n').lists).toEqual([]);
  });

  it('hands back an ordered list not at 1 after indented code that another tree read', () => {
    // Read in pieces, each piece's tree starts after the code; micromark may read what follows as text.
    const text = 'a\n\n    code\n\n>\n> 2. x\n';
    const reasons: string[] = [];
    expect(collectFactsFast(text, (reason) => reasons.push(reason), { above: 0, bytes: 1 })).toBeNull();
    expect(reasons).toEqual(['ordered list not at 1 after indented code in another tree']);
    expect(readAlone(text).lists).toHaveLength(1);
  });

  it('hands back inline markup nested too deep for its syntax tree instead of overflowing the stack', () => {
    const reasons: string[] = [];
    const deep = `${'*'.repeat(40_000)}a${'*'.repeat(40_000)}\n`;
    expect(collectFactsFast(deep, (reason) => reasons.push(reason))).toBeNull();
    expect(reasons).toEqual(['nested too deep for the syntax tree']);
  });

  it('hands back only a minority of the corpus, whole or in parts', () => {
    let bytes = 0;
    let handedBackBytes = 0;
    const handedBack = corpusPaths.filter((path) => {
      const text = readCorpus(path);
      bytes += text.length;
      const facts = collectFactsFast(text, (_reason, part) => (handedBackBytes += part ? part.to - part.from : 0));
      if (facts === null) handedBackBytes += text.length;
      return facts === null;
    });
    expect(handedBack.length).toBeLessThanOrEqual(MAX_HANDED_BACK);
    expect(handedBackBytes / bytes).toBeLessThanOrEqual(MAX_HANDED_BACK_SHARE);
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

/** The most corpus files the producer may hand back (the count today); lower it as the producer learns. */
const MAX_HANDED_BACK = 0;
/** The most of the corpus's characters handed to micromark, whole files and parts (today's share, rounded up). */
const MAX_HANDED_BACK_SHARE = 0;

/**
 * The cases with their line endings made CR LF, lone CR or a random mix of LF, CR LF and CR,
 * and lines that carry a line ending into a fact's text (labels, link text, setext headings,
 * HTML attributes) or beside a character reference that stands for one.
 */
function withLineEndings(cases: Array<[string, string]>, seed: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  const multiLine = [
    '[multi\nline](u.md)',
    '![alt\ntext](i.png)',
    '[lab\nel]: /d\n\n[lab el]',
    'Setext\nheading\n---',
    '<a href="x\ny" id="p\nq">',
    '`span\nend`',
    '[y][lab\nel] and [l\nm][]',
    'x &#10; [a\nb](c) &NewLine;',
    '<!-- devguide-disable\nrule-a -->',
    '- [k](https://k8s.io "t\nu")\n  [i\nj](k)',
  ];
  return cases.map(([name, text]) => {
    const lf = random() < 0.5 ? `${text}${pick(multiLine)}\n` : text;
    const mode = pick(['crlf', 'crlf', 'cr', 'mixed']);
    const ending = (): string => (mode === 'crlf' ? '\r\n' : mode === 'cr' ? '\r' : pick(['\n', '\r\n', '\r']));
    return [`${name} (${mode})`, lf.replace(/\n/g, ending)];
  });
}

/**
 * Items and quotes, nested, whose last blocks are HTML over lines, indented code or a paragraph,
 * followed by blank, white-space, lazy and tag lines, and markers followed by white space and tabs.
 */
function containerEnds(seed: number, count: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const lines: string[] = [];
    for (let block = 1 + Math.floor(random() * 3); block > 0; block--) {
      const open = pick(['- ', '* ', '1. ', '10) ', '> ', '> - ', '- > ', '  - ', '-\t', '* \t- ', '*   ', '-      ']);
      const cont = open.replace(/[-*]|\d+[.)]/g, (marker) => ' '.repeat(marker.length)).replace(/\t/g, '  ');
      lines.push(`${open}${pick(['a [l](l.md)', '', 'b  ', '<div>', '<!-- devguide-disable', '**Note:** c'])}`);
      for (let line = Math.floor(random() * 4); line > 0; line--)
        lines.push(
          `${pick([cont, cont, cont + ' ', cont + '    ', '', '  ', '\t', cont.trimEnd()])}${pick([
            'd [k](k.md)',
            '<a name="n">',
            '-->',
            '</div>',
            '<a id="y\n    z">',
            'code',
            '',
            '- e',
            '2. f',
            '> g',
            '<b>',
            '---',
          ])}`,
        );
      if (random() < 0.5) lines.push(pick(['', ' ', '     ', '>', '> ', '\t']));
    }
    return [`container ends ${index}`, `${lines.join('\n')}\n`];
  });
}

/** Lists indented with tabs and spaces, whose item indents end inside a tab, with blocks that could start there. */
function tabbedLists(seed: number, count: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  const markers = ['- ', '- ', '* ', '1. ', '10. ', '-\t', '', '', '', '> ', '- [ ] '];
  const contents = ['text', 'a [l](u.md)', '- x', '1. z', '2. w', '|-|', '<div>', '<a>', '[a]: /u', '[a]', '```'];
  const more = ['    code', '**b**', '', '# h', '---', '\tx', '  y', '[lab', 'el] [a]', '> q'];
  return Array.from({ length: count }, (_, index) => {
    const lines: string[] = [];
    const length = 2 + Math.floor(random() * 8);
    for (let line = 0; line < length; line++) {
      const indent = Array.from({ length: Math.floor(random() * 3) }, () => pick(['\t', '\t', ' ', '  ', '   '])).join(
        '',
      );
      lines.push(indent + pick(markers) + pick(random() < 0.5 ? contents : more));
      if (random() < 0.15) lines.push(pick(['', '\t', '  ']));
    }
    return [`tabbed list ${index}`, lines.join('\n') + pick(['\n', '', '\n[a]: /d\n'])];
  });
}

/** Short lists of random markers, indents and items, some in a quote, some after a blank line. */
function unevenLists(seed: number, count: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const lines: string[] = [];
    const items = 2 + Math.floor(random() * 6);
    for (let line = 0; line < items; line++) {
      const marker = pick(['-', '-', '*', '+', '1.', '2.', '1)', '10.', '']);
      const body = pick(['a', '[l](l.md)', 'b *c*', '', `x\n${' '.repeat(Math.floor(random() * 5))}y`, '> q', '# h']);
      const space = marker ? pick([' ', '  ', '   ', '    ', '      ', '\t']) : '';
      lines.push(`${pick(['', '', '', '> '])}${' '.repeat(Math.floor(random() * 7))}${marker}${space}${body}`);
      if (random() < 0.2) lines.push('');
    }
    return [`uneven list ${index}`, `${lines.join('\n')}\n`];
  });
}

/**
 * Documents of several random documents each, some after a blank line, some at column 0 (where
 * parts are cut), with definitions and repeated headings that parts must share.
 */
function composedDocuments(seed: number, count: number): Array<[string, string]> {
  const pieces = randomDocuments(seed, count * 5).map(([, text]) => text);
  const glue = [
    '\n',
    '\n',
    '',
    '\n# Same\n\n',
    '\n[y]: /defined\n\n',
    '\n```\n',
    '\n<!--\n',
    '\nplain\n\n',
    '\n\n\n',
    '  \n\t\n',
    '\n  \n\n',
    '\n    indented code\n\n',
    '\n> - \n> 2. x\n\n',
    '\n* Present:\n    *\n* Topics ~30 min\n',
    '\npara ~a\n*\n',
    '\n[Aaron & Michelle] [*a*] [`c`] [<b>] [a_b@c.de] [&amp;][x]\n',
    '\n> quoted\n> - not an item\n> > deeper\n\n- [ ] item\n      - deep [l](l.md)\n      1. too\n',
  ];
  const documents: Array<[string, string]> = [];
  for (let index = 0; index < count; index++) {
    let text = '';
    for (let piece = 0; piece < 5; piece++)
      text += pieces[index * 5 + piece]! + glue[(index + piece * 3) % glue.length]!;
    documents.push([`composed ${index}`, text]);
  }
  return documents;
}

/**
 * Short documents of `*` and `_` runs among words, punctuation, brackets, links and references,
 * in paragraphs, headings, items and quotes, from a fixed seed: where micromark's rule of 3 and
 * lezer's may pair them otherwise.
 */
function emphasisDocuments(seed: number, count: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = (values: readonly string[]): string => values[Math.floor(random() * values.length)]!;
  const atoms = [
    '*',
    '**',
    '***',
    '****',
    '_',
    '__',
    '___',
    '*_',
    '_*',
    '**_',
    'a',
    'b',
    'cd',
    'x y',
    ' ',
    ' ',
    ' ',
    '(',
    ')',
    '.',
    ',',
    '!',
    '"',
    ':',
    '[',
    ']',
    '[x](u)',
    '[y *z](v)',
    '[a][d]',
    '[a][e]',
    '[d]',
    '[q]',
    '`*`',
    '\\*',
    '\\_',
    '&#42;',
    '<b>',
    'é',
    '—',
    '](w)',
    '\n',
    ' \\\n',
  ];
  const prefixes = ['', '', '', '# ', '## ', '- ', '> ', '1. ', '- # '];
  return Array.from({ length: count }, (_, index): [string, string] => {
    const blocks: string[] = [];
    for (let block = Math.floor(random() * 3); block >= 0; block--) {
      const prefix = pick(prefixes);
      let line = prefix;
      for (let atom = 2 + Math.floor(random() * 12); atom > 0; atom--) {
        const next = pick(atoms);
        if (!(prefix.includes('#') && next.includes('\n'))) line += next;
      }
      blocks.push(line);
    }
    return [`emphasis document ${index}`, blocks.join('\n\n') + '\n\n[d]: /d\n'];
  });
}

/** Small documents built from line fragments where block parsers tend to differ, from a fixed seed. */
function randomDocuments(seed: number, count: number): Array<[string, string]> {
  const random = seededRandom(seed);
  const pick = (values: readonly string[]): string => values[Math.floor(random() * values.length)]!;
  const prefixes = [
    '',
    '',
    '',
    '\t',
    '- \t',
    '>\t',
    '  \t',
    '\t- ',
    '>',
    '> ',
    '  > ',
    ' ',
    '  ',
    '   ',
    '    ',
    '      ',
    '- ',
    '* ',
    '+ ',
    '1. ',
    '2. ',
    '1) ',
    '  - ',
    '   1. ',
    '-',
    '- [ ] ',
    '> - ',
    '- > ',
    '\t',
    '-     ',
    '1.  ',
  ];
  const contents = [
    'foo',
    'a [l](b.md) b',
    '[x]',
    '[x][y]',
    '![i](p.png)',
    '---',
    '===',
    '***',
    '```',
    '~~~',
    '# h',
    'h #',
    '<div>',
    '</div>',
    '<!-- c -->',
    '<!--',
    '-->',
    '<a name="n">',
    '| a | b |',
    '| - | - |',
    'a | b',
    'www.x.com',
    'a@b.co',
    'https://x.y/z).',
    '[y]: /u',
    '',
    '',
    '`code`',
    '*em* **st**',
    '~~s~~',
    '~s~',
    'x\\',
    '&amp;',
    '2. x',
    '- x',
    '> q',
    '[a] [b]',
    '<https://a.b>',
    ']',
    '[',
    '<!-- devguide-disable -->',
  ];
  const documents: Array<[string, string]> = [];
  for (let index = 0; index < count; index++) {
    const lines: string[] = [];
    const length = 1 + Math.floor(random() * 7);
    for (let line = 0; line < length; line++)
      lines.push(pick(prefixes) + (random() < 0.3 ? pick(prefixes) : '') + pick(contents));
    documents.push([`random ${index}`, lines.join('\n') + '\n']);
  }
  return documents;
}
