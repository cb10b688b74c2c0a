import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

export const noUnusedDefinition = defineFileRule({
  meta: {
    id: 'no-unused-definition',
    description: 'Reference definitions must be used.',
    rationale:
      'A definition nothing refers to is dead weight, and often the sign of a reference whose label was mistyped.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({}),
    ok: [{ source: 'See [the guide][guide].\n\n[guide]: guide.md\n' }],
    notOk: [
      {
        source: 'See the guide.\n\n[guide]: guide.md\n',
        findings: ['3:1: Unexpected unused definition `guide`, expected a reference to it'],
      },
    ],
  },
  check({ facts, report }) {
    const used = new Set(
      facts.references.filter((reference) => reference.defined).map((reference) => reference.identifier),
    );
    for (const definition of facts.definitions) {
      if (used.has(definition.identifier)) continue;
      report({
        reason: `Unexpected unused definition \`${definition.label}\`, expected a reference to it`,
        position: definition.position,
      });
    }
  },
});
