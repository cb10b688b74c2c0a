import { hash } from 'node:crypto';
import { flatString } from '../engine/flat-string.js';
import type { LinkFact } from '../facts/file-facts.js';

/**
 * What a finding is, without where its line is: the rule, the file (relative to the lint root,
 * `/`-separated), the link's destination and text (or, for a finding on no link, its message with
 * positions taken out), and which of the equal keys in the file it is (1-based, in file order).
 * Inserting lines above a finding or reformatting the file moves none of them.
 */
export interface FindingIdentity {
  ruleId: string;
  path: string;
  key: string;
  occurrence: number;
}

/** Key of the fingerprint in SARIF's `partialFingerprints`; bump the version if the recipe changes. */
export const fingerprintKey = 'devguideFindingHash/v2';

/** `12:3`, `line 12`, `lines 3-4`, `#L10-L20`: places that move when text is inserted above. */
const positions = /\b(?:lines?\s+)?\d+(?::\d+)?(?:\s*[-–]\s*\d+(?::\d+)?)?\b/g;

export function messageKey(reason: string): string {
  return reason.replace(positions, '#');
}

export function linkKey(link: Pick<LinkFact, 'url' | 'text'>): string {
  // Written as the link would be: readable in the baseline's diff.
  return `[${link.text.replace(/\s+/g, ' ').trim()}](${link.url})`;
}

/**
 * The digest SARIF and the baseline carry; the same identity gives the same digest. Hashed in one
 * call, without a `Hash` object (and its native state) per finding.
 */
export function fingerprintDigest(identity: FindingIdentity): string {
  return hash('sha256', `${identity.ruleId}\0${identity.path}\0${identity.key}\0${identity.occurrence}`).slice(0, 32);
}

/**
 * Identities of one file's findings, given in file order. A finding whose place starts where a
 * link does is that link's finding.
 */
export function identitiesOf(
  path: string,
  findings: readonly { ruleId: string; reason: string; position: { start: { offset?: number | undefined } } }[],
  links: readonly LinkFact[],
): FindingIdentity[] {
  const linkAt = linkFinder(links);
  // Counted per rule, then per key: no joined string per finding.
  const seen = new Map<string, Map<string, number>>();
  return findings.map((finding) => {
    const offset = finding.position.start.offset;
    const link = offset === undefined ? undefined : linkAt(offset);
    const key = flatString(link ? linkKey(link) : messageKey(finding.reason));
    let counts = seen.get(finding.ruleId);
    if (!counts) seen.set(finding.ruleId, (counts = new Map()));
    const occurrence = (counts.get(key) ?? 0) + 1;
    counts.set(key, occurrence);
    return { ruleId: finding.ruleId, path, key, occurrence };
  });
}

/**
 * The first link that starts at an offset. Findings are asked in file order and links come in
 * file order: one cursor serves them, with no index of every link; a map only when either is not.
 */
function linkFinder(links: readonly LinkFact[]): (offset: number) => LinkFact | undefined {
  let next = 0;
  let last = -1;
  let map: Map<number, LinkFact> | null = null;
  const asMap = (): Map<number, LinkFact> => {
    map = new Map();
    for (const link of links) {
      const offset = link.position.start.offset;
      if (offset !== undefined && !map.has(offset)) map.set(offset, link);
    }
    return map;
  };
  for (let index = 1; index < links.length; index++) {
    const before = links[index - 1]!.position.start.offset;
    const offset = links[index]!.position.start.offset;
    if (before === undefined || offset === undefined || offset < before)
      return (offset) => (map ?? asMap()).get(offset);
  }
  return (offset) => {
    if (map) return map.get(offset);
    if (offset < last) return asMap().get(offset);
    last = offset;
    while (next < links.length && links[next]!.position.start.offset! < offset) next++;
    return next < links.length && links[next]!.position.start.offset === offset ? links[next] : undefined;
  };
}

/** The identity the engine put on a vfile message, if any. */
export function identityOfMessage(message: object): FindingIdentity | undefined {
  const identity = (message as { identity?: unknown }).identity;
  if (typeof identity !== 'object' || identity === null) return undefined;
  return identity as FindingIdentity;
}
