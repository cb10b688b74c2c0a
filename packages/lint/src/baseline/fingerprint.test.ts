import { describe, expect, it } from 'vitest';
import type { LinkFact } from '../facts/file-facts.js';
import { identitiesOf, linkKey, messageKey } from './fingerprint.js';

const link = (offset: number, url: string, text = 'text'): LinkFact => ({
  kind: 'link',
  url,
  text,
  destination: null,
  position: {
    start: { line: 1, column: offset + 1, offset },
    end: { line: 1, column: offset + 9, offset: offset + 8 },
  },
});

const finding = (offset: number, ruleId = 'no-missing-anchor', reason = `Unexpected at 1:${offset + 1}`) => ({
  ruleId,
  reason,
  position: { start: { offset } },
});

/** What an identity is, read plainly: the first link at the finding's offset, counted per rule and key. */
function plainly(findings: ReturnType<typeof finding>[], links: LinkFact[]) {
  const counts = new Map<string, number>();
  return findings.map((each) => {
    const at = links.find((one) => one.position.start.offset === each.position.start.offset);
    const key = at ? linkKey(at) : messageKey(each.reason);
    const occurrence = (counts.get(`${each.ruleId}\0${key}`) ?? 0) + 1;
    counts.set(`${each.ruleId}\0${key}`, occurrence);
    return { ruleId: each.ruleId, path: 'a.md', key, occurrence };
  });
}

describe('identitiesOf', () => {
  it('keys a finding on a link by the link, and counts equal keys per rule in file order', () => {
    const links = [link(0, '#a'), link(10, '#a'), link(20, '#b')];
    const findings = [finding(0), finding(0, 'other-rule'), finding(10), finding(15), finding(20)];
    expect(identitiesOf('a.md', findings, links)).toEqual([
      { ruleId: 'no-missing-anchor', path: 'a.md', key: '[text](#a)', occurrence: 1 },
      { ruleId: 'other-rule', path: 'a.md', key: '[text](#a)', occurrence: 1 },
      { ruleId: 'no-missing-anchor', path: 'a.md', key: '[text](#a)', occurrence: 2 },
      { ruleId: 'no-missing-anchor', path: 'a.md', key: 'Unexpected at #', occurrence: 1 },
      { ruleId: 'no-missing-anchor', path: 'a.md', key: '[text](#b)', occurrence: 1 },
    ]);
  });

  it('finds the same links whatever the order of findings and links', () => {
    // A small deterministic generator: links and findings at random offsets, sometimes out of order.
    let seed = 7;
    const next = (bound: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % bound;
    };
    for (let round = 0; round < 200; round++) {
      const links = Array.from({ length: next(12) }, () => link(next(40), `#${next(3)}`));
      if (next(2) === 0) links.sort((a, b) => a.position.start.offset! - b.position.start.offset!);
      const findings = Array.from({ length: next(12) }, () => finding(next(40), next(2) ? 'r1' : 'r2'));
      if (next(3) > 0) findings.sort((a, b) => a.position.start.offset - b.position.start.offset);
      expect(identitiesOf('a.md', findings, links), `round ${round}`).toEqual(plainly(findings, links));
    }
  });
});
