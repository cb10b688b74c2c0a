import GithubSlugger from 'github-slugger';
import type { Heading, Html, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './processor.js';

export interface Anchor {
  /** The fragment GitHub gives this place, without `#`. */
  id: string;
  source: 'heading' | 'html';
  line: number;
  column: number;
}

// GitHub accepts `id` and `name` on any element it keeps; `user-content-` is
// the prefix it adds, and links may spell the fragment either way.
const htmlAnchor = /<[a-z][a-z0-9]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Every fragment that a link into this document may use, in document order. */
export function collectAnchors(tree: Root): Anchor[] {
  const slugger = new GithubSlugger();
  const anchors: Anchor[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      anchors.push(at(slugger.slug(headingText(node)), 'heading', node));
    } else if (node.type === 'html') {
      for (const id of htmlIds(node)) anchors.push(at(id, 'html', node));
    }
  });
  return anchors;
}

export function anchorsOf(text: string): string[] {
  return collectAnchors(parseMarkdown(text)).map((anchor) => anchor.id);
}

/** The text GitHub makes a heading's slug from. */
export function headingText(node: Heading): string {
  // GitHub slugs the heading's rendered text: tags and image alt text are not part of it.
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

/** The `id` and `name` attributes in a piece of HTML. */
export function htmlIds(node: Html): string[] {
  const ids: string[] = [];
  for (const match of node.value.matchAll(htmlAnchor)) {
    const id = match[1] ?? match[2] ?? match[3];
    if (id) ids.push(id);
  }
  return ids;
}

function at(id: string, source: Anchor['source'], node: Nodes): Anchor {
  return { id, source, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** An HTML attribute value as written, with the entities that commonly appear in one decoded. */
export function decodeHtmlAttribute(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
