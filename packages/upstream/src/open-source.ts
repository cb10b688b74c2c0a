import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openDirectorySource } from './directory-source.js';
import { openGitSource, type GitEnvironment } from './git-source.js';
import type { UpstreamSource } from './source.js';

/**
 * `--from <dir>`: a git repository when it has a `.git` (read at `rev`, default
 * HEAD) or when a revision is given; otherwise the files on disk.
 */
export async function openSource(
  location: string,
  options: { rev?: string; commit?: string | null; env?: GitEnvironment } = {},
): Promise<UpstreamSource> {
  const info = await stat(location).catch(() => null);
  if (!info?.isDirectory())
    throw Object.assign(new Error(`Unexpected missing upstream directory \`${location}\``), { code: 'ENOENT' });
  const isGit = options.rev !== undefined || (await stat(join(location, '.git')).catch(() => null)) !== null;
  return isGit
    ? openGitSource(location, options.rev ?? 'HEAD', options.env)
    : openDirectorySource(location, { commit: options.commit ?? null });
}
