import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

  it('writes a text given in pieces, multi-byte characters across the joins included', async () => {
    const pieces = Array.from({ length: 30_000 }, (_, at) => `${at} ✖ 😀 ${'x'.repeat(at % 97)}\n`);
    writeFileSync(join(dir, 'report.txt'), 'old');
    await writeAtomically([{ path: join(dir, 'report.txt'), content: pieces }]);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('leaves the file as it was when making its pieces fails', async () => {
    writeFileSync(join(dir, 'report.txt'), 'old');
    function* failing() {
      yield 'x'.repeat(3 << 20);
      throw new Error('the report failed');
    }
    await expect(writeAtomically([{ path: join(dir, 'report.txt'), content: failing() }])).rejects.toThrow(/failed/);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.txt']);
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

  it('keeps the mode of the file it replaces', async () => {
    writeFileSync(join(dir, 'script.sh'), 'old');
    chmodSync(join(dir, 'script.sh'), 0o750);
    await writeAtomically([{ path: join(dir, 'script.sh'), content: 'new' }]);
    expect(statSync(join(dir, 'script.sh')).mode & 0o777).toBe(0o750);
  });

  it('writes through a symbolic link to its target; the link stays a link', async () => {
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'a.md'), 'old');
    symlinkSync('real/a.md', join(dir, 'link.md'));
    await writeAtomically([{ path: join(dir, 'link.md'), content: 'new' }]);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'real'))).toEqual(['a.md']);
  });

  it('removes its temporary file when the rename fails', async () => {
    // A directory in the way: the temporary file is written, the rename over it fails.
    mkdirSync(join(dir, 'in-the-way.md'));
    writeFileSync(join(dir, 'in-the-way.md', 'keep'), '');
    await expect(writeAtomically([{ path: join(dir, 'in-the-way.md'), content: 'new' }])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['in-the-way.md']);
  });

  it('removes the temporaries a killed run left for the same file, not those of a running process', async () => {
    // The pid of a process that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = `.README.md.${dead.stdout}.0123abcd.tmp`;
    const live = `.README.md.${process.pid}.89abcdef.tmp`;
    const other = `.other.md.${dead.stdout}.0123abcd.tmp`;
    for (const name of [stale, live, other]) writeFileSync(join(dir, name), 'partial');
    await writeAtomically([{ path: join(dir, 'README.md'), content: 'new' }]);
    expect(readdirSync(dir).sort()).toEqual([live, other, 'README.md'].sort());
    // Several files in one write, each with what a killed run left: all of them cleaned.
    const third = `.third.md.${dead.stdout}.4567cdef.tmp`;
    writeFileSync(join(dir, third), 'partial');
    await writeAtomically([
      { path: join(dir, 'other.md'), content: 'o' },
      { path: join(dir, 'third.md'), content: 't' },
    ]);
    expect(readdirSync(dir).sort()).toEqual([live, 'README.md', 'other.md', 'third.md'].sort());
  });
});
