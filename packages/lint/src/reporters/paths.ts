import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Absolute path of `path`, which is absolute or relative to `cwd`. */
export function absolutePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** `path` relative to `cwd`, with `/` separators on every platform. */
export function displayPath(path: string, cwd: string): string {
  // Most paths are under cwd already in normal form: their rest is the answer.
  if (
    sep === '/' &&
    cwd.startsWith('/') &&
    path.length > cwd.length + 1 &&
    path.startsWith(cwd) &&
    path[cwd.length] === '/'
  ) {
    const rest = path.slice(cwd.length + 1);
    if (!cwd.endsWith('/') && !notNormal.test(rest)) return rest;
  }
  const rel = relative(cwd, absolutePath(path, cwd));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** A `.` or `..` segment, an empty one, or a leading or trailing slash: `relative` would change the path. */
const notNormal = /^\/|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

/** True when the relative path leaves `cwd` (or, on Windows, sits on another drive). */
export function isOutside(displayed: string): boolean {
  return displayed === '..' || displayed.startsWith('../') || isAbsolute(displayed);
}
