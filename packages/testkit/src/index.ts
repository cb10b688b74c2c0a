export {
  corpus,
  corpusManifest,
  historyVersions,
  sharedDir,
  treeListing,
  type HistoryVersion,
  type ManifestEntry,
} from './corpus.js';
export { git, gitEnv } from './git.js';
export { seededRandom } from './random.js';
export { rejection, thrown } from './rejection.js';
