import { corpus } from '@devguide/testkit';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOwnership, type DerivedStore } from './load.js';

/** A store as a lint cache keeps it: one value per name, through v8's serializer. */
function store(): { store: DerivedStore; derivations: number } {
  const kept = new Map<string, { hash: string; bytes: Buffer }>();
  const counter = {
    derivations: 0,
    store: (<T>(name: string, hash: string, derive: () => T): T => {
      const entry = kept.get(name);
      if (entry?.hash === hash) return deserialize(entry.bytes) as T;
      counter.derivations++;
      const value = derive();
      kept.set(name, { hash, bytes: serialize(value) });
      return value;
    }) as DerivedStore,
  };
  return counter;
}

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('loadOwnership with a store', () => {
  it('parses again only when an OWNERS file, OWNERS_ALIASES or sigs.yaml changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'devguide-owners-'));
    mkdirSync(join(dir, 'sig-a', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'OWNERS'), 'approvers: [root-leads]\n');
    writeFileSync(join(dir, 'OWNERS_ALIASES'), 'aliases:\n  root-leads: [ann]\n');
    writeFileSync(join(dir, 'sig-a', 'OWNERS'), 'approvers: [bob]\n');
    writeFileSync(join(dir, 'sigs.yaml'), 'sigs:\n  - dir: sig-a\n    name: A\n');
    const options = { ownersDir: dir, sigsYaml: join(dir, 'sigs.yaml'), repository: 'o/r' };
    const kept = store();
    const first = loadOwnership(options, kept.store);
    const second = loadOwnership(options, kept.store);
    expect(kept.derivations).toBe(1);
    expect(second.ownersOf('sig-a/x.md')).toEqual(first.ownersOf('sig-a/x.md'));
    expect(second.groupOf('sig-a/x.md', 'sig')).toEqual({ key: 'sig-a', label: 'sig-a (A)' });

    writeFileSync(join(dir, 'sig-a', 'sub', 'OWNERS'), 'approvers: [cy]\n');
    expect(loadOwnership(options, kept.store).ownersOf('sig-a/sub/x.md').approvers).toEqual(['cy']);
    writeFileSync(join(dir, 'OWNERS_ALIASES'), 'aliases:\n  root-leads: [dee]\n');
    expect(loadOwnership(options, kept.store).ownersOf('x.md').approvers).toEqual(['dee']);
    writeFileSync(join(dir, 'sigs.yaml'), 'sigs:\n  - dir: sig-a\n    name: Apps\n');
    expect(loadOwnership(options, kept.store).groupOf('sig-a/x.md', 'sig').label).toBe('sig-a (Apps)');
    expect(kept.derivations).toBe(4);
    // Another repository maps sigs.yaml's OWNERS URLs differently: another index.
    loadOwnership({ ...options, repository: 'o/other' }, kept.store);
    expect(kept.derivations).toBe(5);
  });

  it('gives the same owners and groups from the stored index of the real data', () => {
    const options = { ownersDir: corpus.ownersDir, sigsYaml: corpus.sigsYamlPath, repository: 'kubernetes/community' };
    const kept = store();
    const parsed = loadOwnership(options, kept.store);
    const stored = loadOwnership(options, kept.store);
    expect(kept.derivations).toBe(1);
    for (const path of [
      'sig-apps/minutes/2020.md',
      'sig-scalability/slos/api_call_latency.md',
      'contributors/guide/README.md',
      'committee-steering/README.md',
      'README.md',
    ]) {
      expect(stored.ownersOf(path)).toEqual(parsed.ownersOf(path));
      for (const by of ['owner', 'sig', 'dir'] as const)
        expect(stored.groupOf(path, by)).toEqual(parsed.groupOf(path, by));
    }
  });
});
