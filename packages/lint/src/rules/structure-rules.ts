import type { Rule } from '../engine/rule.js';
import { entryShape } from './entry-shape.js';
import { guideTitle } from './guide-title.js';
import { headingIncrement } from './heading-increment.js';
import { linkTextNamesTarget } from './link-text-names-target.js';
import { listMarkerConsistency } from './list-marker-consistency.js';
import { listSpreadConsistency } from './list-spread-consistency.js';
import { noDuplicateEntry } from './no-duplicate-entry.js';
import { noDuplicateTarget } from './no-duplicate-target.js';
import { noEmptySection } from './no-empty-section.js';
import { singleH1 } from './single-h1.js';

/** Rules on the guide's structure: title, headings, sections, entries, lists. */
export const structureRules: readonly Rule[] = [
  guideTitle,
  singleH1,
  headingIncrement,
  noEmptySection,
  entryShape,
  noDuplicateEntry,
  noDuplicateTarget,
  linkTextNamesTarget,
  listMarkerConsistency,
  listSpreadConsistency,
];
