import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

export const headingIncrement = defineFileRule({
  meta: {
    id: 'heading-increment',
    description: 'Go at most one heading level deeper than the previous heading.',
    rationale:
      "Skipping a level (`##` then `####`) leaves a hole in the outline that screen readers, the site's table of contents and the guide model read as structure: the deeper heading has no parent section. Going back up any number of levels is fine.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: '# Guide\n\n## Setting up\n\n### Tools\n\n## Testing\n' }],
    notOk: [
      {
        source: '# Guide\n\n## Setting up\n\n#### Tools\n\n## Testing\n\n### Unit\n\n##### Fakes\n',
        findings: [
          '5:1: Unexpected heading level 4, expected level 3 at most',
          '11:1: Unexpected heading level 5, expected level 4 at most',
        ],
      },
    ],
  },
  check({ facts, report }) {
    let previous: number | null = null;
    for (const heading of facts.headings) {
      if (previous !== null && heading.depth > previous + 1) {
        report({
          reason: `Unexpected heading level ${heading.depth}, expected level ${previous + 1} at most`,
          position: heading.position,
        });
      }
      previous = heading.depth;
    }
  },
});
