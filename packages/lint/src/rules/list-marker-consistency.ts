import type { Position } from 'unist';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

type Marker = '*' | '-' | '+';

const markers: ReadonlySet<string> = new Set(['*', '-', '+']);

export const listMarkerConsistency = defineFileRule({
  meta: {
    id: 'list-marker-consistency',
    description: 'Use one bullet character (`*`, `-` or `+`) for every unordered list item of a file.',
    rationale:
      "Markdown starts a new list when the bullet character changes, so `*` items followed by `-` items render as two lists, with a gap between them, even when they read as one. One marker per file keeps lists whole and diffs quiet. The guide uses `*`; `consistent` takes whatever the file's first unordered item uses.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({
      marker: z
        .enum(['consistent', '*', '-', '+'])
        .default('consistent')
        .describe('The bullet to use, or `consistent` for the first one the file uses.'),
    }),
    ok: [
      {
        source:
          '* **Testing** [testing.md](sig-testing/testing.md)\n* **Logging** [logging.md](logging.md)\n  * klog levels\n',
      },
      { source: '- one\n- two\n', options: { marker: '-' } },
    ],
    notOk: [
      {
        source:
          '* **Testing** [testing.md](sig-testing/testing.md)\n\n- **Logging** [logging.md](logging.md)\n  + klog levels\n',
        findings: [
          '3:1: Unexpected list marker `-`, expected `*` as the first list of this file uses',
          '4:3: Unexpected list marker `+`, expected `*` as the first list of this file uses',
        ],
        fixed:
          '* **Testing** [testing.md](sig-testing/testing.md)\n\n* **Logging** [logging.md](logging.md)\n  * klog levels\n',
      },
      {
        source: '* one\n* two\n',
        options: { marker: '-' },
        findings: ['1:1: Unexpected list marker `*`, expected `-`', '2:1: Unexpected list marker `*`, expected `-`'],
        fixed: '- one\n- two\n',
      },
    ],
  },
  check({ facts, text, options, report }) {
    let expected: { marker: Marker; position: Position } | null = null;
    for (const list of facts.lists) {
      if (list.ordered) continue;
      for (const item of list.items) {
        const offset = item.start.offset;
        if (offset === undefined) continue;
        const marker = text.charAt(offset);
        if (!markers.has(marker)) continue;
        if (expected === null) {
          expected =
            options.marker === 'consistent'
              ? { marker: marker as Marker, position: item }
              : { marker: options.marker, position: item };
        }
        if (marker === expected.marker) continue;
        const consistent = options.marker === 'consistent';
        report({
          reason: `Unexpected list marker \`${marker}\`, expected \`${expected.marker}\`${consistent ? ' as the first list of this file uses' : ''}`,
          position: item,
          ...(consistent
            ? { cause: { path: null, position: expected.position, reason: `First \`${expected.marker}\` item here` } }
            : {}),
          fix: [{ start: offset, end: offset + 1, text: expected.marker }],
        });
      }
    }
  },
});
