import { GuideError, guideLinks } from '@devguide/markdown';
import { corpus, corpusManifest, git, rejection } from '@devguide/testkit';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDirectorySource } from './directory-source.js';
import { openGitSource } from './git-source.js';
import { UnsafePathError } from './repo-path.js';
import { snapshotGuide, type GuideSnapshot, type SnapshotOptions } from './snapshot.js';
import { RefusedEntryError } from './source.js';

const guidePath = 'contributors/devel/README.md';
const testingPath = 'contributors/devel/sig-testing/testing.md';
const resolve: SnapshotOptions['resolve'] = {
  repository: 'kubernetes/community',
  shortlinks: { 'git.k8s.io': 'kubernetes' },
  site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
};
const options: SnapshotOptions = { guidePath, resolve, edits: [] };

const manifest = corpusManifest();

/** Headings outside fenced code, as `[depth, text]`. */
function headingsOf(markdown: string): Array<[number, string]> {
  const headings: Array<[number, string]> = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) headings.push([heading[1]!.length, heading[2]!]);
  }
  return headings;
}

/** GitHub's slug for a heading made only of ASCII letters, digits, spaces and hyphens. */
function simpleSlug(text: string): string | null {
  return /^[A-Za-z0-9 -]+$/.test(text) ? text.toLowerCase().replace(/ /g, '-') : null;
}

describe('snapshotGuide over the corpus directory', () => {
  let snapshot: GuideSnapshot;
  beforeAll(async () => {
    snapshot = await snapshotGuide(openDirectorySource(corpus.communityDir, { commit: corpus.commit }), options);
  });

  it('records the commit and the guide with its MANIFEST sha, size and text', () => {
    expect(snapshot.commit).toBe(corpus.commit);
    const text = readFileSync(join(corpus.communityDir, guidePath), 'utf8');
    expect(snapshot.guide).toEqual({
      path: guidePath,
      sha: manifest.get(guidePath)!.sha,
      size: manifest.get(guidePath)!.size,
      text,
    });
    expect(snapshot.model.path).toBe(guidePath);
    expect(snapshot.model.sections.length).toBeGreaterThan(0);
    expect(snapshot.editResults).toEqual([]);
    expect(snapshot.edited).toEqual(snapshot.model);
  });

  it('lists the linked files sorted and unique, the guide among them', () => {
    const paths = snapshot.files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(guidePath);
    expect(paths).toContain(testingPath);
    expect(paths.length).toBeGreaterThan(20);
    const guideFile = snapshot.files.find((file) => file.path === guidePath)!;
    expect(guideFile).toMatchObject({
      type: 'blob',
      sha: manifest.get(guidePath)!.sha,
      size: manifest.get(guidePath)!.size,
    });
  });

  it('lists exactly the repository paths the guide links to', () => {
    const linked = new Set<string>([guidePath]);
    for (const link of guideLinks(snapshot.model)) if (link.target.kind === 'repo') linked.add(link.target.path);
    expect([...snapshot.files.map((file) => file.path), ...snapshot.missing].sort()).toEqual([...linked].sort());
  });

  it('finds every linked path, so nothing is missing', () => {
    expect(snapshot.missing).toEqual([]);
  });

  it('gives every locked blob the sha and size in the MANIFEST', () => {
    const blobs = snapshot.files.filter((file) => file.type === 'blob');
    expect(blobs.length).toBe(snapshot.files.length);
    for (const file of blobs) {
      expect(manifest.has(file.path), file.path).toBe(true);
      expect(file.sha, file.path).toBe(manifest.get(file.path)!.sha);
      expect(file.size, file.path).toBe(manifest.get(file.path)!.size);
    }
  });

  it('gives every markdown file its anchors, sorted and unique', () => {
    for (const file of snapshot.files) {
      expect(file.anchors, file.path).toBeDefined();
      expect(file.anchors, file.path).toEqual([...new Set(file.anchors)].sort());
    }
  });

  it('gives the testing guide the slugs of its headings', () => {
    const testing = snapshot.files.find((file) => file.path === testingPath)!;
    expect(testing).toMatchObject({
      type: 'blob',
      sha: manifest.get(testingPath)!.sha,
      size: manifest.get(testingPath)!.size,
    });
    const slugs = headingsOf(readFileSync(join(corpus.communityDir, testingPath), 'utf8'))
      .map(([, text]) => simpleSlug(text))
      .filter((slug): slug is string => slug !== null);
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs) expect(testing.anchors, slug).toContain(slug);
  });

  it('gives the guide the slugs of its own section headings', () => {
    const guideFile = snapshot.files.find((file) => file.path === guidePath)!;
    const slugs = headingsOf(snapshot.guide.text)
      .filter(([depth]) => depth === 2)
      .map(([, text]) => simpleSlug(text))
      .filter((slug): slug is string => slug !== null);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(guideFile.anchors, slug).toContain(slug);
  });
});

