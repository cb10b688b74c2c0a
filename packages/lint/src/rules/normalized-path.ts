import { resolveLink } from '@devguide/markdown';
import { posix } from 'node:path';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { shown, splitSuffix, writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

/** What comes before the repository path in an absolute URL: the branch is the last segment of it. */
const absolutePrefix = [
  /^(?:https?:)?\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(?:blob|tree|edit|raw)\/[^/?#]+\//i,
  /^(?:https?:)?\/\/raw\.githubusercontent\.com\/[^/?#]+\/[^/?#]+\/[^/?#]+\//i,
];
const shortlinkPrefix = /^(?:https?:)?\/\/[^/?#]+\/[^/?#]+\//i;

export const normalizedPath = defineFileRule({
  meta: {
    id: 'normalized-path',
    description: 'Write repository paths in links without `.` and `..` segments that cancel out, or doubled slashes.',
    rationale:
      "A destination such as `contributors/devel/../guide/x.md`, `./x.md`, `../devel/x.md` (from `contributors/devel/`) or `a//b.md` reaches the same file as its normal spelling, but hides where it points: readers, `grep` and tools that compare links (duplicate entries, moved files) see two spellings of one path. Only repository links are checked (relative, `/root`, and absolute URLs into the same repository); `../` that is needed to leave the document's directory stays. The fix writes the normal spelling in the same form: relative stays relative, absolute stays absolute.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[Coding](../guide/coding-conventions.md), [testing](sig-testing/testing.md#unit), [devel](./), [dev](./development.md), [guide](/contributors/guide/), [conventions](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          '* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md)):\n  Coding style advice for contributors.\n',
        path,
        findings: [
          '1:27: Unexpected `https://github.com/kubernetes/community/blob/main/contributors/devel/../guide/coding-conventions.md`, expected the normalised `https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md`',
        ],
        fixed:
          '* **Coding Conventions** ([coding-conventions.md](https://github.com/kubernetes/community/blob/main/contributors/guide/coding-conventions.md)):\n  Coding style advice for contributors.\n',
      },
      {
        source:
          'See [development](./development.md), [testing](sig-testing//testing.md#unit), [logging](../devel/sig-instrumentation/logging.md) and [guide](/contributors/./guide/).\n',
        path,
        findings: [
          '1:38: Unexpected `sig-testing//testing.md#unit`, expected the normalised `sig-testing/testing.md#unit`',
          '1:79: Unexpected `../devel/sig-instrumentation/logging.md`, expected the normalised `sig-instrumentation/logging.md`',
          '1:134: Unexpected `/contributors/./guide/`, expected the normalised `/contributors/guide/`',
        ],
        fixed:
          'See [development](./development.md), [testing](sig-testing/testing.md#unit), [logging](sig-instrumentation/logging.md) and [guide](/contributors/guide/).\n',
      },
    ],
  },
  check({ facts, text, resolve, report }) {
    for (const link of facts.links) {
      const target = resolveLink(link.url, resolve);
      if (target.kind !== 'repo') continue;
      const written = writtenDestination(link, text);
      if (!written) continue;
      let prefix: string;
      let base: string[] | null = null;
      if (target.via === 'relative') {
        prefix = '';
        const dir = posix.dirname(resolve.documentPath);
        base = dir === '.' || dir === '' ? [] : dir.split('/');
      } else if (target.via === 'root') {
        prefix = '/';
        if (!written.raw.startsWith('/')) continue;
      } else {
        const patterns = target.via === 'shortlink' ? [shortlinkPrefix] : absolutePrefix;
        const match = patterns.map((pattern) => pattern.exec(written.raw)).find((found) => found !== null);
        if (!match) continue;
        prefix = match[0];
      }
      const { path: rawPath, suffix } = splitSuffix(written.raw.slice(prefix.length));
      if (rawPath === '') continue;
      const normal = normalise(rawPath, base);
      // A leading `./` is a common, harmless spelling of the same path: not worth a finding.
      if (normal === null || normal === rawPath || (rawPath.startsWith('./') && normal === rawPath.slice(2))) continue;
      const expected = prefix + normal + suffix;
      report({
        reason: `Unexpected \`${shown(written.raw)}\`, expected the normalised \`${shown(expected)}\``,
        position: link.position,
        fix: [
          { start: written.start + prefix.length, end: written.start + prefix.length + rawPath.length, text: normal },
        ],
      });
    }
  },
});

/**
 * The normal spelling of a path as written (encoding kept): empty and `.`
 * segments dropped, `..` cancelled against the segment before it, and for a
 * relative path (`base`: the document's directory) `../<dir>/` that climbs
 * out of a directory only to enter it again. Null when the path leaves the
 * repository (another rule's business).
 */
function normalise(rawPath: string, base: string[] | null): string | null {
  const segments: string[] = [];
  let ups = 0;
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0) segments.pop();
      else ups++;
    } else {
      segments.push(segment);
    }
  }
  if (base === null) {
    if (ups > 0) return null;
  } else {
    if (ups > base.length) return null;
    while (ups > 0 && segments.length > 0 && decode(segments[0]!) === base[base.length - ups]) {
      ups--;
      segments.shift();
    }
  }
  const body = [...Array<string>(ups).fill('..'), ...segments].join('/');
  const trailing = /(^|\/)(\.\.?)?$/.test(rawPath) && rawPath !== '' && body !== '';
  if (base === null) return body + (trailing ? '/' : '');
  // The document's own directory: `./` and `.` are both its normal spelling.
  if (body === '') return rawPath === '.' || rawPath === './' ? rawPath : './';
  // A first segment with `:` would read as a scheme without `./` before it.
  const first = segments[0] ?? '';
  const normal = body + (trailing ? '/' : '');
  return ups === 0 && first.includes(':') ? `./${normal}` : normal;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
