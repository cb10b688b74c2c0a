import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { shown } from './link-spelling.js';

const path = 'contributors/devel/README.md';
const space = /\s/;

export const noSpaceInDestination = defineFileRule({
  meta: {
    id: 'no-space-in-destination',
    description: 'Write link destinations without white space around or inside them.',
    rationale:
      'White space between `(` and the destination (`[here]( https://…)`) or before `)` is allowed by CommonMark but is usually a stray key press, breaks naive tools that read links (link checkers, `grep`, renderers that are not CommonMark) and hides the destination when a line wraps. Inside `<…>` a leading or trailing space becomes part of the URL (`%20`), which points at a file that does not exist. The fix removes the white space around the destination; a space inside the path of a `<…>` destination is written as `%20`, which is what it means.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          'See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md).\n',
        path,
      },
      {
        source:
          'See [the FAQ](<../../sig-storage/volume-plugin-faq.md> "FAQ") and [testing](sig-testing/testing.md "Testing").\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          'See this doc [here]( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n',
        path,
        findings: [
          '1:14: Unexpected whitespace in link destination `( https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`, expected `(https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`',
        ],
        fixed:
          'See this doc [here](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) for more information.\n',
      },
      {
        source:
          'Read [testing]( sig-testing/testing.md ) and ![logo](< logo.png >).\n\n[faq]: <volume plugin faq.md>\n',
        path,
        findings: [
          '1:6: Unexpected whitespace in link destination `( sig-testing/testing.md )`, expected `(sig-testing/testing.md)`',
          '1:46: Unexpected whitespace in link destination `(< logo.png >)`, expected `(<logo.png>)`',
          '3:1: Unexpected whitespace in link destination `<volume plugin faq.md>`, expected `<volume%20plugin%20faq.md>`',
        ],
        fixed: 'Read [testing](sig-testing/testing.md) and ![logo](<logo.png>).\n\n[faq]: <volume%20plugin%20faq.md>\n',
      },
    ],
  },
  check({ facts, text, report }) {
    for (const link of facts.links) {
      const destination = link.destination;
      const start = link.position.start.offset;
      const end = link.position.end.offset;
      if (!destination || start === undefined || end === undefined || destination.start === destination.end) continue;
      let from = destination.start;
      let to = destination.end;
      let before = '';
      let after = '';
      let leading = false;
      let trailing = false;
      if (link.kind !== 'definition') {
        // `(`, white space, the destination: the node's span says where `(` may be. Shown with `(` either way.
        let open = destination.start;
        while (open > start && space.test(text[open - 1]!)) open--;
        if (text[open - 1] === '(') {
          leading = open < destination.start;
          from = open - 1;
          before = '(';
        }
        // The destination, white space, the node's closing `)` (a title in between is fine).
        let close = destination.end;
        while (close < end && space.test(text[close]!)) close++;
        if (close === end - 1 && text[close] === ')') {
          trailing = close > destination.end;
          to = close + 1;
          after = ')';
        }
      }
      const written = text.slice(destination.start, destination.end);
      const respelled =
        written.startsWith('<') && written.endsWith('>') && written.length >= 2
          ? `<${respellAngled(written.slice(1, -1))}>`
          : written;
      if (!leading && !trailing && respelled === written) continue;
      const expected = before + respelled + after;
      report({
        reason: `Unexpected whitespace in link destination \`${shown(text.slice(from, to))}\`, expected \`${shown(expected)}\``,
        position: link.position,
        // Separate edits, so that other rules' edits inside the destination apply in the same pass.
        fix: [
          ...(leading ? [{ start: from + 1, end: destination.start, text: '' }] : []),
          ...(respelled === written ? [] : [{ start: destination.start, end: destination.end, text: respelled }]),
          ...(trailing ? [{ start: destination.end, end: to - 1, text: '' }] : []),
        ],
      });
    }
  },
});

/** Inside `<…>`: white space around the destination dropped, white space inside it percent-encoded. */
function respellAngled(inner: string): string {
  return inner.trim().replace(/\s/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
