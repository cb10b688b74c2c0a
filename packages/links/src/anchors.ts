import { anchorsOf, fragmentLands, scanHtml } from '@devguide/markdown';

/** Every fragment an HTML page answers: the `id`s and `name`s of all its tags. */
export function htmlAnchors(html: string): Set<string> {
  return new Set(scanHtml(html).anchors);
}

/** The fragments GitHub gives a markdown file: heading slugs (github-slugger) and HTML anchors. */
export function markdownAnchors(markdown: string): Set<string> {
  return new Set(anchorsOf(markdown));
}

/** True when `fragment` lands on the page (the policy is `fragmentLands`); `lineRefs`: lines are numbered there. */
export function hasFragment(anchors: ReadonlySet<string>, fragment: string, lineRefs: boolean): boolean {
  return fragmentLands(fragment, { anchors, lineAnchors: lineRefs });
}