describe('snapshotGuide over a git repository', () => {
  const copied = [
    guidePath,
    testingPath,
    'contributors/devel/development.md',
    'contributors/devel/automation.md',
    'contributors/devel/sig-release/getting-builds.md',
  ];
  let scratch: string;
  let repo: string;
  let before: string;
  let after: string;
  let corpusPaths: string[];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'upstream-snapshot-'));
    repo = join(scratch, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    git(repo, ['config', 'core.autocrlf', 'false']);
    for (const path of copied) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      copyFileSync(join(corpus.communityDir, path), join(repo, path));
    }
    git(repo, ['add', '--', ...copied]);
    git(repo, ['commit', '-q', '-m', 'guide and some linked files']);
    before = git(repo, ['rev-parse', 'HEAD']);
    git(repo, ['rm', '-q', '--', testingPath]);
    git(repo, ['commit', '-q', '-m', 'delete a linked file']);
    after = git(repo, ['rev-parse', 'HEAD']);

    // Every path the guide links to (the corpus holds them all).
    const linked = new Set<string>([guidePath]);
    const guide = await snapshotGuide(openDirectorySource(repo), options);
    for (const link of guideLinks(guide.model)) if (link.target.kind === 'repo') linked.add(link.target.path);
    corpusPaths = [...linked].sort();
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("locks the files present at the revision with git's shas, and lists the rest as missing", async () => {
    const snapshot = await snapshotGuide(await openGitSource(repo, 'HEAD~1'), options);
    expect(snapshot.commit).toBe(before);
    expect(snapshot.files.map((file) => file.path)).toEqual([...copied].sort());
    for (const file of snapshot.files) {
      expect(file.sha, file.path).toBe(manifest.get(file.path)!.sha);
      expect(file.sha, file.path).toBe(git(repo, ['rev-parse', `HEAD~1:${file.path}`]));
      expect(file.size, file.path).toBe(manifest.get(file.path)!.size);
    }
    expect(snapshot.missing).toEqual(corpusPaths.filter((path) => !copied.includes(path)));
    expect(snapshot.missing).not.toContain(testingPath);
    expect(snapshot.guide.sha).toBe(manifest.get(guidePath)!.sha);
  });

  it('lists a linked file deleted in the last commit as missing', async () => {
    const snapshot = await snapshotGuide(await openGitSource(repo, 'HEAD'), options);
    expect(snapshot.commit).toBe(after);
    expect(snapshot.missing).toContain(testingPath);
    expect(snapshot.files.map((file) => file.path)).not.toContain(testingPath);
    expect(snapshot.missing).toEqual(corpusPaths.filter((path) => path === testingPath || !copied.includes(path)));
    expect(snapshot.missing).toEqual([...snapshot.missing].sort());
  });

  it('gives the same files as the directory of the same content', async () => {
    const fromGit = await snapshotGuide(await openGitSource(repo, 'HEAD'), options);
    const fromDisk = await snapshotGuide(openDirectorySource(repo, { commit: after }), options);
    expect(fromDisk.files).toEqual(fromGit.files);
    expect(fromDisk.missing).toEqual(fromGit.missing);
    expect(fromDisk.guide).toEqual(fromGit.guide);
    expect(fromDisk.commit).toBe(fromGit.commit);
  });
});

