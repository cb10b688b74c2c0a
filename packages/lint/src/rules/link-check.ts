import {
  closestPath,
  editDistance,
  isLineFragment,
  matchFragment,
  resolveLink,
  Suggester,
  type LinkTarget,
  type ResolveContext,
} from '@devguide/markdown';
import type { LinkFact } from '../facts/file-facts.js';
import type { IndexedPath, ProjectIndex } from '../engine/project-index.js';
import type { LintSettings, ProjectFileView } from '../engine/rule.js';

export type LinkVerdict =
  | { status: 'external' }
  /** `folded`: the fragment matches an anchor only in another case (GitHub accepts it). */
  | { status: 'ok'; folded?: { fragment: string; anchor: string } }
  | { status: 'malformed'; url: string }
  | {
      status: 'missing-file';
      path: string;
      suggestion: string | null;
      /** Why the suggestion: a recorded move, or the closest path of the same name. */
      suggestedBy?: 'rename' | 'path';
      escapes: boolean;
      inLock: boolean;
      /** Set when the path was looked up at a ref other than the default branch (in a git repository). */
      ref?: string;
    }
  | { status: 'missing-anchor'; path: string; fragment: string; anchors: ReadonlySet<string> }
  /** Pinned to a commit or another ref that cannot be looked at offline; `goneNow` when the path is not in today's tree. */
  | { status: 'pinned'; path: string; ref: string; goneNow: boolean }
  /** `#L10` on a page GitHub renders: no line anchors there without `?plain=1`. */
  | { status: 'rendered-line'; path: string; fragment: string }
  /** An image, raw or blame URL naming a directory: GitHub serves no file there. */
  | { status: 'not-a-file'; path: string; why: 'image' | 'raw' | 'blame' };

/** Files GitHub renders as markdown (no line anchors in that view). */
const renderedMarkdown = /\.(md|markdown|mdown|mkdn|mkd)$/i;

// Several rules ask about the same link (a missing file, a missing anchor): each is worked out
// once per index and state of it (a shard adds the anchors of files its links reach, then asks
// again). An index belongs to one lint run, whose settings do not change.
let verdicts = new WeakMap<ProjectIndex, { generation: number; known: WeakMap<LinkFact, LinkVerdict> }>();
let targets = new WeakMap<LinkFact, { resolve: ResolveContext; target: LinkTarget }>();

/**
 * Drops what `targetOf` and `checkLink` remember, once the project rules have asked: the link
 * facts live on until the report is out, and with them a target and a verdict per link (a fifth
 * of a run's memory where every link is reported).
 */
export function forgetLinkChecks(): void {
  verdicts = new WeakMap();
  targets = new WeakMap();
}

/**
 * Where a link points, resolved once per file's resolve context: the pinned-link lookups and the
 * project rules all ask, and resolving (URL parsing) is most of the project pass.
 */
export function targetOf(link: LinkFact, resolve: ResolveContext): LinkTarget {
  const known = targets.get(link);
  if (known && known.resolve === resolve) return known.target;
  const target = resolveLink(link.url, resolve);
  targets.set(link, { resolve, target });
  return target;
}

/** Where a link in `file` lands in the index, and whether its fragment exists there. */
export function checkLink(
  link: LinkFact,
  file: ProjectFileView,
  index: ProjectIndex,
  settings: Pick<LintSettings, 'renames' | 'defaultBranch'>,
): LinkVerdict {
  let memo = verdicts.get(index);
  if (memo?.generation !== index.generation)
    verdicts.set(index, (memo = { generation: index.generation, known: new WeakMap() }));
  const { known } = memo;
  let verdict = known.get(link);
  if (!verdict) known.set(link, (verdict = verdictOf(link, file, index, settings)));
  return verdict;
}

