import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read-only upstream material beside the repository (`../shared`), or `DEVGUIDE_SHARED`. */
export function sharedDir(): string {
  const fromEnv = process.env['DEVGUIDE_SHARED'];
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'pnpm-workspace.yaml');
    if (existsSync(candidate)) return resolve(dir, '..', 'shared');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the workspace root above the testkit package');
    dir = parent;
  }
}

export const corpus = {
  /** The upstream repository's markdown at the pinned commit. */
  get communityDir(): string {
    return join(sharedDir(), 'corpus', 'kubernetes-community');
  },
  /** Every OWNERS and OWNERS_ALIASES file of the corpus commit, at their repository paths. */
  get ownersDir(): string {
    return join(sharedDir(), 'corpus', 'kubernetes-community-owners');
  },
  /** The community's `sigs.yaml`: SIGs, working groups, committees and their subprojects. */
  get sigsYamlPath(): string {
    return join(sharedDir(), 'corpus', 'kubernetes-community', 'sigs.yaml');
  },
  get historyDir(): string {
    return join(sharedDir(), 'corpus', 'devel-readme-history');
  },
  get seedPath(): string {
    return join(sharedDir(), 'seed', 'developer-guide.md');
  },
  get treeListingPath(): string {
    return join(sharedDir(), 'corpus', 'kubernetes-community.TREE.tsv');
  },
  get manifestPath(): string {
    return join(sharedDir(), 'corpus', 'kubernetes-community.MANIFEST.tsv');
  },
  /** The commit the corpus was taken at, from its provenance file. */
  get commit(): string {
    const provenance = readFileSync(join(sharedDir(), 'corpus', 'kubernetes-community.PROVENANCE'), 'utf8');
    return /^commit:\s*([0-9a-f]{40})/m.exec(provenance)![1]!;
  },
};

export interface HistoryVersion {
  file: string;
  order: string;
  sha: string;
  date: string;
  path: string;
  text: string;
}

/** All upstream versions of the guide README, oldest first. */
export function historyVersions(): HistoryVersion[] {
  const dir = corpus.historyDir;
  const files = readdirSync(dir)
    .filter((name) => /^\d{3}-.*\.md$/.test(name))
    .sort();
  const index = new Map(
    readFileSync(join(dir, 'index.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map((cols) => [cols[0]!, cols] as const),
  );
  return files.map((file) => {
    const order = file.slice(0, 3);
    const cols = index.get(order) ?? [];
    return {
      file,
      order,
      sha: cols[1] ?? '',
      date: cols[2] ?? '',
      path: cols[3] ?? '',
      text: readFileSync(join(dir, file), 'utf8'),
    };
  });
}

/** The upstream tree listing (`git ls-tree -r -t --long`) as path → type. */
export function treeListing(): Map<
  string,
  { type: 'blob' | 'tree' | 'commit'; sha: string; mode: string; size: number | null }
> {
  const rows = readFileSync(corpus.treeListingPath, 'utf8').trim().split('\n');
  const listing = new Map<
    string,
    { type: 'blob' | 'tree' | 'commit'; sha: string; mode: string; size: number | null }
  >();
  for (const row of rows.slice(1)) {
    const [mode, type, sha, size, path] = row.split('\t');
    if (!mode || !type || !sha || size === undefined || path === undefined) continue;
    listing.set(path, { mode, type: type as 'blob', sha, size: size === '-' ? null : Number(size) });
  }
  return listing;
}

export interface ManifestEntry {
  /** git blob sha1 of the file at the pinned commit. */
  sha: string;
  size: number;
}

/** The corpus MANIFEST (path, blob sha, size), in file order. Throws if its header changes. */
export function corpusManifest(): Map<string, ManifestEntry> {
  const [header, ...rows] = readFileSync(corpus.manifestPath, 'utf8').trimEnd().split('\n');
  if (header !== 'path\tblob_sha1\tbytes') throw new Error(`unexpected MANIFEST header: ${header}`);
  return new Map(
    rows.map((row) => {
      const [path, sha, size] = row.split('\t');
      return [path!, { sha: sha!, size: Number(size) }] as const;
    }),
  );
}
