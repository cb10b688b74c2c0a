import { corpus, corpusManifest, git, gitEnv, rejection } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitBlobSha } from './git-blob-sha.js';
import { GitSourceError, openGitSource } from './git-source.js';
import { UnsafePathError } from './repo-path.js';
import { RefusedEntryError, type UpstreamSource } from './source.js';

// A repository built over three commits from real corpus files, copied at test time:
//   c1: the guide, two files it links to, a binary file, an executable, a file with an awkward name
//   c2: renames one linked file (development.md -> development-moved.md)
//   c3: adds a symbolic link and a gitlink (submodule entry), appends a line to the guide

const guide = 'contributors/devel/README.md';
const testing = 'contributors/devel/sig-testing/testing.md';
const development = 'contributors/devel/development.md';
const moved = 'contributors/devel/development-moved.md';
const symlink = 'contributors/devel/latest-testing.md';
const symlinkTarget = 'sig-testing/testing.md';
const gitlink = 'vendor/sub';
const gitlinkSha = '0123456789abcdef0123456789abcdef01234567';
const binaryPath = 'assets/data.bin';
const script = 'hack/run.sh';
const awkward = 'docs/ünïcödé name with spaces.md';
const appended = '\n<!-- a local line added by the test in the third commit -->\n';
const binary = Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 10, 13, 10, 0]);

let scratch: string;
let repo: string;
const commits: { c1: string; c2: string; c3: string } = { c1: '', c2: '', c3: '' };

function copyFromCorpus(path: string, to = path): void {
  const target = join(repo, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(corpus.communityDir, path), target);
}

function write(path: string, content: string | Uint8Array, mode?: number): void {
  const target = join(repo, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content, mode === undefined ? undefined : { mode });
}

function corpusBytes(path: string): Buffer {
  return readFileSync(join(corpus.communityDir, path));
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'upstream-git-'));
  repo = join(scratch, 'repo');
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['config', 'core.autocrlf', 'false']);

  copyFromCorpus(guide);
  copyFromCorpus(testing);
  copyFromCorpus(development);
  write(binaryPath, binary);
  write(script, '#!/bin/sh\necho test\n', 0o755);
  write(awkward, 'A file with an awkward name.\n');
  git(repo, ['add', '--', guide, testing, development, binaryPath, script, awkward]);
  git(repo, ['commit', '-q', '-m', 'first']);
  commits.c1 = git(repo, ['rev-parse', 'HEAD']);
  git(repo, ['tag', 'v1']);
  git(repo, ['branch', 'first-branch']);

  git(repo, ['mv', development, moved]);
  git(repo, ['commit', '-q', '-m', 'second: rename a linked file']);
  commits.c2 = git(repo, ['rev-parse', 'HEAD']);
  git(repo, ['tag', '-a', 'v2', '-m', 'annotated tag on the second commit']);

  symlinkSync(symlinkTarget, join(repo, symlink));
  writeFileSync(join(repo, guide), Buffer.concat([corpusBytes(guide), Buffer.from(appended)]));
  git(repo, ['add', '--', symlink, guide]);
  git(repo, ['update-index', '--add', '--cacheinfo', `160000,${gitlinkSha},${gitlink}`]);
  git(repo, ['commit', '-q', '-m', 'third: symlink and gitlink']);
  commits.c3 = git(repo, ['rev-parse', 'HEAD']);

  // Uncommitted changes that a git source must not see.
  writeFileSync(join(repo, guide), 'dirty working tree\n');
  write('untracked.md', 'not committed\n');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('openGitSource revisions', () => {
  it('resolves HEAD to the full commit sha', async () => {
    const source = await openGitSource(repo, 'HEAD');
    expect(source.commit).toBe(git(repo, ['rev-parse', 'HEAD']));
    expect(source.commit).toBe(commits.c3);
    expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.label).toBe(`git repository ${repo} at ${commits.c3.slice(0, 12)}`);
  });

  it.each([
    ['HEAD~2', 'c1'],
    ['HEAD~1', 'c2'],
    ['HEAD^', 'c2'],
    ['main', 'c3'],
    ['first-branch', 'c1'],
    ['refs/heads/first-branch', 'c1'],
    ['v1', 'c1'],
    ['v2', 'c2'],
    ['refs/tags/v2', 'c2'],
  ] as const)('resolves %s to the commit (annotated tags peeled)', async (revision, which) => {
    const source = await openGitSource(repo, revision);
    expect(source.commit).toBe(commits[which]);
    expect(source.commit).toBe(git(repo, ['rev-parse', `${revision}^{commit}`]));
  });

  it('expands an abbreviated or full sha', async () => {
    expect((await openGitSource(repo, commits.c2.slice(0, 10))).commit).toBe(commits.c2);
    expect((await openGitSource(repo, commits.c1)).commit).toBe(commits.c1);
  });

  it.each(['no-such-branch', 'HEAD~3', 'v9', 'deadbeef', 'main:contributors', '--all', '-h'])(
    'rejects the bad revision %j with a GitSourceError naming it',
    async (revision) => {
      const error = await rejection(openGitSource(repo, revision));
      expect(error).toBeInstanceOf(GitSourceError);
      expect(error.name).toBe('GitSourceError');
      expect(error.message).toContain(`\`${revision}\``);
      expect(error.message).toContain(repo);
    },
  );

  it('rejects a revision that names a tree or blob rather than a commit', async () => {
    const tree = git(repo, ['rev-parse', 'HEAD^{tree}']);
    const blob = git(repo, ['rev-parse', `HEAD:${guide}`]);
    for (const revision of [tree, blob]) {
      const error = await rejection(openGitSource(repo, revision));
      expect(error).toBeInstanceOf(GitSourceError);
      expect(error.message).toContain(revision);
    }
  });

  it('rejects a directory that is not a git repository, and a repository without commits', async () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain, { recursive: true });
    const notRepo = await rejection(openGitSource(plain, 'HEAD'));
    expect(notRepo).toBeInstanceOf(GitSourceError);
    expect(notRepo.message).toContain('`HEAD`');

    const empty = join(scratch, 'empty-repo');
    mkdirSync(empty, { recursive: true });
    git(empty, ['init', '-q', '-b', 'main']);
    const unborn = await rejection(openGitSource(empty, 'HEAD'));
    expect(unborn).toBeInstanceOf(GitSourceError);
    expect(unborn.message).toContain('`HEAD`');

    const missing = await rejection(openGitSource(join(scratch, 'missing'), 'HEAD'));
    expect(missing).toBeInstanceOf(GitSourceError);
  });
});

