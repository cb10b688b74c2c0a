export {
  defaultApiUrl,
  GitHubApi,
  GitHubClient,
  systemClock,
  type ApiRequestOptions,
  type ApiResponse,
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
export { isRateLimited, quotaReset, rateLimitReset, rateLimitWait, type HeaderBag } from './rate-limit.js';
export { fullTree } from './tree.js';
