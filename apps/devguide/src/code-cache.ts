import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * A script run with V8's code cache: a short process spends a fair part of its time compiling its
 * code (the hook: about a fifth of its CPU), and V8 can keep what it compiled for the next run.
 */
export interface CachedScript<T> {
  /** What the script put on `module.exports`. */
  exports: T;
  /** `hit`: compiled from the cache; `miss`: none (or another key's); `rejected`: unreadable or refused by V8. */
  cache: 'hit' | 'miss' | 'rejected';
  /**
   * Writes the cache, atomically, when it was not a hit: called once the script has done its work,
   * so that the functions it compiled on the way are in it. A cache that cannot be written is left
   * out: the script ran without it.
   */
  save(): void;
}

export interface CachedScriptOptions {
  /** The cache file; null runs the script without a cache. */
  cacheFile: string | null;
  /** V8 flags in effect (and any other input of the compiled code besides its text). */
  flags: readonly string[];
  /** Values given to the script by name, beside CommonJS's `exports`, `require`, `module`, `__filename`, `__dirname`. */
  globals?: Record<string, unknown>;
}

const magic = 'devguide-code-cache 1\n';

/**
 * Runs a CommonJS file as Node would, compiled from the code cache at `cacheFile` when there is one
 * for this file's exact text, this Node and V8, and these flags (the cache's key). A cache for
 * another key, a damaged one (its payload is checked against its hash before V8 sees it) or one V8
 * refuses is ignored, and `save` writes it anew.
 */
export function runCachedScript<T>(file: string, options: CachedScriptOptions): CachedScript<T> {
  const bytes = readFileSync(file);
  // A bundle is ASCII (esbuild escapes the rest): read as one-byte text without decoding UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const globals = Object.entries(options.globals ?? {});
  const key = JSON.stringify([
    process.version,
    process.versions.v8,
    process.arch,
    options.flags,
    globals.map(([name]) => name),
    createHash('sha256').update(bytes).digest('hex'),
  ]);
  const { cacheFile } = options;
  let state: CachedScript<T>['cache'] = 'miss';
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile, key);
  if (cachedData === null) state = 'rejected';
  const wrapper = `(function (exports, require, module, __filename, __dirname${globals.map(([name]) => `, ${name}`).join('')}) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cachedData) state = script.cachedDataRejected === true ? 'rejected' : 'hit';
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    ...globals.map(([, value]) => value),
  );
  return {
    exports: module.exports,
    cache: state,
    save: () => {
      if (cacheFile === null || state === 'hit') return;
      writeCache(cacheFile, key, script.createCachedData());
    },
  };
}

/** The cached data for `key`; undefined when there is none for it, null when the file is damaged. */
function readCache(cacheFile: string, key: string): Buffer | undefined | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const headerEnd = bytes.indexOf(10, magic.length);
  if (bytes.toString('latin1', 0, magic.length) !== magic || headerEnd === -1) return null;
  let header: { key?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(bytes.toString('utf8', magic.length, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  if (header.key !== key) return undefined;
  const data = bytes.subarray(headerEnd + 1);
  return createHash('sha256').update(data).digest('hex') === header.sha256 ? data : null;
}

function writeCache(cacheFile: string, key: string, data: Buffer): void {
  const header = JSON.stringify({ key, sha256: createHash('sha256').update(data).digest('hex') });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(temp, Buffer.concat([Buffer.from(`${magic}${header}\n`), data]));
    renameSync(temp, cacheFile);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written, or nothing can be removed there.
    }
  }
}
