import { posix } from 'node:path';

/** Where a link points, independent of how it was spelled. */
export type LinkTarget =
  | {
      kind: 'repo';
      /** Repository path, normalised, no leading or trailing slash (`''` is the root). */
      path: string;
      /** Fragment without `#`, or null. */
      fragment: string | null;
      /** Query string with `?`, or `''`. */
      query: string;
      /** The ref named by an absolute URL, or null for relative links. */
      ref: string | null;
      /** How the link was spelled. */
      via: 'relative' | 'root' | 'github' | 'raw' | 'shortlink';
      /** The view an absolute GitHub URL used (`blob`, `tree`, `raw`…), or null. */
      view: string | null;
    }
  | { kind: 'anchor'; fragment: string }
  | {
      kind: 'external';
      url: string;
      /** Set when a root-relative path was resolved against the site origin. */
      sitePath: string | null;
    }
  | { kind: 'escape'; path: string; destination: string };

export interface ResolveContext {
  /** `owner/name` of the repository the document lives in. */
  repository: string;
  /** Repository path of the document that holds the link. */
  documentPath: string;
  /** Hosts that redirect `/<repo>/<path>` to `github.com/<owner>/<repo>/blob/<default>/<path>`. */
  shortlinks?: Readonly<Record<string, string>>;
  /** Root-relative paths under these prefixes belong to the site, not the repository. */
  site?: { origin: string; paths: readonly string[] } | null;
}

const schemeLike = /^[a-z][a-z0-9+.-]*:/i;

export function resolveLink(destination: string, context: ResolveContext): LinkTarget {
  const trimmed = destination.trim();
  if (trimmed.startsWith('#')) return { kind: 'anchor', fragment: decodeFragment(trimmed.slice(1)) };
  if (trimmed.startsWith('//')) return resolveUrl(`https:${trimmed}`, trimmed, context);
  if (schemeLike.test(trimmed)) return resolveUrl(trimmed, trimmed, context);
  const { path, query, fragment } = splitReference(trimmed);
  if (path.startsWith('/')) {
    const site = context.site;
    if (site && site.paths.some((prefix) => path.startsWith(prefix))) {
      return { kind: 'external', url: site.origin.replace(/\/$/, '') + trimmed, sitePath: trimmed };
    }
    return repoTarget(path.slice(1), query, fragment, 'root', null, null, trimmed);
  }
  const base = posix.dirname(context.documentPath);
  const joined = path === '' ? context.documentPath : posix.join(base === '.' ? '' : base, path);
  return repoTarget(joined, query, fragment, 'relative', null, null, trimmed);
}

/**
 * An http(s) URL whose host is plain ASCII letters, digits, dots and hyphens, and what follows it:
 * the host as the URL parser reads it (lower case). Anything else (percent signs, backslashes,
 * whitespace, user info, a port) goes through the parser.
 */
const plainHttpUrl = /^https?:\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/;

/** GitHub's hosts that serve a repository's pages, and the one that serves its files raw. */
const githubHosts = new Set(['github.com', 'www.github.com']);
const rawHost = 'raw.githubusercontent.com';

/** Hosts whose links may lead into the repository: every other plain URL is external as written. */
function mayBeOwnHost(host: string, context: ResolveContext): boolean {
  return githubHosts.has(host) || host === rawHost || context.shortlinks?.[host] !== undefined;
}

function resolveUrl(url: string, destination: string, context: ResolveContext): LinkTarget {
  // Most links of a document lead elsewhere: told from the text, without parsing them (the
  // project rules resolve every link of a run, after the files are read).
  const plain = plainHttpUrl.exec(url);
  if (plain && !mayBeOwnHost(plain[1]!.toLowerCase(), context))
    return { kind: 'external', url: destination, sitePath: null };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'external', url: destination, sitePath: null };
  }
  const [owner, name] = context.repository.toLowerCase().split('/');
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split('/').slice(1);
  const fragment = parsed.hash ? decodeFragment(parsed.hash.slice(1)) : null;
  const sameRepo = (o?: string, r?: string) => o?.toLowerCase() === owner && r?.toLowerCase() === name;

  if (githubHosts.has(host) && sameRepo(segments[0], segments[1])) {
    const view = segments[2];
    if (view === undefined || view === '') {
      return repoTarget('', parsed.search, fragment, 'github', null, null, destination);
    }
    if (
      (view === 'blob' || view === 'tree' || view === 'raw' || view === 'edit' || view === 'blame') &&
      segments.length >= 4
    ) {
      // The ref cannot be told from the path without the branch list; refs with
      // `/` are rare enough that the first segment is the right guess offline.
      const ref = segments[3]!;
      return repoTarget(segments.slice(4).join('/'), parsed.search, fragment, 'github', ref, view, destination);
    }
  }
  if (host === rawHost && sameRepo(segments[0], segments[1]) && segments.length >= 4) {
    return repoTarget(segments.slice(3).join('/'), parsed.search, fragment, 'raw', segments[2]!, 'raw', destination);
  }
  const shortOwner = context.shortlinks?.[host];
  if (shortOwner && shortOwner.toLowerCase() === owner && segments[0]?.toLowerCase() === name) {
    return repoTarget(segments.slice(1).join('/'), parsed.search, fragment, 'shortlink', null, null, destination);
  }
  return { kind: 'external', url: destination, sitePath: null };
}

function repoTarget(
  rawPath: string,
  query: string,
  fragment: string | null,
  via: Extract<LinkTarget, { kind: 'repo' }>['via'],
  ref: string | null,
  view: string | null,
  destination: string,
): LinkTarget {
  const decoded = decodePath(rawPath);
  const normalised = decoded === '' ? '' : posix.normalize(decoded);
  if (normalised === '..' || normalised.startsWith('../')) {
    return { kind: 'escape', path: normalised, destination };
  }
  const path = normalised === '.' ? '' : normalised.replace(/^\/+/, '').replace(/\/+$/, '');
  return { kind: 'repo', path, fragment, query, ref, via, view };
}

function splitReference(value: string): { path: string; query: string; fragment: string | null } {
  const hash = value.indexOf('#');
  const beforeHash = hash === -1 ? value : value.slice(0, hash);
  const fragment = hash === -1 ? null : decodeFragment(value.slice(hash + 1));
  const question = beforeHash.indexOf('?');
  return question === -1
    ? { path: beforeHash, query: '', fragment }
    : { path: beforeHash.slice(0, question), query: beforeHash.slice(question), fragment };
}

function decodePath(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function decodeFragment(value: string): string {
  return decodePath(value);
}

/** A stable string for a target: equal keys, same place. */
export function targetKey(target: LinkTarget): string {
  switch (target.kind) {
    case 'repo':
      return `repo:${target.path}${target.fragment === null ? '' : `#${target.fragment}`}`;
    case 'anchor':
      return `anchor:#${target.fragment}`;
    case 'external':
      return `url:${target.url}`;
    case 'escape':
      return `escape:${target.path}`;
  }
}
