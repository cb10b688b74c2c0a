import { posix } from 'node:path';
import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { shown, splitSuffix, writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

export const noSiteOnlyPath = defineProjectRule({
  meta: {
    id: 'no-site-only-path',
    description: 'Do not use root-relative paths that only the website serves.',
    rationale:
      "A root-relative link such as `/docs/reference/` works on the website, which serves those paths, but on GitHub it resolves against the repository root, where no such path exists: a 404 for everyone reading the file there. Links under the site's paths (the `site` setting, or the content configuration's) that the repository tree does not have are flagged; the fix writes the absolute site URL. Without a `site` setting the rule has nothing to check.",
    scope: 'any',
    defaultSeverity: 'error',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[Client Libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/), [guide](/contributors/guide/) and [design](/docs/design/)\n',
        path,
        tree: { 'contributors/guide/README.md': '# Guide\n', 'docs/design/README.md': '# Design\n' },
      },
    ],
    notOk: [
      {
        source:
          '* **API Client Libraries** ([client-libraries](/docs/reference/using-api/client-libraries/)):\n  A list of existing client libraries.\n',
        path,
        findings: [
          '1:29: Unexpected site-only path `/docs/reference/using-api/client-libraries/`, expected a repository path or `https://kubernetes.io/docs/reference/using-api/client-libraries/`',
        ],
        fixed:
          '* **API Client Libraries** ([client-libraries](https://kubernetes.io/docs/reference/using-api/client-libraries/)):\n  A list of existing client libraries.\n',
      },
    ],
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      const site = file.resolve.site ?? settings.site;
      if (!site || site.paths.length === 0 || file.text === null) continue;
      const tree = indexFor(index, file.role);
      for (const link of file.facts.links) {
        const destination = link.url.trim();
        if (!destination.startsWith('/') || destination.startsWith('//')) continue;
        const { path: sitePath } = splitSuffix(destination);
        if (!site.paths.some((prefix) => sitePath.startsWith(prefix))) continue;
        if (tree.get(repoPathOf(sitePath))) continue;
        const written = writtenDestination(link, file.text);
        if (!written || !written.raw.startsWith('/')) continue;
        const absolute = site.origin.replace(/\/+$/, '') + written.raw;
        report(file.path, {
          reason: `Unexpected site-only path \`${shown(written.raw)}\`, expected a repository path or \`${shown(absolute)}\``,
          position: link.position,
          fix: [{ start: written.start, end: written.end, text: absolute }],
        });
      }
    }
  },
});

/** `/docs/x/` as a repository path: `docs/x`. */
function repoPathOf(sitePath: string): string {
  let decoded = sitePath;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    // Keep it as written.
  }
  return posix.normalize(decoded).replace(/^\/+/, '').replace(/\/+$/, '');
}
