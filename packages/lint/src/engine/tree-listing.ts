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
    index.add(line.slice(tab + 1), { type: type === 'tree' ? 'dir' : 'file', source: 'listing' });
    added++;
  }
  if (added === 0) throw new GuideError(`Unexpected empty tree listing, expected ${expected}`, display, 1, 1, fix);
  return added;
}
