import { Suggester } from '@devguide/markdown';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

export const noUndefinedReference = defineFileRule({
  meta: {
    id: 'no-undefined-reference',
    description: 'Reference links must have a definition.',
    rationale: '`[text][label]` without a `[label]: url` definition renders as the literal brackets, not as a link.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: 'See [the guide][guide].\n\n[guide]: guide.md\n' }],
    notOk: [
      {
        source: 'See [the guide][gide].\n\n[guide]: guide.md\n',
        findings: [
          '1:5: Unexpected undefined reference `gide`, expected a definition `[gide]: <url>`; did you mean `guide`',
        ],
      },
    ],
  },
  check({ facts, report }) {
    // One suggester for the file: asking every undefined reference of all definitions grew with their product.
    const defined = new Suggester(new Set(facts.definitions.map((definition) => definition.identifier)));
    for (const reference of facts.references) {
      if (reference.defined) continue;
      const suggestion = defined.suggest(reference.identifier);
      report({
        reason: `Unexpected undefined reference \`${reference.label}\`, expected a definition \`[${reference.label}]: <url>\`${suggestion ? `; did you mean \`${suggestion}\`` : ''}`,
        position: reference.position,
      });
    }
  },
});
