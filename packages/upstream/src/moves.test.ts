import { corpus, git } from '@devguide/testkit';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDirectorySource } from './directory-source.js';
import { openGitSource } from './git-source.js';
import { detectMoves, lineSimilarity } from './moves.js';
import { snapshotGuide, type SnapshotOptions } from './snapshot.js';
import type { UpstreamSource } from './source.js';

const guidePath = 'contributors/devel/README.md';
const flaky = 'contributors/devel/sig-testing/flaky-tests.md';
const testing = 'contributors/devel/sig-testing/testing.md';
const options: SnapshotOptions = {
  guidePath,
  resolve: {
    repository: 'kubernetes/community',
    shortlinks: { 'git.k8s.io': 'kubernetes' },
    site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
  },
  edits: [],
};
let repo: string;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'devguide-moves-'));
  git(repo, ['init', '-q']);
  for (const path of [guidePath, flaky, testing, 'contributors/devel/development.md']) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    copyFileSync(join(corpus.communityDir, path), join(repo, path));
  }
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'first']);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function locked(source: UpstreamSource) {
  return (await snapshotGuide(source, options)).files;
}

describe('detectMoves', () => {
  it('finds a pure move by object id and a move with edits by line similarity; the rest are deletions', async () => {
    const before = await locked(await openGitSource(repo, 'HEAD'));
    git(repo, ['mv', flaky, 'contributors/devel/sig-testing/flakes.md']);
    mkdirSync(join(repo, 'contributors/devel/testing'), { recursive: true });
    git(repo, ['mv', testing, 'contributors/devel/testing/testing.md']);
    writeFileSync(
      join(repo, 'contributors/devel/testing/testing.md'),
      `${readFileSync(join(repo, 'contributors/devel/testing/testing.md'), 'utf8')}\nOne more line.\n`,
    );
    git(repo, ['rm', '-q', 'contributors/devel/development.md']);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'move']);
    const source = await openGitSource(repo, 'HEAD');
    const after = await snapshotGuide(source, options);
    expect(after.missing).toEqual(expect.arrayContaining([flaky, testing, 'contributors/devel/development.md']));
    const report = await detectMoves(source, before, after.missing);
    expect(report.moves).toEqual([
      { from: flaky, to: 'contributors/devel/sig-testing/flakes.md', similarity: 100 },
      { from: testing, to: 'contributors/devel/testing/testing.md', similarity: expect.any(Number) },
    ]);
    expect(report.moves[1]!.similarity).toBeGreaterThanOrEqual(90);
    expect(report.moves[1]!.similarity).toBeLessThan(100);
    expect(report.deleted).toEqual(['contributors/devel/development.md']);
  });

  it('does not call an unrelated file of the same name a move', async () => {
    const before = await locked(await openGitSource(repo, 'HEAD'));
    git(repo, ['rm', '-q', testing]);
    mkdirSync(join(repo, 'elsewhere'), { recursive: true });
    writeFileSync(join(repo, 'elsewhere/testing.md'), '# Something else\n\nEntirely.\n');
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'replace']);
    const source = await openGitSource(repo, 'HEAD');
    const report = await detectMoves(source, before, (await snapshotGuide(source, options)).missing);
    expect(report.moves).toEqual([]);
    expect(report.deleted).toEqual([testing]);
  });

  it('scores line similarity as shared lines over the longer file', () => {
    expect(lineSimilarity('a\nb\nc\nd', 'a\nb\nc\nd')).toBe(100);
    expect(lineSimilarity('a\nb\nc\nd', 'a\nb\nx\ny')).toBe(50);
    expect(lineSimilarity('a\na\nb', 'a\nb\nb')).toBe(66);
  });
});

describe('snapshotGuide with the previous lock', () => {
  it('keeps the anchors of a markdown file whose sha is unchanged and does not read it', async () => {
    const reads: string[] = [];
    const directory = openDirectorySource(repo);
    const counting: UpstreamSource = { ...directory, read: (path) => (reads.push(path), directory.read(path)) };
    const first = await snapshotGuide(counting, options);
    expect(reads).toContain(testing);
    reads.length = 0;
    const previous = first.files.map((file) =>
      file.path === testing ? { ...file, anchors: ['kept-from-the-lock'] } : file,
    );
    const second = await snapshotGuide(counting, { ...options, previous });
    expect(reads).toEqual([guidePath]);
    expect(second.files.find((file) => file.path === testing)!.anchors).toEqual(['kept-from-the-lock']);
    // A changed sha is read again.
    const stale = first.files.map((file) => (file.path === testing ? { ...file, sha: '0'.repeat(40) } : file));
    reads.length = 0;
    const third = await snapshotGuide(counting, { ...options, previous: stale });
    expect(reads).toEqual([guidePath, testing]);
    expect(third.files.find((file) => file.path === testing)!.anchors).toEqual(
      first.files.find((file) => file.path === testing)!.anchors,
    );
  });
});
