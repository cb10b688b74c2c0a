import { plain, type Section } from '@devguide/markdown';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

const path = 'contributors/devel/README.md';

export const noEmptySection = defineFileRule({
  meta: {
    id: 'no-empty-section',
    description: 'Give every `## ` and `### ` section of the guide content or subsections.',
    rationale:
      'An empty section is a heading with nothing under it: usually what is left after its entries moved elsewhere, or a section added and never filled. Readers following the table of contents land on nothing.',
    scope: 'guide',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '# Guide\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n* **CRI** [cri.md](sig-node/cri.md)\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          '# Guide\n\n## Building releases\n\n## SIG Developer Guide Contributions\n\n### SIG Node\n\n### SIG CLI\n\n* **Kubectl Conventions** [kubectl-conventions.md](sig-cli/kubectl-conventions.md)\n',
        path,
        findings: [
          '3:1: Unexpected empty section `Building releases`, expected content or subsections under it',
          '7:1: Unexpected empty section `SIG Node`, expected content under it',
        ],
      },
    ],
  },
  check({ guide, report }) {
    const model = guide();
    if (!model) return;
    const visit = (section: Section) => {
      if (section.blocks.length === 0 && section.subsections.length === 0 && section.position) {
        const what = section.heading.depth === 2 ? 'content or subsections' : 'content';
        report({
          reason: `Unexpected empty section \`${plain(section.heading.text)}\`, expected ${what} under it`,
          position: section.position,
        });
      }
      section.subsections.forEach(visit);
    };
    model.sections.forEach(visit);
  },
});
