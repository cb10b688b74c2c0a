import { describe, expect, it } from 'vitest';
import { closestPath, editDistance } from './closest.js';

const readmes = ['README.md', 'sig-docs/README.md', 'archive/wg-policy/README.md', 'sig-apps/README.md'];

describe('closestPath', () => {
  it('follows a folder that moved, by the folders in common from the end', () => {
    expect(closestPath('wg-policy/README.md', readmes)).toBe('archive/wg-policy/README.md');
    expect(
      closestPath('mentoring/outreachy.md', ['mentoring/programs/outreachy.md', 'sig-cli/outreachy-old/outreachy.md']),
    ).toBe('mentoring/programs/outreachy.md');
  });

  it('offers nothing for a common name with no folder in common from the end', () => {
    expect(closestPath('wg-old/README.md', readmes)).toBeUndefined();
    expect(closestPath('sig-docs/intro/README.md', readmes)).toBeUndefined();
  });

  it('never crosses years', () => {
    const voters = ['elections/steering/2018/voters.md', 'elections/steering/2019/voters.md'];
    expect(closestPath('elections/steering/2021/voters.md', voters)).toBeUndefined();
    expect(closestPath('events/elections/2019/voters.md', voters)).toBe('elections/steering/2019/voters.md');
  });

  it('matches names in any case', () => {
    expect(closestPath('sig-cloud-provider/CHARTER.md', ['sig-cloud-provider/charter.md', 'sig-apps/charter.md'])).toBe(
      'sig-cloud-provider/charter.md',
    );
  });

  it('offers nothing when the best two rank equal', () => {
    expect(closestPath('guide/x.md', ['a/x.md', 'b/x.md'])).toBeUndefined();
  });
});

describe('editDistance against the textbook recurrence', () => {
  /** The whole matrix, no limit. */
  function plain(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  }

  it('agrees on random words, long ones included, and on whether the limit is passed', () => {
    let seed = 11;
    const next = (bound: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % bound;
    };
    const word = (length: number) => Array.from({ length }, () => 'abc-😀'[next(6)]).join('');
    for (let round = 0; round < 300; round++) {
      const a = word(next(round < 290 ? 12 : 200));
      const b = word(next(round < 290 ? 12 : 200));
      const distance = plain(a, b);
      expect(editDistance(a, b), `${a} ${b}`).toBe(distance);
      const limit = next(6);
      const limited = editDistance(a, b, limit);
      if (distance <= limit) expect(limited, `${a} ${b} ${limit}`).toBe(distance);
      else expect(limited, `${a} ${b} ${limit}`).toBeGreaterThan(limit);
    }
  });
});
