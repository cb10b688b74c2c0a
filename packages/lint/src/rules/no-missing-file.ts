import { z } from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink } from './link-check.js';

export const noMissingFile = defineProjectRule({
  meta: {
    id: 'no-missing-file',
    description: 'Links, images and definitions must point at files or directories that exist.',
    rationale:
      'A relative link, a `/root` path or an absolute URL into the same repository that names a missing path is a 404 on GitHub. Targets are looked up in the tree on disk, in a tree listing, and for the guide in the lock of the pinned upstream commit. When a file of the same name exists elsewhere, or a known rename applies, the likely new place is suggested.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      {
        source: '[Development](development.md)\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/development.md': '# Development\n' },
      },
      {
        source:
          '[guide](/contributors/guide/) and [testing](https://github.com/kubernetes/community/blob/release/1.2/contributors/devel/testing.md)\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/guide/README.md': '# Guide\n', 'contributors/devel/testing.md': '# Testing\n' },
      },
    ],
    notOk: [
      {
        source: '[Testing](testing.md)\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/sig-testing/testing.md': '# Testing\n' },
        findings: [
          '1:1: Unexpected missing file `contributors/devel/testing.md`, expected an existing file or directory; did you mean `contributors/devel/sig-testing/testing.md`',
        ],
      },
    ],
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status === 'malformed') {
          report(file.path, {
            reason: `Unexpected malformed URL \`${verdict.url}\`, expected a URL with a host`,
            position: link.position,
          });
          continue;
        }
        if (verdict.status !== 'missing-file') continue;
        const what = link.kind === 'image' ? 'image' : 'file';
        const reason = verdict.escapes
          ? `Unexpected link above the repository root \`${verdict.path}\`, expected a path inside the repository`
          : `Unexpected missing ${what} \`${verdict.path}\`, expected an existing file or directory${verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`` : ''}`;
        report(file.path, {
          reason,
          position: link.position,
          ...(verdict.suggestion
            ? { cause: { path: null, position: link.position, reason: `\`${verdict.suggestion}\` has the same name` } }
            : {}),
        });
      }
    }
  },
});
