import type { Clock } from './clock.js';

export interface SchedulerOptions {
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  /** Least time between the starts of two requests to one host, in ms. */
  minInterval: number;
  clock: Clock;
}

interface HostState {
  active: number;
  lastStart: number;
  waiting: Array<() => void>;
}

/**
 * Grants request slots: a global limit, a per-host limit and a per-host
 * minimum interval. Slots are held for one request only, never across a
 * backoff sleep, so a URL waiting out a `Retry-After` does not block its host.
 */
export class Scheduler {
  readonly #options: SchedulerOptions;
  readonly #hosts = new Map<string, HostState>();
  #active = 0;
  readonly #queue: Array<{ host: string; grant: () => void }> = [];
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** Runs `task` in a slot for `host`. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((grant) => {
      this.#queue.push({ host, grant });
      this.#pump();
    });
    try {
      return await task();
    } finally {
      this.#active--;
      this.#host(host).active--;
      this.#pump();
    }
  }

  #host(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pump(): void {
    const now = this.#options.clock.now();
    let soonest = Infinity;
    for (let index = 0; index < this.#queue.length && this.#active < this.#options.concurrency; ) {
      const item = this.#queue[index]!;
      const state = this.#host(item.host);
      const readyAt = state.lastStart + this.#options.minInterval;
      if (state.active >= this.#options.perHost) {
        index++;
        continue;
      }
      if (readyAt > now) {
        soonest = Math.min(soonest, readyAt);
        index++;
        continue;
      }
      this.#queue.splice(index, 1);
      state.active++;
      state.lastStart = now;
      this.#active++;
      item.grant();
    }
    if (soonest !== Infinity && this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#pump();
      }, Math.max(0, soonest - now));
    }
  }
}
