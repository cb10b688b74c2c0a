export {
  defaultApiUrl,
  defaultSyncRetry,
  GitHubApi,
  GitHubClient,
  githubRetry,
  systemClock,
  type ApiPolicyOptions,
  type Clock,
  type GitHubClientOptions,
  type RequestCounts,
  type TreeEntry,
  type TreeResponse,
} from './client.js';
export { checkUpstream, type LockedUpstream, type UpstreamCheck } from './check-upstream.js';
export { compareFileLimit, parseComparison, type ComparedFile, type Comparison } from './compare.js';
export { GitHubError, RateLimitError } from './errors.js';
export { openGitHubSource, type GitHubSourceOptions, type GitHubSourceResult } from './github-source.js';
export { fullTree, TreeWalker, type TreeSource } from './tree.js';
