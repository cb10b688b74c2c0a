import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Absolute path of `path`, which is absolute or relative to `cwd`. */
export function absolutePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** `path` relative to `cwd`, with `/` separators on every platform. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, absolutePath(path, cwd));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** True when the relative path leaves `cwd` (or, on Windows, sits on another drive). */
export function isOutside(displayed: string): boolean {
  return displayed === '..' || displayed.startsWith('../') || isAbsolute(displayed);
}
