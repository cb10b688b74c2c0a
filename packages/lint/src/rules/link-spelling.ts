import type { LinkFact } from '../facts/file-facts.js';

/** Where a destination is written: `[start, end)` in the file's text, angle brackets excluded. */
export interface WrittenDestination {
  start: number;
  end: number;
  /** The destination as written (escapes and percent-encoding kept). */
  raw: string;
}

/**
 * The span of a link's destination as written, or null when it cannot be
 * respelled with certainty. Links, images and definitions use the span the
 * facts found in the AST node; autolinks (`<url>`, bare `https://…`) and HTML
 * `href`/`src` values use the node's own span, and only when the text there
 * is exactly the URL (an autolink's text is its destination).
 */
export function writtenDestination(link: LinkFact, text: string): WrittenDestination | null {
  if (link.destination) {
    let { start, end } = link.destination;
    if (end - start >= 2 && text[start] === '<' && text[end - 1] === '>') {
      start++;
      end--;
    }
    return { start, end, raw: text.slice(start, end) };
  }
  let start = link.position.start.offset;
  let end = link.position.end.offset;
  if (start === undefined || end === undefined) return null;
  if (link.kind === 'link' && end - start >= 2 && text[start] === '<' && text[end - 1] === '>') {
    start++;
    end--;
  }
  const raw = text.slice(start, end);
  return raw === link.url ? { start, end, raw } : null;
}

/** A raw destination split at its query or fragment: `a/b.md` and `?x#y`. */
export function splitSuffix(raw: string): { path: string; suffix: string } {
  const at = raw.search(/[?#]/);
  return at === -1 ? { path: raw, suffix: '' } : { path: raw.slice(0, at), suffix: raw.slice(at) };
}

/** `https://github.com/<owner>/<name>/` (any scheme spelling, `www.`), case-insensitive, as a pattern source. */
export function githubRepoPrefix(repository: string): string {
  return `(?:https?:)?//(?:www\\.)?github\\.com/${escapeRegExp(repository)}/`;
}

/** `https://raw.githubusercontent.com/<owner>/<name>/` as a pattern source. */
export function rawRepoPrefix(repository: string): string {
  return `(?:https?:)?//raw\\.githubusercontent\\.com/${escapeRegExp(repository)}/`;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A repository path as a URL path: each segment percent-encoded, `@` kept (as the renderer writes it). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
}

/** A value shown inside backticks in a message: line breaks made visible. */
export function shown(value: string): string {
  return value.replace(/\r?\n/g, '\\n');
}
