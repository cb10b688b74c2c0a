import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface PendingWrite {
  path: string;
  content: string;
}

/**
 * Writes every file to a temporary sibling first (flushed to disk), then
 * renames them into place in the given order. Nothing is replaced until every
 * temporary file is complete, and a file is never seen half-written; put the
 * lock last so that it only ever names content that is already in place.
 */
export async function writeAtomically(writes: readonly PendingWrite[]): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const write of writes) {
      await mkdir(dirname(write.path), { recursive: true });
      const temp = join(dirname(write.path), `.${basename(write.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      const handle = await open(temp, 'wx');
      staged.push({ temp, path: write.path });
      try {
        await handle.writeFile(write.content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await rename(temp, path);
}
