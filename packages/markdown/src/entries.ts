import type { Block, Entry, EntryList, Guide, Section } from './model.js';

/** An entry with where it sits. */
export interface LocatedEntry {
  entry: Entry;
  list: EntryList;
  index: number;
  /** Headings from the H2 down to the entry's own section (empty in the intro). */
  sections: string[];
}

/** Every entry of the guide in document order. */
export function listEntries(guide: Guide): LocatedEntry[] {
  const found: LocatedEntry[] = [];
  const fromBlocks = (blocks: Block[], sections: string[]) => {
    for (const block of blocks) {
      if (block.kind !== 'list') continue;
      block.items.forEach((item, index) => {
        if (item.kind === 'entry') found.push({ entry: item, list: block, index, sections });
      });
    }
  };
  const fromSection = (section: Section, parents: string[]) => {
    const sections = [...parents, section.heading.text];
    fromBlocks(section.blocks, sections);
    for (const subsection of section.subsections) fromSection(subsection, sections);
  };
  fromBlocks(guide.prelude, []);
  fromBlocks(guide.intro, []);
  for (const section of guide.sections) fromSection(section, []);
  return found;
}

/**
 * The name an entry is known by: its bold title, or for a prose entry the
 * text of its first link.
 */
export function entryKey(entry: Entry): string {
  if (entry.title !== null) return plain(entry.title);
  const first = entry.links[0] ?? entry.description.slots[0]?.link;
  return first ? plain(first.text) : plain(entry.description.raw).slice(0, 60);
}

/** Markdown source folded to comparable text: emphasis markers and runs of white space dropped. */
export function plain(markdown: string): string {
  return markdown.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}
