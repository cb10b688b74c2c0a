import { describe, expect, it } from 'vitest';
import { collectExternalUrls } from './extract.js';
import { normalizeUrl } from './normalize.js';

const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 5, offset: 4 } });

describe('collectExternalUrls', () => {
  it('deduplicates by URL without fragment across files and keeps every place', () => {
    const urls = collectExternalUrls([
      {
        path: 'a.md',
        links: [
          { url: 'https://Example.com:443/doc#one', position: at(1), destination: { start: 1, end: 9 } },
          { url: 'relative.md', position: at(2), destination: null },
        ],
      },
      {
        path: 'b.md',
        links: [
          { url: 'https://example.com/doc#two', position: at(3), destination: null },
          { url: 'https://example.com/doc', position: at(4), destination: null },
          { url: 'mailto:x@y.z', position: at(5), destination: null },
        ],
      },
    ]);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatchObject({ url: 'https://example.com/doc', host: 'example.com', fragments: ['one', 'two'] });
    expect(
      urls[0]!.occurrences.map((occurrence) => [occurrence.path, occurrence.position.start.line, occurrence.fragment]),
    ).toEqual([
      ['a.md', 1, 'one'],
      ['b.md', 3, 'two'],
      ['b.md', 4, null],
    ]);
  });

  it('leaves out URLs matching an exclusion', () => {
    const urls = collectExternalUrls(
      [
        {
          path: 'a.md',
          links: [
            { url: 'https://localhost:8080/x', position: at(1), destination: null },
            { url: 'http://example.org/', position: at(2), destination: null },
          ],
        },
      ],
      { exclude: [/^https?:\/\/localhost\b/] },
    );
    expect(urls.map((url) => url.url)).toEqual(['http://example.org/']);
  });
});

describe('normalizeUrl', () => {
  it('keeps only http(s) URLs with a host and decodes the fragment', () => {
    expect(normalizeUrl('https://EXAMPLE.com/a%20b#caf%C3%A9')).toEqual({
      url: 'https://example.com/a%20b',
      host: 'example.com',
      fragment: 'café',
    });
    expect(normalizeUrl('ftp://example.com/')).toBeNull();
    expect(normalizeUrl('https://')).toBeNull();
  });
});
