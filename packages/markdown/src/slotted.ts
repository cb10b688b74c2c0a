import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findDestination } from './destination.js';
import { resolveLink, type ResolveContext } from './link-target.js';
import type { GuideLink, Slot, Slotted } from './model.js';
import { parseMarkdown } from './processor.js';

type Linkish = Link | Image | Definition;

/** Every link, image and definition under `nodes`, in document order. */
export function linkNodesIn(nodes: readonly Nodes[]): Linkish[] {
  const found: Linkish[] = [];
  for (const node of nodes) {
    visit(node, (child: Nodes) => {
      if (child.type === 'link' || child.type === 'image' || child.type === 'definition') found.push(child);
    });
  }
  return found;
}

/** `source[start, end)` with the destinations of `nodes` that fall inside it marked. */
export function slotted(
  source: string,
  start: number,
  end: number,
  nodes: readonly Linkish[],
  context: ResolveContext,
): Slotted {
  const slots: Slot[] = [];
  for (const node of nodes) {
    const nodeStart = node.position?.start.offset ?? -1;
    const nodeEnd = node.position?.end.offset ?? -1;
    if (nodeStart < start || nodeEnd > end) continue;
    const span = findDestination(source, node);
    if (!span) continue;
    slots.push({
      start: span.start - start,
      end: span.end - start,
      outerStart: span.outerStart - start,
      outerEnd: span.outerEnd - start,
      link: toGuideLink(source, node, context, false),
    });
  }
  slots.sort((a, b) => a.start - b.start);
  return { raw: source.slice(start, end), slots };
}

/** A model link for an mdast node; with `withSource`, the link keeps its own spelling. */
export function toGuideLink(source: string, node: Linkish, context: ResolveContext, withSource: boolean): GuideLink {
  const link: GuideLink = {
    kind: node.type,
    text: linkText(source, node),
    destination: node.url,
    target: resolveLink(node.url, context),
  };
  if (node.position) link.position = node.position;
  if (withSource && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    link.source = slotted(source, node.position.start.offset, node.position.end.offset, [node], context);
  }
  return link;
}

function linkText(source: string, node: Linkish): string {
  if (node.type === 'definition') return node.label ?? node.identifier;
  if (node.type === 'image') return node.alt ?? '';
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : source.slice(first, last);
}

/** Parses a markdown fragment (an edit's description) into slotted source. */
export function slottedFromMarkdown(markdown: string, context: ResolveContext): Slotted {
  const tree: Root = parseMarkdown(markdown);
  return slotted(markdown, 0, markdown.length, linkNodesIn(tree.children), context);
}
