import { GuideError } from '@devguide/markdown';
import { readFile } from 'node:fs/promises';
import type { ProjectIndex } from './project-index.js';

const expected = 'a `git ls-tree -r -t --long` line (`<mode> <type> <object> <size>` a tab, then the path)';
const fix = 'write it with `git ls-tree -r -t --long HEAD > <file>`';

/**
 * Adds a `git ls-tree -r -t --long` listing (tab or space separated; an
 * optional header line) to the index: the whole tree at a commit, for checks
 * on a partial checkout. Any other line is an error at its line: a listing
 * that is not one would otherwise make every link look broken, or pass.
 */
export async function addTreeListing(index: ProjectIndex, file: string, display = file): Promise<number> {
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  let added = 0;
  for (const [number, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const tab = line.lastIndexOf('\t');
    const [mode, type] = tab === -1 ? [] : line.slice(0, tab).trim().split(/\s+/);
    if (!mode || !/^\d+$/.test(mode) || !type || tab === line.length - 1) {
      // A header line (`mode type sha size path`), also where listings were joined.
      if (/^mode\s+type\b/i.test(line)) continue;
      throw new GuideError(
        `Unexpected \`${line.length > 60 ? `${line.slice(0, 60)}…` : line}\`, expected ${expected}`,
        display,
        number + 1,
        1,
        fix,
      );
    }
    index.add(unquoteGitPath(line.slice(tab + 1)), { type: type === 'tree' ? 'dir' : 'file', source: 'listing' });
    added++;
  }
  if (added === 0) throw new GuideError(`Unexpected empty tree listing, expected ${expected}`, display, 1, 1, fix);
  return added;
}

const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * git quotes a path that holds a byte outside printable ASCII (`core.quotePath`, on by default):
 * `"docs/\303\266.md"`, with C escapes and octal bytes of the UTF-8 name. Unquoted paths pass as they are.
 */
export function unquoteGitPath(path: string): string {
  if (path.length < 2 || !path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in escapes) {
      bytes.push(escapes[next]!);
      i += 1;
    } else {
      // Not an escape git writes: keep the text as it stands.
      return path;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
