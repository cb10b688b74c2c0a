import { readFileSync } from 'node:fs';
import { corpus } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { applyEdits, type EntryEdit } from './edits.js';
import { entryKey, listEntries } from './entries.js';
import type { Entry, Guide } from './model.js';
import { parseGuide } from './parse-guide.js';
import { renderGuide } from './render-guide.js';

const readme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');
const parse = (text: string): Guide => parseGuide(text, { path: guidePath, resolve: upstreamResolve });
const apply = (guide: Guide, ...edits: EntryEdit[]) => applyEdits(guide, edits, upstreamResolve);
const render = (guide: Guide) => renderGuide(guide, { form: 'upstream', site: seedSite });

function entriesNamed(guide: Guide, key: string): Entry[] {
  return listEntries(guide)
    .filter((located) => entryKey(located.entry) === key)
    .map((located) => located.entry);
}
const only = (guide: Guide, key: string): Entry => {
  const found = entriesNamed(guide, key);
  expect(found, key).toHaveLength(1);
  return found[0]!;
};
const lineOf = (text: string, prefix: string): string => text.split('\n').find((line) => line.startsWith(prefix)) ?? '';

describe('applyEdits: set', () => {
  const guide = parse(readme);

  it('sets the link text and keeps the target', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'GitHub Issues',
      set: { text: 'issue triage' },
    });
    expect(results.map((result) => result.outcome)).toEqual(['applied']);
    const link = only(edited, 'GitHub Issues').links[0]!;
    expect(link.text).toBe('issue triage');
    expect(link.target).toEqual(only(guide, 'GitHub Issues').links[0]!.target);
    const upstreamLine = lineOf(readme, '* **GitHub Issues**');
    expect(lineOf(render(edited), '* **GitHub Issues**')).toBe(
      upstreamLine.replace(/\(\[[^\]]*\]\([^)]*\)\)/, '([issue triage](../guide/issue-triage.md))'),
    );
  });

  it('sets the href and resolves it', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Testing',
      set: { href: '/contributors/devel/sig-testing/unit-tests.md' },
    });
    expect(results[0]!.outcome).toBe('applied');
    const link = only(edited, 'Testing').links[0]!;
    expect(link.text).toBe('testing.md');
    expect(link.destination).toBe('/contributors/devel/sig-testing/unit-tests.md');
    expect(link.target).toMatchObject({
      kind: 'repo',
      path: 'contributors/devel/sig-testing/unit-tests.md',
      via: 'root',
    });
    expect(lineOf(render(edited), '* **Testing**')).toBe(
      lineOf(readme, '* **Testing**').replace('(sig-testing/testing.md)', '(sig-testing/unit-tests.md)'),
    );
  });

  it('sets a site href that leaves the repository', () => {
    const { guide: edited } = apply(guide, {
      op: 'set',
      entry: 'API Conventions',
      section: 'Developing against the Kubernetes API',
      set: { href: '/docs/reference/api/' },
    });
    const link = listEntries(edited).find(
      (located) =>
        entryKey(located.entry) === 'API Conventions' &&
        located.sections[0] === 'Developing against the Kubernetes API',
    )!.entry.links[0]!;
    expect(link.target).toEqual({
      kind: 'external',
      url: 'https://kubernetes.io/docs/reference/api/',
      sitePath: '/docs/reference/api/',
    });
  });

  it('sets the title, which renames the entry', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Development Guide',
      set: { title: 'Developer Setup' },
    });
    expect(results[0]!.outcome).toBe('applied');
    expect(entriesNamed(edited, 'Development Guide')).toEqual([]);
    expect(only(edited, 'Developer Setup').links[0]!.text).toBe('development.md');
    expect(render(edited)).toBe(
      readme.replace('* **Development Guide** ([development.md]', '* **Developer Setup** ([development.md]'),
    );
  });

  it('sets the description and indents its continuation lines', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Coding Conventions',
      set: { description: 'Keep it short\n and readable.' },
    });
    expect(results[0]!.outcome).toBe('applied');
    expect(only(edited, 'Coding Conventions').description.raw).toBe('Keep it short\n  and readable.');
    expect(render(edited)).toContain(
      '* **Coding Conventions** ([coding-conventions.md](../guide/coding-conventions.md)):\n  Keep it short\n  and readable.\n',
    );
  });

  it('slots the links of a new description', () => {
    const { guide: edited } = apply(guide, {
      op: 'set',
      entry: 'Cherry Picks',
      set: { description: 'See [the release guide](../guide/release.md).' },
    });
    const description = only(edited, 'Cherry Picks').description;
    expect(description.slots.map((slot) => slot.link.target)).toMatchObject([
      { kind: 'repo', path: 'contributors/guide/release.md' },
    ]);
    expect(renderGuide(edited, { form: 'site', site: seedSite })).toContain(
      '  See [the release guide](https://github.com/kubernetes/community/blob/master/contributors/guide/release.md).',
    );
  });

  it('sets the second link of a two-link entry', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'End-to-End Testing in Kubernetes',
      link: 2,
      set: { text: 'kubetest2' },
      was: { text: 'e2e-tests-kubetest2.md' },
    });
    expect(results[0]!.outcome).toBe('applied');
    expect(only(edited, 'End-to-End Testing in Kubernetes').links.map((link) => link.text)).toEqual([
      'e2e-tests.md',
      'kubetest2',
    ]);
    expect(render(edited)).toContain(
      '* **End-to-End Testing in Kubernetes** [e2e-tests.md](sig-testing/e2e-tests.md) and [kubetest2](sig-testing/e2e-tests-kubetest2.md)\n',
    );
  });

  it('reports a conflict for a link the entry does not have', () => {
    const { guide: edited, results } = apply(guide, { op: 'set', entry: 'Testing', link: 2, set: { text: 'x' } });
    expect(results[0]!.outcome).toBe('conflict');
    expect(results[0]!.message).toContain('1 link(s), expected link 2');
    expect(render(edited)).toBe(readme);
  });

  it('applies when `was` matches upstream', () => {
    const edit: EntryEdit = {
      op: 'set',
      entry: 'Testing',
      set: { text: 'testing guide' },
      was: { text: 'testing.md' },
    };
    const { guide: edited, results } = apply(guide, edit);
    expect(results).toEqual([
      { edit, outcome: 'applied', message: expect.stringContaining('Applied'), entry: only(edited, 'Testing') },
    ]);
    expect(only(edited, 'Testing').links[0]!.text).toBe('testing guide');
  });

  it('compares `was` hrefs by target, not by spelling', () => {
    const { results } = apply(guide, {
      op: 'set',
      entry: 'Testing',
      set: { href: 'sig-testing/unit.md' },
      was: { href: 'https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md' },
    });
    expect(results[0]!.outcome).toBe('applied');
  });

  it('reports already-upstream when upstream has the change, and changes nothing', () => {
    // The upstream description with its white space changed.
    const description = only(guide, 'GitHub Issues')
      .description.raw.replace(/ /g, '   ')
      .replace(/ {3}(\S+)$/, '\n $1');
    expect(description).not.toBe(only(guide, 'GitHub Issues').description.raw);
    const { guide: edited, results } = apply(
      guide,
      { op: 'set', entry: 'Testing', set: { text: 'testing.md' }, was: { text: 'old.md' } },
      {
        op: 'set',
        entry: 'Testing',
        set: { href: 'https://git.k8s.io/community/contributors/devel/sig-testing/testing.md' },
      },
      { op: 'set', entry: 'GitHub Issues', set: { description } },
      { op: 'set', entry: 'Development Guide', set: { title: 'Development Guide' } },
    );
    expect(results.map((result) => result.outcome)).toEqual([
      'already-upstream',
      'already-upstream',
      'already-upstream',
      'already-upstream',
    ]);
    expect(render(edited)).toBe(readme);
  });

  it('reports a conflict when upstream differs from `was`, and leaves the entry alone', () => {
    const edit: EntryEdit = {
      op: 'set',
      entry: 'Testing',
      set: { text: 'testing guide' },
      was: { text: 'old-testing.md' },
    };
    const { guide: edited, results } = apply(guide, edit);
    expect(results[0]!.outcome).toBe('conflict');
    expect(results[0]!.message).toContain('`text` is `testing.md`');
    expect(results[0]!.message).toContain('`old-testing.md`');
    expect(results[0]!.entry).toBe(only(edited, 'Testing'));
    expect(only(edited, 'Testing')).toEqual(only(guide, 'Testing'));
    expect(render(edited)).toBe(readme);
  });

  it('reports a conflict on a differing `was` href even when the text matches', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Testing',
      set: { text: 'x', href: 'x.md' },
      was: { text: 'testing.md', href: 'testing.md' },
    });
    expect(results[0]!.outcome).toBe('conflict');
    expect(results[0]!.message).toContain('`href` is `sig-testing/testing.md`');
    expect(only(edited, 'Testing').links[0]!.text).toBe('testing.md');
  });

  it('ignores `was` fields that are not being set', () => {
    const { results } = apply(guide, {
      op: 'set',
      entry: 'Testing',
      set: { text: 'x' },
      was: { text: 'testing.md', description: 'something else entirely' },
    });
    expect(results[0]!.outcome).toBe('applied');
  });

  it('reports vanished for an unknown entry', () => {
    const { guide: edited, results } = apply(guide, { op: 'set', entry: 'No Such Entry', set: { text: 'x' } });
    expect(results[0]!.outcome).toBe('vanished');
    expect(results[0]!.message).toContain('`No Such Entry`');
    expect(results[0]!.entry).toBeUndefined();
    expect(render(edited)).toBe(readme);
  });

  it('reports vanished when the section does not hold the entry', () => {
    const { results } = apply(guide, { op: 'remove', entry: 'Cherry Picks', section: 'SIG Node' });
    expect(results[0]!.outcome).toBe('vanished');
    expect(results[0]!.message).toContain('in section `SIG Node`');
  });

  it('matches entry names folded like `plain`', () => {
    const { results } = apply(guide, {
      op: 'set',
      entry: '  End-to-End   Testing in **Kubernetes** ',
      set: { text: 'e2e-tests.md' },
    });
    expect(results[0]!.outcome).toBe('already-upstream');
  });

  it('reports a duplicate title as ambiguous and applies nothing', () => {
    expect(entriesNamed(guide, 'Logging Conventions')).toHaveLength(2);
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Logging Conventions',
      set: { text: 'logging' },
    });
    expect(results[0]!.outcome).toBe('ambiguous');
    expect(results[0]!.message).toContain('2 entries named `Logging Conventions`');
    expect(results[0]!.message).toContain('SIG Instrumentation');
    expect(results[0]!.message).toContain('Setting up your dev environment, coding, and debugging');
    expect(render(edited)).toBe(readme);
  });

  it('applies to the right duplicate when the section is given', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'set',
      entry: 'Logging Conventions',
      section: 'SIG Instrumentation',
      set: { text: 'logging guide' },
    });
    expect(results[0]!.outcome).toBe('applied');
    const [first, second] = entriesNamed(edited, 'Logging Conventions');
    expect(first!.links[0]!.text).toBe('logging.md');
    expect(second!.links[0]!.text).toBe('logging guide');
    expect(results[0]!.entry).toBe(second);
    const out = render(edited);
    expect(out).toContain('* **Logging Conventions** [logging guide](sig-instrumentation/logging.md)\n');
    expect(out).toContain(lineOf(readme, '* **Logging Conventions** ('));
  });

  it('matches the section by its H2 as well', () => {
    const { results } = apply(guide, {
      op: 'set',
      entry: 'Logging Conventions',
      section: 'Setting up your dev environment, coding, and debugging',
      set: { text: 'x' },
    });
    expect(results[0]!.outcome).toBe('applied');
  });
});

