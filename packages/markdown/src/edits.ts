import { entryKey, listEntries, plain, type LocatedEntry } from './entries.js';
import { resolveLink, targetKey, type ResolveContext } from './link-target.js';
import type { Entry, Guide, GuideLink } from './model.js';
import { slottedFromMarkdown } from './slotted.js';

/** Where an edit is declared, so reports can point at it. */
export interface EditOrigin {
  file: string;
  line: number;
  column: number;
}

export interface EntryFields {
  title?: string;
  description?: string;
  /** Text of the entry's link (which link: `link`, 1-based). */
  text?: string;
  /** Destination of the entry's link, spelled as upstream would. */
  href?: string;
}

export interface NewEntry {
  title: string;
  links: Array<{ text: string; href: string }>;
  description?: string;
}

/** A downstream change to the upstream guide, keyed by entry rather than by line. */
export type EntryEdit = {
  /** The entry's title (or the first link text of a prose entry). */
  entry: string;
  /** A heading above the entry, when the title alone is ambiguous. */
  section?: string;
  origin?: EditOrigin;
} & (
  | { op: 'set'; link?: number; set: EntryFields; was?: EntryFields }
  | { op: 'remove' }
  | { op: 'insert-after'; insert: NewEntry }
);

export type EditOutcome = 'applied' | 'already-upstream' | 'conflict' | 'vanished' | 'ambiguous';

export interface EditResult {
  edit: EntryEdit;
  outcome: EditOutcome;
  message: string;
  /** The upstream entry the edit was matched to. */
  entry?: Entry;
}

/**
 * Applies edits in order to a copy of the guide. An edit whose entry is gone,
 * ambiguous, or changed upstream since the edit was written is not applied and
 * is reported instead.
 */
export function applyEdits(
  guide: Guide,
  edits: readonly EntryEdit[],
  resolve: Omit<ResolveContext, 'documentPath'>,
): { guide: Guide; results: EditResult[] } {
  const copy = structuredClone(guide);
  const context: ResolveContext = { ...resolve, documentPath: copy.path };
  const results = edits.map((edit) => applyOne(copy, edit, context));
  return { guide: copy, results };
}

function applyOne(guide: Guide, edit: EntryEdit, context: ResolveContext): EditResult {
  const matches = listEntries(guide).filter((located) => matchesEdit(located, edit));
  const where = edit.section ? ` in section \`${edit.section}\`` : '';
  if (matches.length === 0) {
    return {
      edit,
      outcome: 'vanished',
      message: `Unexpected missing entry \`${edit.entry}\`${where}, expected it in the upstream guide; remove or re-key the edit`,
    };
  }
  if (matches.length > 1) {
    const sections = matches.map((match) => match.sections.at(-1) ?? '(intro)').join('`, `');
    return {
      edit,
      outcome: 'ambiguous',
      message: `Unexpected ${matches.length} entries named \`${edit.entry}\` (in \`${sections}\`), expected one; add \`section\` to the edit`,
      entry: matches[0]!.entry,
    };
  }
  const located = matches[0]!;
  const entry = located.entry;
  switch (edit.op) {
    case 'remove':
      located.list.items.splice(located.index, 1);
      if (located.index === 0 && located.list.items[0]) located.list.items[0].leading = '';
      return { edit, outcome: 'applied', message: `Removed entry \`${edit.entry}\``, entry };
    case 'insert-after': {
      const inserted = newEntry(edit.insert, entry, context);
      if (listEntries(guide).some((other) => entryKey(other.entry) === entryKey(inserted))) {
        return {
          edit,
          outcome: 'already-upstream',
          message: `Entry \`${edit.insert.title}\` exists upstream; the edit can be dropped`,
          entry,
        };
      }
      located.list.items.splice(located.index + 1, 0, inserted);
      return {
        edit,
        outcome: 'applied',
        message: `Inserted entry \`${edit.insert.title}\` after \`${edit.entry}\``,
        entry,
      };
    }
    case 'set':
      return applySet(entry, edit, context);
  }
}

function matchesEdit(located: LocatedEntry, edit: EntryEdit): boolean {
  if (entryKey(located.entry) !== plain(edit.entry)) return false;
  return edit.section === undefined || located.sections.some((heading) => plain(heading) === plain(edit.section!));
}

