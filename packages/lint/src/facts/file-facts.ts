import type { Position } from 'unist';

export interface HeadingFact {
  depth: number;
  /** The text GitHub slugs. */
  text: string;
  /** The fragment GitHub gives the heading, `-1` suffixes included. */
  slug: string;
  position: Position;
}

export interface LinkFact {
  kind: 'link' | 'image' | 'definition' | 'html';
  /** The destination, decoded as mdast decodes it. */
  url: string;
  /** The whole link, image, definition or HTML node. */
  position: Position;
  /** Offsets of the destination as written, when it can be respelled. */
  destination: { start: number; end: number } | null;
  /** The link text (alt text, label) as plain text. */
  text: string;
}

export interface DefinitionFact {
  identifier: string;
  label: string;
  url: string;
  position: Position;
}

export interface ReferenceFact {
  kind: 'link' | 'image';
  identifier: string;
  label: string;
  position: Position;
  /** False for `[text][label]` whose label has no definition (mdast keeps it as text). */
  defined: boolean;
}

export interface ControlComment {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  position: Position;
}

export interface ListFact {
  ordered: boolean;
  /** How many lists this one is nested in. */
  depth: number;
  position: Position;
  /** Each item from its marker to the end of its last content (trailing blank lines excluded). */
  items: Position[];
}

/** The first byte that keeps the file from being UTF-8 text (the text has U+FFFD there). */
export interface EncodingFact {
  reason: string;
  binary: boolean;
  position: Position;
}

/** A limit the file exceeds: it is reported, not parsed (its other facts are empty). */
export interface LimitFact {
  rule: 'max-file-size' | 'max-nesting';
  reason: string;
  position: Position;
}

/** What rules need to know about one file, computed in one walk; plain data (cacheable, transferable). */
export interface FileFacts {
  headings: HeadingFact[];
  /** Every fragment a link into this file may use (heading slugs, HTML ids and names). */
  anchors: string[];
  links: LinkFact[];
  definitions: DefinitionFact[];
  references: ReferenceFact[];
  controls: ControlComment[];
  /** Every list, outer before inner, in document order; only file rules read them, so they are dropped before caching. */
  lists: ListFact[];
  /** Null for UTF-8 text. */
  encoding: EncodingFact | null;
  /** Null unless the file is too big or too deeply nested to parse. */
  limit?: LimitFact | null;
  lineCount: number;
}

/** The facts of a file before its walk: nothing found yet. */
export function emptyFacts(lineCount: number): FileFacts {
  return {
    headings: [],
    anchors: [],
    links: [],
    definitions: [],
    references: [],
    controls: [],
    lists: [],
    encoding: null,
    lineCount,
  };
}
