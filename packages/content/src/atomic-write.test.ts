import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from './atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-atomic-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('writeAtomically', () => {
  it('writes every file, creating directories, and leaves no temporary file', async () => {
    writeFileSync(join(dir, 'a.txt'), 'old');
    await writeAtomically([
      { path: join(dir, 'a.txt'), content: 'new a' },
      { path: join(dir, 'deep', 'b.txt'), content: 'new b' },
    ]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'deep', 'b.txt'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'deep']);
  });

  it('replaces nothing when staging any file fails', async () => {
    writeFileSync(join(dir, 'a.txt'), 'old a');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'b.txt'), 'old b');
    chmodSync(join(dir, 'locked'), 0o555);
    const isRoot = process.getuid?.() === 0;
    // Root ignores directory permissions; a path under a regular file fails for everyone.
    const failing = isRoot ? join(dir, 'a.txt', 'impossible.txt') : join(dir, 'locked', 'b.txt');
    await expect(
      writeAtomically([
        { path: join(dir, 'a.txt'), content: 'new a' },
        { path: failing, content: 'new b' },
      ]),
    ).rejects.toThrow();
    chmodSync(join(dir, 'locked'), 0o755);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, 'locked', 'b.txt'), 'utf8')).toBe('old b');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'locked']);
  });
});
