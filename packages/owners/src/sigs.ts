import { parse } from 'yaml';

export type GroupKind = 'sig' | 'workinggroup' | 'usergroup' | 'committee';

export interface Subproject {
  name: string;
  /** Repository directories (`/`-separated, `''` for the root) whose OWNERS the subproject names. */
  dirs: string[];
}

/** A SIG, working group, user group or committee of `sigs.yaml`. */
export interface CommunityGroup {
  kind: GroupKind;
  /** Its directory, such as `sig-apps`: also its key. */
  dir: string;
  name: string;
  subprojects: Subproject[];
}

const sections: [string, GroupKind][] = [
  ['sigs', 'sig'],
  ['workinggroups', 'workinggroup'],
  ['usergroups', 'usergroup'],
  ['committees', 'committee'],
];

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

/**
 * The directory of an OWNERS URL when it lies in `repository` (`owner/name`), such as
 * `https://raw.githubusercontent.com/kubernetes/community/main/sig-apps/OWNERS` → `sig-apps`;
 * null for another repository.
 */
export function ownersUrlDir(url: string, repository: string): string | null {
  const prefixes = [`https://raw.githubusercontent.com/${repository}/`, `https://github.com/${repository}/blob/`];
  const prefix = prefixes.find((candidate) => url.toLowerCase().startsWith(candidate.toLowerCase()));
  if (!prefix) return null;
  // After the prefix: `<ref>/<path>/OWNERS`; refs in sigs.yaml are branch names without a slash.
  const rest = url.slice(prefix.length).split('/').slice(1);
  if (rest.at(-1) !== 'OWNERS') return null;
  return rest.slice(0, -1).join('/');
}

/** The groups of a `sigs.yaml`, their subprojects' OWNERS mapped to directories of `repository`. */
export function parseSigsYaml(text: string, where: string, repository: string): CommunityGroup[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${where}: Unexpected YAML, expected sigs.yaml (${(error as Error).message.split('\n')[0]})`);
  }
  const top = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const groups: CommunityGroup[] = [];
  for (const [section, kind] of sections) {
    for (const entry of list(top[section])) {
      if (typeof entry['dir'] !== 'string' || entry['dir'] === '') continue;
      const subprojects = list(entry['subprojects']).map((subproject) => ({
        name: typeof subproject['name'] === 'string' ? subproject['name'] : '',
        dirs: (Array.isArray(subproject['owners']) ? subproject['owners'] : [])
          .filter((url): url is string => typeof url === 'string')
          .map((url) => ownersUrlDir(url, repository))
          .filter((dir): dir is string => dir !== null),
      }));
      groups.push({
        kind,
        dir: entry['dir'],
        name: typeof entry['name'] === 'string' ? entry['name'] : entry['dir'],
        subprojects: subprojects.filter((subproject) => subproject.dirs.length > 0),
      });
    }
  }
  return groups;
}
