import { z } from 'zod';

/** The metadata of a rule that exists only in a test: no options, no examples. */
export function testRuleMeta(
  id: string,
  description: string,
  { severity = 'warn', fixable = false }: { severity?: 'warn' | 'error'; fixable?: boolean } = {},
) {
  return {
    id,
    description,
    rationale: 'A test rule.',
    scope: 'any' as const,
    defaultSeverity: severity,
    fixable,
    options: z.strictObject({}),
    ok: [],
    notOk: [],
  };
}
