import { corpus, treeListing } from '@devguide/testkit';
import { describe, expect, it } from 'vitest';
import { loadOwnership } from './load.js';
import { parseOwnersFile } from './owners-file.js';
import { Ownership } from './ownership.js';
import { ownersUrlDir, parseSigsYaml } from './sigs.js';
import { readFileSync } from 'node:fs';

const ownership = loadOwnership({
  ownersDir: corpus.ownersDir,
  sigsYaml: corpus.sigsYamlPath,
  repository: 'kubernetes/community',
});

describe('Ownership on the community repository', () => {
  it('gives a file the nearest OWNERS file, aliases expanded', () => {
    const owners = ownership.ownersOf('sig-apps/minutes/2020.md');
    expect(owners.file).toBe('sig-apps/minutes/OWNERS');
    expect(owners.approvers).toEqual(['EnergyLiYN']);
    expect(owners.group?.dir).toBe('sig-apps');
    // sig-apps/OWNERS names the sig-apps-leads alias; its members are inherited below.
    const apps = ownership.ownersOf('sig-apps/README.md');
    expect(apps.file).toBe('sig-apps/OWNERS');
    expect(apps.approvers).not.toContain('sig-apps-leads');
    expect(apps.approvers).toEqual(expect.arrayContaining(['janetkuo', 'kow3ns', 'soltysh']));
    expect(owners.inheritedApprovers).toEqual(expect.arrayContaining(['EnergyLiYN', 'janetkuo']));
  });

  it('gives a file in a subproject that subproject, and its OWNERS, not the SIG', () => {
    const owners = ownership.ownersOf('sig-scalability/slos/api_call_latency.md');
    expect(owners.group?.dir).toBe('sig-scalability');
    expect(owners.subproject).not.toBeNull();
    expect(owners.file).toBe('sig-scalability/slos/OWNERS');
    expect(owners.approvers).not.toEqual(ownership.ownersOf('sig-scalability/README.md').approvers);
    const guide = ownership.ownersOf('contributors/guide/README.md');
    expect(guide.file).toBe('contributors/guide/OWNERS');
    expect(guide.group?.dir).toBe('sig-contributor-experience');
  });

  it('stops at no_parent_owners', () => {
    const owners = ownership.ownersOf('committee-steering/README.md');
    expect(owners.file).toBe('committee-steering/OWNERS');
    const root = ownership.ownersOf('README.md').approvers;
    expect(root.length).toBeGreaterThan(0);
    expect(owners.inheritedApprovers).toEqual(owners.approvers);
    expect(owners.inheritedApprovers.filter((login) => !owners.approvers.includes(login))).toEqual([]);
  });

  it('groups by OWNERS file, by SIG and by top directory', () => {
    expect(ownership.groupOf('sig-apps/minutes/x.md', 'owner').key).toBe('sig-apps/minutes/OWNERS');
    expect(ownership.groupOf('sig-apps/minutes/x.md', 'sig')).toEqual({ key: 'sig-apps', label: 'sig-apps (Apps)' });
    expect(ownership.groupOf('sig-apps/minutes/x.md', 'dir').key).toBe('sig-apps/');
    expect(ownership.groupOf('README.md', 'dir')).toEqual({ key: '.', label: '(root)' });
  });
});

describe('placeOf', () => {
  it('is the longest group or subproject directory holding the path, a subproject first, for every path of the tree', () => {
    const groups = parseSigsYaml(readFileSync(corpus.sigsYamlPath, 'utf8'), 'sigs.yaml', 'kubernetes/community');
    const places = groups.flatMap((group) => [
      { dir: group.dir, group, subproject: null as string | null },
      ...group.subprojects.flatMap((subproject) =>
        subproject.dirs.map((dir) => ({ dir, group, subproject: subproject.name })),
      ),
    ]);
    const holds = (path: string, dir: string) => dir === '' || path === dir || path.startsWith(`${dir}/`);
    const expected = (path: string) => {
      const matching = places.filter((place) => holds(path, place.dir));
      const longest = Math.max(-1, ...matching.map((place) => place.dir.length));
      const best = matching.filter((place) => place.dir.length === longest);
      const place = best.find((candidate) => candidate.subproject !== null) ?? best[0];
      return place ? { group: place.group.dir, subproject: place.subproject } : null;
    };
    const paths = [...treeListing().keys()];
    expect(paths.length).toBeGreaterThan(900);
    let inSubprojects = 0;
    for (const path of paths) {
      const place = ownership.placeOf(path);
      const got = place ? { group: place.group.dir, subproject: place.subproject } : null;
      expect(got, path).toEqual(expected(path));
      if (got?.subproject) inSubprojects++;
    }
    expect(inSubprojects).toBeGreaterThan(50);
  });
});

describe('a repository without OWNERS files', () => {
  it('groups by directory whatever is asked', () => {
    const bare = new Ownership({ owners: new Map(), aliases: new Map(), groups: [] });
    expect(bare.hasOwners).toBe(false);
    expect(bare.groupOf('docs/a/b.md', 'owner').key).toBe('docs/');
    expect(bare.groupOf('docs/a/b.md', 'sig').key).toBe('docs/');
    expect(bare.ownersOf('docs/a/b.md')).toMatchObject({ file: null, approvers: [], group: null });
  });
});

describe('parseOwnersFile', () => {
  it('reads filters, Go case-insensitive patterns and tolerates labels', () => {
    const file = parseOwnersFile(
      'filters:\n  ".*":\n    approvers: [a]\n  "(?i)charter.md":\n    approvers: [b]\n    labels: [x]\nlabels: [y]\noptions:\n  no_parent_owners: true\n',
      'OWNERS',
    );
    expect(file.noParentOwners).toBe(true);
    expect(file.filters.map((filter) => filter.pattern.test('CHARTER.md'))).toEqual([true, true]);
    const owned = new Ownership({ owners: new Map([['', file]]), aliases: new Map(), groups: [] });
    expect(owned.ownersOf('charter.md').approvers).toEqual(['a', 'b']);
    expect(owned.ownersOf('readme.md').approvers).toEqual(['a']);
  });

  it('names the file on YAML that does not parse', () => {
    expect(() => parseOwnersFile('approvers: [a\n', 'x/OWNERS')).toThrow(/^x\/OWNERS: Unexpected YAML/);
  });
});

describe('ownersUrlDir', () => {
  it('maps the repository URLs to directories and leaves other repositories out', () => {
    expect(
      ownersUrlDir(
        'https://raw.githubusercontent.com/kubernetes/community/main/sig-apps/OWNERS',
        'kubernetes/community',
      ),
    ).toBe('sig-apps');
    expect(
      ownersUrlDir('https://raw.githubusercontent.com/kubernetes/community/main/OWNERS', 'kubernetes/community'),
    ).toBe('');
    expect(
      ownersUrlDir('https://raw.githubusercontent.com/kubernetes/kubernetes/master/OWNERS', 'kubernetes/community'),
    ).toBeNull();
  });
});
