import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { githubRepoPrefix, rawRepoPrefix, writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

export const defaultBranch = defineFileRule({
  meta: {
    id: 'default-branch',
    description: 'Name the default branch, not a retired one, in absolute links to this repository.',
    rationale:
      'Repositories that renamed `master` to `main` keep a redirect for the old name only as long as GitHub keeps it, and a link naming `master` shows readers a branch that no longer moves (or, where a `master` branch was kept, stale content). Absolute links into the same repository (`github.com/<owner>/<repo>/blob|tree|edit|raw/<branch>/…`, `raw.githubusercontent.com/<owner>/<repo>/<branch>/…`) that name a retired branch are respelled with the `defaultBranch` setting. Links to tags, commits and other branches are left alone.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({
      staleBranches: z
        .array(z.string().min(1))
        .default(['master'])
        .describe('Branch names that are no longer the default.'),
    }),
    ok: [
      {
        source:
          '[FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md), [1.2](https://github.com/kubernetes/community/blob/release-1.2/README.md), [spec](https://github.com/container-storage-interface/spec/blob/master/spec.md)\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          'See this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) for more information.\n',
        path,
        findings: [
          '1:14: Unexpected branch `master` in a link to kubernetes/community, expected `main`, its default branch',
        ],
        fixed:
          'See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n',
      },
      {
        source:
          '![logo](https://raw.githubusercontent.com/kubernetes/community/trunk/icons/png/logo.png)\n\n[guide]: https://github.com/Kubernetes/Community/tree/trunk/contributors/guide#readme\n',
        path,
        options: { staleBranches: ['master', 'trunk'] },
        findings: [
          '1:1: Unexpected branch `trunk` in a link to kubernetes/community, expected `main`, its default branch',
          '3:1: Unexpected branch `trunk` in a link to kubernetes/community, expected `main`, its default branch',
        ],
        fixed:
          '![logo](https://raw.githubusercontent.com/kubernetes/community/main/icons/png/logo.png)\n\n[guide]: https://github.com/Kubernetes/Community/tree/main/contributors/guide#readme\n',
      },
    ],
  },
  check({ facts, text, options, settings, resolve, report }) {
    // The repository this file's links belong to (a content guide's is the upstream one).
    const repository = resolve.repository || settings.repository;
    if (!repository) return;
    const stale = new Set(options.staleBranches.filter((branch) => branch !== settings.defaultBranch));
    if (stale.size === 0) return;
    // The prefix up to the branch, then the branch segment.
    const pattern = new RegExp(
      `^(?:${githubRepoPrefix(repository)}(?:blob|tree|edit|raw)/|${rawRepoPrefix(repository)})([^/?#]+)(?=[/?#]|$)`,
      'i',
    );
    for (const link of facts.links) {
      const written = writtenDestination(link, text);
      if (!written) continue;
      const match = pattern.exec(written.raw);
      const branch = match?.[1];
      if (!match || branch === undefined || !stale.has(branch)) continue;
      const at = written.start + match[0].length - branch.length;
      report({
        reason: `Unexpected branch \`${branch}\` in a link to ${repository}, expected \`${settings.defaultBranch}\`, its default branch`,
        position: link.position,
        fix: [{ start: at, end: at + branch.length, text: settings.defaultBranch }],
      });
    }
  },
});
