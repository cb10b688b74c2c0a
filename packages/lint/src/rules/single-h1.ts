import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

export const singleH1 = defineFileRule({
  meta: {
    id: 'single-h1',
    description: 'Use at most one H1 per file.',
    rationale:
      "The H1 is the document's title: GitHub and the site show it as the page heading and tools take it for the page name. A second H1 splits the page into two documents in outlines and tables of contents; the sections below it belong under `## `.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: '# Guide\n\n## Setting up\n\n## Testing\n' }],
    notOk: [
      {
        source: '# Guide\n\n## Setting up\n\n# Testing\n',
        findings: ['5:1: Unexpected second H1 `Testing`, expected one H1 per file; use `## Testing` for a section'],
      },
    ],
  },
  check({ facts, report }) {
    const h1s = facts.headings.filter((heading) => heading.depth === 1);
    const first = h1s[0];
    if (!first) return;
    for (const extra of h1s.slice(1)) {
      const text = extra.text.replace(/\s+/g, ' ').trim();
      report({
        reason: `Unexpected second H1 \`${text}\`, expected one H1 per file; use \`## ${text}\` for a section`,
        position: extra.position,
        cause: { path: null, position: first.position, reason: 'First H1 here' },
      });
    }
  },
});
