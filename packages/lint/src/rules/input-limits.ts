import {
  defaultInlineNestingLimit,
  defaultNestingLimit,
  findDeepInlineNesting,
  findDeepNesting,
} from '@devguide/markdown';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import type { LimitFact } from '../facts/file-facts.js';

// Ten times the largest file of kubernetes/community; parsing a table-heavy file takes about a thousand times its size in memory.
export const defaultMaxFileBytes = 2 * 1024 * 1024;

const sizeOptions = z.strictObject({
  bytes: z.number().int().positive().default(defaultMaxFileBytes).describe('The largest file linted, in bytes.'),
});

const nestingOptions = z.strictObject({
  depth: z
    .number()
    .int()
    .positive()
    .max(1000)
    .default(defaultNestingLimit)
    .describe('How deep block quotes and lists may nest.'),
  inline: z
    .number()
    .int()
    .positive()
    .max(5000)
    .default(defaultInlineNestingLimit)
    .describe('How deep emphasis and link brackets may nest within a paragraph.'),
});

export interface InputLimits {
  bytes: number;
  depth: number;
  inline: number;
}

/*
 * Both limits are applied by the engine before a file is parsed (lint-file.ts): a file past one
 * is not parsed at all, and these rules report the limit it crossed.
 */
function reportLimit(rule: LimitFact['rule']) {
  return ({
    facts,
    report,
  }: {
    facts: { limit?: LimitFact | null };
    report: (finding: { reason: string; position: LimitFact['position'] }) => void;
  }) => {
    const limit = facts.limit;
    if (limit?.rule === rule) report({ reason: limit.reason, position: limit.position });
  };
}

export const maxFileSize = defineFileRule({
  meta: {
    id: 'max-file-size',
    description: 'Markdown files must not be larger than the limit; a larger file is reported and not linted.',
    rationale:
      "Parsing takes memory in proportion to a file's size, many times the size itself; a file of tens of megabytes (generated, or pasted by mistake) would exhaust the memory of the whole run. It is reported and skipped instead, so the rest of the tree is still linted. Links into it are not checked for anchors. Raise `bytes` for a tree that really holds larger markdown.",
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: sizeOptions,
    ok: [{ source: '# Small\n\nShort enough.\n', options: { bytes: 100 } }],
    notOk: [
      {
        source: `# Large\n\n${'A line of text.\n'.repeat(10)}`,
        options: { bytes: 100 },
        findings: ['1:1: Unexpected file of 169 bytes, expected at most 100 bytes; the file is not linted'],
      },
    ],
  },
  check: reportLimit('max-file-size'),
});

export const maxNesting = defineFileRule({
  meta: {
    id: 'max-nesting',
    description:
      'Block quotes and lists, and emphasis and links within a paragraph, must not nest deeper than their limits; a deeper file is reported and not linted.',
    rationale:
      "The markdown parser's work per line grows with the square of the containers open on it, and the tree it builds is walked recursively: thousands of nested list markers or `>` take minutes and overflow the stack. The nesting is measured from the text before parsing (two columns of indentation or list marker, or one `>`, per level), and a file past the limit is reported where it crosses it and not linted further. Emphasis costs the parser the square of its nesting (40,000 levels take minutes); within a paragraph each `*` or `_` that can only open emphasis, and each `[`, counts a level until closed.",
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    options: nestingOptions,
    ok: [
      { source: '# Lists\n\n- one\n  - two\n    - three\n', options: { depth: 3 } },
      {
        source: '# Emphasis\n\nSee *a _b *c d* e_ f* and [[[x](#emphasis)](#emphasis)](#emphasis).\n',
        options: { inline: 3 },
      },
    ],
    notOk: [
      {
        source: '# Lists\n\n- one\n  - two\n    - three\n      - four\n',
        options: { depth: 3 },
        findings: ['6:7: Unexpected block quotes and lists nested over 3 deep, expected at most 3 levels'],
      },
      {
        source: '# Emphasis\n\nSee *a _b *c _d e_ f* g_ h*.\n',
        options: { inline: 3 },
        findings: ['3:14: Unexpected emphasis and links nested over 3 deep, expected at most 3 levels'],
      },
    ],
  },
  check: reportLimit('max-nesting'),
});

/** The limit `text` crosses first, if any; `bytes` is its size on disk. */
export function exceededLimit(text: string, bytes: number, limits: InputLimits): LimitFact | null {
  const start = { line: 1, column: 1, offset: 0 };
  if (bytes > limits.bytes)
    return {
      rule: 'max-file-size',
      reason: `Unexpected file of ${bytes} bytes, expected at most ${limits.bytes} bytes; the file is not linted`,
      position: { start, end: start },
    };
  const deep = findDeepNesting(text, limits.depth);
  const inline = deep ? null : findDeepInlineNesting(text, limits.inline);
  const at = deep ?? inline;
  if (!at) return null;
  const point = { line: at.line, column: at.column };
  return {
    rule: 'max-nesting',
    reason: deep
      ? `Unexpected block quotes and lists nested over ${limits.depth} deep, expected at most ${limits.depth} levels`
      : `Unexpected emphasis and links nested over ${limits.inline} deep, expected at most ${limits.inline} levels`,
    position: { start: point, end: point },
  };
}
