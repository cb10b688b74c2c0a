export { corpus, historyVersions, sharedDir, treeListing, type HistoryVersion } from './corpus.js';
export { git, gitEnv } from './git.js';
export { rejection, thrown } from './rejection.js';
