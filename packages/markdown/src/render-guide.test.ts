import { readFileSync } from 'node:fs';
import { corpus, historyVersions } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { listEntries } from './entries.js';
import { resolveLink, targetKey, type LinkTarget } from './link-target.js';
import type { Guide } from './model.js';
import { parseGuide } from './parse-guide.js';
import { formatDestination, renderGuide, type RenderOptions } from './render-guide.js';
import { semanticTree } from './semantic-tree.js';

const context = { ...upstreamResolve, documentPath: guidePath };
const target = (destination: string): LinkTarget => resolveLink(destination, context);
const upstream: RenderOptions = { form: 'upstream', site: seedSite };
const site: RenderOptions = { form: 'site', site: seedSite };
const blob = 'https://github.com/kubernetes/community/blob/master';
const tree = 'https://github.com/kubernetes/community/tree/master';

const upstreamAs = (destination: string) => formatDestination(target(destination), 'link', guidePath, upstream);
const siteAs = (
  destination: string,
  options: Partial<RenderOptions> = {},
  kind: 'link' | 'image' | 'definition' = 'link',
) => formatDestination(target(destination), kind, guidePath, { ...site, ...options });

describe('formatDestination in upstream form', () => {
  it('writes a file below the README directory relative to it', () => {
    expect(
      upstreamAs('https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md'),
    ).toBe('sig-testing/testing.md');
  });

  it('climbs with `..` to a sibling directory', () => {
    expect(upstreamAs('/contributors/guide/coding-conventions.md')).toBe('../guide/coding-conventions.md');
    expect(
      upstreamAs(
        'https://github.com/kubernetes/community/tree/master/contributors/devel/../guide/coding-conventions.md',
      ),
    ).toBe('../guide/coding-conventions.md');
  });

  it('climbs to the repository root', () => {
    expect(upstreamAs('https://github.com/kubernetes/community/blob/master/sig-list.md')).toBe('../../sig-list.md');
    expect(upstreamAs('https://github.com/kubernetes/community')).toBe('../..');
  });

  it('writes a parent directory as `..`', () => {
    expect(upstreamAs('https://github.com/kubernetes/community/tree/master/contributors')).toBe('..');
  });

  it('writes a link to a place in the same file as a bare fragment', () => {
    expect(
      upstreamAs('https://github.com/kubernetes/community/blob/master/contributors/devel/README.md#sig-release'),
    ).toBe('#sig-release');
    expect(upstreamAs('README.md#sig-release')).toBe('#sig-release');
  });

  it('writes the same file without a fragment by its name', () => {
    expect(upstreamAs('https://github.com/kubernetes/community/blob/master/contributors/devel/README.md')).toBe(
      'README.md',
    );
  });

  it('keeps the query before the fragment', () => {
    expect(
      upstreamAs(
        'https://github.com/kubernetes/community/blob/master/contributors/devel/testing.md?plain=1#unit-tests',
      ),
    ).toBe('testing.md?plain=1#unit-tests');
  });

  it('encodes the path and the fragment', () => {
    expect(
      upstreamAs('https://github.com/kubernetes/community/blob/master/contributors/devel/my%20file.md#a%20b'),
    ).toBe('my%20file.md#a%20b');
  });

  it('keeps `@` readable in paths', () => {
    expect(upstreamAs('/contributors/devel/a@b.md')).toBe('a@b.md');
  });

  it('writes anchors, escapes and external URLs', () => {
    expect(upstreamAs('#top')).toBe('#top');
    expect(upstreamAs('../../../x')).toBe('../../../x');
    expect(upstreamAs('https://kubernetes.io/docs/concepts/')).toBe('https://kubernetes.io/docs/concepts/');
  });

  it('writes a site path as its absolute URL', () => {
    expect(upstreamAs('/docs/reference/using-api/client-libraries/')).toBe(
      'https://kubernetes.io/docs/reference/using-api/client-libraries/',
    );
  });

  it('round-trips through resolveLink to the same target', () => {
    for (const destination of [
      'sig-testing/testing.md',
      '../guide/README.md#sigs',
      '/contributors/guide/x.md?y=1',
      'https://git.k8s.io/community/sig-list.md',
      '#top',
    ]) {
      expect(targetKey(target(upstreamAs(destination))), destination).toBe(targetKey(target(destination)));
    }
  });
});

