import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { anchorsOf } from './anchors.js';
import { applyEdits } from './edits.js';
import { resolveLink, targetKey } from './link-target.js';
import { parseGuide } from './parse-guide.js';
import { formatDestination, renderGuide } from './render-guide.js';

const context = { ...upstreamResolve, documentPath: guidePath };
const corpusReadme = readFileSync(join(corpus.communityDir, guidePath), 'utf8');
const parse = (text: string) => parseGuide(text, { path: guidePath, resolve: upstreamResolve });
const upstream = (text: string) => renderGuide(parse(text), { form: 'upstream', site: seedSite });

describe('regressions', () => {
  it('a munge banner that ends in a setext heading stays prelude; the H1 is the title', () => {
    const text = readFileSync(join(corpus.historyDir, '020-2016-01-29-7b2a9050f.md'), 'utf8');
    const guide = parse(text);
    expect(guide.title?.text).toBe('Kubernetes Developer Guide');
    expect(guide.prelude.length).toBeGreaterThan(0);
    expect(guide.sections.map((section) => section.heading.text)).not.toContain(
      expect.stringContaining('releases.k8s.io'),
    );
    const site = renderGuide(guide, { form: 'site', site: seedSite });
    expect(site).not.toMatch(/^# /m);
    expect(site.startsWith('---\ntitle: Kubernetes Developer Guide\n---')).toBe(true);
  });

  it('decodes a percent-encoded GitHub path once, as a relative link is', () => {
    const absolute = resolveLink(
      'https://github.com/kubernetes/community/blob/master/contributors/devel/a%2520b.md',
      context,
    );
    const relative = resolveLink('a%2520b.md', context);
    expect(absolute).toMatchObject({ kind: 'repo', path: 'contributors/devel/a%20b.md' });
    expect(targetKey(absolute)).toBe(targetKey(relative));
  });

  it("spells a link to the guide's own directory as `.` in upstream form", () => {
    const target = resolveLink('./', context);
    const written = formatDestination(target, 'link', guidePath, { form: 'upstream', site: seedSite });
    expect(written).toBe('.');
    expect(resolveLink(written, context)).toEqual(target);
  });

  it('separates a description added to an entry that had none', () => {
    const { guide } = applyEdits(
      parse(corpusReadme),
      [
        { op: 'set', entry: 'Getting Kubernetes Builds', set: { description: 'How to get builds.' } },
        { op: 'set', entry: 'Admission Control Plugins', set: { description: 'Admission.' } },
      ],
      upstreamResolve,
    );
    const out = renderGuide(guide, { form: 'upstream', site: seedSite });
    expect(out).toContain('[getting-builds.md](sig-release/getting-builds.md)\n  How to get builds.');
    expect(out).toContain('admission_control.md))\n  Admission.');
  });

  it('separates a description added to an inserted entry that had none', () => {
    const { guide } = applyEdits(
      parse(corpusReadme),
      [
        {
          op: 'insert-after',
          entry: 'Testing',
          section: 'Setting up your dev environment, coding, and debugging',
          insert: { title: 'New', links: [{ text: 'u', href: 'u.md' }] },
        },
        { op: 'set', entry: 'New', set: { description: 'Added later.' } },
      ],
      upstreamResolve,
    );
    expect(renderGuide(guide, { form: 'upstream', site: seedSite })).toContain('* **New** ([u](u.md)): Added later.');
  });

  it('gives a prose entry that gains a title a space after it', () => {
    const { guide } = applyEdits(
      parse(corpusReadme),
      [{ op: 'set', entry: 'REST API documentation', set: { title: 'REST API' } }],
      upstreamResolve,
    );
    expect(renderGuide(guide, { form: 'upstream', site: seedSite })).toMatch(
      /^\* \*\*REST API\*\* The \[REST API documentation\]/m,
    );
  });

  it('respells a link inside a bold title', () => {
    const text = '# T\n\n## S\n\n* **[Foo](foo.md)** does things with [bar](bar.md).\n';
    expect(upstream(text)).toBe(text);
    const site = renderGuide(parse(text), { form: 'site', site: seedSite });
    expect(site).toContain(
      '* **[Foo](https://github.com/kubernetes/community/blob/master/contributors/devel/foo.md)** does things',
    );
  });

  it('slugs headings from their rendered text, without tags or image alt text', () => {
    expect(anchorsOf('## Foo <a name="bar"></a>\n\n## ![logo](x.png) Baz\n')).toEqual(['foo-', 'bar', '-baz']);
  });
});
