import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseOwnersAliases, parseOwnersFile, type OwnersFile } from './owners-file.js';
import { Ownership } from './ownership.js';
import { parseSigsYaml, type CommunityGroup } from './sigs.js';

export interface LoadOwnershipOptions {
  /** The tree whose OWNERS files (and root OWNERS_ALIASES) apply; paths are relative to it. */
  ownersDir: string;
  /** A `sigs.yaml` (none: groups by OWNERS file or directory only). */
  sigsYaml?: string | null;
  /** The repository (`owner/name`) whose OWNERS URLs in sigs.yaml are local directories. */
  repository?: string | null;
}

const skipped = new Set(['node_modules', '.git']);

function ownersFilesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !skipped.has(entry.name)) walk(join(dir, entry.name));
      else if (entry.isFile() && entry.name === 'OWNERS') found.push(join(dir, entry.name));
    }
  };
  walk(root);
  return found;
}

/** Reads the OWNERS files under `ownersDir`, its OWNERS_ALIASES and a sigs.yaml. */
export function loadOwnership(options: LoadOwnershipOptions): Ownership {
  const owners = new Map<string, OwnersFile>();
  for (const path of ownersFilesUnder(options.ownersDir)) {
    const dir = relative(options.ownersDir, join(path, '..')).split(sep).join('/');
    owners.set(dir, parseOwnersFile(readFileSync(path, 'utf8'), path));
  }
  const aliasesPath = join(options.ownersDir, 'OWNERS_ALIASES');
  const aliases = existsSync(aliasesPath)
    ? parseOwnersAliases(readFileSync(aliasesPath, 'utf8'), aliasesPath)
    : new Map<string, string[]>();
  const groups: CommunityGroup[] = options.sigsYaml
    ? parseSigsYaml(readFileSync(options.sigsYaml, 'utf8'), options.sigsYaml, options.repository ?? '')
    : [];
  return new Ownership({ owners, aliases, groups });
}