describe('snapshotGuide over guides written for the test', () => {
  let root: string;
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const snapshot = (guide = 'guide.md', edits: SnapshotOptions['edits'] = []) =>
    snapshotGuide(openDirectorySource(root), { guidePath: guide, resolve: { repository: 'example/project' }, edits });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'upstream-guides-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('rejects a binary guide with EBINARY', async () => {
    write('guide.md', Buffer.concat([Buffer.from('# Title\n\n## Section\n'), Buffer.from([0, 1, 2])]));
    const error = await rejection(snapshot());
    expect((error as NodeJS.ErrnoException).code).toBe('EBINARY');
    expect(error.message).toContain('guide.md');
  });

  it('rejects a guide that is not UTF-8 with EENCODING', async () => {
    write('guide.md', Buffer.concat([Buffer.from('# Title\n\n## Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const error = await rejection(snapshot());
    expect((error as NodeJS.ErrnoException).code).toBe('EENCODING');
    expect(error.message).toContain('guide.md');
  });

  it('rejects a linked markdown file that is binary or not UTF-8', async () => {
    write('guide.md', '# Title\n\n## Section\n\n- [Other](other.md): another page.\n');
    write('other.md', Buffer.from([0x23, 0x20, 0, 0x0a]));
    expect(((await rejection(snapshot())) as NodeJS.ErrnoException).code).toBe('EBINARY');
    write('other.md', Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]));
    expect(((await rejection(snapshot())) as NodeJS.ErrnoException).code).toBe('EENCODING');
  });

  it('rejects a guide without `## ` sections with a GuideError', async () => {
    write('guide.md', '# Title\n\nJust an introduction, with [a link](other.md).\n\n### Too deep\n\nMore text.\n');
    const error = await rejection(snapshot());
    expect(error).toBeInstanceOf(GuideError);
    expect((error as GuideError).file).toBe('guide.md');
  });

  it('rejects a missing guide with ENOENT, a symlinked guide, and an unsafe guide path', async () => {
    expect(((await rejection(snapshot('nope.md'))) as NodeJS.ErrnoException).code).toBe('ENOENT');
    write('real.md', '# Title\n\n## Section\n');
    symlinkSync('real.md', join(root, 'guide.md'));
    expect(await rejection(snapshot())).toBeInstanceOf(RefusedEntryError);
    expect(await rejection(snapshot('../guide.md'))).toBeInstanceOf(UnsafePathError);
  });

  it('records each kind of linked path once, with anchors for markdown blobs only', async () => {
    write(
      'docs/guide.md',
      [
        '# Title',
        '',
        '## First section',
        '',
        '- [Other](other.md): a page, linked twice.',
        '- [Other again](other.md#second-part): the same page at a heading.',
        '- [Folder](folder/): a directory.',
        '- [Picture](pic.png): not markdown.',
        '- [Linked](link.md): a symbolic link.',
        '- [Gone](gone.md): not there.',
        '- [Root](/README.md): root-relative.',
        '- [Escape](../../outside.md): above the repository.',
        '- [External](https://example.com/x.md): elsewhere.',
        '- [Here](#first-section): this page.',
        '',
        '## Second section',
        '',
        'Nothing more.',
        '',
      ].join('\n'),
    );
    write(
      'docs/other.md',
      '# Other\n\n## Second part\n\n## Second part\n\n<a name="custom-anchor"></a>\n\n## Ähnlich ünïcödé\n',
    );
    write('docs/folder/inside.md', 'inside\n');
    write('docs/pic.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    write('README.md', '# Root readme\n');
    symlinkSync('other.md', join(root, 'docs/link.md'));

    const result = await snapshot('docs/guide.md');
    expect(result.missing).toEqual(['docs/gone.md']);
    expect(result.files.map((file) => [file.path, file.type])).toEqual([
      ['README.md', 'blob'],
      ['docs/folder', 'tree'],
      ['docs/guide.md', 'blob'],
      ['docs/link.md', 'symlink'],
      ['docs/other.md', 'blob'],
      ['docs/pic.png', 'blob'],
    ]);
    const byPath = new Map(result.files.map((file) => [file.path, file]));
    expect(byPath.get('docs/other.md')!.anchors).toEqual([
      'custom-anchor',
      'other',
      'second-part',
      'second-part-1',
      'ähnlich-ünïcödé',
    ]);
    expect(byPath.get('docs/guide.md')!.anchors).toEqual(['first-section', 'second-section', 'title']);
    expect(byPath.get('README.md')!.anchors).toEqual(['root-readme']);
    expect(byPath.get('docs/pic.png')!.anchors).toBeUndefined();
    expect(byPath.get('docs/pic.png')!.size).toBe(6);
    expect(byPath.get('docs/folder')!.anchors).toBeUndefined();
    expect(byPath.get('docs/link.md')!.anchors).toBeUndefined();
    expect(result.guide.size).toBe(readFileSync(join(root, 'docs/guide.md')).byteLength);
    expect(result.commit).toBeNull();
  });

  it('records the repository root as a tree when the guide links to it', async () => {
    write('guide.md', '# Title\n\n## Section\n\n- [Home](/): the repository.\n');
    const result = await snapshot();
    expect(result.files).toContainEqual({ path: '', type: 'tree', sha: null, size: null });
    expect(result.missing).toEqual([]);
  });

  it('includes the paths that edits link to', async () => {
    write('guide.md', '# Title\n\n## Section\n\n- [Alpha](alpha.md): the first page.\n');
    write('alpha.md', '# Alpha\n');
    const result = await snapshot('guide.md', [
      {
        entry: 'Alpha',
        op: 'insert-after',
        insert: { title: 'Beta', links: [{ text: 'Beta', href: 'beta.md' }], description: 'the second page.' },
      },
    ]);
    expect(result.editResults.map((edit) => edit.outcome)).toEqual(['applied']);
    expect(result.files.map((file) => file.path)).toEqual(['alpha.md', 'guide.md']);
    expect(result.missing).toEqual(['beta.md']);
    expect(result.edited).not.toEqual(result.model);
  });
});