function applySet(entry: Entry, edit: Extract<EntryEdit, { op: 'set' }>, context: ResolveContext): EditResult {
  const linkIndex = (edit.link ?? 1) - 1;
  const link = entry.links[linkIndex];
  if ((edit.set.text !== undefined || edit.set.href !== undefined) && !link) {
    return {
      edit,
      outcome: 'conflict',
      message: `Unexpected entry \`${edit.entry}\` with ${entry.links.length} link(s), expected link ${linkIndex + 1}; fix \`link\` in the edit`,
      entry,
    };
  }
  const fields = Object.keys(edit.set) as Array<keyof EntryFields>;
  const current = (field: keyof EntryFields): string | undefined => readField(entry, link, field);
  const same = (field: keyof EntryFields, value: string | undefined) =>
    sameValue(field, current(field), value, context);

  if (fields.every((field) => same(field, edit.set[field]))) {
    return {
      edit,
      outcome: 'already-upstream',
      message: `Upstream entry \`${edit.entry}\` already has this change; the edit can be dropped`,
      entry,
    };
  }
  const was = edit.was;
  if (was) {
    const moved = fields.filter(
      (field) => was[field] !== undefined && !same(field, was[field]) && !same(field, edit.set[field]),
    );
    if (moved.length > 0) {
      const detail = moved.map((field) => `\`${field}\` is \`${current(field)}\``).join(', ');
      return {
        edit,
        outcome: 'conflict',
        message: `Unexpected upstream change to entry \`${edit.entry}\`: ${detail}, expected \`${moved.map((field) => was[field]).join('`, `')}\`; update \`was\` and \`set\` in the edit`,
        entry,
      };
    }
  }
  if (edit.set.title !== undefined) {
    if (entry.title === null) {
      // A prose entry gains a title: it becomes titled prose.
      entry.layout = 'titled-prose';
      entry.separators.afterTitle = ' ';
    }
    entry.title = edit.set.title;
    entry.titleSource = null;
  }
  if (edit.set.description !== undefined) {
    entry.description = slottedFromMarkdown(indentContinuation(edit.set.description, entry.indent), context);
    entry.separators.beforeDescription = separatorBeforeDescription(entry);
  }
  if (link && (edit.set.text !== undefined || edit.set.href !== undefined)) {
    const destination = edit.set.href ?? link.destination;
    const replaced: GuideLink = {
      kind: 'link',
      text: edit.set.text ?? link.text,
      destination,
      target: edit.set.href === undefined ? link.target : resolveLink(destination, context),
    };
    entry.links[linkIndex] = replaced;
  }
  return { edit, outcome: 'applied', message: `Applied edit to entry \`${edit.entry}\``, entry };
}

function readField(entry: Entry, link: GuideLink | undefined, field: keyof EntryFields): string | undefined {
  switch (field) {
    case 'title':
      return entry.title ?? undefined;
    case 'description':
      return entry.description.raw;
    case 'text':
      return link?.text;
    case 'href':
      return link?.destination;
  }
}

function sameValue(
  field: keyof EntryFields,
  a: string | undefined,
  b: string | undefined,
  context: ResolveContext,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (field === 'href') return targetKey(resolveLink(a, context)) === targetKey(resolveLink(b, context));
  return plain(a) === plain(b);
}

/**
 * The separator an entry needs once it has a description: the one it was
 * written with when that already ends in white space, else its layout's own.
 */
function separatorBeforeDescription(entry: Entry): string {
  const current = entry.separators.beforeDescription;
  if (entry.description.raw === '' || /\s$/.test(current) || (entry.links.length === 0 && entry.title === null))
    return current;
  switch (entry.layout) {
    case 'paren-colon':
      return current.endsWith(':') ? `${current} ` : current.endsWith(')') ? `${current}: ` : current;
    case 'paren':
      return `${current}\n${entry.indent}`;
    case 'bare':
      return `${current}\n${entry.indent}`;
    case 'titled-prose':
    case 'prose':
      return current === '' && entry.separators.afterTitle === '' && !entry.description.raw.startsWith(' ')
        ? ' '
        : current;
  }
}

function indentContinuation(text: string, indent: string): string {
  return text.trim().replace(/\n[ \t]*/g, `\n${indent}`);
}

function newEntry(spec: NewEntry, neighbour: Entry, context: ResolveContext): Entry {
  const links: GuideLink[] = spec.links.map((link) => ({
    kind: 'link',
    text: link.text,
    destination: link.href,
    target: resolveLink(link.href, context),
  }));
  const description = spec.description === undefined ? '' : indentContinuation(spec.description, neighbour.indent);
  return {
    kind: 'entry',
    leading: neighbour.leading === '' ? '\n\n' : neighbour.leading,
    marker: neighbour.marker,
    indent: neighbour.indent,
    layout: links.length > 0 ? 'paren-colon' : 'titled-prose',
    title: spec.title,
    titleSource: null,
    links,
    separators: {
      afterTitle: links.length > 0 ? ' (' : ' ',
      between: links.slice(1).map(() => ' and '),
      beforeDescription: links.length > 0 ? (description ? '): ' : ')') : '',
    },
    description: slottedFromMarkdown(description, context),
    rest: null,
  };
}
