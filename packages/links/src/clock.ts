import { systemClock as httpClock, type Clock as HttpClock } from '@devguide/http';

/** The HTTP policy's clock (injectable so tests run waits in milliseconds), with randomness for jitter required. */
export interface Clock extends HttpClock {
  /** A number in [0, 1) for jitter. */
  random(): number;
}

export const systemClock: Clock = httpClock;