describe('openGitSource stat', () => {
  let head: UpstreamSource;
  let first: UpstreamSource;
  beforeAll(async () => {
    head = await openGitSource(repo, 'HEAD');
    first = await openGitSource(repo, 'HEAD~2');
  });

  function blobAt(revision: string, path: string) {
    return {
      path,
      type: 'blob',
      sha: git(repo, ['rev-parse', `${revision}:${path}`]),
      size: Number(git(repo, ['cat-file', '-s', `${revision}:${path}`])),
    };
  }

  it("gives blobs git's sha and size", async () => {
    for (const path of [guide, testing, moved, binaryPath, script, awkward]) {
      expect(await head.stat(path), path).toEqual(blobAt(commits.c3, path));
    }
    for (const path of [guide, testing, development, binaryPath]) {
      expect(await first.stat(path), path).toEqual(blobAt(commits.c1, path));
    }
  });

  it('agrees with the corpus MANIFEST for unchanged corpus files, and with gitBlobSha', async () => {
    const manifest = corpusManifest();
    for (const path of [guide, testing, development]) {
      const entry = await first.stat(path);
      expect(entry?.sha, path).toBe(manifest.get(path)?.sha);
      expect(entry?.size, path).toBe(manifest.get(path)?.size);
    }
    expect((await head.stat(moved))?.sha).toBe(manifest.get(development)?.sha);
    const edited = Buffer.concat([corpusBytes(guide), Buffer.from(appended)]);
    expect(await head.stat(guide)).toMatchObject({ sha: gitBlobSha(edited), size: edited.byteLength });
    expect((await head.stat(binaryPath))?.sha).toBe(gitBlobSha(binary));
  });

  it("gives directories type tree with git's tree sha", async () => {
    for (const path of ['contributors', 'contributors/devel', 'contributors/devel/sig-testing', 'vendor']) {
      expect(await head.stat(path), path).toEqual({
        path,
        type: 'tree',
        sha: git(repo, ['rev-parse', `HEAD:${path}`]),
        size: null,
      });
    }
    expect(await head.stat('')).toMatchObject({ path: '', type: 'tree' });
  });

  it('gives a symbolic link type symlink, with the sha and size of its target string', async () => {
    expect(await head.stat(symlink)).toEqual({
      path: symlink,
      type: 'symlink',
      sha: gitBlobSha(Buffer.from(symlinkTarget)),
      size: Buffer.byteLength(symlinkTarget),
    });
    expect(git(repo, ['ls-tree', 'HEAD', '--', symlink])).toMatch(/^120000 /);
  });

  it('gives a gitlink type submodule, with the commit it points at', async () => {
    expect(await head.stat(gitlink)).toEqual({ path: gitlink, type: 'submodule', sha: gitlinkSha, size: null });
    expect(git(repo, ['ls-tree', 'HEAD', '--', gitlink])).toMatch(/^160000 commit /);
    expect(await head.stat(`${gitlink}/anything.md`)).toBeNull();
  });

  it('follows the rename between revisions', async () => {
    expect(await first.stat(moved)).toBeNull();
    expect(await first.stat(development)).not.toBeNull();
    expect(await head.stat(development)).toBeNull();
    expect(await head.stat(moved)).not.toBeNull();
    expect(await first.stat(symlink)).toBeNull();
    expect(await first.stat(gitlink)).toBeNull();
    expect(await first.stat('vendor')).toBeNull();
  });

  it('gives null for missing and uncommitted paths', async () => {
    expect(await head.stat('nope.md')).toBeNull();
    expect(await head.stat('untracked.md')).toBeNull();
    expect(await head.stat(`${guide}/child`)).toBeNull();
    expect(await head.stat('Contributors/devel/README.md')).toBeNull();
  });

  it.each([
    '..',
    '../repo/README.md',
    'a/../../b',
    '/etc/passwd',
    'contributors\\devel',
    './contributors',
    'contributors//devel',
    '.git/config',
    'contributors/.git/x',
  ])('refuses the unsafe path %j', async (path) => {
    await expect(head.stat(path)).rejects.toBeInstanceOf(UnsafePathError);
    await expect(head.read(path)).rejects.toBeInstanceOf(UnsafePathError);
  });
});

