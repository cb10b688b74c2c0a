import { posix } from 'node:path';
import { safeRepoPath } from './repo-path.js';
import type { UpstreamSource } from './source.js';

export interface PreviousFile {
  path: string;
  type: string;
  sha: string | null;
}

export interface Move {
  from: string;
  to: string;
  /** `same content` (identical sha) or the line similarity, 0–100. */
  similarity: number;
}

export interface MoveReport {
  moves: Move[];
  /** Paths that were locked before and are gone, with no new place found. */
  deleted: string[];
}

/** The similarity from which a same-named file counts as the old one moved (git's default for renames). */
export const renameThreshold = 50;

/**
 * Where previously locked paths that are now missing went: a path with the same
 * object id (a pure move), else a file of the same name whose lines are mostly
 * the old file's (a move with edits), when the source can read the old version.
 */
export async function detectMoves(
  source: UpstreamSource,
  previous: readonly PreviousFile[],
  missing: readonly string[],
): Promise<MoveReport> {
  const gone = new Set(missing);
  const moves: Move[] = [];
  const deleted: string[] = [];
  let files: string[] | null = null;
  for (const old of previous) {
    if (!gone.has(old.path)) continue;
    const same = old.sha && source.findBySha ? source.findBySha(old.sha).filter(isSafe) : [];
    if (same.length) {
      moves.push({ from: old.path, to: closestPath(old.path, same), similarity: 100 });
      continue;
    }
    if (old.type !== 'blob' || !old.sha) {
      deleted.push(old.path);
      continue;
    }
    files ??= await source.listFiles();
    const name = posix.basename(old.path);
    const candidates = files.filter((path) => posix.basename(path) === name && path !== old.path && isSafe(path));
    let best: Move | null = null;
    if (candidates.length && source.readBlob) {
      const before = (await source.readBlob(old.sha)).toString('utf8');
      for (const candidate of candidates) {
        const similarity = lineSimilarity(before, (await source.read(candidate)).toString('utf8'));
        if (similarity >= renameThreshold && (!best || similarity > best.similarity))
          best = { from: old.path, to: candidate, similarity };
      }
    }
    if (best) moves.push(best);
    else deleted.push(old.path);
  }
  return { moves, deleted };
}

/** Shared lines (as a multiset) over the larger file, in percent: git's rename score, roughly. */
export function lineSimilarity(a: string, b: string): number {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  const counts = new Map<string, number>();
  for (const line of linesA) counts.set(line, (counts.get(line) ?? 0) + 1);
  let shared = 0;
  for (const line of linesB) {
    const count = counts.get(line) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(line, count - 1);
    }
  }
  return Math.floor((shared * 100) / Math.max(linesA.length, linesB.length));
}

function closestPath(from: string, candidates: readonly string[]): string {
  const name = posix.basename(from);
  return [...candidates].sort(
    (a, b) => Number(posix.basename(b) === name) - Number(posix.basename(a) === name) || a.localeCompare(b),
  )[0]!;
}

function isSafe(path: string): boolean {
  try {
    return safeRepoPath(path) === path;
  } catch {
    return false;
  }
}
