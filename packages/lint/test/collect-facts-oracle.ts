import GithubSlugger from 'github-slugger';
import type { Link, Nodes, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { findDestination, headingText } from '@devguide/markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { placeLateLiterals } from '../src/facts/collect-facts-from-events.js';
import { emptyFacts, type FileFacts, type LinkFact, type ReferenceFact } from '../src/facts/file-facts.js';
import { collectHtml, countLines, fullReference, spanOf, type Locator } from '../src/facts/html-facts.js';

/**
 * The test oracle for `collectFactsFromEvents`: the same facts, from one walk over the mdast.
 * Tests only; production collects from micromark's events.
 */
export function collectFacts(tree: Root, text: string): FileFacts {
  const slugger = new GithubSlugger();
  const locator = location(text);
  const facts = emptyFacts(countLines(locator, text));
  const defined = new Set<string>();

  collectLists(tree, 0, facts);
  visit(tree, (node: Nodes, index, parent) => {
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
        // Literals GFM's transform finds carry no position: URLs are placed where they are written
        // (GitHub links them too); e-mail addresses are never repository links.
        if (!node.position) {
          if (node.type === 'link' && parent && index !== undefined) {
            const late = placeLate(node, index, parent.children as Nodes[], parent.position, text);
            if (late) facts.links.push(late);
          }
          return;
        }
        const span = findDestination(text, node);
        facts.links.push({
          kind: node.type,
          url: node.url,
          position: node.position!,
          destination: span,
          text:
            node.type === 'image'
              ? (node.alt ?? '')
              : node.type === 'definition'
                ? (node.label ?? node.identifier)
                : toString(node),
        });
        if (node.type === 'definition') {
          facts.definitions.push({
            identifier: node.identifier,
            label: node.label ?? node.identifier,
            url: node.url,
            position: node.position!,
          });
          defined.add(node.identifier);
        }
        return;
      }
      case 'linkReference':
      case 'imageReference':
        facts.references.push({
          kind: node.type === 'linkReference' ? 'link' : 'image',
          identifier: node.identifier,
          label: node.label ?? node.identifier,
          position: node.position!,
          defined: true,
        });
        return;
      case 'html':
        if (node.position) collectHtml(node.value, node.position, text, locator, facts);
        return;
      case 'text':
        collectUndefinedReferences(node, text, locator, facts.references);
        return;
      default:
        return;
    }
  });
  return facts;
}

function collectLists(node: Nodes, depth: number, facts: FileFacts): void {
  if (node.type === 'list') {
    const items = node.children.flatMap((item) => (item.position ? [item.position] : []));
    facts.lists.push({ ordered: node.ordered === true, depth, position: node.position!, items });
  }
  if ('children' in node)
    for (const child of node.children) collectLists(child, node.type === 'list' ? depth + 1 : depth, facts);
}

function collectUndefinedReferences(node: Text, text: string, locator: Locator, references: ReferenceFact[]): void {
  if (!node.value.includes('][')) return;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const source = text.slice(start, end);
  for (const match of source.matchAll(fullReference)) {
    const label = match[2] || match[1]!;
    references.push({
      kind: 'link',
      identifier: label.toLowerCase().replace(/\s+/g, ' ').trim(),
      label,
      position: spanOf(locator, start + match.index, start + match.index + match[0].length),
      defined: false,
    });
  }
}

const isLateUrl = (node: Nodes): node is Link =>
  node.type === 'link' && !node.position && /^https?:\/\//i.test(node.url);

/** A URL literal of GFM's transform, placed in the text its position-less siblings came from. */
function placeLate(
  node: Link,
  index: number,
  siblings: readonly Nodes[],
  parentPosition: Position | undefined,
  text: string,
): LinkFact | null {
  if (!isLateUrl(node)) return null;
  let first = index;
  while (first > 0 && !siblings[first - 1]!.position) first--;
  let last = index;
  while (last + 1 < siblings.length && !siblings[last + 1]!.position) last++;
  const startPoint = first > 0 ? siblings[first - 1]!.position!.end : parentPosition?.start;
  const endOffset =
    last + 1 < siblings.length ? siblings[last + 1]!.position!.start.offset : parentPosition?.end.offset;
  if (startPoint?.offset === undefined || endOffset === undefined) return null;
  const run = siblings.slice(first, last + 1).filter(isLateUrl);
  const source = text.slice(startPoint.offset, endOffset);
  const mine = placeLateLiterals(
    run.map((link) => ({ url: link.url, written: toString(link) })),
    source,
  )[run.indexOf(node)];
  if (!mine || mine.at === -1) return null;
  return {
    kind: 'link',
    url: node.url,
    position: spanOf(location(text), startPoint.offset + mine.at, startPoint.offset + mine.at + mine.written.length),
    destination: null,
    text: mine.written,
  };
}
