import { fileURLToPath } from 'node:url';
import type { Guide } from '@devguide/markdown';
import { describe, expect, it } from 'vitest';
import { loadContent, renderReadme, type GuideStore } from './content.js';

// This repository's own content: configuration, lock and the pinned upstream guide.
const dir = fileURLToPath(new URL('../../../content', import.meta.url));

describe('renderReadme with a store of parsed guides', () => {
  it('parses the upstream guide once per text and renders the same README from the stored guide', async () => {
    const content = await loadContent(dir, dir);
    const render = (text: string, store?: GuideStore) =>
      renderReadme(content.loaded, content.lock, text, content.display.upstream, store);
    const plain = render(content.upstreamText);
    const stored = new Map<string, Guide>();
    let parses = 0;
    const store: GuideStore = (hash, parse) => {
      if (!stored.has(hash)) {
        parses++;
        stored.set(hash, parse());
      }
      return stored.get(hash)!;
    };
    expect(render(content.upstreamText, store).text).toBe(plain.text);
    const guide = structuredClone([...stored.values()][0]);
    expect(render(content.upstreamText, store)).toEqual(plain);
    expect(parses).toBe(1);
    // Rendering does not change the stored guide.
    expect([...stored.values()][0]).toEqual(guide);
    // Another text is another parse.
    const changed = `${content.upstreamText}\n`;
    expect(render(changed, store).text).toBe(render(changed).text);
    expect(parses).toBe(2);
  });
});
