import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** One guide link to repoint downstream: the entry it belongs to and the new destination. */
export interface LinkFix {
  entry: string;
  /** Set when the entry's title alone is ambiguous. */
  section?: string;
  /** 1-based index among the entry's links. */
  link: number;
  /** The destination upstream writes (recorded as `was.href`). */
  from: string;
  to: string;
}

/**
 * The configuration text with downstream edits that repoint links: an edit that
 * already sets the same entry's link gets `href` (or has it rewritten), otherwise
 * a new edit is appended; `href`s of other edits (set and insert) equal to a
 * moved destination are rewritten. Comments and layout elsewhere are kept.
 */
export function applyLinkFixes(text: string, fixes: readonly LinkFix[], rewrites: ReadonlyMap<string, string>): string {
  const document = parseDocument(text);
  let edits = document.get('edits');
  if (!isSeq(edits)) {
    if (fixes.length === 0) return text;
    document.set('edits', document.createNode([]));
    edits = document.get('edits');
  }
  if (!isSeq(edits)) return text;
  const items = edits.items.filter(isMap) as YAMLMap[];
  for (const edit of items) {
    const set = edit.get('set');
    if (isMap(set)) {
      const href = set.get('href');
      if (typeof href === 'string' && rewrites.has(href)) set.set('href', rewrites.get(href));
    }
    const insert = edit.get('insert');
    const links = isMap(insert) ? insert.get('links') : null;
    if (isSeq(links)) {
      for (const link of links.items) {
        if (!isMap(link)) continue;
        const href = link.get('href');
        if (typeof href === 'string' && rewrites.has(href)) link.set('href', rewrites.get(href));
      }
    }
  }
  for (const fix of fixes) {
    const existing = items.find((edit) => edit.get('entry') === fix.entry && (edit.get('section') ?? undefined) === fix.section && ((edit.get('link') as number | undefined) ?? 1) === fix.link && isMap(edit.get('set')));
    if (existing) {
      const set = existing.get('set') as YAMLMap;
      if (set.has('href')) continue;
      set.set('href', fix.to);
      const was = existing.get('was');
      if (isMap(was)) was.set('href', fix.from);
      else existing.set('was', document.createNode({ href: fix.from }));
      continue;
    }
    edits.add(
      document.createNode({
        entry: fix.entry,
        ...(fix.section ? { section: fix.section } : {}),
        ...(fix.link !== 1 ? { link: fix.link } : {}),
        set: { href: fix.to },
        was: { href: fix.from },
      }),
    );
  }
  return document.toString();
}
