import GithubSlugger from 'github-slugger';
import type { Html, Nodes, Root, Text } from 'mdast';
import { findDestination, headingText, htmlIds } from '@devguide/markdown';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { parseControlComment } from './control-comments.js';
import type { FileFacts, ReferenceFact } from './file-facts.js';

const htmlUrl = /<(?:a|img|link|source|iframe|script)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// `[text][label]` that mdast left as text because `label` is not defined.
const fullReference = /(?<!\\)\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g;

/** One walk over the tree collecting every fact the rules use. */
export function collectFacts(tree: Root, text: string): FileFacts {
  const slugger = new GithubSlugger();
  const facts: FileFacts = { headings: [], anchors: [], links: [], definitions: [], references: [], controls: [], lineCount: countLines(text) };
  const defined = new Set<string>();

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'heading': {
        const slug = slugger.slug(headingText(node));
        facts.headings.push({ depth: node.depth, text: toString(node), slug, position: node.position! });
        facts.anchors.push(slug);
        return;
      }
      case 'link':
      case 'image':
      case 'definition': {
        // GFM's e-mail autolink literals carry no position; they are never repository links.
        if (!node.position) return;
        const span = findDestination(text, node);
        facts.links.push({
          kind: node.type,
          url: node.url,
          position: node.position!,
          destination: span,
          text: node.type === 'image' ? (node.alt ?? '') : node.type === 'definition' ? (node.label ?? node.identifier) : toString(node),
        });
        if (node.type === 'definition') {
          facts.definitions.push({ identifier: node.identifier, label: node.label ?? node.identifier, url: node.url, position: node.position! });
          defined.add(node.identifier);
        }
        return;
      }
      case 'linkReference':
      case 'imageReference':
        facts.references.push({ kind: node.type === 'linkReference' ? 'link' : 'image', identifier: node.identifier, label: node.label ?? node.identifier, position: node.position!, defined: true });
        return;
      case 'html':
        collectHtml(node, text, facts);
        return;
      case 'text':
        collectUndefinedReferences(node, text, facts.references);
        return;
      default:
        return;
    }
  });
  return facts;
}

function collectHtml(node: Html, text: string, facts: FileFacts): void {
  if (!node.position) return;
  const control = parseControlComment(node.value);
  if (control) facts.controls.push({ ...control, position: node.position });
  for (const id of htmlIds(node)) facts.anchors.push(id);
  if (!node.value.includes('href') && !node.value.includes('src')) return;
  // The node's source span, not its value: inside a block quote or list item the value has lost
  // its `> ` and indentation prefixes, so offsets into it would not be offsets into the file.
  const source = text.slice(node.position.start.offset, node.position.end.offset);
  for (const match of source.matchAll(htmlUrl)) {
    const url = match[2] ?? match[3] ?? match[4] ?? '';
    const offset = match.index + match[0].length - url.length - (match[2] !== undefined || match[3] !== undefined ? 1 : 0);
    facts.links.push({ kind: 'html', url: decodeEntities(url), position: spanIn(source, node.position, offset, url.length), destination: null, text: '' });
  }
}

function collectUndefinedReferences(node: Text, text: string, references: ReferenceFact[]): void {
  if (!node.value.includes('][')) return;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const source = text.slice(start, end);
  for (const match of source.matchAll(fullReference)) {
    const label = match[2] || match[1]!;
    references.push({ kind: 'link', identifier: label.toLowerCase().replace(/\s+/g, ' ').trim(), label, position: spanIn(source, node.position!, match.index, match[0].length), defined: false });
  }
}

/** The position of `[offset, offset + length)` inside a node's source span. */
function spanIn(value: string, base: Position, offset: number, length: number): Position {
  const at = (index: number) => {
    let line = base.start.line;
    let column = base.start.column;
    for (let cursor = 0; cursor < index; cursor++) {
      if (value.charCodeAt(cursor) === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column, offset: (base.start.offset ?? 0) + index };
  };
  return { start: at(offset), end: at(offset + length) };
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function countLines(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
