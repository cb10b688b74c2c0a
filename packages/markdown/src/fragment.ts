/** What a page offers a `#fragment`. */
export interface FragmentTarget {
  /**
   * The page's anchors: heading slugs and HTML `id`/`name` values, as written in the source or as
   * found on a fetched page (where GitHub's `user-content-` prefix may already be on them).
   */
  anchors: ReadonlySet<string>;
  /** The file's path, for the `#readme` anchor GitHub gives a README's box. */
  path?: string | null;
  /** GitHub shows numbered lines there (a code file, `?plain=1`): `#L10`, `#L10-L20`, `#L10C2` land. */
  lineAnchors: boolean;
  /** The file's line count when known: a line anchor past it lands nowhere. */
  lines?: number | undefined;
}

const userContent = 'user-content-';
const lineFragment = /^L(\d+)(?:C\d+)?(?:-L(\d+)(?:C\d+)?)?$/i;
const readmeFile = /(^|\/)readme(\.[a-z]+)?$/i;

/** How a fragment lands: as written, or only in another case (GitHub retries lower-cased). */
export type FragmentMatch = { how: 'exact' } | { how: 'folded'; anchor: string };

/** `#L10`, `#L10-L20`, `#L10C2-L12C1`: a line anchor, which lands only where lines are numbered. */
export function isLineFragment(fragment: string): boolean {
  return lineFragment.test(fragment);
}

/**
 * Whether `#fragment` (decoded, without `#`) lands on the page the way github.com resolves it.
 * The one place that decides this, for the offline lint and the external checker alike:
 * - empty and `#top` (in any case) go to the top of every page;
 * - GitHub renders user content's ids as `user-content-<id>` and scrolls for either spelling,
 *   and matches an anchor whose case differs (it retries lower-cased);
 * - line anchors count only where lines are numbered, and only up to the last line;
 * - `#readme` names the README box on a README (and a directory page showing one).
 */
export function fragmentLands(fragment: string, target: FragmentTarget): boolean {
  return matchFragment(fragment, target) !== null;
}

/** As `fragmentLands`, and whether it took case folding to land (`anchorCase: exact` reports those). */
export function matchFragment(fragment: string, target: FragmentTarget): FragmentMatch | null {
  const exact = { how: 'exact' } as const;
  if (fragment === '' || fragment.toLowerCase() === 'top') return exact;
  if (target.lineAnchors) {
    const line = lineFragment.exec(fragment);
    if (line) return target.lines === undefined || Number(line[2] ?? line[1]) <= target.lines ? exact : null;
  }
  const anchors = target.anchors;
  const prefixed = fragment.toLowerCase().startsWith(userContent);
  const wanted = prefixed ? fragment.slice(userContent.length) : fragment;
  if ((!prefixed || fragment.startsWith(userContent)) && (anchors.has(wanted) || anchors.has(userContent + wanted)))
    return exact;
  if (wanted.toLowerCase() === 'readme' && target.path && readmeFile.test(target.path)) return exact;
  const anchor = foldedOf(anchors).get(wanted.toLowerCase());
  return anchor === undefined ? null : { how: 'folded', anchor };
}

// Every fragment into a page asks about the same anchors: their folded copy is built once per
// set, not once per fragment (which grew with links times anchors).
const folded = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, string>>();

/** The anchors without GitHub's prefix, by their lower-cased spelling (the first of a spelling wins). */
function foldedOf(anchors: ReadonlySet<string>): ReadonlyMap<string, string> {
  let map = folded.get(anchors);
  if (!map) {
    const bareByFolded = new Map<string, string>();
    for (const anchor of anchors) {
      const bare = anchor.toLowerCase().startsWith(userContent) ? anchor.slice(userContent.length) : anchor;
      if (!bareByFolded.has(bare.toLowerCase())) bareByFolded.set(bare.toLowerCase(), bare);
    }
    folded.set(anchors, (map = bareByFolded));
  }
  return map;
}
