import { resolveLink, type LinkTarget } from '@devguide/markdown';
import type { Link, PhrasingContent, Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import type { TextEdit } from '../engine/rule.js';

const path = 'contributors/devel/README.md';

/** Link text that names a file: no white space, no scheme, a document or source extension. */
const fileName = /^[^\s:]+\.(?:md|markdown|mdx|mdown|rst|adoc|asciidoc|txt|ya?ml|json|toml|go|sh|py|proto|html?)$/i;
/** A target's last segment that is a file (has an extension), not a directory or a page. */
const hasExtension = /\.[A-Za-z0-9]{1,10}$/;

export const linkTextNamesTarget = defineFileRule({
  meta: {
    id: 'link-text-names-target',
    description: 'Make link text that is a file name name the file the link points to.',
    rationale:
      "Entries often show the target's file name as the link text (`[testing.md](sig-testing/testing.md)`). When a file is renamed and only the destination is updated, the text keeps the old name and readers search for a file that does not exist (upstream: `[instrumentation.md](sig-instrumentation/metric-instrumentation.md)`). Link text that is a path keeps its directories and gets the new name. The fix rewrites the text when it is plain text or code.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      { source: '* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n', path },
      {
        source:
          'See [the guide](../guide/README.md) and [k8s.io](https://k8s.io/) and [README.md](/contributors/guide/).\n',
        path,
      },
      { source: 'Approvers are listed in [Owners.md](../guide/owners.md).\n', path },
    ],
    notOk: [
      {
        source:
          '* **Instrumenting Kubernetes with a new metric**\n  ([instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n',
        path,
        findings: [
          '2:4: Unexpected link text `instrumentation.md`, expected `metric-instrumentation.md`, the name of the file it links to',
        ],
        fixed:
          '* **Instrumenting Kubernetes with a new metric**\n  ([metric-instrumentation.md](sig-instrumentation/metric-instrumentation.md)): How to add a new metric.\n',
      },
      {
        source:
          'Read [`/contributors/guide/issues-triage.md`](https://github.com/kubernetes/community/blob/master/contributors/guide/issue-triage.md).\n',
        path,
        findings: [
          '1:6: Unexpected link text `/contributors/guide/issues-triage.md`, expected `/contributors/guide/issue-triage.md`, the name of the file it links to',
        ],
        fixed:
          'Read [`/contributors/guide/issue-triage.md`](https://github.com/kubernetes/community/blob/master/contributors/guide/issue-triage.md).\n',
      },
    ],
  },
  check({ facts, text, resolve, tree, report }) {
    let links: Map<number, Link> | undefined;
    for (const link of facts.links) {
      const shown = link.text;
      if (link.kind !== 'link' || !fileName.test(shown)) continue;
      const name = targetName(resolveLink(link.url, resolve));
      if (name === null) continue;
      const slash = shown.lastIndexOf('/');
      // Only another name counts: `Owners.md` for `OWNERS.md` names the same file to a reader.
      if (shown.slice(slash + 1).toLowerCase() === name.toLowerCase()) continue;
      const expected = shown.slice(0, slash + 1) + name;
      // The fix needs the link's children; the tree is parsed for the rare file that has a finding.
      links ??= linksByStart(tree());
      const node = links.get(link.position.start.offset!);
      const fix = node ? textEdit(node, text, expected) : null;
      report({
        reason: `Unexpected link text \`${shown}\`, expected \`${expected}\`, the name of the file it links to`,
        position: link.position,
        ...(fix ? { fix: [fix] } : {}),
      });
    }
  },
});

function linksByStart(tree: Root): Map<number, Link> {
  const links = new Map<number, Link>();
  visit(tree, 'link', (node) => {
    const start = node.position?.start.offset;
    if (start !== undefined) links.set(start, node);
  });
  return links;
}

/** The file name a target ends in, or null for anchors, directories and pages without one. */
function targetName(target: LinkTarget): string | null {
  let last: string;
  switch (target.kind) {
    case 'anchor':
      return null;
    case 'repo':
    case 'escape':
      last = posix.basename(target.path);
      break;
    case 'external': {
      let pathname: string;
      try {
        pathname = new URL(target.url).pathname;
      } catch {
        return null;
      }
      if (pathname.endsWith('/')) return null;
      last = pathname.slice(pathname.lastIndexOf('/') + 1);
      try {
        last = decodeURIComponent(last);
      } catch {
        // Keep it encoded.
      }
      break;
    }
  }
  return hasExtension.test(last) && !/\s/.test(last) ? last : null;
}

/**
 * The edit that respells the link text, when the text is one plain text or
 * code node (possibly inside emphasis) written without escapes; else null.
 */
function textEdit(link: Link, text: string, expected: string): TextEdit | null {
  let node: PhrasingContent | undefined = link.children.length === 1 ? link.children[0] : undefined;
  while (node && (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete')) {
    node = node.children.length === 1 ? node.children[0] : undefined;
  }
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (!node || start === undefined || end === undefined) return null;
  if (node.type === 'text') {
    if (text.slice(start, end) !== node.value) return null;
    return { start, end, text: expected.replace(/[\\`*[\]<>&]/g, '\\$&') };
  }
  if (node.type === 'inlineCode') {
    const raw = text.slice(start, end);
    if (expected.includes('`') || raw !== `\`${node.value}\``) return null;
    return { start, end, text: `\`${expected}\`` };
  }
  return null;
}
