export { defaultApiUrl, GitHubClient, systemClock, type Clock, type GitHubClientOptions, type RequestCounts, type TreeEntry, type TreeResponse } from './client.js';
export { GitHubError, RateLimitError } from './errors.js';
export { openGitHubSource, type GitHubSourceOptions, type GitHubSourceResult } from './github-source.js';
export { rateLimitReset, rateLimitWait } from './rate-limit.js';
export { fullTree } from './tree.js';
