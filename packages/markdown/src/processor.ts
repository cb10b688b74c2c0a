import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { assertNesting } from './nesting.js';

/**
 * The one processor every package parses with, so that line/column positions
 * and node shapes agree between the model, the renderers and the lint rules.
 */
export const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '*', listItemIndent: 'one', emphasis: '_', rule: '-' })
  .freeze();

/** Refuses text nested deeper than the parser and the tree's consumers can take (a `GuideError` at the place). */
export function parseMarkdown(text: string, file = 'markdown'): Root {
  assertNesting(text, file);
  return processor.parse(text);
}

export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
