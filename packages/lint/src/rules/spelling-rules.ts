import type { Rule } from '../engine/rule.js';
import { defaultBranch } from './default-branch.js';
import { githubView } from './github-view.js';
import { noSiteOnlyPath } from './no-site-only-path.js';
import { noSpaceInDestination } from './no-space-in-destination.js';
import { normalizedPath } from './normalized-path.js';
import { preferHttps } from './prefer-https.js';
import { reversedLink } from './reversed-link.js';
import { sameRepoLinkForm } from './same-repo-link-form.js';

/** Rules on how links are spelled: https, branches, views, normalised paths, relative or absolute. */
export const spellingRules: readonly Rule[] = [
  noSpaceInDestination,
  reversedLink,
  preferHttps,
  defaultBranch,
  normalizedPath,
  githubView,
  sameRepoLinkForm,
  noSiteOnlyPath,
];
