import { anchorsOf, decodeHtmlAttribute, fragmentLands } from '@devguide/markdown';

const htmlAnchor = /<[a-z][a-z0-9-]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Every fragment an HTML page answers: its `id`s and `name`s (GitHub's `user-content-` prefix also bare). */
export function htmlAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of html.matchAll(htmlAnchor)) {
    const id = decodeHtmlAttribute(match[1] ?? match[2] ?? match[3] ?? '');
    if (!id) continue;
    anchors.add(id);
    if (id.startsWith('user-content-')) anchors.add(id.slice('user-content-'.length));
  }
  return anchors;
}

/** The fragments GitHub gives a markdown file: heading slugs (github-slugger) and HTML anchors. */
export function markdownAnchors(markdown: string): Set<string> {
  return new Set(anchorsOf(markdown));
}

/** True when `fragment` lands on the page (the policy is `fragmentLands`); `lineRefs`: lines are numbered there. */
export function hasFragment(anchors: ReadonlySet<string>, fragment: string, lineRefs: boolean): boolean {
  return fragmentLands(fragment, { anchors, lineAnchors: lineRefs });
}
