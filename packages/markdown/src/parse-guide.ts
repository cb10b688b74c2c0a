import type {
  Heading,
  List,
  ListItem as MdastListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Link,
} from 'mdast';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { GuideError } from './guide-error.js';
import type { ResolveContext } from './link-target.js';
import type {
  Block,
  Entry,
  EntryList,
  FreeItem,
  FrontMatter,
  Guide,
  GuideForm,
  ListItem,
  Section,
  Slotted,
  Title,
} from './model.js';
import { parseMarkdown } from './processor.js';
import { linkNodesIn, slotted, toGuideLink } from './slotted.js';

export interface ParseGuideOptions {
  /** Repository path of the guide (where its relative links start). */
  path: string;
  /** Name used in error messages (a file path); defaults to `path`. */
  file?: string;
  /** How links resolve; `documentPath` is taken from `path`. */
  resolve: Omit<ResolveContext, 'documentPath'>;
  /** The document already parsed with `parseMarkdown`, so callers parse once. */
  tree?: Root;
  /** Refuse a document without `## ` sections (the guide a README is generated from). */
  requireSections?: boolean;
  /** Defaults to `site` when the front matter has a title, else `upstream`. */
  form?: GuideForm;
}

const headLinkJoiner = /^\s*(?:,|and|&|or|,\s*and)?\s*$/;

export function parseGuide(text: string, options: ParseGuideOptions): Guide {
  const file = options.file ?? options.path;
  const context: ResolveContext = { ...options.resolve, documentPath: options.path };
  const tree: Root = options.tree ?? parseMarkdown(text, options.file ?? options.path);
  let cursor = 0;
  const leadingOf = (node: RootContent): string => {
    const start = node.position!.start.offset!;
    const leading = text.slice(cursor, start);
    cursor = node.position!.end.offset!;
    return leading;
  };

  let frontMatter: FrontMatter | null = null;
  let title: Title | null = null;
  const prelude: Block[] = [];
  const intro: Block[] = [];
  const sections: Section[] = [];
  let blocks = prelude;
  let section: Section | null = null;
  // Everything before the first H1 is prelude, even what parses as a heading
  // there (old munge banners end in a `--` line, a setext H2).
  const titleAt = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);

  for (const [index, node] of tree.children.entries()) {
    const leading = leadingOf(node);
    if (index < titleAt && !(node.type === 'yaml' && frontMatter === null && leading.trim() === '')) {
      prelude.push(readBlock(text, node, leading, context));
      continue;
    }
    if (node.type === 'yaml' && frontMatter === null && leading.trim() === '') {
      frontMatter = readFrontMatter(
        node.value,
        text.slice(node.position!.start.offset, node.position!.end.offset),
        node,
        file,
      );
      if (frontMatter.position === undefined && node.position) frontMatter.position = node.position;
      continue;
    }
    if (index === titleAt && node.type === 'heading') {
      title = { text: headingText(text, node), from: 'h1', leading, raw: sliceOf(text, node) };
      if (node.position) title.position = node.position;
      blocks = intro;
      continue;
    }
    if (node.type === 'heading' && (node.depth === 2 || (node.depth === 3 && sections.length > 0))) {
      const next: Section = { leading, heading: readHeading(text, node, context), blocks: [], subsections: [] };
      if (node.position) next.position = node.position;
      if (node.depth === 3 && section) {
        const parent = sections.at(-1)!;
        parent.subsections.push(next);
      } else {
        sections.push(next);
      }
      section = next;
      blocks = next.blocks;
      continue;
    }
    blocks.push(readBlock(text, node, leading, context));
  }

  if (title === null) {
    intro.unshift(...prelude.splice(0));
    const fromFrontMatter = frontMatter?.data['title'];
    if (typeof fromFrontMatter === 'string') {
      title = { text: fromFrontMatter, from: 'front-matter', leading: '', raw: null };
    }
  }
  if (options.requireSections && sections.length === 0) {
    throw new GuideError(
      'Unexpected guide without sections, expected at least one `## ` heading',
      file,
      1,
      1,
      "add the guide's sections as level-2 headings",
    );
  }
  const form = options.form ?? (frontMatter && title?.from === 'front-matter' ? 'site' : 'upstream');
  return { form, path: options.path, frontMatter, prelude, title, intro, sections, trailing: text.slice(cursor) };
}

function readFrontMatter(value: string, raw: string, node: RootContent, file: string): FrontMatter {
  try {
    const data: unknown = parseYaml(value);
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { raw, data: record };
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : 1;
    const column = error instanceof YAMLParseError && error.linePos ? error.linePos[0].col : 1;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GuideError(
      `Unexpected front matter: ${reason}`,
      file,
      (node.position?.start.line ?? 1) + line,
      column,
      'fix the YAML between the `---` lines',
    );
  }
}

function sliceOf(text: string, node: RootContent | MdastListItem): string {
  return text.slice(node.position!.start.offset, node.position!.end.offset);
}

function headingText(text: string, node: Heading): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : text.slice(first, last);
}

function readHeading(text: string, node: Heading, context: ResolveContext) {
  return {
    depth: node.depth,
    text: headingText(text, node),
    content: slotted(text, node.position!.start.offset!, node.position!.end.offset!, linkNodesIn([node]), context),
  };
}

function readBlock(text: string, node: RootContent, leading: string, context: ResolveContext): Block {
  if (node.type === 'list') return readList(text, node, leading, context);
  const block: Block = {
    kind: 'free',
    leading,
    nodeType: node.type,
    content: slotted(text, node.position!.start.offset!, node.position!.end.offset!, linkNodesIn([node]), context),
  };
  if (node.position) block.position = node.position;
  return block;
}

