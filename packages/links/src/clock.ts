import { systemClock as githubClock, type Clock as GithubClock } from '@devguide/github';

/** The GitHub client's clock (injectable so tests run waits in milliseconds), plus randomness for jitter. */
export interface Clock extends GithubClock {
  /** A number in [0, 1) for jitter. */
  random(): number;
}

export const systemClock: Clock = { ...githubClock, random: () => Math.random() };
