/** Time, injectable so that tests run every wait in no time. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) for jitter; default `Math.random`. */
  random?(): number;
}

export const systemClock: Clock & { random(): number } = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
