import type { Position } from 'unist';
import type { LinkTarget } from './link-target.js';

/** The two forms a guide is published in. */
export type GuideForm = 'upstream' | 'site';

/** A link, image or reference definition somewhere in the guide. */
export interface GuideLink {
  kind: 'link' | 'image' | 'definition';
  /** The link text as markdown source (alt text for images, label for definitions). */
  text: string;
  /** The destination, decoded, as written. */
  destination: string;
  /** Where it points. */
  target: LinkTarget;
  /** The link exactly as written, destination marked; absent on links made by an edit. */
  source?: Slotted;
  /** Span of the whole link in the parsed document; absent on links made by an edit. */
  position?: Position;
}

/**
 * Markdown source with the destinations of its links marked, so that a
 * renderer can respell each destination for the form it writes.
 */
export interface Slotted {
  raw: string;
  slots: Slot[];
}

export interface Slot {
  /** Offsets into `raw` of the destination as written (angle brackets included). */
  start: number;
  end: number;
  /** The same with the white space around it inside the parentheses, dropped when respelled. */
  outerStart: number;
  outerEnd: number;
  link: GuideLink;
}

/**
 * The layouts entries have used since 2014:
 * - `paren-colon`: `* **T** ([text](url)): description`
 * - `paren`: `* **T** ([text](url))` then the description (same or next line)
 * - `bare`: `* **T** [text](url)` with the description, if any, on the next line
 * - `titled-prose`: `* **T** free text` with links inside the text
 * - `prose`: `* The [REST API documentation](url) explains …`
 */
export type EntryLayout = 'paren-colon' | 'paren' | 'bare' | 'titled-prose' | 'prose';

/** The whitespace and punctuation between an entry's parts, as written. */
export interface EntrySeparators {
  /** Between the bold title and the links (`' ('`, `'\n  ('`, `' '`). */
  afterTitle: string;
  /** Between consecutive links (`' and '`). */
  between: string[];
  /** After the last link and before the description (`'): '`, `')\n  '`, `'\n  '`). */
  beforeDescription: string;
}

export interface Entry {
  kind: 'entry';
  /** Text between the previous item (or the list start) and this item. */
  leading: string;
  /** The bullet and the space after it, e.g. `* `. */
  marker: string;
  /** Indentation of continuation lines. */
  indent: string;
  layout: EntryLayout;
  /** The bold title as markdown source (inside the `**`), or null for prose entries. */
  title: string | null;
  /** The bold title as written, links marked; null once an edit replaced the title. */
  titleSource: Slotted | null;
  links: GuideLink[];
  separators: EntrySeparators;
  /** The description as markdown source (continuation lines keep their indentation). */
  description: Slotted;
  /** Blocks after the entry's first paragraph (nested lists, code), verbatim. */
  rest: Slotted | null;
  position?: Position;
}

/** A list item that is not an entry; kept verbatim. */
export interface FreeItem {
  kind: 'free-item';
  leading: string;
  content: Slotted;
  position?: Position;
}

export type ListItem = Entry | FreeItem;

export interface EntryList {
  kind: 'list';
  leading: string;
  items: ListItem[];
  position?: Position;
}

/** Any block the model does not interpret; kept verbatim, links respelled. */
export interface FreeBlock {
  kind: 'free';
  leading: string;
  /** The mdast node type, for reports. */
  nodeType: string;
  content: Slotted;
  position?: Position;
}

export type Block = EntryList | FreeBlock;

export interface SectionHeading {
  depth: number;
  /** The heading text as markdown source. */
  text: string;
  /** The whole heading as written. */
  content: Slotted;
}

export interface Section {
  leading: string;
  heading: SectionHeading;
  blocks: Block[];
  /** H3 subsections of an H2 section; empty for H3 sections. */
  subsections: Section[];
  position?: Position;
}

export interface FrontMatter {
  raw: string;
  data: Record<string, unknown>;
  position?: Position;
}

export interface Title {
  text: string;
  /** Where the document put it. */
  from: 'h1' | 'front-matter';
  leading: string;
  /** The H1 as written (null when the title came from the front matter). */
  raw: string | null;
  position?: Position;
}

export interface Guide {
  form: GuideForm;
  /** Repository path of the guide in the upstream repository. */
  path: string;
  frontMatter: FrontMatter | null;
  /** Blocks before the title (notices, HTML banners). */
  prelude: Block[];
  title: Title | null;
  /** Blocks between the title and the first section. */
  intro: Block[];
  sections: Section[];
  /** Text after the last block (usually the final newline). */
  trailing: string;
}
