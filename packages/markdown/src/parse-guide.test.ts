import { readFileSync } from 'node:fs';
import { corpus, historyVersions } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { guidePath, upstreamResolve } from '../test/context.js';
import { entryKey, listEntries, type LocatedEntry } from './entries.js';
import { GuideError } from './guide-error.js';
import type { Block, Entry, EntryList, FreeItem, Guide, Section } from './model.js';
import { parseGuide } from './parse-guide.js';

const versions = historyVersions();
const version = (order: string): string => {
  const found = versions.find((candidate) => candidate.order === order);
  if (!found) throw new Error(`no history version ${order}`);
  return found.text;
};
const readme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');
const seed = readFileSync(corpus.seedPath, 'utf8');

const parse = (text: string, extra: { requireSections?: boolean; file?: string } = {}): Guide =>
  parseGuide(text, { path: guidePath, resolve: upstreamResolve, ...extra });

/** The one entry with this key (optionally under this heading). */
function entryNamed(guide: Guide, key: string, section?: string): Entry {
  const matches = listEntries(guide).filter(
    (located) => entryKey(located.entry) === key && (section === undefined || located.sections.includes(section)),
  );
  expect(
    matches.map((match) => match.sections),
    `entries named ${key}`,
  ).toHaveLength(1);
  return matches[0]!.entry;
}

/** 1-based line of the first line of `text` that starts with `prefix` (at or after `from`). */
function lineStarting(text: string, prefix: string, from = 1): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, at) => at >= from - 1 && line.startsWith(prefix));
  if (index === -1) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}

const lineAt = (text: string, line: number): string => text.split('\n')[line - 1]!;

const entriesIn = (blocks: Block[]): Entry[] =>
  blocks.flatMap((block) =>
    block.kind === 'list' ? block.items.filter((item): item is Entry => item.kind === 'entry') : [],
  );
const lists = (blocks: Block[]): EntryList[] => blocks.filter((block): block is EntryList => block.kind === 'list');
const headings = (sections: Section[]): string[] => sections.map((section) => section.heading.text);

