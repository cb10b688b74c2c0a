import { describe, expect, it } from 'vitest';
import { parser } from './markdown-syntax.js';

/** The block nodes of `text` as lezer reads it, each as `Name from-to`, inline nodes left out. */
function blocks(text: string): string[] {
  const found: string[] = [];
  parser.parse(text).iterate({
    enter: (node) => {
      if (!/^(?:Document|Paragraph|BulletList|OrderedList|ListItem|Blockquote|CodeBlock|HTMLBlock)$/.test(node.name))
        return false;
      found.push(`${node.name} ${node.from}-${node.to}`);
      return true;
    },
  });
  return found;
}

/*
 * The patch (patches/@lezer__markdown@1.8.2.patch) makes lezer start an ordered list not at 1 where
 * micromark does: lezer let one interrupt a paragraph whenever any ordered list was open around it.
 * It also lets a table's delimiter row end in spaces or tabs after its last pipe, reads white space
 * alone after a list marker as the item's blank first line, keeps an item open over a blank line once
 * its first line has been followed by content, and reads HTML blocks' opening tags as CommonMark does.
 */
describe('the patched Markdown parser', () => {
  it('reads an ordered list not at 1 that would interrupt a paragraph as its text, also in an ordered list', () => {
    expect(blocks('1. a\n   2. b\n')).toEqual(['Document 0-13', 'OrderedList 0-12', 'ListItem 0-12', 'Paragraph 3-12']);
    expect(blocks('a\n02. b\n')).toEqual(['Document 0-8', 'Paragraph 0-7']);
    // One at 1 interrupts it.
    expect(blocks('1. a\n   1. b\n')[4]).toBe('OrderedList 8-12');
  });

  it('reads one opened in a container opened on a line that interrupts a paragraph as text too', () => {
    expect(blocks('a\n> 2. b\n')).toEqual(['Document 0-9', 'Paragraph 0-1', 'Blockquote 2-8', 'Paragraph 4-8']);
    expect(blocks('- a\n  - 2. b\n')).toEqual([
      'Document 0-13',
      'BulletList 0-12',
      'ListItem 0-12',
      'Paragraph 2-3',
      'BulletList 6-12',
      'ListItem 6-12',
      'Paragraph 8-12',
    ]);
  });

  it('reads one after an indented code block as text, blank lines between or not', () => {
    expect(blocks('    a\n\n2. b\n')).toEqual(['Document 0-12', 'CodeBlock 4-5', 'Paragraph 7-11']);
    expect(blocks('    a\n> 2. b\n')).toEqual(['Document 0-13', 'CodeBlock 4-5', 'Blockquote 6-12', 'Paragraph 8-12']);
  });

  it('starts one on a line that interrupts nothing: a sibling item, one leaving a container', () => {
    expect(blocks('* 1. a\n* 2. b\n').filter((node) => node.startsWith('OrderedList'))).toEqual([
      'OrderedList 2-6',
      'OrderedList 9-13',
    ]);
    expect(blocks('> a\n2. b\n')).toEqual([
      'Document 0-9',
      'Blockquote 0-3',
      'Paragraph 2-3',
      'OrderedList 4-8',
      'ListItem 4-8',
      'Paragraph 7-8',
    ]);
  });

  it('ends an item holding only white space after its marker at the blank line after it, as an empty one', () => {
    // Unpatched, the item ran on over the blank line and took the paragraph.
    expect(blocks('*   \n\n  b\n')).toEqual(['Document 0-10', 'BulletList 0-4', 'ListItem 0-4', 'Paragraph 8-9']);
    expect(blocks('1.  \n\n   b\n')).toEqual(['Document 0-11', 'OrderedList 0-4', 'ListItem 0-4', 'Paragraph 9-10']);
  });

  it('keeps an item with a blank first line open over a blank line once a line has given it content', () => {
    // Unpatched, its paragraph was not yet among its children, and the blank line ended the item.
    expect(blocks('-\n  a\n\n  - x\n')).toEqual([
      'Document 0-13',
      'BulletList 0-12',
      'ListItem 0-12',
      'Paragraph 4-5',
      'BulletList 9-12',
      'ListItem 9-12',
      'Paragraph 11-12',
    ]);
  });

  it("opens an HTML block of kind 7 on CommonMark's tags: one closing itself, attribute names with a colon", () => {
    expect(blocks('<x/>\n* b\n')).toEqual(['Document 0-9', 'HTMLBlock 0-8']);
    expect(blocks('<a xml:lang="x">\nb\n')).toEqual(['Document 0-19', 'HTMLBlock 0-18']);
    // An underscore in a tag's name makes no tag.
    expect(blocks('<a_b>\nc\n')).toEqual(['Document 0-8', 'Paragraph 0-7']);
    expect(blocks('<!doctype\nc\n>\n')).toEqual(['Document 0-14', 'HTMLBlock 0-13']);
  });

  it('reads a table whose delimiter row has spaces or tabs after its last pipe, as GFM does', () => {
    for (const text of ['| a |\n| - | \n', '| a |\n| - |\t\n'])
      expect(parser.parse(text).topNode.firstChild?.name, JSON.stringify(text)).toBe('Table');
    // Other white space is a cell's text: no delimiter row.
    expect(parser.parse('| a |\n| - |\u00a0\n').topNode.firstChild?.name).toBe('Paragraph');
  });

  it('starts one after a GFM table, whose rows micromark lets a list end', () => {
    expect(blocks('| a |\n| - |\n2. b\n')).toEqual([
      'Document 0-17',
      'OrderedList 12-16',
      'ListItem 12-16',
      'Paragraph 15-16',
    ]);
  });
});
