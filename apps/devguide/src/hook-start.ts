import { lintRuntimeFlags, tuneLintRuntime } from '@devguide/lint/runtime-flags';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hookCacheDir } from './cache-location.js';
import { runCachedScript } from './code-cache.js';
import type * as HookMain from './hook-main.js';
import type { CliIo } from './io.js';
import { exitCodes } from './exit-codes.js';
import { processIo } from './process-io.js';
import { readStagedIndex } from './staged.js';

/**
 * This repository's pre-commit hook, started for speed: the hook's bundle (`hook.cjs`, one
 * CommonJS file of `hook-main`) runs from V8's code cache, kept with the hook's lint cache
 * (`hook-code.v8`). A commit waits on it, and compiling the bundle was a fifth of its CPU.
 */
export async function startPreCommit(
  io: CliIo,
  command: string,
  bundleDir: string,
  paths: readonly string[] = [],
): Promise<number> {
  // git reads the index while the bundle compiles (a process this small also starts git faster).
  const staged = readStagedIndex(io, io.cwd);
  staged.catch(() => undefined);
  // Before the bundle compiles: V8's flags are part of the cache's key, and the hook sets them.
  tuneLintRuntime();
  const gitDir = findGitDir(io.cwd, io.env);
  const script = runCachedScript<typeof HookMain>(join(bundleDir, 'hook.cjs'), {
    cacheFile: gitDir === null ? null : join(hookCacheDir(io, gitDir), 'hook-code.v8'),
    flags: [...process.execArgv, io.env['NODE_OPTIONS'] ?? '', ...lintRuntimeFlags()],
    // The URL the bundle's modules take for their own: a built `.js` in the bundle directory, where
    // they find the lint worker (started only from a build) and, above it, package.json.
    globals: { __hookModuleUrl: pathToFileURL(join(bundleDir, 'hook.js')).href },
  });
  const code = await script.exports.runPreCommit(io, command, staged, paths);
  // A run that fails (exit 2: an interrupted sync, a bad configuration) leaves no cache behind.
  if (code !== exitCodes.failure) script.save();
  return code;
}

/**
 * The files of `devguide hook pre-commit <file>...`, as the pre-commit framework runs the hook, or
 * null for any other command line. Such a hook starts as the git hook does (`startPreCommit`), not
 * through the whole CLI; anything else (an option, `--`, a name that starts with `-`) goes to the
 * CLI, which reads it as it reads every command.
 */
export function preCommitPaths(argv: readonly string[]): string[] | null {
  if (argv[0] !== 'hook' || argv[1] !== 'pre-commit') return null;
  const paths = argv.slice(2);
  return paths.some((path) => path.startsWith('-')) ? null : paths;
}

export { processIo };

/**
 * The git directory as git finds it (`GIT_DIR`, else `.git` up from `cwd`, a directory or a
 * `gitdir:` file as in a linked worktree), without starting git; null outside a repository.
 */
export function findGitDir(cwd: string, env: Record<string, string | undefined>): string | null {
  if (env['GIT_DIR']) return resolve(cwd, env['GIT_DIR']);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return dotGit;
    if (stat?.isFile()) {
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      return pointer ? resolve(dir, pointer[1]!.trim()) : null;
    }
    if (dirname(dir) === dir) return null;
  }
}
