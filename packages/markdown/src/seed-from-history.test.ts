import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { applyEdits, type EntryEdit } from './edits.js';
import { parseGuide } from './parse-guide.js';
import { renderGuide } from './render-guide.js';

const seed = readFileSync(corpus.seedPath, 'utf8');
const mid2018 = readFileSync(join(corpus.historyDir, '061-2018-07-12-69a1243ea.md'), 'utf8');

/** The two downstream edits the seed carries, keyed by entry. */
const seedEdits: EntryEdit[] = [
  {
    op: 'set',
    entry: 'GitHub Issues',
    set: { text: 'issues-triage.md' },
    was: { text: '/contributors/guide/issue-triage.md' },
  },
  {
    op: 'set',
    entry: 'API Client Libraries',
    set: { text: 'client-libraries', href: '/docs/reference/using-api/client-libraries/' },
    was: { text: 'client-libraries.md', href: 'client-libraries.md' },
  },
];

/** The corrections the site renderer makes to the seed's defects, each one named. */
const corrections: Array<[name: string, from: RegExp, to: string]> = [
  ['blob/ for files, not tree/', /tree\/master\/([^)\s]*\.md)/g, 'blob/master/$1'],
  ['normalised `..`', /contributors\/devel\/\.\.\/guide\//g, 'contributors/guide/'],
  ['https where the host serves it', /http:\/\/kubernetes\.io/g, 'https://kubernetes.io'],
  ['site-only path made absolute', /\(\/docs\/reference\//g, '(https://kubernetes.io/docs/reference/'],
];

function generate(): string {
  const guide = parseGuide(mid2018, { path: guidePath, resolve: upstreamResolve });
  const { guide: edited, results } = applyEdits(guide, seedEdits, upstreamResolve);
  expect(results.map((result) => result.outcome)).toEqual(['applied', 'applied']);
  return renderGuide(edited, { form: 'site', title: 'Kubernetes Developer Guide', site: seedSite });
}

describe('the seed regenerated from the mid-2018 upstream guide', () => {
  it('equals the seed with its defects corrected', () => {
    let corrected = seed;
    for (const [, from, to] of corrections) corrected = corrected.replace(from, to);
    expect(generate()).toBe(corrected);
  });

  it('differs from the seed only on the defect lines', () => {
    const generated = generate().split('\n');
    const seedLines = seed.split('\n');
    expect(generated).toHaveLength(seedLines.length);
    const differing = seedLines.flatMap((line, index) => (line === generated[index] ? [] : [index + 1]));
    // Every differing seed line carries one of the named defects, and no other line changed.
    for (const lineNumber of differing) {
      const line = seedLines[lineNumber - 1]!;
      expect(
        corrections.some(([, from]) => new RegExp(from.source).test(line)),
        `line ${lineNumber}: ${line}`,
      ).toBe(true);
    }
    expect(differing).toEqual([7, 8, 14, 18, 20, 22, 27, 29, 31, 34, 36, 39, 42, 45, 48, 53, 59, 62, 68, 71, 75]);
  });
});
