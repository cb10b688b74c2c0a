import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink } from './link-check.js';

export const pinnedLink = defineProjectRule({
  meta: {
    id: 'pinned-link',
    description: "Note links pinned to an old commit or another ref whose path is gone from today's tree.",
    rationale:
      "A URL such as `github.com/<repo>/blob/<commit>/path` (or a tag, or a branch other than the default one) names that ref's tree, where the file may well exist though it is gone today: `no-missing-file` does not judge it against today's tree. When the lint root is a clone holding the ref (or `--git-dir` names one) the path is checked at the ref by `no-missing-file`; offline, this rule (off by default, for information) lists the pinned links whose path is not in today's tree, which may deserve a link to the current file.",
    scope: 'any',
    defaultSeverity: 'off',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[notes](https://github.com/kubernetes/community/blob/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/sig-docs/notes.md)\n',
        path: 'contributors/devel/README.md',
        tree: { 'sig-docs/notes.md': '# Notes\n' },
      },
    ],
    notOk: [
      {
        source:
          '[notes](https://github.com/kubernetes/community/blob/0a1b2c3/sig-docs/notes.md) and [1.0](https://github.com/kubernetes/community/tree/v1.0/gone/dir)\n',
        path: 'contributors/devel/README.md',
        findings: [
          '1:1: Unexpected path `sig-docs/notes.md` pinned to an old commit `0a1b2c3`, gone from the current tree, expected a link to the current file (or a git repository to check `0a1b2c3`)',
          '1:85: Unexpected path `gone/dir` pinned to `v1.0`, gone from the current tree, expected a link to the current file (or a git repository to check `v1.0`)',
        ],
      },
    ],
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== 'pinned' || !verdict.goneNow) continue;
        report(file.path, {
          reason: `Unexpected path \`${verdict.path}\` pinned to ${/^[0-9a-f]{7,40}$/i.test(verdict.ref) ? 'an old commit ' : ''}\`${verdict.ref}\`, gone from the current tree, expected a link to the current file (or a git repository to check \`${verdict.ref}\`)`,
          position: link.position,
        });
      }
    }
  },
});
