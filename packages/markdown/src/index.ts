export { collectAnchors, anchorsOf, headingText, type Anchor } from './anchors.js';
export { findDestination, type DestinationSpan } from './destination.js';
export { fragmentLands, isLineFragment, matchFragment, type FragmentMatch, type FragmentTarget } from './fragment.js';
export { scanHtml, type HtmlLink, type HtmlScan } from './html-scan.js';
export { GuideError, InputError } from './guide-error.js';
export { resolveLink, targetKey, type LinkTarget, type ResolveContext } from './link-target.js';
export type {
  Block,
  Entry,
  EntryLayout,
  EntryList,
  EntrySeparators,
  FreeBlock,
  FreeItem,
  FrontMatter,
  Guide,
  GuideForm,
  GuideLink,
  ListItem,
  Section,
  SectionHeading,
  Slot,
  Slotted,
  Title,
} from './model.js';
export { parseGuide, type ParseGuideOptions } from './parse-guide.js';
export { parseMarkdown, processor, stringifyMarkdown } from './processor.js';
export {
  formatDestination,
  renderEntry,
  renderGuide,
  renderSlotted,
  type RenderOptions,
  type Respell,
  type SiteOptions,
} from './render-guide.js';
export { semanticTree } from './semantic-tree.js';
export { linkNodesIn, slotted, slottedFromMarkdown, toGuideLink } from './slotted.js';
export {
  applyEdits,
  type EditOrigin,
  type EditOutcome,
  type EditResult,
  type EntryEdit,
  type EntryFields,
  type NewEntry,
} from './edits.js';
export { entryKey, listEntries, plain, type LocatedEntry } from './entries.js';
export { guideLinks } from './guide-links.js';
export { diffEntries, type EntryChange } from './entry-diff.js';
export { closest, closestPath, editDistance, Suggester } from './closest.js';
export {
  assertNesting,
  defaultInlineNestingLimit,
  defaultNestingLimit,
  findDeepInlineNesting,
  findDeepNesting,
  type DeepNesting,
} from './nesting.js';
