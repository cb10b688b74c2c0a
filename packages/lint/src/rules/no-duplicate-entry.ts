import { entryKey, plain, type Entry } from '@devguide/markdown';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { sectionItems } from './guide-sections.js';

const path = 'contributors/devel/README.md';

export const noDuplicateEntry = defineFileRule({
  meta: {
    id: 'no-duplicate-entry',
    description: 'List each entry once per section.',
    rationale:
      'Entries are known by their bold title (or, for prose entries, the text of their first link); edits and the entry index find them by it. Two entries of the same name in one section are an edit applied twice or a merge gone wrong, and an edit of that name could not tell them apart. The same entry may appear under a main section and again under a SIG subsection.',
    scope: 'guide',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n## SIG Developer Guide Contributions\n\n### SIG Testing\n\n* **Testing** [testing.md](sig-testing/testing.md)\n',
        path,
      },
    ],
    notOk: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** ([logging.md](logging.md)): klog levels.\n\n* **Testing** ([e2e-tests.md](sig-testing/e2e-tests.md)): End-to-end tests.\n',
        path,
        findings: ['9:1: Unexpected duplicate entry `Testing`, expected each entry once in section `Setting up`'],
      },
    ],
  },
  check({ guide, report }) {
    const model = guide();
    if (!model) return;
    for (const { section, entries } of sectionItems(model)) {
      const seen = new Map<string, Entry>();
      for (const entry of entries) {
        if (!entry.position) continue;
        const key = entryKey(entry);
        if (key === '') continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, entry);
          continue;
        }
        report({
          reason: `Unexpected duplicate entry \`${key}\`, expected each entry once in section \`${plain(section.heading.text)}\``,
          position: entry.position,
          cause: { path: null, position: first.position!, reason: `First entry \`${key}\` here` },
        });
      }
    }
  },
});
