import type { ListFact } from '../facts/file-facts.js';
import type { Position } from 'unist';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

type Spacing = 'loose' | 'tight';

export const listSpreadConsistency = defineFileRule({
  meta: {
    id: 'list-spread-consistency',
    description: 'Separate the items of a list all by blank lines or none by blank lines.',
    rationale:
      'One blank line between two items makes the whole list loose: every item becomes a paragraph with space around it, so a list that mixes the two renders as if every item were separated. The mix is almost always an edit that did not follow its neighbours. With `within: file`, lists at the same nesting level are also compared with each other, since a tight list among loose ones renders visibly denser.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: false,
    options: z.strictObject({
      within: z
        .enum(['list', 'file'])
        .default('list')
        .describe(
          'Compare the items of each list (`list`), and also the lists of the file at the same nesting level (`file`).',
        ),
    }),
    ok: [
      { source: '* one\n* two\n* three\n\nText.\n\n* four\n\n* five\n' },
      { source: '* one\n\n* two\n\n* three\n\n### Next\n* four\n\n* five\n', options: { within: 'file' } },
    ],
    notOk: [
      {
        source: '* one\n\n* two\n* three\n\n* four\n',
        findings: [
          '4:1: Unexpected item right after the previous one, expected a blank line before it as between the other items of this list',
        ],
      },
      {
        source: '* one\n* two\n\n* three\n* four\n',
        findings: [
          '4:1: Unexpected blank line before this item, expected none as between the other items of this list',
        ],
      },
      {
        source: '* one\n\n* two\n\n### Next\n\n* three\n* four\n\n### Last\n\n* five\n\n* six\n',
        options: { within: 'file' },
        findings: [
          '7:1: Unexpected tight list, expected blank lines between its items as the other lists of this file have',
        ],
      },
    ],
  },
  check({ facts, options, report }) {
    // Per nesting depth: the first list of each spacing, and how many lists use it.
    const byDepth = new Map<number, Array<{ spacing: Spacing; position: Position }>>();
    for (const list of facts.lists) {
      const spacing = checkList(list, report);
      if (spacing === null) continue;
      const lists = byDepth.get(list.depth) ?? [];
      lists.push({ spacing, position: list.position });
      byDepth.set(list.depth, lists);
    }
    if (options.within !== 'file') return;
    for (const lists of byDepth.values()) {
      const majority = majorityOf(lists.map((list) => list.spacing));
      if (majority === null) continue;
      const first = lists.find((list) => list.spacing === majority)!;
      for (const list of lists) {
        if (list.spacing === majority) continue;
        report({
          reason:
            list.spacing === 'tight'
              ? 'Unexpected tight list, expected blank lines between its items as the other lists of this file have'
              : 'Unexpected loose list, expected no blank lines between its items as the other lists of this file have',
          position: list.position,
          cause: { path: null, position: first.position, reason: `First ${majority} list here` },
        });
      }
    }
  },
});

/**
 * Reports the items whose separation from the previous item breaks the
 * majority of the list; returns the list's spacing (null for a single item).
 */
function checkList(list: ListFact, report: (finding: { reason: string; position: Position }) => void): Spacing | null {
  const gaps: Array<{ spacing: Spacing; position: Position }> = [];
  for (let index = 1; index < list.items.length; index++) {
    const previous = list.items[index - 1]!;
    const item = list.items[index]!;
    gaps.push({ spacing: item.start.line - previous.end.line > 1 ? 'loose' : 'tight', position: item });
  }
  const majority = majorityOf(gaps.map((gap) => gap.spacing));
  for (const gap of gaps) {
    if (majority === null || gap.spacing === majority) continue;
    report({
      reason:
        gap.spacing === 'tight'
          ? 'Unexpected item right after the previous one, expected a blank line before it as between the other items of this list'
          : 'Unexpected blank line before this item, expected none as between the other items of this list',
      position: gap.position,
    });
  }
  return majority;
}

/** The more common spacing; on a tie, the one that comes first; null for none. */
function majorityOf(spacings: readonly Spacing[]): Spacing | null {
  const first = spacings[0];
  if (first === undefined) return null;
  const loose = spacings.filter((spacing) => spacing === 'loose').length;
  const tight = spacings.length - loose;
  return loose === tight ? first : loose > tight ? 'loose' : 'tight';
}
