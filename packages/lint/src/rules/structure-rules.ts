import type { Rule } from '../engine/rule.js';

/** Rules on the guide's structure: title, headings, sections, entries, lists. */
export const structureRules: readonly Rule[] = [];
