import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '@devguide/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { RefTrees } from './ref-trees.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository whose history moves `docs/old.md` to `docs/new.md`. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-ref-trees-'));
  dirs.push(dir);
  git(dir, ['init', '-q']);
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'old.md'), '# A page\n\nWith enough text to be found again after the move.\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'add']);
  git(dir, ['mv', 'docs/old.md', 'docs/new.md']);
  git(dir, ['commit', '-qm', 'move']);
  return dir;
}

/** A store like the lint cache's `derived`: one value per name, kept while the hash matches. */
function store() {
  const values = new Map<string, { hash: string; value: unknown }>();
  const remember = <T>(name: string, hash: string, derive: () => T): T => {
    const entry = values.get(name);
    if (entry?.hash === hash) return entry.value as T;
    const value = derive();
    values.set(name, { hash, value });
    return value;
  };
  return { values, remember };
}

describe('RefTrees.renames', () => {
  it('reads the moves of the history once per HEAD commit, and again after a new commit', () => {
    const dir = repository();
    const { values, remember } = store();
    expect([...new RefTrees(join(dir, '.git'), remember).renames]).toEqual([['docs/old.md', 'docs/new.md']]);
    // The next run takes the kept value without asking git (a marked value proves it).
    const kept = values.get('renames-from-history')!;
    kept.value = new Map([['marked.md', 'kept.md']]);
    expect([...new RefTrees(join(dir, '.git'), remember).renames]).toEqual([['marked.md', 'kept.md']]);
    // A new commit is another history.
    git(dir, ['mv', 'docs/new.md', 'docs/newer.md']);
    git(dir, ['commit', '-qm', 'move again']);
    expect(new RefTrees(join(dir, '.git'), remember).renames.get('docs/old.md')).toBe('docs/newer.md');
  });

  it('reads them every time without a store, and has none outside git', () => {
    const dir = repository();
    expect(new RefTrees(join(dir, '.git')).renames.get('docs/old.md')).toBe('docs/new.md');
    expect(new RefTrees(null).renames.size).toBe(0);
  });
});
