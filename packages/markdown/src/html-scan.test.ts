import { describe, expect, it } from 'vitest';
import { anchorsOf } from './anchors.js';
import { scanHtml } from './html-scan.js';

describe('scanHtml', () => {
  it('counts every id and name of every tag', () => {
    expect(
      scanHtml('<a id="one" name="two"></a><p class="x" ID=three><span name=\'four\'>t</span></p>').anchors,
    ).toEqual(['one', 'two', 'three', 'four']);
  });

  it('decodes character references in values', () => {
    expect(scanHtml('<a id="a&amp;b" href="x.md?a=1&amp;b=2"></a>')).toMatchObject({
      anchors: ['a&b'],
      links: [{ url: 'x.md?a=1&b=2' }],
    });
  });

  it('reads nothing inside comments, script text or attribute values', () => {
    const html = [
      '<!-- <a id="old" href="gone.md">old</a> -->',
      "<script>var s = \"<a id='js' href='js.md'>\";</script>",
      '<img alt="<a id=fake href=fake.md>" src="pic.png">',
    ].join('\n');
    expect(scanHtml(html)).toEqual({
      anchors: [],
      links: [
        {
          tag: 'img',
          attribute: 'src',
          url: 'pic.png',
          start: html.indexOf('pic.png'),
          end: html.indexOf('pic.png') + 7,
        },
      ],
    });
  });

  it('gives the span of each link value as written, quoted or not', () => {
    const html = '<a href = "a.md">a</a> <img src=b.png> <a href=\'c.md\' id=x>';
    expect(scanHtml(html).links.map((link) => [link.url, html.slice(link.start, link.end)])).toEqual([
      ['a.md', 'a.md'],
      ['b.png', 'b.png'],
      ['c.md', 'c.md'],
    ]);
  });

  it('takes links only from elements that link or load', () => {
    expect(
      scanHtml('<div href="no.md"></div><a href="yes.md"></a><iframe src="f.html"></iframe>').links.map(
        (link) => link.url,
      ),
    ).toEqual(['yes.md', 'f.html']);
  });

  it('gives markdown every id and name of its raw HTML, but none from comments', () => {
    expect(anchorsOf('# Title\n\n<a id="one" name="two"></a>\n\n<!-- <a id="gone"></a> -->\n')).toEqual([
      'title',
      'one',
      'two',
    ]);
  });
});

describe('scanHtml after a text that ends inside a special tag', () => {
  it('reads the next text from the start, not as that tag’s content', () => {
    scanHtml('<a id="x"><script');
    expect(scanHtml('<a id="y"></a>').anchors).toEqual(['y']);
    scanHtml('<b name="n"><title');
    expect(scanHtml('<img src="i.png" id="z">')).toEqual({
      anchors: ['z'],
      links: [{ tag: 'img', attribute: 'src', url: 'i.png', start: 10, end: 15 }],
    });
  });
});
