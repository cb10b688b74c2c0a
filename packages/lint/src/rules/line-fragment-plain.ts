import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import { indexFor } from '../engine/rule.js';
import { checkLink } from './link-check.js';
import { writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

export const lineFragmentPlain = defineProjectRule({
  meta: {
    id: 'line-fragment-plain',
    description: 'Line fragments (`#L10`) on a markdown file need `?plain=1`.',
    rationale:
      "github.com renders a markdown file (and a directory's README): the rendered page has heading anchors, not line anchors, so `#L10` or `#L10-L20` scrolls nowhere. With `?plain=1` GitHub shows the source with line numbers and the fragment works; `blame` and `raw` views need nothing. The fix adds `?plain=1` before the fragment.",
    scope: 'any',
    defaultSeverity: 'error',
    fixable: true,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '[build](development.md?plain=1#L10-L20), [blame](https://github.com/kubernetes/community/blame/main/contributors/devel/development.md#L10) and [script](hack/verify.sh#L3)\n',
        path,
        tree: {
          'contributors/devel/development.md': '# Development\n',
          'contributors/devel/hack/verify.sh': '#!/bin/sh\n',
        },
      },
    ],
    notOk: [
      {
        source: '[build](development.md#L10) and [here](#L2)\n',
        path,
        tree: { 'contributors/devel/development.md': '# Development\n' },
        findings: [
          '1:1: Unexpected line fragment `#L10` on rendered markdown `contributors/devel/development.md`, expected `?plain=1#L10`',
          '1:33: Unexpected line fragment `#L2` on rendered markdown `contributors/devel/README.md`, expected `?plain=1#L2`',
        ],
        fixed: '[build](development.md?plain=1#L10) and [here](?plain=1#L2)\n',
      },
    ],
  },
  check({ files, index, settings, report }) {
    for (const file of files) {
      for (const link of file.facts.links) {
        const verdict = checkLink(link, file, indexFor(index, file.role), settings);
        if (verdict.status !== 'rendered-line') continue;
        const written = file.text === null ? null : writtenDestination(link, file.text);
        const hash = written ? written.raw.indexOf('#') : -1;
        // `?plain=1` joins a query already there.
        const query = written ? written.raw.slice(0, hash === -1 ? undefined : hash).includes('?') : false;
        const insert = query ? '&plain=1' : '?plain=1';
        report(file.path, {
          reason: `Unexpected line fragment \`#${verdict.fragment}\` on rendered markdown \`${verdict.path}\`, expected \`${insert}#${verdict.fragment}\``,
          position: link.position,
          ...(written && hash !== -1
            ? { fix: [{ start: written.start + hash, end: written.start + hash, text: insert }] }
            : {}),
        });
      }
    }
  },
});
