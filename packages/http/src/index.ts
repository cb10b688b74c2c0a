export { systemClock, type Clock } from './clock.js';
export { classifyNetworkError, errorText, type NetworkFailure } from './network.js';
export {
  HttpPolicy,
  readBounded,
  type GaveUp,
  type Hop,
  type HttpAnswer,
  type HttpNetworkFailure,
  type HttpPolicyOptions,
  type HttpQuotaFailure,
  type HttpRedirectFailure,
  type HttpResult,
  type Method,
  type RedirectOptions,
  type RequestSpec,
  type ResponseBody,
  type ResponseHeaders,
} from './policy.js';
export {
  isRateLimited,
  quotaReset,
  quotaSpent,
  rateLimitField,
  rateLimitReset,
  rateLimitWait,
  type HeaderBag,
} from './rate-limit.js';
export { redacted, redactor } from './redact.js';
export { backoffDelay, isRetryableStatus, serverWait, type RetryOptions } from './retry.js';
export { Scheduler, type SchedulerOptions } from './scheduler.js';
export { Agent } from './undici-parts.js';
