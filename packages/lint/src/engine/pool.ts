import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileJob, FileOutcome } from './lint-file.js';
import { lintRuntimeFlags } from './runtime-flags.js';
import type { WorkerMessage, WorkerSetup } from './worker.js';

/*
 * Child processes rather than worker threads, for V8 flags that only a process can have. The
 * tokenizer allocates many short-lived objects: a larger young generation makes scavenges rarer,
 * and with one process per core V8's own GC helper threads only compete with the other
 * process's parsing (measured on the corpus with two cores: a sixth less CPU in all).
 */
const workerFlags = ['--single-threaded-gc', '--max-semi-space-size=64'];

const batchBytes = 64 * 1024;

export interface PoolTask {
  job: FileJob;
  text: string;
}

interface Worker {
  child: ChildProcess;
  busy: boolean;
  /** The files of the batch it is linting, to name when it dies. */
  paths: string[];
}

/** A worker process ended while linting: out of memory, killed, or crashed on a file. */
export class LintWorkerError extends Error {
  constructor(
    readonly paths: readonly string[],
    readonly how: string,
  ) {
    super(
      paths.length > 0
        ? `lint worker ${how} while linting ${paths.map((path) => `\`${path}\``).join(', ')}; lower \`max-file-size\` or exclude the file`
        : `lint worker ${how}`,
    );
    this.name = 'LintWorkerError';
  }
}

/**
 * Lints files in worker processes, one per core. The processes are started
 * before the files are read, so that their start-up overlaps the reading.
 * Work is handed out in small batches, largest files first, so that no worker
 * is left with one big file at the end while the others idle; outcomes are
 * passed on per batch, as they come back.
 */
export class LintPool {
  readonly #workers: Worker[];
  #run: {
    queue: PoolTask[];
    left: number;
    onOutcomes(outcomes: FileOutcome[]): void;
    resolve(): void;
    reject(error: Error): void;
  } | null = null;
  #closed = false;
  #failure: Error | null = null;

  private constructor(setup: WorkerSetup, count: number) {
    const script = fileURLToPath(new URL('./worker.js', import.meta.url));
    this.#workers = Array.from({ length: count }, () => {
      const child = fork(script, [], {
        execArgv: [...process.execArgv, ...workerFlags, ...lintRuntimeFlags()],
        serialization: 'advanced',
        // A worker writes nothing of its own; what V8 prints when it dies (an out-of-memory dump of
        // twenty lines) must not reach the user, who gets one line naming the file instead.
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      });
      child.stderr?.resume();
      const worker: Worker = { child, busy: false, paths: [] };
      child.on('message', (outcomes: FileOutcome[]) => this.#received(worker, outcomes));
      child.on('error', (error) => this.#fail(error));
      child.on('exit', (code, signal) => {
        if (this.#closed) return;
        // V8 aborts with SIGABRT (or exit code 134) when a process runs out of memory.
        const how =
          signal === 'SIGABRT' || code === 134
            ? 'ran out of memory'
            : signal
              ? `was killed (${signal})`
              : `exited with code ${code}`;
        this.#fail(new LintWorkerError(worker.paths, how));
      });
      child.send({ setup } satisfies WorkerMessage);
      return worker;
    });
  }

  static start(setup: WorkerSetup, processes = availableParallelism()): LintPool {
    return new LintPool(setup, Math.max(1, processes));
  }

  /** Lints `tasks`; `onOutcomes` gets each batch's outcomes as it comes back. */
  lint(tasks: readonly PoolTask[], onOutcomes: (outcomes: FileOutcome[]) => void): Promise<void> {
    if (this.#run) throw new Error('the lint pool runs one set of files at a time');
    if (this.#failure) return Promise.reject(this.#failure);
    if (tasks.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.#run = {
        queue: [...tasks].sort((a, b) => b.text.length - a.text.length),
        left: tasks.length,
        onOutcomes,
        resolve,
        reject,
      };
      for (const worker of this.#workers) this.#feed(worker);
    });
  }

  /** Ends the worker processes. */
  close(): void {
    this.#closed = true;
    for (const { child } of this.#workers) if (child.connected) child.disconnect();
  }

  #feed(worker: Worker): void {
    const run = this.#run;
    if (!run || worker.busy || run.queue.length === 0) return;
    const batch = nextBatch(run.queue);
    worker.paths = batch.map((task) => task.job.path);
    worker.child.send({ batch } satisfies WorkerMessage);
    worker.busy = true;
  }

  #received(worker: Worker, outcomes: FileOutcome[]): void {
    worker.busy = false;
    worker.paths = [];
    const run = this.#run;
    if (!run) return;
    this.#feed(worker);
    run.left -= outcomes.length;
    try {
      run.onOutcomes(outcomes);
    } catch (error) {
      this.#fail(error as Error);
      return;
    }
    if (run.left === 0) {
      this.#run = null;
      run.resolve();
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    const run = this.#run;
    this.#run = null;
    this.close();
    run?.reject(error);
  }
}

/** The next batch: the biggest file waiting, then small ones from the other end up to the batch size. */
function nextBatch(queue: PoolTask[]): PoolTask[] {
  const batch: PoolTask[] = [];
  let bytes = 0;
  while (queue.length > 0 && (batch.length === 0 || bytes + queue.at(-1)!.text.length <= batchBytes)) {
    const task = batch.length === 0 ? queue.shift()! : queue.pop()!;
    batch.push(task);
    bytes += task.text.length;
  }
  return batch;
}
