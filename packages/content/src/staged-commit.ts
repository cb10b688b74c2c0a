import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { PendingWrite } from './atomic-write.js';

/** The staging directory of an all-or-nothing write, inside the directory it writes to. */
export const stagingDirName = '.devguide-staging';
const planName = 'plan.json';

interface Plan {
  version: 1;
  /** Staged file name and destination, relative to the root, in the order they are moved in. */
  moves: Array<{ staged: string; path: string }>;
}

/**
 * Writes every file, all or nothing: each is written and flushed into a staging
 * directory under `root`; then a plan naming them is put in place with one
 * rename (the commit point); then each is renamed over its destination in order
 * (put the lock last). Killed before the commit point, nothing has changed and the
 * next run discards the staging directory; killed after it, the next run
 * (`recoverStaged`) finishes the renames. Every path must lie below `root`.
 */
export async function commitStaged(root: string, writes: readonly PendingWrite[]): Promise<void> {
  const staging = join(root, stagingDirName);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'files'), { recursive: true });
  const moves: Plan['moves'] = [];
  for (const [index, write] of writes.entries()) {
    const path = inside(root, write.path);
    const staged = `files/${index}`;
    await writeFlushed(join(staging, staged), write.content);
    moves.push({ staged, path });
  }
  const plan: Plan = { version: 1, moves };
  await writeFlushed(join(staging, `${planName}.tmp`), JSON.stringify(plan));
  await rename(join(staging, `${planName}.tmp`), join(staging, planName));
  await syncDirectory(staging);
  await applyPlan(root, plan);
}

/**
 * Finishes or discards what an interrupted `commitStaged` left: `completed` when
 * the plan was committed (its renames are done now), `discarded` when it was not
 * (nothing had changed), null when there was nothing.
 */
export async function recoverStaged(root: string): Promise<'completed' | 'discarded' | null> {
  const staging = join(root, stagingDirName);
  if (!(await exists(staging))) return null;
  let plan: Plan | null = null;
  try {
    plan = JSON.parse(await readFile(join(staging, planName), 'utf8')) as Plan;
  } catch {
    plan = null;
  }
  if (!plan || plan.version !== 1 || !Array.isArray(plan.moves)) {
    await rm(staging, { recursive: true, force: true });
    return 'discarded';
  }
  await applyPlan(root, plan);
  return 'completed';
}

async function applyPlan(root: string, plan: Plan): Promise<void> {
  const staging = join(root, stagingDirName);
  for (const move of plan.moves) {
    const from = join(staging, move.staged);
    // Already moved by the run that was interrupted.
    if (!(await exists(from))) continue;
    const to = join(root, inside(root, join(root, move.path)));
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
  await rm(staging, { recursive: true, force: true });
}

function inside(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) || normalize(rel) !== rel) {
    throw new Error(`Unexpected write to \`${path}\`, expected a path inside ${root}`);
  }
  return rel;
}

async function writeFlushed(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
