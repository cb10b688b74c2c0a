import { entryKey, plain, targetKey, type Entry, type GuideLink } from '@devguide/markdown';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { sectionItems } from './guide-sections.js';

const path = 'contributors/devel/README.md';

export const noDuplicateTarget = defineFileRule({
  meta: {
    id: 'no-duplicate-target',
    description: 'Do not point two entries of one section at the same document.',
    rationale:
      'Two entries of one section whose first links land on the same file (however the links are spelled: relative, `/root`, absolute GitHub URL) describe one document twice, usually under two titles after a rename. The guide repeats documents across sections on purpose (a main section and a SIG subsection), so only entries of the same section or subsection are compared.',
    scope: 'guide',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing guide** [testing.md](sig-testing/testing.md)\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Unit tests** ([unit](https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md)): Unit tests.\n',
        path,
        findings: [
          '7:19: Unexpected second entry for `contributors/devel/sig-testing/testing.md`, expected one entry per document in section `Setting up`; see entry `Testing`',
        ],
      },
    ],
  },
  check({ guide, report }) {
    const model = guide();
    if (!model) return;
    for (const { section, entries } of sectionItems(model)) {
      const seen = new Map<string, { entry: Entry; link: GuideLink }>();
      for (const entry of entries) {
        const link = headLink(entry);
        if (!link?.position) continue;
        const key = targetKey(link.target);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { entry, link });
          continue;
        }
        report({
          reason: `Unexpected second entry for \`${describe(link)}\`, expected one entry per document in section \`${plain(section.heading.text)}\`; see entry \`${entryKey(first.entry)}\``,
          position: link.position,
          cause: {
            path: null,
            position: first.link.position!,
            reason: `Entry \`${entryKey(first.entry)}\` links to it here`,
          },
        });
      }
    }
  },
});

/** The link an entry is about: its first head link, or a prose entry's first link. */
function headLink(entry: Entry): GuideLink | undefined {
  const link = entry.links[0] ?? (entry.title === null ? entry.description.slots[0]?.link : undefined);
  return link?.kind === 'link' ? link : undefined;
}

function describe(link: GuideLink): string {
  const target = link.target;
  switch (target.kind) {
    case 'repo':
      return `${target.path}${target.fragment === null ? '' : `#${target.fragment}`}`;
    case 'external':
      return target.url;
    case 'escape':
      return target.path;
    case 'anchor':
      return `#${target.fragment}`;
  }
}