describe('applyEdits: remove', () => {
  const guide = parse(readme);

  it('removes an entry and only that entry', () => {
    const { guide: edited, results } = apply(guide, { op: 'remove', entry: 'Automated Tools' });
    expect(results[0]!.outcome).toBe('applied');
    expect(entriesNamed(edited, 'Automated Tools')).toEqual([]);
    expect(listEntries(edited)).toHaveLength(listEntries(guide).length - 1);
    const out = render(edited);
    const removedLine = lineOf(readme, '* **Automated Tools**');
    expect(out).toBe(readme.replace(`\n\n${removedLine}`, ''));
  });

  it('removes the first entry of a list without leaving a gap', () => {
    const { guide: edited } = apply(guide, { op: 'remove', entry: 'Cherry Picks' });
    const cherry = readme.slice(
      readme.indexOf('* **Cherry Picks**'),
      readme.indexOf('* **Getting Kubernetes Builds**'),
    );
    expect(render(edited)).toBe(readme.replace(cherry, ''));
    expect(render(edited)).toContain('### SIG Release\n* **Getting Kubernetes Builds**');
  });

  it('a second removal of the same entry finds it vanished', () => {
    const { results } = apply(
      guide,
      { op: 'remove', entry: 'Automated Tools' },
      { op: 'remove', entry: 'Automated Tools' },
    );
    expect(results.map((result) => result.outcome)).toEqual(['applied', 'vanished']);
  });
});

