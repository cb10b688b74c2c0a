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
  /** Order of this host's last grant, for taking turns. */
  lastGrant: number;
  waiting: Array<() => void>;
}

/**
 * Grants request slots: a global limit, a per-host limit and a per-host
 * minimum interval. Slots are held for one request only, never across a
 * backoff sleep, so a URL waiting out a `Retry-After` does not block its host.
 * Hosts take turns, so one host with many URLs does not starve the others.
 */
export class Scheduler {
  readonly #options: SchedulerOptions;
  readonly #hosts = new Map<string, HostState>();
  /** Hosts with requests waiting. */
  readonly #turns = new Set<string>();
  #active = 0;
  #grants = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** Every slot is taken: a request asked for now waits, whatever its host. */
  get saturated(): boolean {
    return this.#active >= this.#options.concurrency;
  }

  /** Runs `task` in a slot for `host`. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.#host(host);
    await new Promise<void>((grant) => {
      state.waiting.push(grant);
      this.#turns.add(host);
      this.#pump();
    });
    try {
      return await task();
    } finally {
      this.#active--;
      state.active--;
      this.#pump();
    }
  }

  #host(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, lastGrant: 0, waiting: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pump(): void {
    const now = this.#options.clock.now();
    let soonest = Infinity;
    while (this.#active < this.#options.concurrency) {
      // The eligible host served longest ago goes next.
      let next: HostState | null = null;
      let nextHost = '';
      for (const host of this.#turns) {
        const state = this.#hosts.get(host)!;
        if (state.active >= this.#options.perHost) continue;
        const readyAt = state.lastStart + this.#options.minInterval;
        if (readyAt > now) {
          soonest = Math.min(soonest, readyAt);
          continue;
        }
        if (!next || state.lastGrant < next.lastGrant) {
          next = state;
          nextHost = host;
        }
      }
      if (!next) break;
      const grant = next.waiting.shift()!;
      if (next.waiting.length === 0) this.#turns.delete(nextHost);
      next.active++;
      next.lastStart = now;
      next.lastGrant = ++this.#grants;
      this.#active++;
      grant();
    }
    if (soonest !== Infinity && this.#timer === null) {
      this.#timer = setTimeout(
        () => {
          this.#timer = null;
          this.#pump();
        },
        Math.max(0, soonest - now),
      );
    }
  }
}
