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
  if (fragment === '' || fragment.toLowerCase() === 'top') return true;
  if (target.lineAnchors) {
    const line = lineFragment.exec(fragment);
    if (line) return target.lines === undefined || Number(line[2] ?? line[1]) <= target.lines;
  }
  const anchors = target.anchors;
  const wanted = fragment.toLowerCase().startsWith(userContent) ? fragment.slice(userContent.length) : fragment;
  if (anchors.has(wanted) || anchors.has(userContent + wanted)) return true;
  if (wanted.toLowerCase() === 'readme' && target.path && readmeFile.test(target.path)) return true;
  return foldedOf(anchors).has(wanted.toLowerCase());
}

// Every fragment into a page asks about the same anchors: their folded copy is built once per
// set, not once per fragment (which grew with links times anchors).
const folded = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The anchors lower-cased, without GitHub's prefix. */
function foldedOf(anchors: ReadonlySet<string>): ReadonlySet<string> {
  let set = folded.get(anchors);
  if (!set) {
    set = new Set(
      [...anchors].map((anchor) => {
        const lower = anchor.toLowerCase();
        return lower.startsWith(userContent) ? lower.slice(userContent.length) : lower;
      }),
    );
    folded.set(anchors, set);
  }
  return set;
}
