import { readFileSync } from 'node:fs';
import { corpus, historyVersions } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { parseGuide } from './parse-guide.js';
import { renderGuide } from './render-guide.js';
import { semanticTree } from './semantic-tree.js';

const versions = historyVersions();
const inputs = [
  ...versions.map((version) => ({ name: version.file, text: version.text })),
  { name: 'seed', text: readFileSync(corpus.seedPath, 'utf8') },
];

function ownForm(text: string): string {
  const guide = parseGuide(text, { path: guidePath, resolve: upstreamResolve });
  return renderGuide(guide, { form: guide.form, site: seedSite });
}

describe('every real guide renders back in its own form', () => {
  it('reads all 90 history versions and the seed', () => {
    expect(versions).toHaveLength(90);
    expect(inputs).toHaveLength(91);
  });

  it.each(inputs)('$name is semantically identical', ({ text }) => {
    expect(semanticTree(ownForm(text))).toEqual(semanticTree(text));
  });

  it('is byte-identical for every version, the corpus README and the seed', () => {
    const identical = inputs.filter(({ text }) => ownForm(text) === text).map(({ name }) => name);
    const corpusReadme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');
    expect(ownForm(corpusReadme)).toBe(corpusReadme);
    expect(identical).toContain('seed');
    expect(identical.length).toBe(91);
  });
});