describe('formatDestination in site form', () => {
  it('uses blob for a file and tree for a directory by the heuristic', () => {
    expect(siteAs('sig-testing/testing.md')).toBe(`${blob}/contributors/devel/sig-testing/testing.md`);
    expect(siteAs('../guide/')).toBe(`${tree}/contributors/guide`);
    expect(siteAs('sig-testing')).toBe(`${tree}/contributors/devel/sig-testing`);
  });

  it('writes the repository root without a trailing slash', () => {
    expect(siteAs('/')).toBe(tree);
  });

  it('normalises `..` in the path', () => {
    expect(siteAs('../guide/coding-conventions.md')).toBe(`${blob}/contributors/guide/coding-conventions.md`);
  });

  it('lets isDirectory override the heuristic both ways', () => {
    const listing = new Map<string, boolean>([
      ['contributors/devel/OWNERS', false],
      ['contributors/devel/v1.0', true],
    ]);
    const isDirectory = (path: string) => listing.get(path);
    expect(siteAs('OWNERS', { isDirectory })).toBe(`${blob}/contributors/devel/OWNERS`);
    expect(siteAs('v1.0', { isDirectory })).toBe(`${tree}/contributors/devel/v1.0`);
    // Without the listing the heuristic guesses both wrong.
    expect(siteAs('OWNERS')).toBe(`${tree}/contributors/devel/OWNERS`);
    expect(siteAs('v1.0')).toBe(`${blob}/contributors/devel/v1.0`);
  });

  it('falls back to the heuristic where isDirectory does not know', () => {
    const isDirectory = () => undefined;
    expect(siteAs('testing.md', { isDirectory })).toBe(`${blob}/contributors/devel/testing.md`);
    expect(siteAs('sig-node', { isDirectory })).toBe(`${tree}/contributors/devel/sig-node`);
  });

  it('asks isDirectory with the repository path', () => {
    const asked: string[] = [];
    siteAs('../guide/README.md', { isDirectory: (path) => (asked.push(path), false) });
    expect(asked).toEqual(['contributors/guide/README.md']);
  });

  it('names the configured ref and link base', () => {
    expect(siteAs('testing.md', { site: { linkBase: 'https://github.com/example/fork/', ref: 'v1.2.3' } })).toBe(
      'https://github.com/example/fork/blob/v1.2.3/contributors/devel/testing.md',
    );
  });

  it('uses raw for images, whatever the path looks like', () => {
    expect(siteAs('img/flow.png', {}, 'image')).toBe(
      'https://github.com/kubernetes/community/raw/master/contributors/devel/img/flow.png',
    );
    expect(siteAs('https://raw.githubusercontent.com/kubernetes/community/master/a.png', {}, 'image')).toBe(
      'https://github.com/kubernetes/community/raw/master/a.png',
    );
  });

  it('writes a link spelled as a raw URL with blob when it is a link', () => {
    expect(siteAs('https://raw.githubusercontent.com/kubernetes/community/master/a.png')).toBe(`${blob}/a.png`);
  });

  it('writes a same-file fragment as an absolute URL (no bare `#` in site form)', () => {
    expect(siteAs('README.md#sig-release')).toBe(`${blob}/contributors/devel/README.md#sig-release`);
  });

  it('keeps query and fragment, encoded', () => {
    expect(siteAs('my%20file.md?plain=1#a%20b')).toBe(`${blob}/contributors/devel/my%20file.md?plain=1#a%20b`);
  });

  it('writes a bare anchor as a fragment', () => {
    expect(siteAs('#top')).toBe('#top');
    expect(siteAs('#unit%20tests')).toBe('#unit%20tests');
  });

  it('leaves https and other-scheme external URLs untouched', () => {
    for (const url of [
      'https://kubernetes.io/docs/concepts/',
      'mailto:someone@example.com',
      'https://github.com/kubernetes/release',
      'HTTP://example.com/X',
    ]) {
      expect(siteAs(url)).toBe(url);
    }
  });

  it('upgrades http only for listed hosts and their subdomains', () => {
    expect(siteAs('http://kubernetes.io/docs/admin/')).toBe('https://kubernetes.io/docs/admin/');
    expect(siteAs('http://www.kubernetes.io/docs/')).toBe('https://www.kubernetes.io/docs/');
    expect(siteAs('http://KUBERNETES.IO/docs/')).toBe('https://KUBERNETES.IO/docs/');
    expect(siteAs('http://kubernetes.github.io/docs/admin/authorization/')).toBe(
      'http://kubernetes.github.io/docs/admin/authorization/',
    );
    expect(siteAs('http://notkubernetes.io/x')).toBe('http://notkubernetes.io/x');
    expect(siteAs('http://kubernetes.io.example.com/x')).toBe('http://kubernetes.io.example.com/x');
    expect(siteAs('http://releases.k8s.io')).toBe('http://releases.k8s.io');
  });

  it('upgrades nothing without httpsHosts', () => {
    expect(siteAs('http://kubernetes.io/docs/', { site: { linkBase: seedSite.linkBase, ref: 'master' } })).toBe(
      'http://kubernetes.io/docs/',
    );
  });

  it('keeps escapes as written', () => {
    expect(siteAs('../../../x')).toBe('../../../x');
  });
});

