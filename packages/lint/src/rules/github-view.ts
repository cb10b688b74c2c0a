import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { targetOf } from './link-check.js';
import { writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';
/** `https://github.com/<owner>/<name>/` then the view segment. */
const viewPattern = /^(?:https?:)?\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(tree|blob)(?=\/)/i;

export const githubView = defineProjectRule({
  meta: {
    id: 'github-view',
    description:
      'Link to files with `blob/` and to directories with `tree/` in absolute GitHub URLs to this repository.',
    rationale:
      "GitHub shows a file at `blob/<branch>/<path>` and a directory at `tree/<branch>/<path>`. The other view works only through a redirect, which other renderers, link checkers and offline copies do not follow, and it tells a reader the wrong kind of target. Whether the path is a file or a directory is looked up in the repository tree (on disk, a tree listing, or the guide's lock); paths the tree does not know are left alone. The fix swaps the view.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[guide](https://github.com/kubernetes/community/tree/main/contributors/guide) and [triage](https://github.com/kubernetes/community/blob/main/contributors/guide/issue-triage.md) and [unknown](https://github.com/kubernetes/community/tree/main/contributors/devel/testing.md)\n',
        path,
        tree: { 'contributors/guide/README.md': '# Guide\n', 'contributors/guide/issue-triage.md': '# Triage\n' },
      },
    ],
    notOk: [
      {
        source:
          '* **Contributor Guide**\n  ([Please start here](https://github.com/kubernetes/community/tree/main/contributors/guide/README.md)) to learn about how to contribute.\n\n[guide]: https://github.com/kubernetes/community/blob/main/contributors/guide/\n',
        path,
        tree: { 'contributors/guide/README.md': '# Guide\n' },
        findings: [
          '2:4: Unexpected `tree/` view for the file `contributors/guide/README.md`, expected `blob/`',
          '4:1: Unexpected `blob/` view for the directory `contributors/guide`, expected `tree/`',
        ],
        fixed:
          '* **Contributor Guide**\n  ([Please start here](https://github.com/kubernetes/community/blob/main/contributors/guide/README.md)) to learn about how to contribute.\n\n[guide]: https://github.com/kubernetes/community/tree/main/contributors/guide/\n',
      },
    ],
  },
  check({ files, index, report }) {
    for (const file of files) {
      const tree = indexFor(index, file.role);
      for (const link of file.facts.links) {
        const target = targetOf(link, file.resolve);
        if (target.kind !== 'repo' || target.via !== 'github' || (target.view !== 'tree' && target.view !== 'blob'))
          continue;
        const entry = tree.get(target.path);
        if (!entry) continue;
        const expected = entry.type === 'file' ? 'blob' : 'tree';
        if (target.view === expected || file.text === null) continue;
        const written = writtenDestination(link, file.text);
        const match = written ? viewPattern.exec(written.raw) : null;
        if (!written || !match || match[1]!.toLowerCase() !== target.view) continue;
        const at = written.start + match[0].length - match[1]!.length;
        report(file.path, {
          reason: `Unexpected \`${target.view}/\` view for the ${entry.type === 'file' ? 'file' : 'directory'} \`${target.path || '/'}\`, expected \`${expected}/\``,
          position: link.position,
          fix: [{ start: at, end: at + match[1]!.length, text: expected }],
        });
      }
    }
  },
});
