import type { GitHubClient, TreeEntry } from './client.js';

/**
 * Every entry of a commit's tree. GitHub cuts a recursive listing of a large tree
 * short (`truncated: true`); then the tree is walked level by level, each
 * sub-tree listed recursively on its own (and split again if that is cut too).
 */
export async function fullTree(client: GitHubClient, repository: string, sha: string): Promise<TreeEntry[]> {
  const first = await client.tree(repository, sha, true);
  if (!first.truncated) return first.tree;
  const out: TreeEntry[] = [];
  await walk(client, repository, first.sha, '', out);
  return out;
}

async function walk(
  client: GitHubClient,
  repository: string,
  treeSha: string,
  prefix: string,
  out: TreeEntry[],
): Promise<void> {
  const level = await client.tree(repository, treeSha, false);
  for (const entry of level.tree) {
    const path = prefix + entry.path;
    out.push({ ...entry, path });
    if (entry.type !== 'tree') continue;
    const below = await client.tree(repository, entry.sha, true);
    if (below.truncated) await walk(client, repository, entry.sha, `${path}/`, out);
    else for (const child of below.tree) out.push({ ...child, path: `${path}/${child.path}` });
  }
}