describe('applyEdits: insert-after', () => {
  const guide = parse(readme);

  it('inserts a paren-colon entry right after the anchor entry', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'insert-after',
      entry: 'Testing',
      insert: {
        title: 'Unit Tests',
        links: [{ text: 'unit-tests.md', href: 'sig-testing/unit-tests.md' }],
        description: 'How to write unit tests.',
      },
    });
    expect(results[0]!.outcome).toBe('applied');
    const out = render(edited);
    const testingLine = lineOf(readme, '* **Testing**');
    expect(out).toContain(
      `${testingLine}\n\n* **Unit Tests** ([unit-tests.md](sig-testing/unit-tests.md)): How to write unit tests.\n\n* **Conformance Testing**`,
    );
    const inserted = only(edited, 'Unit Tests');
    expect(inserted).toMatchObject({ layout: 'paren-colon', marker: '* ', indent: '  ', leading: '\n\n' });
    expect(inserted.links[0]!.target).toMatchObject({
      kind: 'repo',
      path: 'contributors/devel/sig-testing/unit-tests.md',
    });
    const located = listEntries(edited);
    const at = located.findIndex((candidate) => entryKey(candidate.entry) === 'Testing');
    expect(entryKey(located[at + 1]!.entry)).toBe('Unit Tests');
  });

  it('inserts after the first entry of a tight list with a blank line', () => {
    const { guide: edited } = apply(guide, {
      op: 'insert-after',
      entry: 'Cherry Picks',
      insert: { title: 'Patch Releases', links: [{ text: 'patch.md', href: 'sig-release/patch.md' }] },
    });
    const out = render(edited);
    const cherryEnd = readme.indexOf('\n\n* **Getting Kubernetes Builds**');
    expect(out).toContain(
      `${readme.slice(readme.indexOf('* **Cherry Picks**'), cherryEnd)}\n\n* **Patch Releases** ([patch.md](sig-release/patch.md))\n\n* **Getting Kubernetes Builds**`,
    );
  });

  it('inserts an entry with two links joined by ` and ` and spells it in site form', () => {
    const { guide: edited } = apply(guide, {
      op: 'insert-after',
      entry: 'Flaky tests',
      insert: {
        title: 'Two',
        links: [
          { text: 'a', href: 'sig-testing/a.md' },
          { text: 'b', href: '../guide/b.md' },
        ],
        description: 'Both.',
      },
    });
    expect(render(edited)).toContain('* **Two** ([a](sig-testing/a.md) and [b](../guide/b.md)): Both.');
    expect(renderGuide(edited, { form: 'site', site: seedSite })).toContain(
      '* **Two** ([a](https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/a.md) and [b](https://github.com/kubernetes/community/blob/master/contributors/guide/b.md)): Both.',
    );
  });

  it('reports already-upstream when an entry of that name exists', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'insert-after',
      entry: 'Testing',
      insert: { title: 'Flaky tests', links: [{ text: 'x', href: 'x.md' }] },
    });
    expect(results[0]!.outcome).toBe('already-upstream');
    expect(render(edited)).toBe(readme);
  });

  it('reports an ambiguous anchor and inserts nothing', () => {
    const { guide: edited, results } = apply(guide, {
      op: 'insert-after',
      entry: 'Profiling Kubernetes',
      insert: { title: 'New', links: [{ text: 'n', href: 'n.md' }] },
    });
    expect(results[0]!.outcome).toBe('ambiguous');
    expect(render(edited)).toBe(readme);
  });

  it('lets a later edit address the inserted entry', () => {
    const { guide: edited, results } = apply(
      guide,
      { op: 'insert-after', entry: 'Testing', insert: { title: 'Unit Tests', links: [{ text: 'u', href: 'u.md' }] } },
      { op: 'set', entry: 'Unit Tests', set: { description: 'Added later.' } },
    );
    expect(results.map((result) => result.outcome)).toEqual(['applied', 'applied']);
    expect(only(edited, 'Unit Tests').description.raw).toBe('Added later.');
  });
});

describe('applyEdits leaves its input alone', () => {
  it('does not mutate the original guide', () => {
    const guide = parse(readme);
    const before = structuredClone(guide);
    const { guide: edited } = apply(
      guide,
      { op: 'set', entry: 'Testing', set: { text: 'x', href: 'x.md', description: 'y', title: 'Z' } },
      { op: 'remove', entry: 'Automated Tools' },
      { op: 'insert-after', entry: 'Cherry Picks', insert: { title: 'New', links: [{ text: 'n', href: 'n.md' }] } },
    );
    expect(guide).toEqual(before);
    expect(edited).not.toEqual(before);
    expect(render(guide)).toBe(readme);
  });

  it('returns an equal copy when there are no edits', () => {
    const guide = parse(readme);
    const { guide: copy, results } = apply(guide);
    expect(results).toEqual([]);
    expect(copy).not.toBe(guide);
    expect(copy).toEqual(guide);
  });
});
