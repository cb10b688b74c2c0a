/** Levenshtein distance; `Infinity` when the lengths alone differ by more than `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a typo most likely meant, for "did you mean": within two
 * edits, or a third of the input's length for long inputs; a prefix of at
 * least three characters also counts. Undefined when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = input.length > 2 && candidate.startsWith(input) ? 1 : editDistance(input, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Names so common that sharing one says nothing about where a file went. */
const genericName =
  /^(readme|index|owners|owners_aliases|charter|contributing|security|license|changelog|notes|agenda|template)(\.[a-z]+)?$/i;
const yearLike = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/g;

/** The year-like numbers of a path (`2019` in `archive/2019/notes.md`). */
function years(path: string): string[] {
  return [...path.matchAll(yearLike)].map((match) => match[1]!);
}

/** How many segments two lists share from the start, and from the end. */
function sharedEnds(a: readonly string[], b: readonly string[]): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix]!.toLowerCase() === b[prefix]!.toLowerCase()) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix]!.toLowerCase() === b[b.length - 1 - suffix]!.toLowerCase()
  )
    suffix++;
  return { prefix, suffix };
}

/**
 * Where a missing repository path most likely went, among files of the same name (in any case):
 * ranked by the whole path (common directory suffix and prefix, directory names in common), never
 * across a different year, never for a common name (`README.md`) without a directory in common, and
 * nothing when two candidates rank equal: no suggestion is better than a wrong one.
 */
export function closestPath(path: string, candidates: Iterable<string>): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  const name = path.split('/').at(-1) ?? '';
  const wantedYears = years(path);
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === path) continue;
    const other = candidate.split('/');
    const otherDirs = other.slice(0, -1);
    const candidateYears = years(candidate);
    if (wantedYears.some((year) => !candidateYears.includes(year))) continue;
    const { prefix, suffix } = sharedEnds(dirs, otherDirs);
    const lower = new Set(otherDirs.map((dir) => dir.toLowerCase()));
    const common = dirs.filter((dir) => lower.has(dir.toLowerCase())).length;
    // The name itself, or with a differently cased name, a directory in common is needed.
    const exactName = other.at(-1) === name;
    const generic = genericName.test(name);
    if (generic && suffix === 0 && common === 0) continue;
    if (generic && suffix === 0 && dirs.length > 0 && common < Math.min(2, dirs.length)) continue;
    // Directories in common from the end say most (the file's own folder moved with it).
    let score = suffix * 100 + common * 10 + prefix * 5 + (exactName ? 2 : 0);
    // A longer detour is less likely than a short one.
    score -= Math.abs(otherDirs.length - dirs.length) * 0.1;
    if (score <= 0) score = exactName ? 0.5 : 0.25;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? undefined : best;
}