function verdictOf(
  link: LinkFact,
  file: ProjectFileView,
  index: ProjectIndex,
  settings: Pick<LintSettings, 'renames' | 'defaultBranch'>,
): LinkVerdict {
  const { renames, defaultBranch } = settings;
  const target = targetOf(link, file.resolve);
  if (target.kind === 'external')
    return isMalformedWebUrl(target.url) ? { status: 'malformed', url: target.url } : { status: 'external' };
  if (target.kind === 'escape')
    return { status: 'missing-file', path: target.path, suggestion: null, escapes: true, inLock: false };
  if (target.kind === 'anchor') {
    if (target.fragment === '' || target.fragment === 'top') return { status: 'ok' };
    if (isLineFragment(target.fragment) && renderedMarkdown.test(file.role.repoPath))
      return { status: 'rendered-line', path: file.role.repoPath, fragment: target.fragment };
    return anchorVerdict(file.role.repoPath, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  }
  if (target.ref !== null && !isDefaultRef(target.ref, defaultBranch)) return refVerdict(target, index, link);
  const found = locate(target, index);
  if (!found) {
    return {
      status: 'missing-file',
      path: target.path,
      ...suggest(target.path, index, renames),
      escapes: false,
      inLock: index.get(target.path) !== undefined,
    };
  }
  const notAFile = fileOnly(target, link);
  if (notAFile && found.entry.type === 'dir') return { status: 'not-a-file', path: found.path, why: notAFile };
  if (target.fragment === null || target.fragment === '') return { status: 'ok' };
  const plain = /[?&]plain=1(&|$)/.test(target.query) || target.view === 'raw' || target.view === 'blame';
  if (found.entry.type === 'dir') {
    // GitHub shows a directory's README under its listing; a fragment scrolls to its headings.
    const readmePath = index.readmeOf(found.path);
    const readme = readmePath ? index.follow(readmePath) : null;
    if (!readmePath || !readme)
      return { status: 'missing-anchor', path: found.path, fragment: target.fragment, anchors: new Set() };
    if (!plain && isLineFragment(target.fragment))
      return { status: 'rendered-line', path: found.path, fragment: target.fragment };
    return readme.entry.anchors
      ? anchorVerdict(readme.path, target.fragment, readme.entry.anchors, readme.entry.lines)
      : { status: 'ok' };
  }
  if (!plain && isLineFragment(target.fragment) && renderedMarkdown.test(found.path))
    return { status: 'rendered-line', path: found.path, fragment: target.fragment };
  if (found.path === file.role.repoPath)
    return anchorVerdict(found.path, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  // Anchors unknown (a tree listing names the file, nothing more): nothing to check.
  if (!found.entry.anchors) return { status: 'ok' };
  return anchorVerdict(found.path, target.fragment, found.entry.anchors, found.entry.lines);
}

/** The ref and path of every link pinned to a commit or another ref, for one question to git per run. */
export function pinnedQueries(
  files: readonly ProjectFileView[],
  defaultBranch: string,
): Array<{ ref: string; path: string }> {
  const queries: Array<{ ref: string; path: string }> = [];
  for (const file of files)
    for (const link of file.facts.links) {
      if (!link.url.includes('/')) continue;
      const target = targetOf(link, file.resolve);
      if (target.kind === 'repo' && target.ref !== null && !isDefaultRef(target.ref, defaultBranch))
        queries.push({ ref: target.ref, path: target.path });
    }
  return queries;
}

/** Refs that stand for today's tree: the default branch (and the names GitHub redirects to it). */
export function isDefaultRef(ref: string, defaultBranch: string): boolean {
  return ref === defaultBranch || /^(main|master|HEAD)$/.test(ref);
}

/** Images, raw and blame views need a file; a directory there is a 404. */
function fileOnly(target: Extract<LinkTarget, { kind: 'repo' }>, link: LinkFact): 'image' | 'raw' | 'blame' | null {
  if (target.view === 'raw' || target.via === 'raw') return 'raw';
  if (target.view === 'blame') return 'blame';
  return link.kind === 'image' ? 'image' : null;
}

/**
 * A link pinned to a commit, tag or other branch names that ref's tree, not today's: looked up
 * there when a git repository has it, otherwise left unjudged (`pinned`).
 */
function refVerdict(target: Extract<LinkTarget, { kind: 'repo' }>, index: ProjectIndex, link: LinkFact): LinkVerdict {
  const atRef = index.refs?.kind({ ref: target.ref!, path: target.path });
  if (!atRef || atRef.kind === 'unknown')
    return { status: 'pinned', path: target.path, ref: target.ref!, goneNow: !index.get(target.path) };
  if (atRef.kind === 'missing')
    return {
      status: 'missing-file',
      path: atRef.path,
      suggestion: null,
      escapes: false,
      inLock: false,
      ref: atRef.ref,
    };
  const notAFile = fileOnly(target, link);
  if (notAFile && atRef.kind === 'dir') return { status: 'not-a-file', path: atRef.path, why: notAFile };
  if (
    target.fragment &&
    isLineFragment(target.fragment) &&
    renderedMarkdown.test(atRef.path) &&
    !/[?&]plain=1(&|$)/.test(target.query) &&
    target.view === 'blob'
  )
    return { status: 'rendered-line', path: atRef.path, fragment: target.fragment };
  return { status: 'ok' };
}

/** `https:`, `http://` and the like: a web URL with no host goes nowhere. */
function isMalformedWebUrl(url: string): boolean {
  if (!/^https?:/i.test(url)) return false;
  try {
    return new URL(url).hostname === '';
  } catch {
    return true;
  }
}

function anchorVerdict(
  path: string,
  fragment: string,
  anchors: ReadonlySet<string>,
  lines: number | undefined,
): LinkVerdict {
  const match = matchFragment(fragment, { anchors, path, lineAnchors: true, lines });
  if (!match) return { status: 'missing-anchor', path, fragment, anchors };
  // GitHub matches a fragment in any case; `anchorCase: exact` reports these.
  return match.how === 'folded' ? { status: 'ok', folded: { fragment, anchor: match.anchor } } : { status: 'ok' };
}

/** The indexed path a repository target names, through symbolic links (GitHub shows their target). */
function locate(
  target: Extract<LinkTarget, { kind: 'repo' }>,
  index: ProjectIndex,
): { path: string; entry: IndexedPath } | null {
  return index.follow(target.path);
}

/**
 * The likely new place of a missing path: a configured rename, a move in the repository's
 * history, else the closest path of the same name when it is an unambiguous, strong match.
 */
function suggest(
  path: string,
  index: ProjectIndex,
  renames: Readonly<Record<string, string>>,
): { suggestion: string | null; suggestedBy?: 'rename' | 'path' } {
  for (const renamed of [renames[path], index.refs?.renames.get(path)])
    if (renamed && index.get(renamed)) return { suggestion: renamed, suggestedBy: 'rename' };
  // A template's placeholder (`sig-YOURSIG/`, `$link/`, `{{YEAR}}`) has no target to guess.
  if (placeholder.test(path)) return { suggestion: null };
  const found = closestPath(path, index.sameName(path)) ?? misspelled(path, index);
  return found ? { suggestion: found, suggestedBy: 'path' } : { suggestion: null };
}

const placeholder = /[$<>{}[\]]|YOUR|\bX{3,}\b|TODO|TBD/;

/** A file in the same folder, of the same type, whose name is one or two typos away (`responsibilites.md`), when only one is. */
function misspelled(path: string, index: ProjectIndex): string | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0].toLowerCase();
  if (name.length < 8 || !extension) return undefined;
  const near = index.childrenOf(slash === -1 ? '' : path.slice(0, slash)).filter((sibling) => {
    const other = sibling.slice(slash + 1).toLowerCase();
    return other.endsWith(extension) && editDistance(other, name.toLowerCase(), 2) <= 2;
  });
  return near.length === 1 ? near[0] : undefined;
}

/*
 * Every link of a file asks about the same anchors: the set and the
 * suggester are built once per file, not once per link (which grew with links times headings).
 */
const anchorSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const suggesters = new WeakMap<ReadonlySet<string>, Suggester>();

function anchorSetOf(anchors: readonly string[]): ReadonlySet<string> {
  let set = anchorSets.get(anchors);
  if (!set) anchorSets.set(anchors, (set = new Set(anchors)));
  return set;
}

/** The closest anchor, for "did you mean". */
export function closestAnchor(fragment: string, anchors: ReadonlySet<string>): string | null {
  let suggester = suggesters.get(anchors);
  if (!suggester) suggesters.set(anchors, (suggester = new Suggester(anchors)));
  return suggester.suggest(fragment.toLowerCase()) ?? null;
}
