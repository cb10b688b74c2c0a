// Generated markdown of one shape and about `bytes` long, for the scale benchmark.

const shapes = {
  /** Headings, each followed by links to earlier headings of the same file; one in ten misspelled. */
  'headings+anchors': (i) =>
    `## Section ${i} of the guide\n\nSee [section ${i >> 1}](#section-${i >> 1}-of-the-guide) and [the top](#section-0-of-the-${i % 10 === 9 ? 'gide' : 'guide'}).\n\n`,
  /** Paragraphs of relative, absolute and reference links; one reference in ten has no definition. */
  links: (i) =>
    `A [relative link](docs/page-${i % 50}.md), an [external one](https://example.com/p/${i}) and [a reference][r${i}].\n\n` +
    (i % 10 === 9 ? '' : `[r${i}]: https://example.org/${i}\n\n`),
  /** One long bullet list with nested items. */
  lists: (i) => (i % 5 === 4 ? `  - nested item ${i} with [a link](#top)\n` : `- item ${i} with *some* text\n`),
  /** Tables of several rows. */
  tables: (i) =>
    (i % 40 === 0 ? `\n| Name | Value | Link |\n| --- | :-: | --- |\n` : '') +
    `| row ${i} | \`code ${i}\` | [link](#row-${i}) |\n`,
  /** Lists nested 40 deep, then back out, over and over (within the nesting limit). */
  nesting: (i) => `${'  '.repeat(i % 40)}- level ${i % 40}\n`,
  /** Paragraphs of emphasis and links nested 20 deep (within the inline nesting limit). */
  emphasis: (i) => `${'*a _b '.repeat(10)}[[x ${i}](#top)](#top)${' c_ d*'.repeat(10)}\n\n`,
};

export const shapeNames = Object.keys(shapes);

export function generate(shape, bytes) {
  const piece = shapes[shape];
  const parts = ['# Scale\n\n'];
  let length = parts[0].length;
  for (let i = 0; length < bytes; i++) {
    const part = piece(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}
