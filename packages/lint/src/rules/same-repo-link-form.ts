import { resolveLink, type LinkTarget } from '@devguide/markdown';
import { posix } from 'node:path';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import type { LinkFact } from '../facts/file-facts.js';
import { encodePath, splitSuffix, writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

type RepoTarget = Extract<LinkTarget, { kind: 'repo' }>;

export const sameRepoLinkForm = defineFileRule({
  meta: {
    id: 'same-repo-link-form',
    description:
      'Link within the repository relatively in the upstream form of the guide, absolutely in its site form.',
    rationale:
      'The upstream guide is read on GitHub, in clones and in forks, where a relative link follows the branch being read and an absolute `github.com/…/blob/<branch>/…` or `git.k8s.io/…` link leaves it (for a fork, for another branch, offline). The site form is read away from the repository, where a relative or `/root` link has nothing to resolve against and must be absolute (`<linkBase>/blob/<defaultBranch>/<path>`). A guide without front matter is in upstream form, one with front matter in site form (a content directory says which explicitly). Absolute links that pin another ref (a tag, a release branch, a commit) are left alone, as are `edit/` links. The fix writes the other form.',
    scope: 'guide',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({
      staleBranches: z
        .array(z.string().min(1))
        .default(['master'])
        .describe('Former default branches: absolute links naming them are treated like links to the default branch.'),
    }),
    ok: [
      {
        source:
          '# Guide\n\n* **Testing** ([testing.md](sig-testing/testing.md)) and [pinned](https://github.com/kubernetes/community/blob/v1.0/README.md) in [kubernetes/community](https://github.com/kubernetes/community)\n',
        path,
      },
      {
        source:
          '---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md))\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          '# Guide\n\nSee this doc [here](https://github.com/kubernetes/community/blob/master/sig-storage/volume-plugin-faq.md) and [admission](https://git.k8s.io/community/contributors/guide/README.md#setup).\n',
        path,
        findings: [
          '3:14: Unexpected absolute link to this repository, expected the relative `../../sig-storage/volume-plugin-faq.md`',
          '3:111: Unexpected absolute link to this repository, expected the relative `../guide/README.md#setup`',
        ],
        fixed:
          '# Guide\n\nSee this doc [here](../../sig-storage/volume-plugin-faq.md) and [admission](../guide/README.md#setup).\n',
      },
      {
        source:
          '---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](sig-testing/testing.md#unit)) and [the guide](/contributors/guide/)\n',
        path,
        findings: [
          '5:16: Unexpected relative link to this repository, expected the absolute `https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md#unit`',
          '5:63: Unexpected root-relative link to this repository, expected the absolute `https://github.com/kubernetes/community/tree/main/contributors/guide/`',
        ],
        fixed:
          '---\ntitle: Guide\n---\n\n* **Testing** ([testing.md](https://github.com/kubernetes/community/blob/main/contributors/devel/sig-testing/testing.md#unit)) and [the guide](https://github.com/kubernetes/community/tree/main/contributors/guide/)\n',
      },
    ],
  },
  check({ facts, text, tree, role, resolve, settings, options, report }) {
    const form = role.form ?? (tree().children[0]?.type === 'yaml' ? 'site' : 'upstream');
    const current = new Set([settings.defaultBranch, ...options.staleBranches]);
    for (const link of facts.links) {
      const target = resolveLink(link.url, resolve);
      if (target.kind !== 'repo') continue;
      const written = writtenDestination(link, text);
      if (!written) continue;
      const expected =
        form === 'upstream'
          ? relativeSpelling(link, target, written.raw, role.repoPath, current)
          : absoluteSpelling(link, target, written.raw, settings.linkBase, settings.siteRef ?? settings.defaultBranch);
      if (expected === null || expected === written.raw) continue;
      const reason =
        form === 'upstream'
          ? `Unexpected absolute link to this repository, expected the relative \`${expected}\``
          : `Unexpected ${target.via === 'root' ? 'root-relative' : 'relative'} link to this repository, expected the absolute \`${expected}\``;
      report({ reason, position: link.position, fix: [{ start: written.start, end: written.end, text: expected }] });
    }
  },
});

/** The relative spelling of an absolute link to the branch being read, or null when it should stay as it is. */
function relativeSpelling(
  link: LinkFact,
  target: RepoTarget,
  raw: string,
  repoPath: string,
  current: ReadonlySet<string>,
): string | null {
  if (target.via === 'relative' || target.via === 'root') return null;
  if (target.ref !== null && !current.has(target.ref)) return null;
  // `https://github.com/<owner>/<repo>` names the project's page, not a path in the branch.
  if (target.via === 'github' && target.view === null) return null;
  // A raw view is what an image needs; for a link it means "download", which a relative link would not keep.
  const rawView = target.via === 'raw' || target.view === 'raw';
  if (target.view === 'edit' || (rawView && link.kind !== 'image')) return null;
  const { path: rawPath, suffix } = splitSuffix(raw);
  if (target.path === repoPath && suffix.startsWith('#')) return suffix;
  const from = posix.dirname(repoPath);
  const relative = posix.relative(from === '.' ? '' : from, target.path) || '.';
  const slash = rawPath.endsWith('/') ? '/' : '';
  return encodePath(relative) + slash + suffix;
}

/** The absolute spelling of a relative or root-relative link, or null when there is no link base to write it with. */
function absoluteSpelling(
  link: LinkFact,
  target: RepoTarget,
  raw: string,
  linkBase: string | null,
  branch: string,
): string | null {
  if (target.via !== 'relative' && target.via !== 'root') return null;
  if (linkBase === null) return null;
  const { path: rawPath, suffix } = splitSuffix(raw);
  const directory = target.path === '' || rawPath.endsWith('/') || !posix.basename(target.path).includes('.');
  const view = link.kind === 'image' ? 'raw' : directory ? 'tree' : 'blob';
  const slash = rawPath.endsWith('/') && target.path !== '' ? '/' : '';
  const location = `${linkBase.replace(/\/+$/, '')}/${view}/${branch}${target.path === '' ? '' : `/${encodePath(target.path)}`}${slash}`;
  return location + suffix;
}
