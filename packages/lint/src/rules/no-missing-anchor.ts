import { z } from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink, closestAnchor } from './link-check.js';

export const noMissingAnchor = defineProjectRule({
  meta: {
    id: 'no-missing-anchor',
    description: 'Fragments must name a heading or an HTML `id`/`name` in the target file.',
    rationale:
      "GitHub slugs headings with its own algorithm (github-slugger: lower case, punctuation dropped, `-1`, `-2` for repeats; headings with links or code slug their text) and keeps every HTML `id` and `name` attribute of a tag, prefixed `user-content-`. A fragment that matches none of them scrolls nowhere. As on github.com: a fragment may carry the `user-content-` prefix or not, a fragment whose case differs from the anchor still lands, `#top` (in any case) lands on every page, and `#L10-L20` line fragments are accepted up to the file's last line. HTML inside a comment is neither an anchor nor a link.",
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      { source: '# Guide\n\n## Setting up\n\nSee [setup](#setting-up).\n' },
      { source: '# Guide\n\nText.\n\n[Back to top](#top), [Top](#TOP)\n' },
      {
        source:
          '# Guide\n\n<a id="install" name="setup"></a>\n<p id="para"><span name="inner">Text</span></p>\n\n[a](#install) [b](#setup) [c](#para) [d](#inner)\n',
      },
      {
        source: '# Guide\n\nSee [setting up](other.md#user-content-setting-up).\n',
        tree: { 'docs/other.md': '# Other\n\n## Setting up\n' },
      },
      { source: '# Guide\n\n<!-- <a href="#old-section">Old section</a> -->\n' },
    ],
    notOk: [
      {
        source: '# Guide\n\n## Setting up\n\nSee [setup](#setting-upp).\n',
        findings: [
          '5:5: Unexpected missing anchor `#setting-upp` in this file, expected a heading or HTML id; did you mean `#setting-up`',
        ],
      },
      {
        source:
          '# Guide\n\n<!-- <a id="old-section"></a> -->\n\nSee [old](#old-section) and <a href="#gone">gone</a>.\n',
        findings: [
          '5:5: Unexpected missing anchor `#old-section` in this file, expected a heading or HTML id',
          '5:38: Unexpected missing anchor `#gone` in this file, expected a heading or HTML id',
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
