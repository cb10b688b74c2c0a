import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { posix } from 'node:path';
import type { LinkFact } from '../facts/file-facts.js';
import type { TextEdit } from '../engine/rule.js';
import { checkLink } from './link-check.js';
import { splitSuffix, writtenDestination } from './link-spelling.js';

export const noMissingFile = defineProjectRule({
  meta: {
    id: 'no-missing-file',
    description: 'Links, images and definitions must point at files or directories that exist.',
    rationale:
      'A relative link, a `/root` path or an absolute URL into the same repository that names a missing path is a 404 on GitHub. Targets are looked up in the tree on disk, in a tree listing, and for the guide in the lock of the pinned upstream commit. A symbolic link resolves to its target, as GitHub shows it. An absolute URL pinned to a commit, a tag or a branch other than the default one names the tree of that ref: it is looked up there when the lint root is a clone holding the ref (or `--git-dir` names one), and otherwise not judged against the current tree (see `pinned-link`). Images, `raw` and `blame` URLs must name a file, not a directory. The likely new place of a missing file is suggested only from a configured rename, a move in the git history, or an unambiguous file of the same name (in any case) ranked by the whole path: directories in common from the end and the start, never across a different year, never a common name such as `README.md` without a directory in common.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: true,
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
      {
        source:
          '[old notes](https://github.com/kubernetes/community/blob/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/sig-docs/notes.md) and [v1.0](https://github.com/kubernetes/community/blob/v1.0/gone/dir/README.md)\n',
        path: 'contributors/devel/README.md',
      },
      {
        source: '[Linked](linked.md) and ![diagram](diagram.png)\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/target.md': '# Target\n', 'contributors/devel/diagram.png': 'png' },
        symlinks: { 'contributors/devel/linked.md': 'target.md' },
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
      {
        source: '[Charter](../sig-docs/CHARTER.md) and [Notes](../sig-docs/2019/notes.md)\n',
        path: 'contributors/devel/README.md',
        tree: {
          'contributors/sig-docs/charter.md': '# Charter\n',
          'contributors/sig-docs/2018/notes.md': '# Notes\n',
        },
        findings: [
          '1:1: Unexpected missing file `contributors/sig-docs/CHARTER.md`, expected an existing file or directory; did you mean `contributors/sig-docs/charter.md`',
          '1:39: Unexpected missing file `contributors/sig-docs/2019/notes.md`, expected an existing file or directory',
        ],
      },
      {
        source:
          '![logo](images/) [raw](https://github.com/kubernetes/community/raw/main/contributors/devel/images) [blame](https://github.com/kubernetes/community/blame/main/contributors/devel/gone.md)\n',
        path: 'contributors/devel/README.md',
        tree: { 'contributors/devel/images/logo.png': 'png' },
        findings: [
          '1:1: Unexpected directory `contributors/devel/images` as image, expected a file',
          '1:18: Unexpected directory `contributors/devel/images` as raw URL, expected a file',
          '1:100: Unexpected missing file `contributors/devel/gone.md`, expected an existing file or directory',
        ],
      },
      {
        source:
          '[see(https://github.com/kubernetes/community/blob/main/contributors/devel/gone.md)] and (text)[https://github.com/kubernetes/community/blob/main/missing.md]\n',
        path: 'contributors/devel/README.md',
        findings: [
          '1:6: Unexpected missing file `contributors/devel/gone.md`, expected an existing file or directory',
          '1:96: Unexpected missing file `missing.md`, expected an existing file or directory',
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
        if (verdict.status === 'not-a-file') {
          const what = verdict.why === 'image' ? 'image' : `${verdict.why} URL`;
          report(file.path, {
            reason: `Unexpected directory \`${verdict.path}\` as ${what}, expected a file`,
            position: link.position,
          });
          continue;
        }
        if (verdict.status !== 'missing-file') continue;
        const what = link.kind === 'image' ? 'image' : 'file';
        const at = verdict.ref === undefined ? '' : ` at \`${verdict.ref}\``;
        const reason = verdict.escapes
          ? `Unexpected link above the repository root \`${verdict.path}\`, expected a path inside the repository`
          : `Unexpected missing ${what} \`${verdict.path}\`${at}, expected an existing file or directory${verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`` : ''}`;
        // A move recorded in git history (or configured) is certain: the fix repoints the link there.
        const fix =
          verdict.suggestedBy === 'rename' && verdict.suggestion && file.text !== null
            ? repoint(link, file.text, file.role.repoPath, verdict.path, verdict.suggestion)
            : null;
        report(file.path, {
          reason,
          position: link.position,
          ...(fix ? { fix } : {}),
          ...(verdict.suggestion
            ? {
                cause: {
                  path: null,
                  position: link.position,
                  reason:
                    verdict.suggestedBy === 'rename'
                      ? `\`${verdict.path}\` was moved to \`${verdict.suggestion}\``
                      : `\`${verdict.suggestion}\` has the same name`,
                },
              }
            : {}),
        });
      }
    }
  },
});

/**
 * The edit that points `link` at `to` instead of the moved `from`, in the form it is written:
 * relative stays relative, `/root` and absolute URLs keep their prefix. Null when the written path
 * does not spell `from` plainly (encoded characters): then the finding names the new place only.
 */
function repoint(link: LinkFact, text: string, documentPath: string, from: string, to: string): TextEdit[] | null {
  const written = writtenDestination(link, text);
  if (!written) return null;
  const { path } = splitSuffix(written.raw);
  if (path === '') return null;
  const dir = posix.dirname(documentPath);
  let next: string | null = null;
  if (path.startsWith('/') && !path.startsWith('//')) {
    if (posix.normalize(path.slice(1)) === from) next = `/${to}`;
  } else if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    if (posix.normalize(posix.join(dir, path)) === from) next = posix.relative(dir === '.' ? '' : dir, to);
  } else if (path.endsWith(`/${from}`)) {
    next = `${path.slice(0, path.length - from.length)}${to}`;
  }
  return next === null ? null : [{ start: written.start, end: written.start + path.length, text: next }];
}
