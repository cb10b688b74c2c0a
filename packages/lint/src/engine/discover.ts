import { readdir, readlink } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { ProjectIndex } from './project-index.js';

const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.devguide-cache/**'];

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
        const resolved =
          target === null ? null : posix.normalize(posix.join(posix.dirname(path), target.split(sep).join('/')));
        if (resolved === null || resolved.startsWith('../') || resolved === '..' || posix.isAbsolute(resolved))
          index.add(path, { type: 'file', source: 'local' });
        else index.add(path, { type: 'file', source: 'local', symlink: resolved === '.' ? '' : resolved });
      } else {
        index.add(path, { type: 'file', source: 'local' });
      }
    }
  };
  await walk(root);
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
