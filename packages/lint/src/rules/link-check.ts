import { resolveLink, Suggester, type LinkTarget } from '@devguide/markdown';
import { posix } from 'node:path';
import type { LinkFact } from '../facts/file-facts.js';
import type { IndexedPath, ProjectIndex } from '../engine/project-index.js';
import type { LintSettings, ProjectFileView } from '../engine/rule.js';

export type LinkVerdict =
  | { status: 'ok' | 'external' }
  | { status: 'malformed'; url: string }
  | { status: 'missing-file'; path: string; suggestion: string | null; escapes: boolean; inLock: boolean }
  | { status: 'missing-anchor'; path: string; fragment: string; anchors: ReadonlySet<string> };

const lineFragment = /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/i;

// Several rules ask about the same link (a missing file, a missing anchor): each is worked out
// once per index. An index belongs to one lint run, whose settings do not change.
const verdicts = new WeakMap<ProjectIndex, WeakMap<LinkFact, LinkVerdict>>();

/** Where a link in `file` lands in the index, and whether its fragment exists there. */
export function checkLink(
  link: LinkFact,
  file: ProjectFileView,
  index: ProjectIndex,
  settings: Pick<LintSettings, 'renames' | 'defaultBranch'>,
): LinkVerdict {
  let known = verdicts.get(index);
  if (!known) verdicts.set(index, (known = new WeakMap()));
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
  const target = resolveLink(link.url, file.resolve);
  if (target.kind === 'external')
    return isMalformedWebUrl(target.url) ? { status: 'malformed', url: target.url } : { status: 'external' };
  if (target.kind === 'escape')
    return { status: 'missing-file', path: target.path, suggestion: null, escapes: true, inLock: false };
  if (target.kind === 'anchor') {
    if (target.fragment === '' || target.fragment === 'top') return { status: 'ok' };
    return anchorVerdict(file.role.repoPath, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  }
  const found = locate(target, index, defaultBranch);
  if (!found) {
    return {
      status: 'missing-file',
      path: target.path,
      suggestion: suggest(target.path, index, renames),
      escapes: false,
      inLock: index.get(target.path) !== undefined,
    };
  }
  if (target.fragment === null || target.fragment === '') return { status: 'ok' };
  if (found.entry.type === 'dir') {
    // GitHub shows a directory's README under its listing; a fragment scrolls to its headings.
    const readmePath = ['README.md', 'readme.md', 'Readme.md']
      .map((name) => (found.path ? `${found.path}/${name}` : name))
      .find((path) => index.get(path));
    const readme = readmePath ? index.get(readmePath) : undefined;
    return readmePath && readme?.anchors
      ? anchorVerdict(readmePath, target.fragment, readme.anchors, readme.lines)
      : { status: 'ok' };
  }
  if (found.path === file.role.repoPath)
    return anchorVerdict(found.path, target.fragment, anchorSetOf(file.facts.anchors), file.facts.lineCount);
  // Anchors unknown (a tree listing names the file, nothing more): nothing to check.
  if (!found.entry.anchors) return { status: 'ok' };
  return anchorVerdict(found.path, target.fragment, found.entry.anchors, found.entry.lines);
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
  if (lineFragment.test(fragment)) {
    const last = /(\d+)(?:C\d+)?$/i.exec(fragment);
    return lines === undefined || Number(last?.[1]) <= lines
      ? { status: 'ok' }
      : { status: 'missing-anchor', path, fragment, anchors };
  }
  // GitHub prefixes ids with `user-content-`; links may use either spelling, in any case.
  const wanted = fragment.replace(/^user-content-/, '');
  // GitHub's own anchor on the README box of a directory or README page.
  if (wanted.toLowerCase() === 'readme' && /(^|\/)readme(\.[a-z]+)?$/i.test(path)) return { status: 'ok' };
  if (anchors.has(wanted) || anchors.has(wanted.toLowerCase())) return { status: 'ok' };
  if (lowerCased(anchors).has(wanted.toLowerCase())) return { status: 'ok' };
  return { status: 'missing-anchor', path, fragment, anchors };
}

/**
 * The indexed path a repository target names. Absolute URLs may name a
 * branch with `/` in it (`blob/release/1.2/docs/x.md`), which cannot be told
 * from the path offline: each split is tried.
 */
function locate(
  target: Extract<LinkTarget, { kind: 'repo' }>,
  index: ProjectIndex,
  defaultBranch: string,
): { path: string; entry: IndexedPath } | null {
  const direct = index.get(target.path);
  if (direct) return { path: target.path, entry: direct };
  // Only a ref that is not a plain branch or commit can continue into the path.
  if (target.ref === null || /^(main|master|HEAD|[0-9a-f]{7,40})$/i.test(target.ref) || target.ref === defaultBranch)
    return null;
  const segments = target.path.split('/');
  for (let moved = 1; moved < Math.min(segments.length, 4); moved++) {
    const candidate = segments.slice(moved).join('/');
    const entry = index.get(candidate);
    if (entry) return { path: candidate, entry };
  }
  return null;
}

function suggest(path: string, index: ProjectIndex, renames: Readonly<Record<string, string>>): string | null {
  const renamed = renames[path];
  if (renamed && index.get(renamed)) return renamed;
  const candidates = index.sameName(path);
  if (candidates.length === 0) return null;
  // The candidate sharing the longest directory prefix with the old path.
  const score = (candidate: string) => {
    const a = posix.dirname(path).split('/');
    const b = posix.dirname(candidate).split('/');
    let shared = 0;
    while (shared < a.length && a[shared] === b[shared]) shared++;
    return shared * 1000 - candidate.length;
  };
  return [...candidates].sort((x, y) => score(y) - score(x))[0]!;
}

/*
 * Every link of a file asks about the same anchors: the set, its lower-cased copy and the
 * suggester are built once per file, not once per link (which grew with links times headings).
 */
const anchorSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const lowerCasedSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
const suggesters = new WeakMap<ReadonlySet<string>, Suggester>();

function anchorSetOf(anchors: readonly string[]): ReadonlySet<string> {
  let set = anchorSets.get(anchors);
  if (!set) anchorSets.set(anchors, (set = new Set(anchors)));
  return set;
}

function lowerCased(anchors: ReadonlySet<string>): ReadonlySet<string> {
  let set = lowerCasedSets.get(anchors);
  if (!set) lowerCasedSets.set(anchors, (set = new Set([...anchors].map((anchor) => anchor.toLowerCase()))));
  return set;
}

/** The closest anchor, for "did you mean". */
export function closestAnchor(fragment: string, anchors: ReadonlySet<string>): string | null {
  let suggester = suggesters.get(anchors);
  if (!suggester) suggesters.set(anchors, (suggester = new Suggester(anchors)));
  return suggester.suggest(fragment.toLowerCase()) ?? null;
}
