export {
  defaultApiUrl,
  defaultSyncRetry,
  GitHubApi,
  GitHubClient,
  systemClock,
  type ApiPolicyOptions,
  type Clock,
  type GitHubClientOptions,
  type RequestCounts,
  type TreeEntry,
  type TreeResponse,
} from './client.js';
export { GitHubError, RateLimitError } from './errors.js';
export { openGitHubSource, type GitHubSourceOptions, type GitHubSourceResult } from './github-source.js';
export { fullTree, TreeWalker } from './tree.js';
