import { evenPieces } from './text-pieces.js';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
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
 * A replaced file keeps its mode; a symbolic link is written through to its
 * target (the link stays a link). A temporary file is removed when anything
 * fails, and one left by a killed run is removed by the next write of that file.
 */
export async function writeAtomically(
  // The text whole, or in pieces: a report of hundreds of thousands of findings is never held whole.
  writes: readonly { path: string; content: string | Iterable<string> }[],
): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  // Each directory is made and listed once: a run writing hundreds of files into one directory
  // (patches) would otherwise do both once per file.
  const listings = new Map<string, Promise<string[]>>();
  try {
    for (const write of writes) {
      const path = await writeTarget(write.path);
      if (!listings.has(dirname(path))) await mkdir(dirname(path), { recursive: true });
      await removeStaleTemporaries(path, listings);
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, path });
      await writeFlushed(temp, write.content, await modeOf(path));
    }
    for (const [index, { temp, path }] of staged.entries()) {
      await rename(temp, path);
      // Renamed: no longer ours to remove if a later rename fails.
      staged[index] = { temp: '', path };
    }
  } catch (error) {
    await Promise.all(staged.filter(({ temp }) => temp).map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** The file a write to `path` replaces: the final target of a symbolic link, else `path` itself. */
export async function writeTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return path;
  // A dangling link is refused by realpath (ENOENT): there is no target to write through to.
  return realpath(path);
}

/** The permission bits of an existing file, or null for a new one. */
export async function modeOf(path: string): Promise<number | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info.mode & 0o7777 : null;
}

/** Writes and flushes a new file; `mode` is set explicitly so that the umask does not change it. */
export async function writeFlushed(
  path: string,
  content: string | Iterable<string>,
  mode: number | null = null,
): Promise<void> {
  const handle = await open(path, 'wx', mode ?? 0o666);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else {
      // Pieces encoded into one buffer and written a mebibyte at a time: no large string, and
      // few writes (each costs a trip through libuv's thread pool).
      const buffer = Buffer.allocUnsafe(1 << 20);
      let used = 0;
      const flush = async (): Promise<void> => {
        // A write may take less than it is given.
        for (let at = 0; at < used; ) at += (await handle.write(buffer, at, used - at)).bytesWritten;
        used = 0;
      };
      for (const piece of evenPieces(content)) {
        // At most three bytes a UTF-16 unit; a piece is far shorter than the buffer.
        if (used + piece.length * 3 > buffer.length) await flush();
        used += buffer.write(piece, used, 'utf8');
      }
      await flush();
    }
    if (mode !== null) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const temporaryName = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporaries of `path` that a process no longer running left behind; `listings` holds
 * the temporaries of each directory already listed, by the name of the file they stand for.
 */
async function removeStaleTemporaries(path: string, listings: Map<string, Promise<string[]>>): Promise<void> {
  const name = basename(path);
  const dir = dirname(path);
  let listing = listings.get(dir);
  if (!listing) {
    listing = readdir(dir)
      .catch(() => [] as string[])
      .then((entries) => entries.filter((entry) => temporaryName.test(entry)));
    listings.set(dir, listing);
  }
  for (const entry of await listing) {
    const match = temporaryName.exec(entry);
    if (!match || match[1] !== name) continue;
    const pid = Number(match[2]);
    if (isRunning(pid)) continue;
    await rm(join(dirname(path), entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
