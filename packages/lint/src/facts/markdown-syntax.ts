import { GFM, parser as commonmark } from '@lezer/markdown';

/** The parser the fast producer reads: CommonMark with GFM's tables, task lists and `~~` strikethrough. */
export const parser = commonmark.configure([GFM[0]!, GFM[1]!, GFM[2]!]);

const names = [
  'Document',
  'Paragraph',
  'BulletList',
  'OrderedList',
  'ListItem',
  'ListMark',
  'Blockquote',
  'QuoteMark',
  'Emphasis',
  'StrongEmphasis',
  'Strikethrough',
  'EmphasisMark',
  'StrikethroughMark',
  'Escape',
  'Entity',
  'HardBreak',
  'InlineCode',
  'HTMLTag',
  'Comment',
  'ProcessingInstruction',
  'Autolink',
  'Link',
  'Image',
  'LinkMark',
  'LinkLabel',
  'URL',
  'CodeBlock',
  'HTMLBlock',
] as const;

/**
 * The type id of each node the hot walks look for. They read lezer's tree through a cursor, which
 * gives a node's type without making an object for it; an id is one number to compare.
 */
export const nodeId = Object.fromEntries(
  names.map((name) => {
    const type = parser.nodeSet.types.find((candidate) => candidate.name === name);
    if (!type) throw new Error(`@lezer/markdown has no node type ${name}`);
    return [name, type.id];
  }),
) as Readonly<Record<(typeof names)[number], number>>;
