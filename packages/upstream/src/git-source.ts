import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { safeRepoPath } from './repo-path.js';
import { RefusedEntryError, typeOfMode, type UpstreamEntry, type UpstreamSource } from './source.js';

const run = promisify(execFile);

/** Why a git repository or revision cannot be read. */
export class GitSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitSourceError';
  }
}

/** The environment git runs in, as the command line read it (this library never reads the process's own). */
export type GitEnvironment = Readonly<Record<string, string | undefined>>;

async function runGit(repo: string, args: string[], env: NodeJS.ProcessEnv): Promise<Buffer> {
  try {
    const { stdout } = await run('git', ['-C', repo, ...args], {
      encoding: 'buffer',
      maxBuffer: 1 << 30,
      env,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim().split('\n')[0];
    throw new GitSourceError(stderr || (error as Error).message);
  }
}

/**
 * The environment without the variables a git hook exports (`GIT_DIR`,
 * `GIT_INDEX_FILE`…), which would otherwise point these commands at the
 * repository running the hook instead of `repo`.
 */
function gitEnv(from: GitEnvironment): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { GIT_TERMINAL_PROMPT: '0' };
  for (const [key, value] of Object.entries(from)) {
    if (
      !/^GIT_(DIR|INDEX_FILE|WORK_TREE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|PREFIX|COMMON_DIR|NAMESPACE)$/.test(
        key,
      )
    )
      env[key] = value;
  }
  return env;
}

/** A revision of a local git repository, read with git itself (no checkout needed). */
export async function openGitSource(
  repo: string,
  revision: string,
  environment: GitEnvironment = {},
): Promise<UpstreamSource> {
  const env = gitEnv(environment);
  const git = (dir: string, args: string[]) => runGit(dir, args, env);
  let commit: string;
  try {
    commit = (await git(repo, ['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`]))
      .toString('utf8')
      .trim();
  } catch (error) {
    throw new GitSourceError(
      `Unexpected revision \`${revision}\` in git repository ${repo}: ${(error as Error).message}`,
    );
  }
  const listing = await git(repo, ['ls-tree', '--full-tree', '-r', '-t', '--long', '-z', commit]);
  const entries = new Map<string, UpstreamEntry>();
  for (const record of listing.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, , sha, size] = record.slice(0, tab).split(/\s+/);
    const path = record.slice(tab + 1);
    entries.set(path, {
      path,
      type: typeOfMode[mode!] ?? 'blob',
      sha: sha ?? null,
      size: size === '-' || size === undefined ? null : Number(size),
    });
  }
  return {
    label: `git repository ${repo} at ${commit.slice(0, 12)}`,
    commit,
    async stat(path) {
      if (path === '') return { path: '', type: 'tree', sha: null, size: null };
      return entries.get(safeRepoPath(path)) ?? null;
    },
    async read(path) {
      const entry = entries.get(safeRepoPath(path));
      if (!entry)
        throw Object.assign(new Error(`Unexpected missing upstream file \`${path}\` at ${commit}`), { code: 'ENOENT' });
      if (entry.type !== 'blob') throw new RefusedEntryError(path, entry.type);
      return git(repo, ['cat-file', 'blob', entry.sha!]);
    },
    async listFiles() {
      return [...entries.values()]
        .filter((entry) => entry.type === 'blob')
        .map((entry) => entry.path)
        .sort();
    },
    findBySha(sha) {
      return [...entries.values()].filter((entry) => entry.sha === sha).map((entry) => entry.path);
    },
    async readBlob(sha) {
      if (!/^[0-9a-f]{40}$/.test(sha))
        throw new GitSourceError(`Unexpected object id \`${sha}\`, expected 40 hex digits`);
      return git(repo, ['cat-file', 'blob', sha]);
    },
  };
}
