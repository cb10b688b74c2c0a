import { GuideError } from '@devguide/markdown';
import { mkdir, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { modeOf, writeFlushed, writeTarget, type PendingWrite } from './atomic-write.js';

/** The staging directory of an all-or-nothing write, inside the directory it writes to. */
export const stagingDirName = '.devguide-staging';
const planName = 'plan.json';

interface Plan {
  version: 1;
  /** Staged file name and destination, relative to the root, in the order they are moved in. */
  moves: Array<{ staged: string; path: string }>;
}

/**
 * The points of a staged commit, in order: `commit` (every file staged, the plan not yet in
 * place), `rename:<i>` (before the i-th rename), `cleanup` (every file in place). A test passes
 * a hook that stops the process at one of them, as a kill there would.
 */
export type StagedStep = 'commit' | `rename:${number}` | 'cleanup';

export interface StagedOptions {
  onStep?: (step: StagedStep) => void | Promise<void>;
}

/**
 * Writes every file, all or nothing: each is written and flushed into a staging
 * directory under `root`; then a plan naming them is put in place with one
 * rename (the commit point); then each is renamed over its destination in order
 * (put the lock last). Killed before the commit point, nothing has changed and the
 * next run discards the staging directory; killed after it, the next run
 * (`recoverStaged`, or `finishStaged` for a reader) finishes the renames. Every
 * path must lie below `root`. Nothing to write touches nothing, not even `root`.
 */
export async function commitStaged(
  root: string,
  writes: readonly PendingWrite[],
  options: StagedOptions = {},
): Promise<void> {
  if (writes.length === 0) return;
  const destinations: string[] = [];
  for (const write of writes) {
    const path = join(root, inside(root, write.path));
    const target = await writeTarget(path);
    // A symbolic link is written through to its target, which must lie below the root too.
    destinations.push(target === path ? inside(root, path) : inside(await realpath(root), target));
  }
  const staging = join(root, stagingDirName);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'files'), { recursive: true });
  const moves: Plan['moves'] = [];
  for (const [index, write] of writes.entries()) {
    const path = destinations[index]!;
    const staged = `files/${index}`;
    await writeFlushed(join(staging, staged), write.content, await modeOf(join(root, path)));
    moves.push({ staged, path });
  }
  const plan: Plan = { version: 1, moves };
  await writeFlushed(join(staging, `${planName}.tmp`), JSON.stringify(plan));
  await options.onStep?.('commit');
  await rename(join(staging, `${planName}.tmp`), join(staging, planName));
  await syncDirectory(staging);
  await applyPlan(root, plan, options);
}

/**
 * Finishes or discards what an interrupted `commitStaged` left: `completed` when
 * the plan was committed (its renames are done now), `discarded` when it was not
 * (nothing had changed), null when there was nothing. Only the writer calls this:
 * an uncommitted staging directory may belong to a sync still running.
 */
export async function recoverStaged(root: string): Promise<'completed' | 'discarded' | null> {
  const staging = join(root, stagingDirName);
  if (!(await exists(staging))) return null;
  const plan = await readPlan(root);
  if (!plan) {
    await rm(staging, { recursive: true, force: true });
    return 'discarded';
  }
  await applyPlan(root, plan);
  return 'completed';
}

/**
 * What a command that reads `root` does first: a committed plan (files half moved) is finished
 * (`finish`) or refused with one line naming `devguide sync` (`refuse`, for a command that must
 * not write). An uncommitted staging directory is left alone: nothing in `root` has changed.
 */
export async function settleStaged(
  root: string,
  mode: 'finish' | 'refuse',
  display: string = join(root, stagingDirName),
): Promise<'completed' | null> {
  const plan = await readPlan(root);
  if (!plan) return null;
  if (mode === 'refuse')
    throw new GuideError(
      'Unexpected interrupted sync (its writes are committed but not all in place), expected them finished before this command reads the content',
      `${display}/${planName}`,
      1,
      1,
      'run `devguide sync` to finish it',
    );
  await applyPlan(root, plan);
  return 'completed';
}

async function readPlan(root: string): Promise<Plan | null> {
  let plan: Plan;
  try {
    plan = JSON.parse(await readFile(join(root, stagingDirName, planName), 'utf8')) as Plan;
  } catch {
    return null;
  }
  const valid =
    plan?.version === 1 &&
    Array.isArray(plan.moves) &&
    plan.moves.every(
      (move) => typeof move?.staged === 'string' && /^files\/\d+$/.test(move.staged) && typeof move.path === 'string',
    );
  return valid ? plan : null;
}

async function applyPlan(root: string, plan: Plan, options: StagedOptions = {}): Promise<void> {
  const staging = join(root, stagingDirName);
  for (const [index, move] of plan.moves.entries()) {
    await options.onStep?.(`rename:${index}`);
    const from = join(staging, move.staged);
    const to = join(root, inside(root, join(root, move.path)));
    await mkdir(dirname(to), { recursive: true });
    try {
      await rename(from, to);
    } catch (error) {
      // Already moved by the run that was interrupted (or by another reader finishing it).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (await exists(from))) throw error;
    }
  }
  await options.onStep?.('cleanup');
  await rm(staging, { recursive: true, force: true });
}

function inside(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) || normalize(rel) !== rel) {
    throw new Error(`Unexpected write to \`${path}\`, expected a path inside ${root}`);
  }
  return rel;
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
