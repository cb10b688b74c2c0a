import { corpus, corpusManifest, rejection } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDirectorySource } from './directory-source.js';
import { UnsafePathError } from './repo-path.js';
import { RefusedEntryError } from './source.js';

function gitHashObject(file: string): string {
  return execFileSync('git', ['hash-object', '--no-filters', file], { cwd: tmpdir(), encoding: 'utf8' }).trim();
}

function manifestRow(path: string): { sha: string; bytes: number } {
  const entry = corpusManifest().get(path);
  if (!entry) throw new Error(`${path} is not in the corpus MANIFEST`);
  return { sha: entry.sha, bytes: entry.size };
}

let scratch: string;
let root: string;
let outside: string;

function write(path: string, content: string | Uint8Array): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

const secret = 'outside the root: must never be read\n';
const binary = Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 13, 0]);

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'upstream-dir-'));
  root = join(scratch, 'root');
  outside = join(scratch, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), secret);

  write('README.md', '# Top\n\n## Section\n\nSome text.\n');
  write('docs/guide.md', 'A guide with ünïcödé and emoji 🚀\n');
  write('docs/nested/deep.md', 'deep\n');
  write('docs/empty.md', '');
  write('assets/data.bin', binary);
  write('b.md', 'b\n');
  write('a.md', 'a\n');
  write('Z.md', 'capital\n');
  // Things listFiles must not report.
  write('.git/config', '[core]\n');
  write('.git/HEAD', 'ref: refs/heads/main\n');
  write('vendor/module/.git', 'gitdir: ../../.git/modules/module\n');
  write('vendor/module/kept.md', 'kept\n');
  symlinkSync('guide.md', join(root, 'docs/link.md'));
  symlinkSync('nested', join(root, 'docs/linked-dir'));
  symlinkSync(outside, join(root, 'escape'));
  symlinkSync(join(outside, 'secret.md'), join(root, 'secret-link.md'));
  symlinkSync('does-not-exist.md', join(root, 'dangling.md'));
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('openDirectorySource', () => {
  it("stats a file as a blob with git's sha and its size in bytes", async () => {
    const source = openDirectorySource(root);
    for (const path of ['README.md', 'docs/guide.md', 'docs/nested/deep.md', 'docs/empty.md', 'assets/data.bin']) {
      const full = join(root, path);
      expect(await source.stat(path), path).toEqual({
        path,
        type: 'blob',
        sha: gitHashObject(full),
        size: readFileSync(full).byteLength,
      });
    }
    expect((await source.stat('docs/empty.md'))?.sha).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect((await source.stat('docs/guide.md'))?.size).toBe(Buffer.byteLength('A guide with ünïcödé and emoji 🚀\n'));
  });

  it('stats a directory as a tree without a sha', async () => {
    const source = openDirectorySource(root);
    expect(await source.stat('docs')).toEqual({ path: 'docs', type: 'tree', sha: null, size: null });
    expect(await source.stat('docs/nested')).toEqual({ path: 'docs/nested', type: 'tree', sha: null, size: null });
  });

  it('gives null for a missing path, including one below a file', async () => {
    const source = openDirectorySource(root);
    expect(await source.stat('nope.md')).toBeNull();
    expect(await source.stat('docs/nope/deeper.md')).toBeNull();
    expect(await source.stat('README.md/child')).toBeNull();
  });

  it('stats a symbolic link as a symlink without following it', async () => {
    const source = openDirectorySource(root);
    expect(await source.stat('docs/link.md')).toEqual({ path: 'docs/link.md', type: 'symlink', sha: null, size: null });
    expect(await source.stat('docs/linked-dir')).toEqual({
      path: 'docs/linked-dir',
      type: 'symlink',
      sha: null,
      size: null,
    });
    expect(await source.stat('escape')).toEqual({ path: 'escape', type: 'symlink', sha: null, size: null });
    expect(await source.stat('secret-link.md')).toEqual({
      path: 'secret-link.md',
      type: 'symlink',
      sha: null,
      size: null,
    });
    expect(await source.stat('dangling.md')).toEqual({ path: 'dangling.md', type: 'symlink', sha: null, size: null });
  });

  it('refuses to read a symbolic link', async () => {
    const source = openDirectorySource(root);
    for (const path of ['docs/link.md', 'secret-link.md', 'dangling.md']) {
      const error = await rejection(source.read(path));
      expect(error, path).toBeInstanceOf(RefusedEntryError);
      expect((error as RefusedEntryError).path).toBe(path);
      expect((error as RefusedEntryError).type).toBe('symlink');
      expect(error.message).toContain('symbolic link');
      expect(error.message).toContain(`\`${path}\``);
    }
  });

  it('refuses a path through a symlinked directory that leads outside the root, never reading the file there', async () => {
    const source = openDirectorySource(root);
    const statError = await rejection(source.stat('escape/secret.md'));
    expect(statError).toBeInstanceOf(RefusedEntryError);
    expect((statError as RefusedEntryError).path).toBe('escape');
    expect((statError as RefusedEntryError).type).toBe('symlink');
    expect(statError.message).not.toContain(secret.trim());

    const readError = await rejection(source.read('escape/secret.md'));
    expect(readError).toBeInstanceOf(RefusedEntryError);
    expect((readError as RefusedEntryError).path).toBe('escape');

    // Also for a directory link that stays inside the root.
    const inside = await rejection(openDirectorySource(root).read('docs/linked-dir/deep.md'));
    expect(inside).toBeInstanceOf(RefusedEntryError);
    expect((inside as RefusedEntryError).path).toBe('docs/linked-dir');
  });

  it('refuses to read a directory', async () => {
    const error = await rejection(openDirectorySource(root).read('docs'));
    expect(error).toBeInstanceOf(RefusedEntryError);
    expect((error as RefusedEntryError).type).toBe('tree');
  });

  it('rejects reading a missing file with ENOENT', async () => {
    const error = await rejection(openDirectorySource(root).read('docs/nope.md'));
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(error.message).toContain('`docs/nope.md`');
  });

  it("reads a file's exact bytes", async () => {
    const source = openDirectorySource(root);
    expect(await source.read('assets/data.bin')).toEqual(binary);
    expect((await source.read('docs/guide.md')).toString('utf8')).toBe('A guide with ünïcödé and emoji 🚀\n');
    expect((await source.read('docs/empty.md')).byteLength).toBe(0);
  });

  it.each([
    '..',
    '../outside/secret.md',
    'docs/../../outside/secret.md',
    '/etc/passwd',
    'docs\\guide.md',
    './README.md',
    'docs//guide.md',
    '.git/config',
    'vendor/module/.git',
    '',
  ])('refuses the unsafe path %j in stat and read', async (path) => {
    const source = openDirectorySource(root);
    // Whether stat throws or rejects, awaiting it fails with UnsafePathError.
    await expect(Promise.resolve().then(() => source.stat(path))).rejects.toBeInstanceOf(UnsafePathError);
    await expect(source.read(path)).rejects.toBeInstanceOf(UnsafePathError);
  });

  it('lists regular files only, sorted, skipping .git and symbolic links', async () => {
    const files = await openDirectorySource(root).listFiles();
    expect(files).toEqual([
      'README.md',
      'Z.md',
      'a.md',
      'assets/data.bin',
      'b.md',
      'docs/empty.md',
      'docs/guide.md',
      'docs/nested/deep.md',
      'vendor/module/kept.md',
    ]);
    expect(files).toEqual([...files].sort());
  });

  it('lists nothing for an empty root', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(await openDirectorySource(empty).listFiles()).toEqual([]);
  });

  it('records the commit it was given, or null', () => {
    const commit = 'a'.repeat(40);
    expect(openDirectorySource(root, { commit }).commit).toBe(commit);
    expect(openDirectorySource(root).commit).toBeNull();
    expect(openDirectorySource(root, { commit: null }).commit).toBeNull();
    expect(openDirectorySource(root).label).toBe(`directory ${root}`);
  });
});

describe('openDirectorySource over the real corpus', () => {
  const guide = 'contributors/devel/README.md';

  it('gives the guide the sha and size in the MANIFEST', async () => {
    const source = openDirectorySource(corpus.communityDir, { commit: corpus.commit });
    const { sha, bytes } = manifestRow(guide);
    expect(await source.stat(guide)).toEqual({ path: guide, type: 'blob', sha, size: bytes });
    expect(source.commit).toBe(corpus.commit);
    expect((await source.read(guide)).equals(readFileSync(join(corpus.communityDir, guide)))).toBe(true);
    expect(await source.stat('contributors/devel')).toEqual({
      path: 'contributors/devel',
      type: 'tree',
      sha: null,
      size: null,
    });
  });

  it('lists every file in the MANIFEST', async () => {
    const listed = await openDirectorySource(corpus.communityDir).listFiles();
    const manifest = corpusManifest().keys();
    expect(listed).toEqual([...manifest].sort());
  });
});
