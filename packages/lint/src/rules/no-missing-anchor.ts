import { z } from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink, closestAnchor } from './link-check.js';

export const noMissingAnchor = defineProjectRule({
  meta: {
    id: 'no-missing-anchor',
    description: 'Fragments must name a heading or an HTML `id`/`name` in the target file.',
    rationale:
      'GitHub slugs headings with its own algorithm (github-slugger: lower case, punctuation dropped, `-1`, `-2` for repeats; headings with links or code slug their text) and keeps HTML `id` and `name` attributes. A fragment that matches none of them scrolls nowhere. `#L10-L20` line fragments are accepted on any file.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: '# Guide\n\n## Setting up\n\nSee [setup](#setting-up).\n' }],
    notOk: [
      {
        source: '# Guide\n\n## Setting up\n\nSee [setup](#setting-upp).\n',
        findings: [
          '5:5: Unexpected missing anchor `#setting-upp` in this file, expected a heading or HTML id; did you mean `#setting-up`',
        ],
      },
    ],
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== 'missing-anchor') continue;
        const suggestion = closestAnchor(verdict.fragment, verdict.anchors);
        const where = verdict.path === file.role.repoPath ? 'this file' : `\`${verdict.path}\``;
        report(file.path, {
          reason: `Unexpected missing anchor \`#${verdict.fragment}\` in ${where}, expected a heading or HTML id${suggestion ? `; did you mean \`#${suggestion}\`` : ''}`,
          position: link.position,
        });
      }
    }
  },
});
