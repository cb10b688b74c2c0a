import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink, closestAnchor } from './link-check.js';

export const noMissingAnchor = defineProjectRule({
  meta: {
    id: 'no-missing-anchor',
    description: 'Fragments must name a heading or an HTML `id`/`name` in the target file.',
    rationale:
      'GitHub slugs headings with its own algorithm (github-slugger: lower case, punctuation dropped, `-1`, `-2` for repeats; headings with links or code slug their text) and keeps every HTML `id` and `name` attribute of a tag, prefixed `user-content-` (a fragment may carry the prefix or not). A fragment that matches none of them scrolls nowhere; `#top` (in any case) lands on every page. HTML inside a comment is neither an anchor nor a link. `#L10-L20` line fragments are accepted on files GitHub shows as source (see `line-fragment-plain` for markdown). A fragment on a directory scrolls in its README (`README.md`, `readme.markdown`, any case); on a directory without one it is missing. GitHub matches fragments in any case, so `#Setting-Up` reaches `#setting-up` and is accepted; with `anchorCase: exact` such fragments are reported, for documents that are also published where fragments are case-sensitive.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({
      anchorCase: z
        .enum(['fold', 'exact'])
        .default('fold')
        .describe('`fold` accepts a fragment in any case, as GitHub does; `exact` reports one that differs in case.'),
    }),
    ok: [
      { source: '# Guide\n\n## Setting up\n\nSee [setup](#setting-up) and [Setup](#Setting-Up).\n' },
      {
        source:
          'See [the guide](guide#setup) and [its readme](https://github.com/kubernetes/community/tree/main/contributors/devel/guide#readme).\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/guide/readme.markdown': '# Guide\n\n## Setup\n' },
      },
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
        source: '# Guide\n\n## Setting up\n\nSee [Setup](#Setting-Up).\n',
        options: { anchorCase: 'exact' },
        findings: [
          '5:5: Unexpected fragment `#Setting-Up` in this file, expected `#setting-up` (GitHub matches it only in any case)',
        ],
      },
      {
        source: 'See [images](images#logo).\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/images/logo.png': 'png' },
        findings: [
          '1:5: Unexpected missing anchor `#logo` in `contributors/devel/images`, expected a heading or HTML id',
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
  check({ files, index, options, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status === 'ok' && verdict.folded && options.anchorCase === 'exact') {
          const target = link.url.slice(0, link.url.indexOf('#'));
          report(file.path, {
            reason: `Unexpected fragment \`#${verdict.folded.fragment}\` in ${target ? `\`${target}\`` : 'this file'}, expected \`#${verdict.folded.anchor}\` (GitHub matches it only in any case)`,
            position: link.position,
          });
          continue;
        }
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
