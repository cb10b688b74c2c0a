import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { loadContent, type Content } from '@devguide/content';
import type { FileOutcome } from './lint-file.js';
import { configFileName, loadLintConfig, type LoadedLintConfig } from './lint-config.js';
import type { Rule } from './rule.js';

// 2: facts carry lists. 3: each entry's outcome serialized on its own, decoded when it is asked
// for; an entry may hold facts only.
const formatVersion = 3;

/**
 * One file's entry. Its outcome is kept as written (`bytes`) until a run asks for it: a run that
 * needs a few files' facts (a shard, a hook, one changed file) does not decode the whole tree's,
 * and an entry no one asked for is written back as it was read.
 */
interface Entry {
  role: string;
  /** The content hash the outcome was computed from (`FileOutcome.hash`). */
  hash: string;
  /** The outcome as `v8.serialize` wrote it; absent until a new outcome is saved. */
  bytes?: Uint8Array;
  /** The outcome, once asked for or set. */
  outcome?: FileOutcome;
  /**
   * The file was read for its facts only (a link target in another shard): the outcome has no
   * findings of the file rules, and answers only a lookup for facts.
   */
  factsOnly?: true;
}

interface CacheData {
  version: number;
  /** Hash of the tool version, the file rules and their settings: a change drops every entry. */
  key: string;
  entries: Map<string, Entry>;
  /**
   * Values derived from other inputs than the linted files (the ownership index of the OWNERS files
   * and sigs.yaml), by name, with the content hash of what they were derived from. Absent in caches
   * written before it existed.
   */
  derived?: Map<string, { hash: string; value: unknown }>;
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
      // Nothing there yet (or a file where its directory would be: `save` reports that, once).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        warning = `ignoring unreadable cache ${location} (${(error as Error).message}); it will be rebuilt`;
      data = null;
    }
    return { cache: new LintCache(location, key, data), warning };
  }

  /**
   * The outcome stored for this path, content hash and role; with `factsOnly`, also one stored
   * from a read for facts only.
   */
  get(path: string, hash: string, role: string, factsOnly = false): FileOutcome | null {
    const entry = this.#data.entries.get(path);
    if (!entry || entry.hash !== hash || entry.role !== role || (entry.factsOnly && !factsOnly)) return null;
    entry.outcome ??= decode(entry.bytes, hash);
    if (!entry.outcome) {
      // A damaged entry is a miss: the file is linted again and its entry rewritten.
      this.#data.entries.delete(path);
      this.#dirty = true;
      return null;
    }
    return entry.outcome;
  }

  /** The files the cache holds for their facts only: those the run that wrote it read for their anchors. */
  factsOnlyPaths(): Set<string> {
    const paths = new Set<string>();
    for (const [path, entry] of this.#data.entries) if (entry.factsOnly) paths.add(path);
    return paths;
  }

  /**
   * Stores a file's outcome; `factsOnly` for one read for its facts only, which does not replace
   * a whole outcome of the same content (a shard that lints a file and one that reads it for its
   * anchors may restore the same cache).
   */
  set(path: string, role: string, outcome: FileOutcome, factsOnly = false): void {
    const entry = this.#data.entries.get(path);
    if (factsOnly && entry && !entry.factsOnly && entry.hash === outcome.hash && entry.role === role) return;
    this.#data.entries.set(path, { role, hash: outcome.hash, outcome, ...(factsOnly ? { factsOnly } : {}) });
    this.#dirty = true;
  }

  /**
   * The value derived under `name` from inputs whose content hash is `hash`: the stored one when the
   * hash matches, else `derive()`'s, stored for the next run (one value per name, so a changed input
   * replaces it). The value must survive `v8.serialize` (plain data, maps, sets, regular expressions).
   */
  derived<T>(name: string, hash: string, derive: () => T): T {
    const derived = (this.#data.derived ??= new Map());
    const entry = derived.get(name);
    if (entry && entry.hash === hash) return entry.value as T;
    const value = derive();
    derived.set(name, { hash, value });
    this.#dirty = true;
    return value;
  }

  /**
   * Drops entries for files no longer linted, then writes atomically when anything changed.
   * A location that cannot be written (a read-only checkout, a directory in the way) turns the
   * cache off with a warning: the lint's result stands without it.
   */
  async save(keep: ReadonlySet<string>): Promise<string | null> {
    for (const path of this.#data.entries.keys()) {
      if (!keep.has(path)) {
        this.#data.entries.delete(path);
        this.#dirty = true;
      }
    }
    if (!this.#dirty) return null;
    const temp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      // Each entry is written as its bytes alone: an outcome read from the cache, as it was read.
      const entries = new Map<string, Entry>();
      for (const [path, entry] of this.#data.entries) {
        entry.bytes ??= serialize(entry.outcome);
        const { role, hash, bytes, factsOnly } = entry;
        entries.set(path, { role, hash, bytes, ...(factsOnly ? { factsOnly } : {}) });
      }
      await writeFile(temp, serialize({ ...this.#data, entries }));
      await rename(temp, this.location);
      return null;
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      if (!code || !unwritable.has(code)) throw error;
      return `cache off: cannot write ${this.location} (${unwritable.get(code)}); the lint ran without it (\`--no-cache\` or \`--cache-location <file>\` to choose)`;
    }
  }
}

/** An entry's outcome, or undefined when its bytes are not one computed from `hash`. */
function decode(bytes: Uint8Array | undefined, hash: string): FileOutcome | undefined {
  try {
    const outcome = deserialize(bytes!) as FileOutcome | null;
    return outcome?.hash === hash ? outcome : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Caches opened once for several lint runs of one process (`LintOptions.caches`): the hook lints
 * the staged files, then the whole staged tree, and a file the first run parsed is a hit for the
 * second before either writes. Runs with another key (another configuration) open their own.
 * Opening a shared cache warns here, not in a run: the owner of the runs reports it or not.
 */
export class SharedCaches {
  readonly #open = new Map<string, Promise<LintCache>>();
  readonly #made = new Map<string, unknown>();
  readonly warnings: string[] = [];

  /*
   * The runs sharing these caches (and their caller) read the same files, written before the first
   * run (the hook's snapshot): their configuration and content are read and validated once.
   */
  #once<T>(key: unknown[], make: () => T): T {
    const id = JSON.stringify(key);
    if (!this.#made.has(id)) this.#made.set(id, make());
    return this.#made.get(id) as T;
  }

  /** `loadLintConfig`, once per file, display name, directory and rules. */
  lintConfig(file: string | null, display: string | null, cwd: string, rules: readonly Rule[]): LoadedLintConfig {
    const ids = rules.map((rule) => rule.meta.id);
    return this.#once(['lint-config', file, display ?? configFileName, cwd, ids], () =>
      loadLintConfig(file, display, cwd, rules),
    );
  }

  /** `loadContent`, once per directory and working directory. */
  content(dir: string, cwd: string): Promise<Content> {
    return this.#once(['content', dir, cwd], () => loadContent(dir, cwd));
  }

  open(location: string, key: string): Promise<LintCache> {
    const id = `${key} ${location}`;
    let opened = this.#open.get(id);
    if (!opened) {
      opened = LintCache.open(location, key).then(({ cache, warning }) => {
        if (warning) this.warnings.push(warning);
        return cache;
      });
      this.#open.set(id, opened);
    }
    return opened;
  }
}

/** Why a cache location cannot be written, for the warning. */
const unwritable = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'read-only file system'],
  ['EISDIR', 'a directory is in the way'],
  ['ENOTDIR', 'a file is in the way'],
  ['EEXIST', 'a file is in the way'],
  ['ENOSPC', 'the disk is full'],
]);
