import type { Dispatcher, Agent as UndiciAgent } from 'undici';
// @ts-expect-error: undici types its parts only through its index; this is the class it exports as `Agent`.
import AgentOnly from 'undici/lib/dispatcher/agent.js';
// @ts-expect-error: undici types its parts only through its index; this is what it puts on every dispatcher as `request`.
import requestOnly from 'undici/lib/api/api-request.js';

/*
 * undici's parts, loaded without its index: the index evaluates every part of undici on import
 * (fetch, WebSocket, EventSource, mocks, caches, cookies, interceptors), which took 0.13 to 0.35 s
 * on two loaded cores against 0.04 to 0.06 s for the agent and what it needs, all of it before a
 * `--external` lint's first request. The index is also what puts `request` on every dispatcher's
 * prototype, so requests go through `request` below rather than `dispatcher.request`.
 */

/** undici's `Agent`. */
export const Agent = AgentOnly as typeof UndiciAgent;
export type Agent = UndiciAgent;

/** `dispatcher.request(options)`, whether or not undici's index was loaded. */
export function request(dispatcher: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
  return (
    requestOnly as (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>
  ).call(dispatcher, options);
}
