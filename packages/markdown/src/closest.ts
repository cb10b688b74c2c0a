/** Levenshtein distance; `Infinity` once it is sure to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  // Two rows, reused: a suggestion compares one input with thousands of candidates.
  let previous = rowOf(0, b.length);
  let current = rowOf(1, b.length);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let lowest = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1),
      );
      current[j] = cell;
      if (cell < lowest) lowest = cell;
    }
    // A row's minimum never decreases further down: past the limit, the distance is too.
    if (lowest > limit) return Infinity;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}

const rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/** One of the two rows, at least `length + 1` long (grown when a longer string comes). */
function rowOf(which: 0 | 1, length: number): Int32Array {
  if (rows[which].length <= length) rows[which] = new Int32Array(Math.max(length + 1, rows[which].length * 2));
  return rows[which];
}

/**
 * The candidate a typo most likely meant, for "did you mean": within two
 * edits, or a third of the input's length for long inputs; a prefix of at
 * least three characters also counts. Undefined when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  return search(input, candidates, { left: Infinity });
}

/**
 * `closest` over one fixed set of candidates, asked many times (every missing anchor of a file
 * against the same headings). Each question costs up to every candidate, so many questions over
 * many candidates would grow with their product: the work is capped at a budget proportional to
 * the candidates' size (plus a fixed amount that small files never exhaust), and once it is
 * spent no more suggestions are made. Repeated questions are answered once.
 */
export class Suggester {
  readonly #candidates: readonly string[];
  readonly #budget: { left: number };
  readonly #answers = new Map<string, string | undefined>();

  constructor(candidates: Iterable<string>, perCharacter = 64, base = 1 << 23) {
    this.#candidates = [...candidates];
    let size = 0;
    for (const candidate of this.#candidates) size += candidate.length + 1;
    this.#budget = { left: base + perCharacter * size };
  }

  suggest(input: string): string | undefined {
    if (this.#answers.has(input)) return this.#answers.get(input);
    const answer = this.#budget.left > 0 ? search(input, this.#candidates, this.#budget) : undefined;
    this.#answers.set(input, answer);
    return answer;
  }
}

/** Undefined as well when the budget runs out before every candidate is compared. */
function search(input: string, candidates: Iterable<string>, budget: { left: number }): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    let distance: number;
    if (input.length > 2 && candidate.startsWith(input)) {
      budget.left -= input.length;
      distance = 1;
    } else if (Math.abs(input.length - candidate.length) > limit) {
      budget.left -= 1;
      distance = Infinity;
    } else {
      budget.left -= (input.length + 1) * (candidate.length + 1);
      distance = editDistance(input, candidate, limit);
    }
    if (budget.left < 0) return undefined;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

const yearLike = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/g;
/** Names a folder has whatever it is about: sharing one says nothing. */
const everyFolderHasOne =
  /^(readme|index|contributing|charter|license|changelog|security|security_contacts|code-of-conduct)(\.[a-z]+)?$/i;
const isYear = (segment: string) => /^(?:19|20)\d\d$/.test(segment);

/** The year-like numbers of a path (`2019` in `archive/2019/notes.md`). */
function years(path: string): string[] {
  return [...path.matchAll(yearLike)].map((match) => match[1]!);
}

/** How many segments two lists share from the start, and from the end (in any case). */
function sharedEnds(a: readonly string[], b: readonly string[]): { prefix: number; suffix: number } {
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && same(a[prefix]!, b[prefix]!)) prefix++;
  let suffix = 0;
  while (suffix < a.length && suffix < b.length && same(a[a.length - 1 - suffix]!, b[b.length - 1 - suffix]!)) suffix++;
  return { prefix, suffix };
}

/**
 * Where a missing repository path most likely went, among paths of the same name (in any case):
 * ranked by the whole path (folders in common from the end, then any folder in common, then from
 * the start), never across a different year, and for a name many paths share (`README.md`) or a
 * bare year only with a folder in common from the end. Nothing when the best two rank equal or nothing is strong:
 * no suggestion is better than a wrong one.
 */
export function closestPath(path: string, candidates: readonly string[]): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  const name = path.split('/').at(-1) ?? '';
  const wantedYears = years(path);
  const sameYears = candidates.filter((candidate) => {
    const candidateYears = years(candidate);
    return (
      candidate !== path &&
      wantedYears.every((year) => candidateYears.includes(year)) &&
      candidateYears.every((year) => wantedYears.includes(year))
    );
  });
  // A name shared by many paths of the same years, or a bare year, says little on its own: a folder
  // in common from the end must back it.
  const common = sameYears.length >= 3 || isYear(name) || everyFolderHasOne.test(name);
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const candidate of sameYears) {
    const other = candidate.split('/');
    const otherDirs = other.slice(0, -1);
    // Years decide nothing more: two reports of the same year share it without being the same.
    const { prefix, suffix } = sharedEnds(
      dirs.filter((dir) => !isYear(dir)),
      otherDirs.filter((dir) => !isYear(dir)),
    );
    const lower = new Set(otherDirs.filter((dir) => !isYear(dir)).map((dir) => dir.toLowerCase()));
    const shared = new Set(dirs.filter((dir) => !isYear(dir) && lower.has(dir.toLowerCase()))).size;
    if (common && suffix === 0) continue;
    // Nothing in common but the name: the very same name, not one in another case.
    if (suffix === 0 && prefix === 0 && shared === 0 && other.at(-1) !== name) continue;
    let score = suffix * 100 + shared * 10 + prefix * 5 + (other.at(-1) === name ? 2 : 1);
    // A longer detour is less likely than a short one.
    score -= Math.abs(otherDirs.length - dirs.length) * 0.1;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? undefined : best;
}