describe('openGitSource read', () => {
  it('reads the exact bytes at each revision, ignoring the working tree', async () => {
    const head = await openGitSource(repo, 'HEAD');
    const first = await openGitSource(repo, 'HEAD~2');
    const second = await openGitSource(repo, 'v2');
    expect((await first.read(guide)).equals(corpusBytes(guide))).toBe(true);
    expect((await second.read(guide)).equals(corpusBytes(guide))).toBe(true);
    expect((await head.read(guide)).equals(Buffer.concat([corpusBytes(guide), Buffer.from(appended)]))).toBe(true);
    expect((await head.read(testing)).equals(corpusBytes(testing))).toBe(true);
    expect((await head.read(binaryPath)).equals(binary)).toBe(true);
    expect((await head.read(script)).toString('utf8')).toBe('#!/bin/sh\necho test\n');
    expect((await head.read(awkward)).toString('utf8')).toBe('A file with an awkward name.\n');
  });

  it('reads the renamed file at its old path before and at its new path after', async () => {
    const first = await openGitSource(repo, 'HEAD~2');
    const head = await openGitSource(repo, 'HEAD');
    expect((await first.read(development)).equals(corpusBytes(development))).toBe(true);
    expect((await head.read(moved)).equals(corpusBytes(development))).toBe(true);

    const gone = await rejection(head.read(development));
    expect((gone as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(gone.message).toContain(`\`${development}\``);
    expect(gone.message).toContain(commits.c3);
    await expect(first.read(moved)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    [symlink, 'symlink'],
    [gitlink, 'submodule'],
    ['contributors/devel', 'tree'],
  ] as const)('refuses to read %s (a %s)', async (path, type) => {
    const head = await openGitSource(repo, 'HEAD');
    const error = await rejection(head.read(path));
    expect(error).toBeInstanceOf(RefusedEntryError);
    expect((error as RefusedEntryError).path).toBe(path);
    expect((error as RefusedEntryError).type).toBe(type);
    expect(error.message).toContain(`\`${path}\``);
  });
});

describe('openGitSource listFiles', () => {
  it('lists the blobs at each revision, sorted, without symlinks, gitlinks, trees or untracked files', async () => {
    const head = await openGitSource(repo, 'HEAD');
    const first = await openGitSource(repo, 'first-branch');
    expect(await head.listFiles()).toEqual([binaryPath, guide, moved, testing, awkward, script]);
    expect(await first.listFiles()).toEqual([binaryPath, guide, development, testing, awkward, script]);
    const regular = execFileSync('git', ['ls-tree', '-r', '-z', 'HEAD'], { cwd: repo, env: gitEnv, encoding: 'utf8' })
      .split('\0')
      .filter((record) => /^100(644|755) blob /.test(record))
      .map((record) => record.slice(record.indexOf('\t') + 1));
    expect(await head.listFiles()).toEqual(regular);
  });
});
