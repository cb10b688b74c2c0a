export { hasFragment, htmlAnchors, markdownAnchors } from './anchors.js';
export { defaultLifetimes, LinkCache, linkCacheVersion, type CacheLifetimes } from './cache.js';
export { planLinkCacheMerge, renderLinkCacheMerge, type LinkCacheInput, type LinkCacheMerge } from './cache-merge.js';
export {
  checkLinks,
  defaultCheckOptions,
  LinkChecker,
  type CheckLinksOptions,
  type CheckLinksRun,
  type HostSummary,
} from './check-links.js';
export { systemClock, type Clock } from './clock.js';
export { collectExternalUrls, type ExtractOptions, type LinkInput } from './extract.js';
export { answerFromLock, GithubVerifier, parseGithubUrl, type GithubTarget } from './github.js';
export { checkHttp, type HttpContext, type Timeouts } from './http-check.js';
export { normalizeUrl } from './normalize.js';
export type { CheckResult, ExternalUrl, Outcome, UrlOccurrence } from './types.js';
