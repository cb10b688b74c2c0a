import type { Rule } from '../engine/rule.js';
import { externalRules } from './external-links.js';
import { noMissingAnchor } from './no-missing-anchor.js';
import { lineFragmentPlain } from './line-fragment-plain.js';
import { noMissingFile } from './no-missing-file.js';
import { pinnedLink } from './pinned-link.js';
import { noUndefinedReference } from './no-undefined-reference.js';
import { noUnusedDefinition } from './no-unused-definition.js';
import { spellingRules } from './spelling-rules.js';
import { structureRules } from './structure-rules.js';
import { utf8Text } from './utf8-text.js';
import { maxFileSize, maxNesting } from './input-limits.js';

/** Every rule, in documentation order. */
export const allRules: readonly Rule[] = [
  noMissingFile,
  noMissingAnchor,
  lineFragmentPlain,
  pinnedLink,
  noUndefinedReference,
  noUnusedDefinition,
  utf8Text,
  maxFileSize,
  maxNesting,
  ...structureRules,
  ...spellingRules,
  ...externalRules,
];
