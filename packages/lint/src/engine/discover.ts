import { InputError } from '@devguide/markdown';
import { readdir, readlink, stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { IndexedPath, ProjectIndex } from './project-index.js';

const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.devguide-cache/**'];

/**
 * Checks what the run was asked to lint, before anything is read: a path that does not exist, a
 * symbolic link loop or a root that is not a directory is one line, never a silent pass on nothing.
 * `paths` are as given (relative to `cwd`), so the message shows what was typed.
 */
export async function checkTargets(cwd: string, root: string, paths: readonly string[]): Promise<void> {
  const rootStat = await stat(root).catch((error: NodeJS.ErrnoException) => error);
  if (rootStat instanceof Error || !rootStat.isDirectory())
    throw new InputError(
      `${shown(cwd, root)}: Unexpected ${rootStat instanceof Error ? 'missing root' : 'file as the root'}, expected the directory repository paths start at`,
      'fix `--root` or `root` in the lint configuration',
    );
  for (const path of paths) {
    const found = await stat(resolve(cwd, path)).catch((error: NodeJS.ErrnoException) => error);
    if (!(found instanceof Error)) continue;
    if (found.code === 'ENOENT' || found.code === 'ENOTDIR')
      throw new InputError(`${path}: Unexpected missing path, expected a file or directory to lint`, 'check the path');
    if (found.code === 'ELOOP')
      throw new InputError(
        `${path}: Unexpected symbolic link loop, expected a link that ends at a file or directory`,
        'remove or repoint the symbolic link',
      );
    throw found;
  }
}

/** Nothing to lint is a mistake (a glob or a path that matches nothing) unless the caller allows it. */
export function checkNotEmpty(files: readonly string[], paths: readonly string[], include: readonly string[]): void {
  if (files.length > 0) return;
  const asked = paths.length > 0 ? `\`${paths.join('`, `')}\`` : `\`include\` (\`${include.join('`, `')}\`)`;
  throw new InputError(
    `Unexpected no markdown file in ${asked}, expected at least one file to lint`,
    'fix the paths or the `include`/`exclude` globs of the lint configuration, or pass `--allow-empty`',
  );
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel;
}

/** The markdown files to lint: the given paths (files or directories), filtered by the globs. */
export async function discoverFiles(
  root: string,
  targets: readonly string[],
  include: readonly string[],
  exclude: readonly string[],
): Promise<string[]> {
  // GitHub's file names and globs (CODEOWNERS, linguist) match in any case: `README.MD` is markdown too.
  const ignore = [...alwaysIgnored, ...exclude];
  if (targets.length === 0)
    return (await glob([...include], { cwd: root, ignore, dot: true, caseSensitiveMatch: false })).sort();
  const isIncluded = picomatch([...include], { dot: false, nocase: true });
  const isExcluded = picomatch(ignore, { dot: true });
  const found = new Set<string>();
  for (const target of targets) {
    const rel = relative(root, target).split(sep).join('/');
    const matches = await glob([...include], {
      cwd: target,
      ignore,
      dot: true,
      onlyFiles: true,
      caseSensitiveMatch: false,
    }).catch(() => null);
    if (matches && matches.length > 0) {
      for (const match of matches) found.add(rel ? `${rel}/${match}` : match);
    } else if (!isExcluded(rel) && (isIncluded(rel) || /\.(md|markdown)$/i.test(rel))) {
      found.add(rel);
    }
  }
  return [...found].sort();
}

/** Every file and directory below `root` (as GitHub would see it: no `.git`, no `node_modules`). */
export async function indexTree(root: string, index: ProjectIndex): Promise<void> {
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        index.add(path, { type: 'dir', source: 'local' });
        await walk(full);
      } else if (entry.isSymbolicLink()) {
        // GitHub does not follow a symbolic link into a rendered page: it names its target.
        const target = await readlink(full).catch(() => null);
        index.add(path, symlinkEntry(path, target === null ? null : target.split(sep).join('/')));
      } else {
        index.add(path, { type: 'file', source: 'local' });
      }
    }
  };
  await walk(root);
}

/** A symbolic link's index entry: its target as a repository path, or a plain file when it leaves the tree. */
export function symlinkEntry(path: string, target: string | null): IndexedPath {
  const resolved = target === null ? null : posix.normalize(posix.join(posix.dirname(path), target));
  if (resolved === null || resolved.startsWith('../') || resolved === '..' || posix.isAbsolute(resolved))
    return { type: 'file', source: 'local' };
  return { type: 'file', source: 'local', symlink: resolved === '.' ? '' : resolved };
}

/**
 * The files to lint once symbolic links are known: a symlinked markdown file is not a page of its
 * own on GitHub, so its target is linted in its place (once, however many links lead to it).
 */
export function withoutSymlinks(paths: readonly string[], index: ProjectIndex): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    if (index.get(path)?.symlink === undefined) found.add(path);
    else {
      const target = index.follow(path);
      if (target && target.entry.type === 'file' && /\.(md|markdown)$/i.test(target.path)) found.add(target.path);
    }
  }
  return [...found].sort();
}

/**
 * Whether a path (relative to the root) is one the configured globs pick, as `discoverFiles`
 * finds them under the root: for paths known from elsewhere (a commit's tree).
 */
export function matchesGlobs(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const isIncluded = picomatch([...include], { dot: true, nocase: true });
  const isExcluded = picomatch([...alwaysIgnored, ...exclude], { dot: true });
  return (path) => isIncluded(path) && !isExcluded(path);
}
