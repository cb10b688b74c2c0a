/** Levenshtein distance; `Infinity` once it is sure to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current[j] = cell;
      if (cell < lowest) lowest = cell;
    }
    // A row's minimum never decreases further down: past the limit, the distance is too.
    if (lowest > limit) return Infinity;
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
