export { corpus, historyVersions, sharedDir, treeListing, type HistoryVersion } from './corpus.js';
