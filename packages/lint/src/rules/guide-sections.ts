import type { Entry, EntryList, FreeItem, Guide, Section } from '@devguide/markdown';

/** The list items directly under one section or subsection (not its subsections'). */
export interface SectionItems {
  section: Section;
  entries: Entry[];
  freeItems: Array<{ item: FreeItem; list: EntryList }>;
}

/** Every `## ` section and `### ` subsection of the guide, in document order, with its own items. */
export function sectionItems(guide: Guide): SectionItems[] {
  const found: SectionItems[] = [];
  const visit = (section: Section) => {
    const group: SectionItems = { section, entries: [], freeItems: [] };
    for (const block of section.blocks) {
      if (block.kind !== 'list') continue;
      for (const item of block.items) {
        if (item.kind === 'entry') group.entries.push(item);
        else group.freeItems.push({ item, list: block });
      }
    }
    found.push(group);
    section.subsections.forEach(visit);
  };
  guide.sections.forEach(visit);
  return found;
}