const seed = readFileSync(corpus.seedPath, 'utf8');
const readme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');
const mid2018 = historyVersions().find((version) => version.order === '061')!.text;
const parse = (text: string): Guide => parseGuide(text, { path: guidePath, resolve: upstreamResolve });
const lineOf = (text: string, prefix: string): string => text.split('\n').find((line) => line.startsWith(prefix)) ?? '';

/** Every link destination in a markdown text, via the model (head links and slotted ones). */
function destinations(text: string): string[] {
  const guide = parse(text);
  const found: string[] = [];
  for (const { entry } of listEntries(guide)) {
    for (const link of entry.links) found.push(link.destination);
    for (const slot of entry.description.slots) found.push(slot.link.destination);
  }
  return found;
}

describe('renderGuide from upstream form to site form', () => {
  const guide = parse(readme);
  const out = renderGuide(guide, site);

  it('puts the title in front matter and drops the H1', () => {
    expect(guide.form).toBe('upstream');
    expect(out.startsWith('---\ntitle: Table of Contents\n---\n\n')).toBe(true);
    expect(out).not.toMatch(/^# /m);
  });

  it('parses back as a site-form guide with the same title and sections', () => {
    const back = parse(out);
    expect(back.form).toBe('site');
    expect(back.title).toMatchObject({ text: 'Table of Contents', from: 'front-matter' });
    expect(back.sections.map((section) => section.heading.text)).toEqual(
      guide.sections.map((section) => section.heading.text),
    );
    expect(back.sections.at(-1)!.subsections.map((section) => section.heading.text)).toEqual(
      guide.sections.at(-1)!.subsections.map((section) => section.heading.text),
    );
  });

  it('writes every repository link absolute, and keeps every target', () => {
    const before = listEntries(guide).flatMap(({ entry }) => entry.links.map((link) => targetKey(link.target)));
    const back = parse(out);
    const after = listEntries(back).flatMap(({ entry }) => entry.links.map((link) => targetKey(link.target)));
    expect(after).toEqual(before);
    const relative = destinations(out).filter((destination) => !/^(https?:|#)/.test(destination));
    expect(relative).toEqual([]);
  });

  it('writes specific links in site spelling', () => {
    expect(out).toContain(
      lineOf(readme, '* **Testing**').replace(
        '(sig-testing/testing.md)',
        `(${blob}/contributors/devel/sig-testing/testing.md)`,
      ),
    );
    expect(out).toContain(`([coding-conventions.md](${blob}/contributors/guide/coding-conventions.md))`);
    expect(out).toContain(
      `* **End-to-End Testing in Kubernetes** [e2e-tests.md](${blob}/contributors/devel/sig-testing/e2e-tests.md) and [e2e-tests-kubetest2.md](${blob}/contributors/devel/sig-testing/e2e-tests-kubetest2.md)`,
    );
  });

  it('resolves shortlinks to other repositories as external and leaves them', () => {
    expect(out).toContain('(https://git.k8s.io/design-proposals-archive/api-machinery/admission_control.md)');
  });

  it('is semantically the input apart from the head and the link destinations', () => {
    const strip = (text: string) =>
      text
        .replace(/\]\([^)\s]*\)/g, '](X)')
        .replace(/^---\n[\s\S]*?\n---\n\n/, '')
        .replace(/^# .*\n\n/, '');
    expect(semanticTree(strip(out))).toEqual(semanticTree(strip(readme)));
  });

  it('uses the title option instead of the guide title', () => {
    const titled = renderGuide(guide, { ...site, title: 'Kubernetes Developer Guide' });
    expect(titled.startsWith('---\ntitle: Kubernetes Developer Guide\n---\n')).toBe(true);
    expect(titled).not.toContain('Table of Contents');
  });

  it('keeps an upstream prelude ahead of the body', () => {
    const withPrelude = historyVersions().find((version) => version.order === '012')!.text;
    const parsed = parse(withPrelude);
    expect(parsed.prelude.length).toBeGreaterThan(0);
    const rendered = renderGuide(parsed, site);
    expect(
      rendered.startsWith('---\ntitle: Kubernetes Developer Guide\n---\n\n<!-- BEGIN MUNGE: UNVERSIONED_WARNING -->'),
    ).toBe(true);
    expect(rendered).not.toMatch(/^# Kubernetes Developer Guide$/m);
  });
});

describe('renderGuide from site form (the seed) to upstream form', () => {
  const guide = parse(seed);
  const out = renderGuide(guide, upstream);

  it('reads the seed as a site-form guide', () => {
    expect(guide.form).toBe('site');
    expect(guide.title).toMatchObject({ text: 'Kubernetes Developer Guide', from: 'front-matter' });
  });

  it('writes `# Title` and no front matter', () => {
    const body = seed.slice(seed.indexOf('\n---\n', 3) + '\n---\n\n'.length);
    expect(out.startsWith(`# Kubernetes Developer Guide\n\n${body.slice(0, body.indexOf('\n'))}\n`)).toBe(true);
    expect(out).not.toContain('---\ntitle:');
  });

  it('writes repository links relative to the README directory', () => {
    expect(out).toContain('([Please start here](../guide/README.md))');
    expect(out).toContain('([issues-triage.md](../guide/issue-triage.md))');
    expect(out).toContain('([testing.md](testing.md))');
    expect(out).toContain('([coding-conventions.md](../guide/coding-conventions.md))');
    expect(out).toContain('([admission_control](../design-proposals/api-machinery/admission_control.md))');
    expect(
      destinations(out).filter((destination) => destination.startsWith('https://github.com/kubernetes/community/')),
    ).toEqual([]);
  });

  it('writes the site path as an absolute URL on the site', () => {
    expect(out).toContain('([client-libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/))');
  });

  it('upgrades http on listed hosts in upstream form too', () => {
    expect(out).toContain('[User Guide](https://kubernetes.io/docs/user-guide/)');
    expect(out).not.toContain('http://kubernetes.io');
  });

  it('renders back to site form as rendering the seed directly would (round trip across forms)', () => {
    const again = parse(out);
    expect(again.form).toBe('upstream');
    expect(again.title).toMatchObject({ text: 'Kubernetes Developer Guide', from: 'h1' });
    const viaUpstream = renderGuide(again, { ...site, preserve: false });
    const direct = renderGuide(guide, { ...site, preserve: false });
    expect(viaUpstream).toBe(direct);
    expect(semanticTree(viaUpstream)).toEqual(semanticTree(direct));
  });

  it('corrects the seed defects when rendered in site form without preserving', () => {
    const direct = renderGuide(guide, { ...site, preserve: false });
    expect(direct).not.toContain('/tree/master/contributors/devel/development.md');
    expect(direct).toContain(`(${blob}/contributors/devel/development.md)`);
    expect(direct).not.toContain('devel/../guide');
    expect(direct).toContain('(https://kubernetes.io/docs/reference/using-api/client-libraries/)');
  });

  it('keeps the seed byte-identical in its own form, and not when preserve is off', () => {
    expect(renderGuide(guide, site)).toBe(seed);
    expect(renderGuide(guide, { ...site, preserve: false })).not.toBe(seed);
  });

  it('round-trips an upstream guide through site form with the same targets', () => {
    // Without httpsHosts, so that no URL is upgraded on the way.
    const plainSite: RenderOptions['site'] = { linkBase: seedSite.linkBase, ref: 'master' };
    const start = parse(mid2018);
    const there = parse(renderGuide(start, { form: 'site', site: plainSite }));
    const back = renderGuide(there, { form: 'upstream', site: plainSite });
    const keys = (guide: Guide) =>
      listEntries(guide).flatMap(({ entry }) => entry.links.map((link) => targetKey(link.target)));
    expect(keys(parse(back))).toEqual(keys(start));
    expect(back.startsWith('# Table of Contents\n\n')).toBe(true);
    expect(semanticTree(back.replace(/\]\([^)\s]*\)/g, '](X)'))).toEqual(
      semanticTree(mid2018.replace(/\]\([^)\s]*\)/g, '](X)')),
    );
  });
});

