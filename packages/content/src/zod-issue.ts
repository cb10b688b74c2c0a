import type { z } from 'zod';

/** A one-line reason for the first schema problem, in the house grammar. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unexpected key${issue.keys.length > 1 ? 's' : ''} \`${issue.keys.join('`, `')}\`${where}, expected one of the documented keys`;
    case 'invalid_type':
      return `Unexpected value${where}, expected ${issue.expected}`;
    case 'invalid_union':
      return `Unexpected shape${where}, expected an edit with \`set\`, \`remove: true\`, or \`after\` and \`insert\``;
    default:
      return `Unexpected value${where}: ${issue.message}`;
  }
}

/** The path to point at: for an unknown key, the key itself. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
}
