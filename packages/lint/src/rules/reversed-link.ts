import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

const path = 'contributors/devel/README.md';
/** `(text)[` right before a bare URL: the two halves of a link written the wrong way round. */
const reversedBefore = /\(([^()[\]\n]+)\)\[$/;

export const reversedLink = defineFileRule({
  meta: {
    id: 'reversed-link',
    description: 'Write links as `[text](url)`, not `(text)[url]`.',
    rationale:
      'In `(text)[https://…]` the brackets are the wrong way round: no link is formed, and GitHub shows the parentheses, the brackets and a bare URL, which it links on its own (the URL is checked like any other link by `no-missing-file`). The fix writes `[text](https://…)`.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md) and (see https://k8s.io)[^1]\n\n[^1]: a note\n',
        path,
      },
    ],
    notOk: [
      {
        source: 'Read (the FAQ)[https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md].\n',
        path,
        findings: [
          '1:16: Unexpected `(the FAQ)[https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md]`, expected `[the FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md)`',
        ],
        fixed: 'Read [the FAQ](https://github.com/kubernetes/community/blob/main/sig-storage/volume-plugin-faq.md).\n',
      },
    ],
  },
  check({ facts, text, report }) {
    for (const link of facts.links) {
      const start = link.position.start.offset;
      const end = link.position.end.offset;
      // Bare URLs only: a literal's text is the URL as written.
      if (link.kind !== 'link' || start === undefined || end === undefined || text.slice(start, end) !== link.text)
        continue;
      if (text.charAt(end) !== ']') continue;
      const before = reversedBefore.exec(text.slice(Math.max(0, start - 400), start));
      if (!before) continue;
      const from = start - before[0].length;
      const written = text.slice(from, end + 1);
      const fixed = `[${before[1]}](${link.text})`;
      report({
        reason: `Unexpected \`${written}\`, expected \`${fixed}\``,
        position: link.position,
        fix: [{ start: from, end: end + 1, text: fixed }],
      });
    }
  },
});
