import { corpus, corpusManifest } from '@devguide/testkit';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobSha } from './git-blob-sha.js';

/** What git itself says the blob id of these bytes is (no filters: content read from stdin). */
function gitHashObject(content: Uint8Array): string {
  return execFileSync('git', ['hash-object', '--stdin'], { input: content, cwd: tmpdir(), encoding: 'utf8' }).trim();
}

/** Deterministic pseudo-random bytes (a linear congruential generator), every byte value likely. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

interface ManifestRow {
  path: string;
  sha: string;
  bytes: number;
}

function readManifest(): ManifestRow[] {
  return [...corpusManifest()].map(([path, entry]) => ({ path, sha: entry.sha, bytes: entry.size }));
}

describe('gitBlobSha', () => {
  it('gives the well-known id of the empty blob', () => {
    expect(gitBlobSha(new Uint8Array())).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(gitBlobSha(Buffer.alloc(0))).toBe(gitHashObject(Buffer.alloc(0)));
  });

  it.each([
    ['one ASCII line', Buffer.from('hello world\n', 'utf8')],
    ['ASCII without a final newline', Buffer.from('no newline at the end', 'utf8')],
    ['CRLF line endings, kept as they are', Buffer.from('first\r\nsecond\r\n', 'utf8')],
    ['multi-byte UTF-8 (accents, CJK, emoji)', Buffer.from('Ünïcödé — 日本語のテキスト 🚀🧪\n', 'utf8')],
    ['a UTF-8 byte order mark', Buffer.from('\uFEFF# Title\n', 'utf8')],
    ['every byte value once', Buffer.from(Array.from({ length: 256 }, (_, i) => i))],
    ['NUL bytes only', Buffer.alloc(17)],
    ['64 KiB of pseudo-random binary', pseudoRandomBytes(64 * 1024, 42)],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80, 0x0a])],
  ])('equals `git hash-object --stdin` for %s', (_name, content) => {
    expect(gitBlobSha(content)).toBe(gitHashObject(content));
  });

  it('counts bytes, not characters, in the header', () => {
    const text = 'é';
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.byteLength).toBe(2);
    expect(gitBlobSha(bytes)).toBe(gitHashObject(bytes));
    expect(gitBlobSha(bytes)).not.toBe(gitBlobSha(Buffer.from([0xe9])));
  });

  it('hashes only the bytes a view covers, not its whole backing buffer', () => {
    const backing = pseudoRandomBytes(4096, 7);
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 100, 1000);
    const copy = Buffer.from(view);
    expect(gitBlobSha(view)).toBe(gitHashObject(copy));
    expect(gitBlobSha(backing.subarray(100, 1100))).toBe(gitHashObject(copy));
  });

  it('gives a 40-digit lowercase hex id', () => {
    expect(gitBlobSha(Buffer.from('x'))).toMatch(/^[0-9a-f]{40}$/);
  });

  it('matches the blob ids in the corpus MANIFEST for a sample of real files', () => {
    const manifest = readManifest();
    expect(manifest.length).toBeGreaterThan(100);
    // About 20 rows spread evenly over the manifest, plus the non-markdown file and the largest file.
    const step = Math.floor(manifest.length / 20);
    const sample = new Map<string, ManifestRow>();
    for (let i = 0; i < manifest.length; i += step) sample.set(manifest[i]!.path, manifest[i]!);
    const yaml = manifest.find((row) => row.path === 'sigs.yaml');
    if (yaml) sample.set(yaml.path, yaml);
    const largest = manifest.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    sample.set(largest.path, largest);
    const guide = manifest.find((row) => row.path === 'contributors/devel/README.md');
    expect(guide).toBeDefined();
    sample.set(guide!.path, guide!);
    expect(sample.size).toBeGreaterThanOrEqual(20);

    for (const row of sample.values()) {
      const content = readFileSync(join(corpus.communityDir, row.path));
      expect(content.byteLength, row.path).toBe(row.bytes);
      expect(gitBlobSha(content), row.path).toBe(row.sha);
    }
  });
});
