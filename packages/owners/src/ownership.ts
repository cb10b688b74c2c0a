import { posix } from 'node:path';
import type { OwnersFile } from './owners-file.js';
import type { CommunityGroup } from './sigs.js';

export type GroupBy = 'owner' | 'sig' | 'dir';
export const groupByValues: readonly GroupBy[] = ['owner', 'sig', 'dir'];

/** The owners of one path. */
export interface Owners {
  /** The nearest OWNERS file up the tree (repository path), or null when there is none. */
  file: string | null;
  /** Its approvers and reviewers (filters matching the file included), aliases expanded. */
  approvers: string[];
  reviewers: string[];
  /** With the OWNERS files above, up to one with `no_parent_owners`. */
  inheritedApprovers: string[];
  /** The SIG, working group or committee whose directory (or subproject) holds the path. */
  group: CommunityGroup | null;
  subproject: string | null;
}

/** A report group: `key` sorts and identifies it, `label` is what people read. */
export interface Group {
  key: string;
  label: string;
}

export interface OwnershipData {
  /** OWNERS files by repository directory (`''` for the root). */
  owners: ReadonlyMap<string, OwnersFile>;
  aliases: ReadonlyMap<string, string[]>;
  groups: readonly CommunityGroup[];
}

function ancestors(path: string): string[] {
  const dirs: string[] = [];
  let dir = posix.dirname(path);
  for (;;) {
    dirs.push(dir === '.' ? '' : dir);
    if (dir === '.' || dir === '/') return dirs;
    dir = posix.dirname(dir);
  }
}

/** Who owns which path, from OWNERS files, OWNERS_ALIASES and sigs.yaml. */
export class Ownership {
  readonly #data: OwnershipData;
  /** Group and subproject directories, longest first; a subproject before its group at equal length. */
  readonly #places: { dir: string; group: CommunityGroup; subproject: string | null }[];
  /** The first of `#places` for each directory: a path's place is that of its deepest directory listed. */
  readonly #placeByDir = new Map<string, { group: CommunityGroup; subproject: string | null }>();

  constructor(data: OwnershipData) {
    this.#data = data;
    this.#places = data.groups
      .flatMap((group) => [
        { dir: group.dir, group, subproject: null as string | null },
        ...group.subprojects.flatMap((subproject) =>
          subproject.dirs.map((dir) => ({ dir, group, subproject: subproject.name })),
        ),
      ])
      .sort((a, b) => b.dir.length - a.dir.length || Number(b.subproject !== null) - Number(a.subproject !== null));
    for (const place of this.#places) if (!this.#placeByDir.has(place.dir)) this.#placeByDir.set(place.dir, place);
  }

  /** True when the tree has any OWNERS file; without them reports group by directory. */
  get hasOwners(): boolean {
    return this.#data.owners.size > 0;
  }

  #expand(logins: readonly string[]): string[] {
    const out = new Set<string>();
    for (const login of logins) for (const member of this.#data.aliases.get(login) ?? [login]) out.add(member);
    return [...out].sort();
  }

  /** The owners of a repository path (`/`-separated, relative to the repository root). */
  ownersOf(path: string): Owners {
    const name = posix.basename(path);
    let file: string | null = null;
    let approvers: string[] = [];
    let reviewers: string[] = [];
    const inherited: string[] = [];
    for (const dir of ancestors(path)) {
      const owners = this.#data.owners.get(dir);
      if (!owners) continue;
      const filters = owners.filters.filter((filter) => filter.pattern.test(name));
      const fileApprovers = [...owners.approvers, ...filters.flatMap((filter) => filter.approvers)];
      if (file === null) {
        file = dir === '' ? 'OWNERS' : `${dir}/OWNERS`;
        approvers = this.#expand(fileApprovers);
        reviewers = this.#expand([...owners.reviewers, ...filters.flatMap((filter) => filter.reviewers)]);
      }
      inherited.push(...fileApprovers);
      if (owners.noParentOwners) break;
    }
    const place = this.placeOf(path);
    return {
      file,
      approvers,
      reviewers,
      inheritedApprovers: this.#expand(inherited),
      group: place?.group ?? null,
      subproject: place?.subproject ?? null,
    };
  }

  /** The group, and subproject, whose directory holds the path: the longest directory wins. */
  placeOf(path: string): { group: CommunityGroup; subproject: string | null } | null {
    // The path itself, then each directory up to the root (as `ancestors` lists them, looked up as
    // they come: reports ask for every file of a run): the first listed is the longest that holds it.
    let place = this.#placeByDir.get(path);
    for (let dir = posix.dirname(path); !place; dir = posix.dirname(dir)) {
      place = this.#placeByDir.get(dir === '.' ? '' : dir);
      if (dir === '.' || dir === '/') break;
    }
    return place ? { group: place.group, subproject: place.subproject } : null;
  }

  /** The report group of a path: its OWNERS file, its SIG or its top directory. */
  groupOf(path: string, by: GroupBy): Group {
    const owners = by === 'owner' ? this.ownersOf(path) : null;
    if (owners?.file)
      return { key: owners.file, label: `${owners.file} (${owners.approvers.join(', ') || 'no approvers'})` };
    const group = by === 'sig' ? this.placeOf(path)?.group : undefined;
    if (group) return { key: group.dir, label: group.name === group.dir ? group.dir : `${group.dir} (${group.name})` };
    const top = path.includes('/') ? path.slice(0, path.indexOf('/')) : '.';
    return { key: top === '.' ? '.' : `${top}/`, label: top === '.' ? '(root)' : `${top}/` };
  }
}
