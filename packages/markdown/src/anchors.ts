import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { scanHtml } from './html-scan.js';
import { parseMarkdown } from './processor.js';

export interface Anchor {
  /** The fragment GitHub gives this place, without `#`. */
  id: string;
  source: 'heading' | 'html';
  line: number;
  column: number;
}

/** Every fragment that a link into this document may use, in document order. */
export function collectAnchors(tree: Root): Anchor[] {
  const slugger = new GithubSlugger();
  const anchors: Anchor[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      anchors.push(at(slugger.slug(headingText(node)), 'heading', node));
    } else if (node.type === 'html') {
      for (const id of scanHtml(node.value).anchors) anchors.push(at(id, 'html', node));
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

function at(id: string, source: Anchor['source'], node: Nodes): Anchor {
  return { id, source, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}
