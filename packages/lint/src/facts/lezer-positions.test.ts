import { NodeProp, Tree } from '@lezer/common';
import { parser } from '@lezer/markdown';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';

/*
 * @lezer/markdown wrote a block's children at offset `-from`, which is -0 for a block at the
 * start of the file (nearly every file: a heading on its first line). A -0 added to a position
 * makes it a boxed double, and V8 then makes every array from the same allocation site an array
 * of doubles for the rest of the process: every position read afterwards (by the parser and by
 * the fact producer) was a heap number, and the producer's optimised code was thrown away and
 * compiled again as the positions changed type. The patch (patches/@lezer__markdown@1.8.2.patch)
 * writes `0 - from`.
 */
setFlagsFromString('--allow-natives-syntax');
// V8's own check of an array's element kind.
const holdsDoubles = new Function('array', 'return %HasDoubleElements(array)') as (array: unknown[]) => boolean;

function arrays(tree: Tree, found: unknown[][] = []): unknown[][] {
  found.push(tree.positions as unknown as unknown[]);
  for (const child of tree.children) if ('children' in child) arrays(child, found);
  return found;
}

function trees(tree: Tree, found: Tree[] = []): Tree[] {
  found.push(tree);
  for (const child of tree.children) if (child instanceof Tree) trees(child, found);
  return found;
}

describe('@lezer/markdown positions', () => {
  it('stay small integers after a file whose first block starts at offset 0', () => {
    for (const text of ['# Title *here*\n\ntext\n', '```\ncode\n```\n', '<div id="a">\n</div>\n', 'Para *x*\n'])
      parser.parse(text);
    const tree = parser.parse('Intro [link](a.md)\n\n## Heading *x*\n\n- item `code`\n');
    const all = arrays(tree);
    expect(all.length).toBeGreaterThan(1);
    for (const positions of all) expect(holdsDoubles(positions)).toBe(false);
  });

  /*
   * Unpatched, every block node carries a context hash for incremental parsing, which this project
   * never does: a copy of each child to attach it, and a prop dictionary per node. On a list of
   * 16 MB that was a fifth of everything the producer allocated (4.5 GB to 3.7 GB).
   */
  it('builds block nodes without context hashes', () => {
    const tree = parser.parse('# Title\n\n- item\n  - nested\n\n> quote\n\npara\n');
    const all = trees(tree);
    expect(all.map((node) => node.type.name)).toEqual(expect.arrayContaining(['BulletList', 'ListItem', 'Blockquote']));
    for (const node of all) expect(node.prop(NodeProp.contextHash)).toBeUndefined();
  });
});
