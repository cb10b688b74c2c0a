import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '@devguide/testkit';
import { commitStaged, recoverStaged, stagingDirName } from './staged-commit.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'devguide-staged-'));
  mkdirSync(join(dir, 'upstream'));
  writeFileSync(join(dir, 'upstream/guide.md'), 'old guide');
  writeFileSync(join(dir, 'lock.json'), 'old lock');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const writes = () => [
  { path: join(dir, 'upstream/guide.md'), content: 'new guide' },
  { path: join(dir, 'README.md'), content: 'new readme' },
  { path: join(dir, 'lock.json'), content: 'new lock' },
];

describe('commitStaged', () => {
  it('writes every file and leaves no staging directory', async () => {
    await commitStaged(dir, writes());
    expect([read('upstream/guide.md'), read('README.md'), read('lock.json')]).toEqual(['new guide', 'new readme', 'new lock']);
    expect(existsSync(join(dir, stagingDirName))).toBe(false);
    expect(await recoverStaged(dir)).toBeNull();
  });

  it('refuses a path outside the root before touching anything', async () => {
    const error = await rejection(commitStaged(dir, [...writes(), { path: join(dir, '..', 'elsewhere.txt'), content: 'x' }]));
    expect(error.message).toMatch(/^Unexpected write to .*elsewhere\.txt`, expected a path inside/);
    expect([read('upstream/guide.md'), read('lock.json')]).toEqual(['old guide', 'old lock']);
  });

  it('a run killed before the plan is committed changes nothing; the next run discards its staging', async () => {
    // What a kill while staging leaves: some staged files, no plan.
    mkdirSync(join(dir, stagingDirName, 'files'), { recursive: true });
    writeFileSync(join(dir, stagingDirName, 'files/0'), 'new guide');
    expect(await recoverStaged(dir)).toBe('discarded');
    expect([read('upstream/guide.md'), read('lock.json')]).toEqual(['old guide', 'old lock']);
    expect(existsSync(join(dir, stagingDirName))).toBe(false);
  });

  it('a run killed after the commit point is finished by the next run, lock last', async () => {
    // Commit fully, then rebuild the state of a kill after the first rename: the plan and the rest staged.
    const staging = join(dir, stagingDirName);
    mkdirSync(join(staging, 'files'), { recursive: true });
    writeFileSync(join(staging, 'files/1'), 'new readme');
    writeFileSync(join(staging, 'files/2'), 'new lock');
    writeFileSync(join(dir, 'upstream/guide.md'), 'new guide');
    writeFileSync(
      join(staging, 'plan.json'),
      JSON.stringify({ version: 1, moves: [{ staged: 'files/0', path: 'upstream/guide.md' }, { staged: 'files/1', path: 'README.md' }, { staged: 'files/2', path: 'lock.json' }] }),
    );
    expect(await recoverStaged(dir)).toBe('completed');
    expect([read('upstream/guide.md'), read('README.md'), read('lock.json')]).toEqual(['new guide', 'new readme', 'new lock']);
    expect(existsSync(staging)).toBe(false);
  });
});
