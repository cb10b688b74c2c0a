import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '@devguide/testkit';
import { commitStaged, recoverStaged, settleStaged, stagingDirName, type StagedStep } from './staged-commit.js';

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

  it('with nothing to write creates no staging directory and changes no mtime', async () => {
    const before = [dir, join(dir, 'lock.json'), join(dir, 'upstream')].map((path) => statSync(path).mtimeMs);
    await commitStaged(dir, []);
    expect(existsSync(join(dir, stagingDirName))).toBe(false);
    expect([dir, join(dir, 'lock.json'), join(dir, 'upstream')].map((path) => statSync(path).mtimeMs)).toEqual(before);
  });

  it('keeps the mode of what it replaces and writes through a symbolic link to its target', async () => {
    chmodSync(join(dir, 'lock.json'), 0o640);
    writeFileSync(join(dir, 'target.md'), 'old readme');
    chmodSync(join(dir, 'target.md'), 0o600);
    symlinkSync('target.md', join(dir, 'README.md'));
    await commitStaged(dir, writes());
    expect(statSync(join(dir, 'lock.json')).mode & 0o777).toBe(0o640);
    expect(read('target.md')).toBe('new readme');
    expect(statSync(join(dir, 'target.md')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'README.md')) && read('README.md')).toBe('new readme');
  });

  it('stopped at any step, a reader refuses or finishes it and never sees a half state', async () => {
    const steps: StagedStep[] = ['commit', 'rename:0', 'rename:1', 'rename:2', 'cleanup'];
    for (const step of steps) {
      rmSync(join(dir, stagingDirName), { recursive: true, force: true });
      writeFileSync(join(dir, 'upstream/guide.md'), 'old guide');
      rmSync(join(dir, 'README.md'), { force: true });
      writeFileSync(join(dir, 'lock.json'), 'old lock');
      const stop = new Error(`stopped at ${step}`);
      const error = await rejection(
        commitStaged(dir, writes(), {
          onStep: (at) => {
            if (at === step) throw stop;
          },
        }),
      );
      expect(error).toBe(stop);
      if (step === 'commit') {
        // Before the commit point: nothing changed, and a reader ignores the staging of a sync that may still run.
        expect(await settleStaged(dir, 'refuse')).toBeNull();
        expect(read('lock.json')).toBe('old lock');
        expect(await recoverStaged(dir)).toBe('discarded');
        continue;
      }
      const refused = await rejection(settleStaged(dir, 'refuse', 'content/.devguide-staging'));
      expect(refused.message, step).toMatch(/^Unexpected interrupted sync/);
      expect((refused as unknown as { format(): string }).format()).toMatch(
        /^content\/\.devguide-staging\/plan\.json:1:1: .*; run `devguide sync` to finish it$/,
      );
      expect(await settleStaged(dir, 'finish')).toBe('completed');
      expect([read('upstream/guide.md'), read('README.md'), read('lock.json')], step).toEqual([
        'new guide',
        'new readme',
        'new lock',
      ]);
      expect(existsSync(join(dir, stagingDirName))).toBe(false);
    }
  });
});
