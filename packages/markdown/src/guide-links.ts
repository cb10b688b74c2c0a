import type { Block, Guide, GuideLink, Section, Slotted } from './model.js';

/** Every link, image and definition of the guide, in document order. */
export function guideLinks(guide: Guide): GuideLink[] {
  const links: GuideLink[] = [];
  const fromSlotted = (content: Slotted | null) => {
    for (const slot of content?.slots ?? []) links.push(slot.link);
  };
  const fromBlocks = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'free') {
        fromSlotted(block.content);
        continue;
      }
      for (const item of block.items) {
        if (item.kind === 'free-item') {
          fromSlotted(item.content);
          continue;
        }
        fromSlotted(item.titleSource);
        links.push(...item.links);
        fromSlotted(item.description);
        fromSlotted(item.rest);
      }
    }
  };
  const fromSection = (section: Section) => {
    fromSlotted(section.heading.content);
    fromBlocks(section.blocks);
    section.subsections.forEach(fromSection);
  };
  fromBlocks(guide.prelude);
  fromBlocks(guide.intro);
  guide.sections.forEach(fromSection);
  return links;
}