describe('renderGuide on small documents', () => {
  const small = [
    '# Guide',
    '',
    'See [the intro](#intro) and [testing](testing.md).',
    '',
    '## Section',
    '',
    '* **One** ([one.md](one.md)): First.',
    '* **Two** [two.md](sub/two.md)',
    '  Second, see [three](../guide/three.md).',
    '',
    '![diagram](img/d.png)',
    '',
    '[ref]: /contributors/guide/ref.md',
    '',
  ].join('\n');

  it('renders every destination kind in site form', () => {
    const out = renderGuide(parse(small), site);
    expect(out).toBe(
      [
        '---',
        'title: Guide',
        '---',
        '',
        `See [the intro](#intro) and [testing](${blob}/contributors/devel/testing.md).`,
        '',
        '## Section',
        '',
        `* **One** ([one.md](${blob}/contributors/devel/one.md)): First.`,
        `* **Two** [two.md](${blob}/contributors/devel/sub/two.md)`,
        `  Second, see [three](${blob}/contributors/guide/three.md).`,
        '',
        '![diagram](https://github.com/kubernetes/community/raw/master/contributors/devel/img/d.png)',
        '',
        `[ref]: ${blob}/contributors/guide/ref.md`,
        '',
      ].join('\n'),
    );
  });

  it('renders the site form back to the same upstream text', () => {
    const there = renderGuide(parse(small), site);
    expect(renderGuide(parse(there), upstream)).toBe(
      small.replace('[ref]: /contributors/guide/ref.md', '[ref]: ../guide/ref.md'),
    );
  });

  it('is byte-identical in its own form when preserving, and respells when not', () => {
    expect(renderGuide(parse(small), upstream)).toBe(small);
    expect(renderGuide(parse(small), { ...upstream, preserve: false })).toContain('[ref]: ../guide/ref.md');
  });

  it('writes a changed title as a plain H1 in upstream form', () => {
    const out = renderGuide(parse(small), { ...upstream, title: 'Renamed' });
    expect(out.startsWith('# Renamed\n\nSee')).toBe(true);
  });

  it('keeps other front matter keys in both forms', () => {
    const text = '---\ntitle: Guide\nweight: 10\n---\n\nBody [x](x.md).\n';
    const guide = parse(text);
    expect(guide.form).toBe('site');
    expect(renderGuide(guide, upstream)).toBe('---\nweight: 10\n---\n\n# Guide\n\nBody [x](x.md).\n');
    expect(renderGuide(guide, { ...site, preserve: false })).toBe(
      `---\ntitle: Guide\nweight: 10\n---\n\nBody [x](${blob}/contributors/devel/x.md).\n`,
    );
  });

  it('renders a guide without a title without a head', () => {
    const guide = parse('Just text with [a](a.md).\n');
    expect(guide.title).toBeNull();
    expect(renderGuide(guide, site)).toBe(`Just text with [a](${blob}/contributors/devel/a.md).\n`);
    expect(renderGuide(guide, upstream)).toBe('Just text with [a](a.md).\n');
  });
});
