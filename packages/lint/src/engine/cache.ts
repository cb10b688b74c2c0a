import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileOutcome } from './lint-file.js';

// 2: facts carry lists.
const formatVersion = 2;

interface CacheData {
  version: number;
  /** Hash of the tool version, the file rules and their settings: a change drops every entry. */
  key: string;
  entries: Map<string, { role: string; outcome: FileOutcome }>;
}

/**
 * Per-file facts and file-rule findings, keyed by path and content hash (as
 * eslint --cache). Project rules always re-run: they are cheap lookups.
 */
export class LintCache {
  #data: CacheData;
  #dirty = false;

  private constructor(
    readonly location: string,
    key: string,
    data: CacheData | null,
  ) {
    this.#data =
      data && data.version === formatVersion && data.key === key
        ? data
        : { version: formatVersion, key, entries: new Map() };
  }

  static async open(location: string, key: string): Promise<{ cache: LintCache; warning: string | null }> {
    let data: CacheData | null = null;
    let warning: string | null = null;
    try {
      data = deserialize(await readFile(location)) as CacheData;
      if (!(data?.entries instanceof Map)) throw new Error('not a cache file');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warning = `ignoring unreadable cache ${location} (${(error as Error).message}); it will be rebuilt`;
      data = null;
    }
    return { cache: new LintCache(location, key, data), warning };
  }

  get(path: string, hash: string, role: string): FileOutcome | null {
    const entry = this.#data.entries.get(path);
    return entry && entry.outcome.hash === hash && entry.role === role ? entry.outcome : null;
  }

  set(path: string, role: string, outcome: FileOutcome): void {
    this.#data.entries.set(path, { role, outcome });
    this.#dirty = true;
  }

  /** Drops entries for files no longer linted, then writes atomically when anything changed. */
  async save(keep: ReadonlySet<string>): Promise<void> {
    for (const path of this.#data.entries.keys()) {
      if (!keep.has(path)) {
        this.#data.entries.delete(path);
        this.#dirty = true;
      }
    }
    if (!this.#dirty) return;
    await mkdir(dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.tmp`;
    await writeFile(temp, serialize(this.#data));
    await rename(temp, this.location);
  }
}