describe('parseGuide on version 001 (2014: no sections)', () => {
  const text = version('001');
  const guide = parse(text);

  it('reads the H1 title and no sections', () => {
    expect(guide.form).toBe('upstream');
    expect(guide.path).toBe(guidePath);
    expect(guide.frontMatter).toBeNull();
    expect(guide.title).toMatchObject({
      text: 'Developing Kubernetes',
      from: 'h1',
      raw: '# Developing Kubernetes',
      leading: '',
    });
    expect(guide.title!.position!.start).toMatchObject({ line: 1, column: 1 });
    expect(guide.sections).toEqual([]);
    expect(guide.prelude).toEqual([]);
  });

  it('puts the paragraph and the list in the intro', () => {
    expect(guide.intro.map((block) => (block.kind === 'free' ? `free:${block.nodeType}` : 'list'))).toEqual([
      'free:paragraph',
      'list',
    ]);
  });

  it('reads six paren-colon entries and one free item', () => {
    const list = lists(guide.intro)[0]!;
    expect(list.items.map((item) => item.kind)).toEqual([
      'entry',
      'entry',
      'entry',
      'entry',
      'free-item',
      'entry',
      'entry',
    ]);
    const entries = entriesIn(guide.intro);
    expect(entries.map((entry) => entryKey(entry))).toEqual([
      'On Collaborative Development',
      'Development Guide',
      'Hunting flaky tests',
      'GitHub Issues',
      'Pull Request Process',
      'Releasing Kubernetes',
    ]);
    expect(new Set(entries.map((entry) => entry.layout))).toEqual(new Set(['paren-colon']));
  });

  it('keeps the malformed `([logging.md](logging.md)]:` item verbatim as a free item', () => {
    const line = lineStarting(text, '* **Logging Conventions**');
    const free = lists(guide.intro)[0]!.items[4] as FreeItem;
    expect(free.kind).toBe('free-item');
    expect(free.content.raw).toBe(lineAt(text, line));
    expect(free.content.raw).toContain('([logging.md](logging.md)]:');
    expect(free.position!.start).toMatchObject({ line, column: 1 });
    // Its link is still slotted, so a renderer can respell it.
    expect(free.content.slots).toHaveLength(1);
    const slot = free.content.slots[0]!;
    expect(free.content.raw.slice(slot.start, slot.end)).toBe('logging.md');
    expect(slot.link.target).toMatchObject({ kind: 'repo', path: 'contributors/devel/logging.md' });
    // It is not an entry, so edits cannot find it.
    expect(listEntries(guide).some((located) => entryKey(located.entry) === 'Logging Conventions')).toBe(false);
  });

  it('reads a description that runs on to a continuation line', () => {
    const entry = entryNamed(guide, 'Hunting flaky tests');
    const line = lineStarting(text, '* **Hunting flaky tests**');
    const first = lineAt(text, line);
    expect(entry.separators).toEqual({ afterTitle: ' (', between: [], beforeDescription: '): ' });
    expect(entry.description.raw).toBe(`${first.slice(first.indexOf('): ') + 3)}\n${lineAt(text, line + 1)}`);
    expect(entry.indent).toBe('  ');
    expect(entry.marker).toBe('* ');
    expect(entry.rest).toBeNull();
  });

  it('keeps the blank line before each item as its leading text', () => {
    const list = lists(guide.intro)[0]!;
    expect(list.items[0]!.leading).toBe('');
    expect(list.items.slice(1).map((item) => item.leading)).toEqual(Array(6).fill('\n\n'));
  });

  it('refuses it when sections are required', () => {
    expect(() => parse(text, { requireSections: true })).toThrow(GuideError);
    try {
      parse(text, { requireSections: true, file: 'history/001.md' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GuideError);
      const guideError = error as GuideError;
      expect(guideError.file).toBe('history/001.md');
      expect(guideError.line).toBe(1);
      expect(guideError.message).toMatch(/^Unexpected guide without sections/);
      expect(guideError.format()).toMatch(/^history\/001\.md:1:1: Unexpected guide without sections.*; add /);
    }
  });
});

describe('parseGuide on version 012 (2015: munge banner before the H1)', () => {
  const text = version('012');
  const guide = parse(text);

  it('keeps the banner as a prelude and takes the H1 after it as the title', () => {
    expect(guide.prelude.length).toBeGreaterThan(0);
    expect(guide.prelude[0]).toMatchObject({ kind: 'free', nodeType: 'html', leading: '' });
    const first = guide.prelude[0]!;
    expect(first.kind === 'free' && first.content.raw).toBe(lineAt(text, 1));
    expect(guide.title).toMatchObject({
      text: 'Kubernetes Developer Guide',
      from: 'h1',
      raw: '# Kubernetes Developer Guide',
    });
    expect(guide.title!.position!.start.line).toBe(lineStarting(text, '# Kubernetes Developer Guide'));
  });

  it('slots the banner images so that they can be respelled', () => {
    const links = guide.prelude.flatMap((block) =>
      block.kind === 'free' ? block.content.slots.map((slot) => slot.link) : [],
    );
    const images = links.filter((link) => link.kind === 'image');
    // One slot per `![WARNING](…)` written in the banner.
    const written = text.slice(0, text.indexOf('\n# ')).split('![WARNING](').length - 1;
    expect(written).toBeGreaterThan(0);
    expect(images).toHaveLength(written);
    for (const image of images) {
      expect(image.text).toBe('WARNING');
      expect(image.target).toEqual({ kind: 'external', url: 'http://kubernetes.io/img/warning.png', sitePath: null });
    }
    expect(links.filter((link) => link.kind === 'link').map((link) => link.target)).toEqual([
      { kind: 'external', url: 'http://releases.k8s.io', sitePath: null },
    ]);
  });

  it('reads the five sections', () => {
    expect(guide.sections).toHaveLength(5);
    expect(guide.intro.map((block) => block.kind)).toEqual(['free']);
  });
});

describe('parseGuide on version 045 (2017)', () => {
  const text = version('045');
  const guide = parse(text);

  it('reads the title and the section headings', () => {
    expect(guide.title!.text).toBe('Kubernetes Developer Guide');
    const expected = text
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    expect(headings(guide.sections)).toEqual(expected);
    expect(headings(guide.sections)).toEqual([
      'The process of developing and contributing code to the Kubernetes project',
      'Setting up your dev environment, coding, and debugging',
      'Developing against the Kubernetes API',
      'Writing plugins',
      'Building releases',
    ]);
    expect(guide.sections.every((section) => section.heading.depth === 2 && section.subsections.length === 0)).toBe(
      true,
    );
  });

  it('counts the entries in each section', () => {
    expect(guide.sections.map((section) => entriesIn(section.blocks).length)).toEqual([8, 9, 4, 3, 0]);
  });

  it('reads a title wrapped onto the next line (paren-colon)', () => {
    const entry = entryNamed(guide, 'Welcome to Kubernetes (New Developer Guide)');
    expect(entry.layout).toBe('paren-colon');
    expect(entry.separators).toEqual({ afterTitle: '\n  (', between: [], beforeDescription: '):\n  ' });
    const line = lineStarting(text, '* **Welcome to Kubernetes');
    expect(entry.position!.start).toMatchObject({ line, column: 1 });
    expect(entry.links[0]!.position!.start).toMatchObject({
      line: line + 1,
      column: lineAt(text, line + 1).indexOf('[') + 1,
    });
  });

  it('reads a paren entry whose description has no colon', () => {
    const entry = entryNamed(guide, 'Document Conventions');
    expect(entry.layout).toBe('paren');
    expect(entry.separators.beforeDescription).toBe(')\n  ');
    const line = lineStarting(text, '* **Document Conventions**');
    expect(entry.description.raw).toBe(lineAt(text, line + 1).trim());
  });

  it('reads a paren entry without a description', () => {
    const entry = entryNamed(guide, 'Admission Control Plugins');
    expect(entry.layout).toBe('paren');
    expect(entry.separators.beforeDescription).toBe(')');
    expect(entry.description).toEqual({ raw: '', slots: [] });
    expect(entry.links[0]).toMatchObject({
      kind: 'link',
      text: 'admission_control',
      destination:
        'https://github.com/kubernetes/community/blob/master/contributors/design-proposals/admission_control.md',
      target: {
        kind: 'repo',
        path: 'contributors/design-proposals/admission_control.md',
        via: 'github',
        ref: 'master',
        view: 'blob',
      },
    });
  });

  it('reads a prose entry by its first link', () => {
    const entry = entryNamed(guide, 'REST API documentation');
    expect(entry.layout).toBe('prose');
    expect(entry.title).toBeNull();
    expect(entry.links).toEqual([]);
    const line = lineStarting(text, '* The [REST API documentation](');
    expect(entry.description.raw).toBe(`${lineAt(text, line).slice(2)}\n${lineAt(text, line + 1)}`);
    expect(entry.description.slots).toHaveLength(1);
    expect(entry.description.slots[0]!.link.target).toEqual({
      kind: 'external',
      url: 'http://kubernetes.io/docs/reference/',
      sitePath: null,
    });
  });

  it('reads a link whose text differs from its file name', () => {
    const entry = entryNamed(guide, 'Authorization Plugins');
    expect(entry.links.map((link) => [link.text, link.destination])).toEqual([
      ['Authorization', 'http://kubernetes.github.io/docs/admin/authorization/'],
    ]);
    expect(entry.links[0]!.target.kind).toBe('external');
  });

  it('keeps the source of each head link with its destination slotted', () => {
    const entry = entryNamed(guide, 'Testing');
    const source = entry.links[0]!.source!;
    expect(source.raw).toBe('[testing.md](testing.md)');
    expect(source.slots).toHaveLength(1);
    expect(source.raw.slice(source.slots[0]!.start, source.slots[0]!.end)).toBe('testing.md');
  });

  it('keeps the free blocks of the last section', () => {
    const last = guide.sections.at(-1)!;
    expect(last.blocks.map((block) => (block.kind === 'free' ? block.nodeType : 'list'))).toEqual([
      'paragraph',
      'html',
      'paragraph',
      'html',
    ]);
  });
});

describe('parseGuide on version 061 (mid-2018)', () => {
  const text = version('061');
  const guide = parse(text);

  it('reads the title and the entry counts', () => {
    expect(guide.title).toMatchObject({ text: 'Table of Contents', from: 'h1' });
    expect(guide.sections.map((section) => entriesIn(section.blocks).length)).toEqual([5, 9, 4, 3, 0]);
  });

  it('reads a paren entry whose description follows the parenthesis on the same line', () => {
    const entry = entryNamed(guide, 'Contributor Guide');
    expect(entry.layout).toBe('paren');
    expect(entry.separators).toEqual({ afterTitle: '\n  (', between: [], beforeDescription: ') ' });
    expect(entry.links[0]).toMatchObject({
      text: 'Please start here',
      destination: '/contributors/guide/README.md',
      target: { kind: 'repo', path: 'contributors/guide/README.md', via: 'root', ref: null },
    });
    const line = lineAt(text, lineStarting(text, '* **Contributor Guide**') + 1);
    expect(entry.description.raw).toBe(line.slice(line.indexOf(') ') + 2));
  });

  it('resolves `..` relative links', () => {
    expect(entryNamed(guide, 'Coding Conventions').links[0]).toMatchObject({
      text: 'coding-conventions.md',
      destination: '../guide/coding-conventions.md',
      target: { kind: 'repo', path: 'contributors/guide/coding-conventions.md', via: 'relative' },
    });
  });

  it('gives each entry and link the position where it is in the file', () => {
    for (const [key, prefix] of [
      ['GitHub Issues', '* **GitHub Issues**'],
      ['Running a cluster locally', '* **Running a cluster locally**'],
      ['Authentication', '* **Authentication**'],
    ] as const) {
      const entry = entryNamed(guide, key);
      const line = lineStarting(text, prefix);
      expect(entry.position!.start, key).toMatchObject({ line, column: 1 });
      const link = entry.links[0]!;
      const column = lineAt(text, line).indexOf(`[${link.text}](`) + 1;
      expect(column, key).toBeGreaterThan(0);
      expect(link.position!.start, key).toMatchObject({ line, column });
      expect(link.position!.end, key).toMatchObject({
        line,
        column: column + `[${link.text}](${link.destination})`.length,
      });
    }
  });

  it('places a link that sits on a continuation line', () => {
    const entry = entryNamed(guide, 'Instrumenting Kubernetes with a new metric');
    const line = lineStarting(text, '* **Instrumenting Kubernetes with a new metric**');
    expect(entry.position!.start.line).toBe(line);
    expect(entry.position!.end.line).toBe(line + 2);
    expect(entry.links[0]!.position!.start).toMatchObject({
      line: line + 1,
      column: lineAt(text, line + 1).indexOf('[instrumentation.md]') + 1,
    });
  });

  it('places the sections at their headings', () => {
    for (const section of guide.sections) {
      expect(section.position!.start.line, section.heading.text).toBe(lineStarting(text, `## ${section.heading.text}`));
      expect(section.heading.content.raw).toBe(`## ${section.heading.text}`);
    }
  });
});

describe('parseGuide on the corpus README', () => {
  const text = readme;
  const guide = parse(text, { requireSections: true });
  const sigSection = guide.sections.at(-1)!;

  it('reads six sections, the last with H3 subsections', () => {
    expect(guide.title!.text).toBe('Table of Contents');
    expect(guide.sections).toHaveLength(6);
    expect(sigSection.heading.text).toBe('SIG Developer Guide Contributions');
    expect(guide.sections.slice(0, 5).every((section) => section.subsections.length === 0)).toBe(true);
    expect(sigSection.blocks).toEqual([]);
  });

  it('reads every H3 as a subsection in document order', () => {
    const start = lineStarting(text, '## SIG Developer Guide Contributions');
    const expected = text
      .split('\n')
      .slice(start)
      .filter((line) => line.startsWith('### '))
      .map((line) => line.slice(4));
    expect(expected.length).toBeGreaterThan(5);
    expect(headings(sigSection.subsections)).toEqual(expected);
    expect(
      sigSection.subsections.every((section) => section.heading.depth === 3 && section.subsections.length === 0),
    ).toBe(true);
    expect(headings(sigSection.subsections).slice(0, 3)).toEqual(['SIG Release', 'SIG Instrumentation', 'SIG Storage']);
  });

  it('counts the entries of each section and subsection', () => {
    expect(guide.sections.map((section) => entriesIn(section.blocks).length)).toEqual([5, 10, 4, 3, 0, 0]);
    expect(sigSection.subsections.map((section) => entriesIn(section.blocks).length)).toEqual([
      3, 4, 3, 3, 4, 7, 3, 6, 7, 1,
    ]);
    // The same counts from the file: bullet lines under each H3.
    const lines = text.split('\n');
    const fromFile = sigSection.subsections.map((section) => {
      const from = lineStarting(text, `### ${section.heading.text}`);
      const next = lines.findIndex((line, at) => at >= from && line.startsWith('#'));
      return lines.slice(from, next === -1 ? undefined : next).filter((line) => line.startsWith('* ')).length;
    });
    expect(sigSection.subsections.map((section) => entriesIn(section.blocks).length)).toEqual(fromFile);
  });

  it('lists entries with the headings above them', () => {
    const located = listEntries(guide);
    expect(located).toHaveLength(5 + 10 + 4 + 3 + 41);
    const cherry = located.find((candidate) => entryKey(candidate.entry) === 'Cherry Picks') as LocatedEntry;
    expect(cherry.sections).toEqual(['SIG Developer Guide Contributions', 'SIG Release']);
    expect(cherry.index).toBe(0);
    const testing = located.find((candidate) => entryKey(candidate.entry) === 'Testing') as LocatedEntry;
    expect(testing.sections).toEqual(['Setting up your dev environment, coding, and debugging']);
  });

  it('reads the layouts of named entries', () => {
    const layouts: Array<[string, string, string?]> = [
      ['GitHub Issues', 'paren-colon'],
      ['Contributor Guide', 'paren'],
      ['Conformance Testing', 'paren'],
      ['Admission Control Plugins', 'paren'],
      ['REST API documentation', 'prose'],
      ['Cherry Picks', 'bare'],
      ['Getting Kubernetes Builds', 'bare'],
      ['NOTE', 'titled-prose'],
      ['Logging Conventions', 'paren-colon', 'Setting up your dev environment, coding, and debugging'],
      ['Logging Conventions', 'bare', 'SIG Instrumentation'],
    ];
    for (const [key, layout, section] of layouts) expect(entryNamed(guide, key, section).layout, key).toBe(layout);
  });

  it('reads two head links joined by ` and `', () => {
    const entry = entryNamed(guide, 'End-to-End Testing in Kubernetes');
    expect(entry.layout).toBe('bare');
    expect(entry.separators).toEqual({ afterTitle: ' ', between: [' and '], beforeDescription: '' });
    expect(entry.links.map((link) => [link.text, link.destination])).toEqual([
      ['e2e-tests.md', 'sig-testing/e2e-tests.md'],
      ['e2e-tests-kubetest2.md', 'sig-testing/e2e-tests-kubetest2.md'],
    ]);
    expect(entry.links.map((link) => link.target)).toEqual([
      {
        kind: 'repo',
        path: 'contributors/devel/sig-testing/e2e-tests.md',
        fragment: null,
        query: '',
        ref: null,
        via: 'relative',
        view: null,
      },
      {
        kind: 'repo',
        path: 'contributors/devel/sig-testing/e2e-tests-kubetest2.md',
        fragment: null,
        query: '',
        ref: null,
        via: 'relative',
        view: null,
      },
    ]);
    expect(entry.description.raw).toBe('');
    const line = lineStarting(text, '* **End-to-End Testing in Kubernetes**');
    expect(entry.position!.start).toMatchObject({ line, column: 1 });
    const secondColumn = lineAt(text, line).indexOf('[e2e-tests-kubetest2.md]') + 1;
    expect(entry.links[1]!.position!.start).toMatchObject({ line, column: secondColumn });
    expect(entry.links[0]!.position!.start).toMatchObject({
      line,
      column: lineAt(text, line).indexOf('[e2e-tests.md]') + 1,
    });
  });

  it('reads a bare entry with its description on the next line', () => {
    const entry = entryNamed(guide, 'Cherry Picks');
    const line = lineStarting(text, '* **Cherry Picks**');
    expect(entry.separators).toEqual({ afterTitle: ' ', between: [], beforeDescription: '\n  ' });
    expect(entry.description.raw).toBe(lineAt(text, line + 1).trim());
    expect(entry.links[0]!.target).toMatchObject({
      kind: 'repo',
      path: 'contributors/devel/sig-release/cherry-picks.md',
    });
  });

  it('slots links inside a description', () => {
    const entry = entryNamed(guide, 'Using Go Modules to Manage Dependencies');
    expect(entry.description.slots.map((slot) => slot.link.destination)).toEqual(['sig-architecture/godep.md']);
    const slot = entry.description.slots[0]!;
    expect(entry.description.raw.slice(slot.start, slot.end)).toBe('sig-architecture/godep.md');
    expect(slot.link.target).toMatchObject({ kind: 'repo', path: 'contributors/devel/sig-architecture/godep.md' });
  });

  it('reads a titled-prose entry and finds a destination written after a space', () => {
    const entry = entryNamed(guide, 'NOTE');
    expect(entry.title).toBe('NOTE');
    expect(entry.links).toEqual([]);
    const line = lineStarting(text, '* **NOTE**');
    expect(entry.description.raw).toBe(lineAt(text, line).slice('* **NOTE**'.length));
    const slot = entry.description.slots[0]!;
    expect(entry.description.raw.slice(slot.start, slot.end)).toBe(
      'https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md',
    );
    expect(slot.link.target).toMatchObject({ kind: 'repo', path: 'sig-storage/volume-plugin-faq.md', via: 'github' });
  });

  it('resolves a shortlink to another repository as external', () => {
    expect(entryNamed(guide, 'Admission Control Plugins').links[0]!.target).toEqual({
      kind: 'external',
      url: 'https://git.k8s.io/design-proposals-archive/api-machinery/admission_control.md',
      sitePath: null,
    });
  });

  it('keeps the tight list of SIG API Machinery tight', () => {
    const machinery = sigSection.subsections.find((section) => section.heading.text === 'SIG API Machinery')!;
    const list = lists(machinery.blocks)[0]!;
    expect(list.items.map((item) => item.leading)).toEqual(['', '\n', '\n']);
  });

  it('places the subsections at their headings', () => {
    for (const section of sigSection.subsections) {
      expect(section.position!.start.line).toBe(lineStarting(text, `### ${section.heading.text}`));
    }
  });

  it('ends with the final newline as trailing text', () => {
    expect(guide.trailing).toBe('\n');
  });
});

describe('parseGuide on the seed (site form)', () => {
  const guide = parse(seed);

  it('takes the title from the front matter and reads as site form', () => {
    expect(guide.form).toBe('site');
    expect(guide.frontMatter!.data).toEqual({ title: 'Kubernetes Developer Guide' });
    expect(guide.frontMatter!.raw).toBe(seed.slice(0, seed.indexOf('\n---', 3) + 4));
    expect(guide.title).toEqual({ text: 'Kubernetes Developer Guide', from: 'front-matter', leading: '', raw: null });
    expect(guide.prelude).toEqual([]);
    expect(guide.sections).toHaveLength(5);
  });

  it('resolves the seed absolute links into the repository', () => {
    expect(entryNamed(guide, 'Coding Conventions').links[0]!.target).toMatchObject({
      kind: 'repo',
      path: 'contributors/guide/coding-conventions.md',
      via: 'github',
      view: 'tree',
    });
    expect(entryNamed(guide, 'API Client Libraries').links[0]!.target).toEqual({
      kind: 'external',
      url: 'https://kubernetes.io/docs/reference/using-api/client-libraries/',
      sitePath: '/docs/reference/using-api/client-libraries/',
    });
  });

  it('can be forced to upstream form', () => {
    expect(parseGuide(seed, { path: guidePath, resolve: upstreamResolve, form: 'upstream' }).form).toBe('upstream');
  });
});

describe('parseGuide on small documents', () => {
  it('reads every layout', () => {
    const guide = parse(
      [
        '# T',
        '',
        '## S',
        '',
        '* **A** ([a.md](a.md)): Desc A.',
        '* **B** ([b.md](b.md))',
        '  Desc B.',
        '* **C** [c.md](c.md)',
        '  Desc C.',
        '* **D** see [d](d.md) here.',
        '* The [E](e.md) entry.',
        '* No link at all.',
        '',
      ].join('\n'),
    );
    const items = lists(guide.sections[0]!.blocks)[0]!.items;
    expect(items.map((item) => (item.kind === 'entry' ? `${entryKey(item)}:${item.layout}` : item.kind))).toEqual([
      'A:paren-colon',
      'B:paren',
      'C:bare',
      'D:titled-prose',
      'E:prose',
      'free-item',
    ]);
    const d = items[3] as Entry;
    expect(d.description.raw).toBe(' see [d](d.md) here.');
    expect(d.description.slots.map((slot) => slot.link.target)).toMatchObject([
      { kind: 'repo', path: 'contributors/devel/d.md' },
    ]);
  });

  it('joins head links with `,`, `or`, `&` and `, and`, but not with other words', () => {
    const guide = parse(
      '* **T** ([a](a.md), [b](b.md) or [c](c.md) & [d](d.md), and [e](e.md)): x\n* **U** ([a](a.md) then [b](b.md)): y\n',
    );
    const entries = listEntries(guide).map((located) => located.entry);
    expect(entries).toHaveLength(1);
    const t = entries[0]!;
    expect(t.links.map((link) => link.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(t.separators.between).toEqual([', ', ' or ', ' & ', ', and ']);
    expect(t.layout).toBe('paren-colon');
    expect(t.description.raw).toBe('x');
    // `then` is no joiner: the first link ends the head, the parenthesis does not close after it, so it is no entry.
    const u = lists(guide.intro)[0]!.items[1]!;
    expect(u.kind).toBe('free-item');
  });

  it('keeps nested blocks of an entry as its rest', () => {
    const guide = parse('* **T** ([t.md](t.md)): Top.\n  * nested [n](n.md)\n');
    const entry = listEntries(guide)[0]!.entry;
    expect(entry.description.raw).toBe('Top.');
    expect(entry.rest!.raw).toBe('\n  * nested [n](n.md)');
    expect(entry.rest!.slots.map((slot) => slot.link.target)).toMatchObject([
      { kind: 'repo', path: 'contributors/devel/n.md' },
    ]);
  });

  it('reads `-` and ordered markers and their indentation', () => {
    const guide = parse('- **A** ([a](a.md)): x\n\n1. **B** ([b](b.md)):\n   wrapped\n');
    const [a, b] = listEntries(guide).map((located) => located.entry);
    expect(a!.marker).toBe('- ');
    expect(b!.marker).toBe('1. ');
    expect(b!.indent).toBe('   ');
    expect(b!.separators.beforeDescription).toBe('):\n   ');
  });

  it('reads CRLF line endings', () => {
    const guide = parse('# T\r\n\r\n## S\r\n\r\n* **A** ([a.md](a.md)):\r\n  Desc.\r\n');
    const entry = listEntries(guide)[0]!.entry;
    expect(entry.layout).toBe('paren-colon');
    expect(entry.separators.beforeDescription).toBe('):\r\n  ');
    expect(entry.description.raw).toBe('Desc.');
  });

  it('treats an emphasis made with `__` as no title', () => {
    const entry = listEntries(parse('* __A__ ([a](a.md)): x\n'))[0]!.entry;
    expect(entry.layout).toBe('prose');
    expect(entry.title).toBeNull();
  });

  it('keeps an H3 before any H2 as a free block, and an H4 inside a subsection', () => {
    const guide = parse('# T\n\n### Early\n\n## S\n\n### Sub\n\n#### Deep\n\n## S2\n');
    expect(guide.intro).toMatchObject([{ kind: 'free', nodeType: 'heading' }]);
    expect(headings(guide.sections)).toEqual(['S', 'S2']);
    expect(headings(guide.sections[0]!.subsections)).toEqual(['Sub']);
    expect(guide.sections[0]!.subsections[0]!.blocks).toMatchObject([{ kind: 'free', nodeType: 'heading' }]);
  });

  it('reads a setext H1 as the title and a second H1 as a block', () => {
    const guide = parse('Title\n=====\n\n# Again\n');
    expect(guide.title).toMatchObject({ text: 'Title', from: 'h1', raw: 'Title\n=====' });
    expect(guide.intro).toMatchObject([{ kind: 'free', nodeType: 'heading' }]);
  });

  it('reads a heading with a link and slots its destination', () => {
    const guide = parse('# T\n\n## See [x](x.md)\n');
    const heading = guide.sections[0]!.heading;
    expect(heading.text).toBe('See [x](x.md)');
    expect(heading.content.slots.map((slot) => slot.link.target)).toMatchObject([
      { kind: 'repo', path: 'contributors/devel/x.md' },
    ]);
  });

  it('moves blocks before a missing title into the intro', () => {
    const guide = parse('Intro text.\n\n## S\n');
    expect(guide.title).toBeNull();
    expect(guide.prelude).toEqual([]);
    expect(guide.intro).toMatchObject([{ kind: 'free', nodeType: 'paragraph' }]);
  });

  it('accepts a document with sections when they are required', () => {
    expect(parse('# T\n\n## S\n', { requireSections: true }).sections).toHaveLength(1);
  });

  it('refuses a document with only H3 headings when sections are required', () => {
    expect(() => parse('# T\n\n### Only an H3\n', { requireSections: true })).toThrow(GuideError);
  });

  it('reads front matter without a title as upstream form', () => {
    const guide = parse('---\nweight: 3\n---\n\n# T\n');
    expect(guide.form).toBe('upstream');
    expect(guide.frontMatter!.data).toEqual({ weight: 3 });
    expect(guide.title!.from).toBe('h1');
  });

  it('reads non-mapping front matter as empty data', () => {
    expect(parse('---\n- a\n- b\n---\n\n# T\n').frontMatter!.data).toEqual({});
  });
});

describe('parseGuide front matter errors', () => {
  const cases: Array<[name: string, yaml: string[], bad: string]> = [
    ['an unclosed flow sequence', ['title: [unclosed'], 'title: [unclosed'],
    ['a nested mapping in a compact one', ['title: ok', 'x: : b'], 'x: : b'],
    ['a duplicate key', ['a: 1', 'b: 2', 'a: 3'], 'a: 3'],
  ];

  it.each(cases)('reports %s on its line in the file', (_name, yaml, bad) => {
    const text = ['---', ...yaml, '---', '', '# T', ''].join('\n');
    let caught: unknown;
    try {
      parse(text, { file: 'guide.md' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuideError);
    const error = caught as GuideError;
    expect(error.file).toBe('guide.md');
    expect(error.line).toBe(lineStarting(text, bad));
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/^Unexpected front matter: /);
    expect(error.format()).toMatch(
      new RegExp(`^guide\\.md:${error.line}:${error.column}: Unexpected front matter: .*; fix the YAML`),
    );
  });

  it('counts lines from where the front matter starts', () => {
    const text = '---\n\n\ntitle: [x\n---\n';
    expect(() => parse(text)).toThrow(GuideError);
    try {
      parse(text);
    } catch (error) {
      expect((error as GuideError).line).toBe(4);
    }
  });
});
