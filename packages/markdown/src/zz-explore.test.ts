import { it } from 'vitest';
import { anchorsOf, collectAnchors } from './anchors.js';
import { parseMarkdown } from './processor.js';

it('dump', () => {
  console.log('ANCH', JSON.stringify(anchorsOf('## Foo <a name="bar"></a>\n\n## ![img](x.png) Baz\n\n## A & B\n\n## Foo\n\n## foo\n\n## Foo-1\n\n## [Link](x.md) and `code` here\n\nSome <span id=\'sq\'>x</span> and <a id=unq>y</a>\n\n<div data-id="no"></div>\n\n<a href="#" NAME="upper"></a>\n\nSetext\n======\n\n## Ünïcödé — Dash\n')));
  console.log('POS', JSON.stringify(collectAnchors(parseMarkdown('# T\n\ntext\n\n  ## Indented\n\n<a name="x"></a>\n'))));
});
