import type { LinkInput } from '@devguide/links';
import type { LinkTarget } from '@devguide/markdown';
import type { LinkFact } from '../facts/file-facts.js';
import { isDefaultRef } from '../rules/link-check.js';

/**
 * With `--external` and no git repository at hand, a link into this repository pinned to a commit,
 * tag or other branch is verified at that ref through the GitHub API (which reads the tree of the
 * ref), as a URL into another repository would be: the offline lint cannot judge it.
 */
export function pinnedForApi(target: LinkTarget, link: LinkFact, defaultBranch: string): LinkInput | null {
  if (target.kind !== 'repo' || target.via !== 'github' || target.ref === null) return null;
  if (isDefaultRef(target.ref, defaultBranch) || (target.view !== 'blob' && target.view !== 'tree')) return null;
  return { url: link.url, position: link.position, destination: link.destination };
}
