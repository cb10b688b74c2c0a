import { plain, type Entry, type EntryLayout } from '@devguide/markdown';
import type { ListItem, Paragraph } from 'mdast';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { spanOf } from '../facts/html-facts.js';
import type { FileContext } from '../engine/rule.js';
import { sectionItems } from './guide-sections.js';

const path = 'contributors/devel/README.md';

export const entryShape = defineFileRule({
  meta: {
    id: 'entry-shape',
    description:
      'Give every guide entry a bold title, a link and a description, in the layout the rest of its section uses.',
    rationale:
      'An entry is how the guide points at a document: `* **Title** ([file.md](path)): what it covers`. Without the title the entry cannot be found by name (edits and the entry index key on it), without a link it points nowhere, and without a description readers cannot tell whether to follow it. Prose entries (`* The [REST API documentation](url) explains …`) need only their link. Entries in one section that mix layouts (`([x](y)): text`, `([x](y))` then text, `[x](y)` then text) read as unfinished edits; the layout most entries of the section use is the expected one.',
    scope: 'guide',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({
      consistentLayout: z
        .boolean()
        .default(true)
        .describe('Report entries whose layout differs from the one most entries of their section use.'),
      requireDescription: z
        .boolean()
        .default(true)
        .describe('Report entries with a title and links but no description.'),
    }),
    ok: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* The [REST API documentation](https://kubernetes.io/docs/reference/) explains the API.\n',
        path,
        options: { consistentLayout: false },
      },
    ],
    notOk: [
      {
        source:
          '# Guide\n\n## Setting up\n\n* **Development Guide** ([development.md](development.md)): Setting up your environment.\n\n* **Testing** ([testing.md](sig-testing/testing.md)): How to run the tests.\n\n* **Logging** [logging.md](sig-instrumentation/logging.md)\n  klog levels.\n\n* **Profiling** ([profiling.md](sig-scalability/profiling.md)):\n\n* **Flaky tests**: We have a goal of 99.9% flake free tests.\n\n* **Logging Conventions** ([logging.md](logging.md)]: Glog levels.\n',
        path,
        findings: [
          '9:1: Unexpected layout `bare`, expected `paren-colon` as the other entries of this section use',
          '12:1: Unexpected entry `Profiling` without a description, expected a sentence after its links saying what it covers',
          '14:1: Unexpected entry `Flaky tests` without a link, expected a link to the document it describes',
          '16:52: Unexpected `]:` after the links of entry `Logging Conventions`, expected `)` to close them',
        ],
      },
    ],
  },
  check({ tree, text, guide, options, report }) {
    const model = guide();
    if (!model) return;
    let items: Map<number, ListItem> | null = null;
    const itemAt = (offset: number | undefined): ListItem | undefined => {
      if (items === null) {
        const found = new Map<number, ListItem>();
        visit(tree(), 'listItem', (node) => {
          if (node.position?.start.offset !== undefined) found.set(node.position.start.offset, node);
        });
        items = found;
      }
      return offset === undefined ? undefined : items.get(offset);
    };

    for (const group of sectionItems(model)) {
      for (const entry of group.entries) {
        if (!entry.position) continue;
        if (entry.title !== null && plain(entry.title) === '') {
          report({
            reason: "Unexpected entry with an empty title, expected the document's name in bold, `**Title**`",
            position: entry.position,
          });
        } else if (options.requireDescription && entry.layout !== 'prose' && plain(entry.description.raw) === '') {
          report({
            reason: `Unexpected entry \`${plain(entry.title ?? '')}\` without a description, expected a sentence after its links saying what it covers`,
            position: entry.position,
          });
        }
      }
      // List items with a bold title that the model could not read as an entry.
      for (const { item } of group.freeItems) {
        const node = itemAt(item.position?.start.offset);
        const paragraph = node?.children[0];
        if (!node || !item.position || paragraph?.type !== 'paragraph' || paragraph.children[0]?.type !== 'strong')
          continue;
        const title = toString(paragraph.children[0]);
        let linked = false;
        visit(node, 'link', () => {
          linked = true;
        });
        if (!linked) {
          report({
            reason: `Unexpected entry \`${title}\` without a link, expected a link to the document it describes`,
            position: item.position,
          });
          continue;
        }
        const unclosed = unclosedHead(paragraph, text);
        report({
          reason: `Unexpected ${unclosed?.token ? `\`${unclosed.token}\`` : 'text'} after the links of entry \`${title}\`, expected \`)\` to close them`,
          position: unclosed?.position ?? item.position,
        });
      }
      if (options.consistentLayout) checkLayouts(group.entries, report);
    }
  },
});

const headLinkJoiner = /^\s*(?:,|and|&|or|,\s*and)?\s*$/;

/**
 * Where a parenthesised entry head (`**T** ([a](x) and [b](y))`) fails to
 * close: the first word after its last link, as the guide model reads the links.
 */
function unclosedHead(paragraph: Paragraph, text: string): { token: string; position: Position } | null {
  const children = paragraph.children;
  let index = children.findIndex((child, at) => at > 0 && child.type === 'link');
  if (index === -1) return null;
  for (;;) {
    const joiner = children[index + 1];
    const next = children[index + 2];
    if (joiner?.type !== 'text' || next?.type !== 'link' || !headLinkJoiner.test(joiner.value)) break;
    index += 2;
  }
  const end = children[index]?.position?.end;
  const paragraphEnd = paragraph.position?.end.offset;
  if (end?.offset === undefined || paragraphEnd === undefined) return null;
  const match = /^(\s*)(\S{1,12})/.exec(text.slice(end.offset, paragraphEnd));
  if (!match) return null;
  const start = end.offset + match[1]!.length;
  return { token: match[2]!, position: spanOf(location(text), start, start + match[2]!.length) };
}

function checkLayouts(entries: readonly Entry[], report: FileContext<unknown>['report']): void {
  const placed = entries.filter((entry) => entry.position !== undefined);
  const counts = new Map<EntryLayout, { count: number; first: Entry }>();
  for (const entry of placed) {
    const seen = counts.get(entry.layout);
    if (seen) seen.count++;
    else counts.set(entry.layout, { count: 1, first: entry });
  }
  if (counts.size < 2) return;
  // The most used layout; on a tie, the one used first.
  let majority: { layout: EntryLayout; count: number; first: Entry } | null = null;
  for (const [layout, { count, first }] of counts) {
    if (majority === null || count > majority.count) majority = { layout, count, first };
  }
  if (!majority) return;
  for (const entry of placed) {
    if (entry.layout === majority.layout) continue;
    report({
      reason: `Unexpected layout \`${entry.layout}\`, expected \`${majority.layout}\` as the other entries of this section use`,
      position: entry.position!,
      cause: {
        path: null,
        position: majority.first.position!,
        reason: `First \`${majority.layout}\` entry of the section`,
      },
    });
  }
}
