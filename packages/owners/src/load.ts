import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseOwnersAliases, parseOwnersFile, type OwnersFile } from './owners-file.js';
import { Ownership, type OwnershipData } from './ownership.js';
import { parseSigsYaml, type CommunityGroup } from './sigs.js';

export interface LoadOwnershipOptions {
  /** The tree whose OWNERS files (and root OWNERS_ALIASES) apply; paths are relative to it. */
  ownersDir: string;
  /** A `sigs.yaml` (none: groups by OWNERS file or directory only). */
  sigsYaml?: string | null;
  /** The repository (`owner/name`) whose OWNERS URLs in sigs.yaml are local directories. */
  repository?: string | null;
}

/**
 * Keeps the parsed index between runs: the stored value when `hash` (the content hash of every
 * input) matches, else `derive()`'s, stored. The lint run's cache is one (`LintRun.derived`).
 */
export type DerivedStore = <T>(name: string, hash: string, derive: () => T) => T;

/** The texts the ownership index is read from, and their content hash. */
export interface OwnershipSources {
  /** OWNERS file texts by repository directory (`''` for the root), with the path for errors. */
  owners: Map<string, { text: string; path: string }>;
  aliases: { text: string; path: string } | null;
  sigs: { text: string; path: string } | null;
  repository: string;
  /** Hash of all of the above: equal sources, equal index. */
  hash: string;
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

/** Reads the OWNERS files under `ownersDir`, its OWNERS_ALIASES and the sigs.yaml, and hashes them. */
export function readOwnershipSources(options: LoadOwnershipOptions): OwnershipSources {
  const hash = createHash('sha256').update(`ownership/1\0${options.repository ?? ''}\0`);
  const owners = new Map<string, { text: string; path: string }>();
  for (const path of ownersFilesUnder(options.ownersDir).sort()) {
    const dir = relative(options.ownersDir, join(path, '..')).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    owners.set(dir, { text, path });
    hash.update(`OWNERS\0${dir}\0${text.length}\0${text}\0`);
  }
  const aliasesPath = join(options.ownersDir, 'OWNERS_ALIASES');
  const aliases = existsSync(aliasesPath) ? { text: readFileSync(aliasesPath, 'utf8'), path: aliasesPath } : null;
  const sigs = options.sigsYaml ? { text: readFileSync(options.sigsYaml, 'utf8'), path: options.sigsYaml } : null;
  hash.update(`OWNERS_ALIASES\0${aliases ? `${aliases.text.length}\0${aliases.text}` : '-'}\0`);
  hash.update(`sigs.yaml\0${sigs ? `${sigs.text.length}\0${sigs.text}` : '-'}\0`);
  return { owners, aliases, sigs, repository: options.repository ?? '', hash: hash.digest('hex') };
}

/** Parses the sources: the part of loading that costs (YAML), and what a `DerivedStore` keeps. */
export function parseOwnershipSources(sources: OwnershipSources): OwnershipData {
  const owners = new Map<string, OwnersFile>();
  for (const [dir, file] of sources.owners) owners.set(dir, parseOwnersFile(file.text, file.path));
  const aliases = sources.aliases
    ? parseOwnersAliases(sources.aliases.text, sources.aliases.path)
    : new Map<string, string[]>();
  const groups: CommunityGroup[] = sources.sigs
    ? parseSigsYaml(sources.sigs.text, sources.sigs.path, sources.repository)
    : [];
  return { owners, aliases, groups };
}

/**
 * Reads the OWNERS files under `ownersDir`, its OWNERS_ALIASES and a sigs.yaml; with `store`, the
 * parsed index is taken from it when no input changed.
 */
export function loadOwnership(options: LoadOwnershipOptions, store?: DerivedStore): Ownership {
  const sources = readOwnershipSources(options);
  const parse = (): OwnershipData => parseOwnershipSources(sources);
  return new Ownership(store ? store('ownership', sources.hash, parse) : parse());
}