function readList(text: string, node: List, leading: string, context: ResolveContext): EntryList {
  let cursor = node.position!.start.offset!;
  const items: ListItem[] = node.children.map((item) => {
    const itemLeading = text.slice(cursor, item.position!.start.offset);
    cursor = item.position!.end.offset!;
    return readEntry(text, item, itemLeading, context) ?? freeItem(text, item, itemLeading, context);
  });
  const list: EntryList = { kind: 'list', leading, items };
  if (node.position) list.position = node.position;
  return list;
}

function freeItem(text: string, item: MdastListItem, leading: string, context: ResolveContext): FreeItem {
  const free: FreeItem = {
    kind: 'free-item',
    leading,
    content: slotted(text, item.position!.start.offset!, item.position!.end.offset!, linkNodesIn([item]), context),
  };
  if (item.position) free.position = item.position;
  return free;
}

/** Recognises the entry layouts; null when the item is something else. */
function readEntry(text: string, item: MdastListItem, leading: string, context: ResolveContext): Entry | null {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const children = paragraph.children;
  if (linkNodesIn(children).filter((node) => node.type === 'link').length === 0) return null;
  const itemStart = item.position!.start.offset!;
  const paragraphStart = paragraph.position!.start.offset!;
  const paragraphEnd = paragraph.position!.end.offset!;
  const marker = text.slice(itemStart, paragraphStart);
  const first = children[0]!;
  const base = { kind: 'entry' as const, leading, marker, rest: restOf(text, item, context) };

  const descriptionFrom = (start: number, nodes: readonly PhrasingContent[]): Slotted =>
    slotted(text, start, paragraphEnd, linkNodesIn(nodes), context);

  if (first.type !== 'strong' || !isStrongSpan(text, first)) {
    return finish(
      {
        ...base,
        layout: 'prose',
        title: null,
        titleSource: null,
        links: [],
        separators: { afterTitle: '', between: [], beforeDescription: '' },
        description: descriptionFrom(paragraphStart, children),
      },
      item,
      marker,
    );
  }

  const titleEnd = first.position!.end.offset!;
  const title = text.slice(first.position!.start.offset! + 2, titleEnd - 2);
  const titleSource = slotted(text, first.position!.start.offset!, titleEnd, linkNodesIn([first]), context);
  const headLinks: Link[] = [];
  const firstLink = children.findIndex((child, at) => at > 0 && child.type === 'link');
  const gapToFirstLink = firstLink === -1 ? null : text.slice(titleEnd, children[firstLink]!.position!.start.offset);
  const parenthesised = gapToFirstLink !== null && /^\s*\($/.test(gapToFirstLink);
  const bare = gapToFirstLink !== null && /^\s+$/.test(gapToFirstLink);

  if (!parenthesised && !bare) {
    return finish(
      {
        ...base,
        layout: 'titled-prose',
        title,
        titleSource,
        links: [],
        separators: { afterTitle: '', between: [], beforeDescription: '' },
        description: descriptionFrom(titleEnd, children.slice(1)),
      },
      item,
      marker,
    );
  }

  const afterTitle = gapToFirstLink!;
  const between: string[] = [];
  let index = firstLink;
  headLinks.push(children[index] as Link);
  let lastEnd = children[index]!.position!.end.offset!;
  for (;;) {
    const joiner = children[index + 1];
    const next = children[index + 2];
    if (joiner?.type !== 'text' || next?.type !== 'link') break;
    const gap = text.slice(lastEnd, next.position!.start.offset);
    if (!headLinkJoiner.test(gap)) break;
    between.push(gap);
    headLinks.push(next);
    lastEnd = next.position!.end.offset!;
    index += 2;
  }

  const after = text.slice(lastEnd, paragraphEnd);
  let beforeDescription: string;
  let layout: Entry['layout'];
  if (parenthesised) {
    const close = /^\):?[ \t]*(?:\r?\n[ \t]*)?/.exec(after);
    if (!close) return null;
    beforeDescription = close[0];
    layout = close[0].startsWith('):') ? 'paren-colon' : 'paren';
  } else {
    beforeDescription = /^[ \t]*(?:\r?\n[ \t]*)?/.exec(after)![0];
    layout = 'bare';
  }
  const descriptionStart = lastEnd + beforeDescription.length;
  const descriptionNodes = children.filter((child) => (child.position?.start.offset ?? 0) >= descriptionStart);
  return finish(
    {
      ...base,
      layout,
      title,
      titleSource,
      links: headLinks.map((link) => toGuideLink(text, link, context, true)),
      separators: { afterTitle, between, beforeDescription },
      description: descriptionFrom(descriptionStart, descriptionNodes),
    },
    item,
    marker,
  );
}

function finish(entry: Omit<Entry, 'indent' | 'position'>, item: MdastListItem, marker: string): Entry {
  const continuation = /\n([ \t]+)\S/.exec(entry.description.raw + (entry.rest?.raw ?? ''));
  const full: Entry = { ...entry, indent: continuation?.[1] ?? ' '.repeat(marker.length) };
  if (item.position) full.position = item.position;
  return full;
}

function isStrongSpan(text: string, node: Strong): boolean {
  const raw = text.slice(node.position!.start.offset, node.position!.end.offset);
  return raw.startsWith('**') && raw.endsWith('**');
}

function restOf(text: string, item: MdastListItem, context: ResolveContext): Slotted | null {
  const paragraph = item.children[0] as Paragraph;
  if (item.children.length < 2) return null;
  return slotted(
    text,
    paragraph.position!.end.offset!,
    item.position!.end.offset!,
    linkNodesIn(item.children.slice(1)),
    context,
  );
}
