import type { Rule } from '../engine/rule.js';

/** Rules on how links are spelled: https, branches, views, normalised paths, relative or absolute. */
export const spellingRules: readonly Rule[] = [];
