import { readFile } from 'node:fs/promises';
import type { ProjectIndex } from './project-index.js';

/**
 * Adds a `git ls-tree -r -t --long` listing (tab or space separated; an
 * optional header line) to the index: the whole tree at a commit, for checks
 * on a partial checkout.
 */
export async function addTreeListing(index: ProjectIndex, file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  let added = 0;
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab === -1) continue;
    const [mode, type] = line.slice(0, tab).split(/\s+/);
    if (!mode || !/^\d+$/.test(mode)) continue;
    index.add(line.slice(tab + 1), { type: type === 'tree' ? 'dir' : 'file', source: 'listing' });
    added++;
  }
  return added;
}
