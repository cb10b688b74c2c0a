import type { LinkFix } from './config-link-fixes.js';
import { entryKey, guideLinks, listEntries, type Guide, type GuideLink } from '@devguide/markdown';
import type { Move } from '@devguide/upstream';
import { posix } from 'node:path';

export interface MovedLink {
  move: Move;
  link: GuideLink;
  /** The destination that reaches the new place, spelled as the old one was. */
  fixed: string | null;
}

/** Every link of the guide whose repository target moved, with the destination that fixes it. */
export function movedLinks(guide: Guide, moves: readonly Move[]): MovedLink[] {
  const byPath = new Map(moves.map((move) => [move.from, move]));
  const out: MovedLink[] = [];
  for (const link of guideLinks(guide)) {
    if (link.target.kind !== 'repo') continue;
    const move = byPath.get(link.target.path);
    if (move) out.push({ move, link, fixed: respell(link.destination, move.from, move.to, guide.path) });
  }
  return out;
}

/** The destination pointing at `to` instead of `from`, in the same spelling (relative, root or URL). */
export function respell(destination: string, from: string, to: string, documentPath: string): string | null {
  const cut = destination.search(/[?#]/);
  const path = cut < 0 ? destination : destination.slice(0, cut);
  const tail = cut < 0 ? '' : destination.slice(cut);
  const slash = path.endsWith('/') && !path.endsWith('//') ? '/' : '';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    const at = path.indexOf(`/${from}`);
    return at < 0 ? null : `${path.slice(0, at)}/${to}${path.slice(at + 1 + from.length)}${tail}`;
  }
  if (path.startsWith('/')) return `/${to}${slash}${tail}`;
  const base = posix.dirname(documentPath);
  const relative = posix.relative(base === '.' ? '' : base, to) || posix.basename(to);
  return `${relative}${slash}${tail}`;
}

/** The downstream edits that repoint the guide's entry links at moved targets. */
export function linkFixes(guide: Guide, moved: readonly MovedLink[]): LinkFix[] {
  const entries = listEntries(guide);
  const fixes: LinkFix[] = [];
  for (const located of entries) {
    located.entry.links.forEach((link, index) => {
      const hit = moved.find((candidate) => candidate.link === link);
      if (!hit?.fixed) return;
      const key = entryKey(located.entry);
      const ambiguous = entries.filter((other) => entryKey(other.entry) === key).length > 1;
      const section = located.sections.at(-1);
      fixes.push({
        entry: key,
        ...(ambiguous && section ? { section } : {}),
        link: index + 1,
        from: link.destination,
        to: hit.fixed,
      });
    });
  }
  return fixes;
}
