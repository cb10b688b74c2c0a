import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileJob, FileOutcome } from './lint-file.js';
import type { LintSettings } from './rule.js';
import type { WorkerMessage } from './worker.js';

/*
 * Child processes rather than worker threads, for V8 flags that only a process can have. The
 * tokenizer allocates many short-lived objects: a larger young generation makes scavenges rarer,
 * and with one process per core V8's own GC helper threads only compete with the other
 * process's parsing (measured on the corpus with two cores: a sixth less CPU in all).
 */
const workerFlags = ['--single-threaded-gc', '--max-semi-space-size=64'];

export interface PoolTask {
  job: FileJob;
  text: string;
}

/**
 * Lints files in worker processes, one per core. Work is handed out in small
 * batches, largest files first, so that no worker is left with one big file
 * at the end while the others idle.
 */
export async function lintInWorkers(
  tasks: readonly PoolTask[],
  setup: { rules: Array<{ id: string; options: unknown }>; settings: LintSettings },
  threads = availableParallelism(),
): Promise<FileOutcome[]> {
  const queue = [...tasks].sort((a, b) => b.text.length - a.text.length);
  const results: FileOutcome[] = [];
  const count = Math.max(1, Math.min(threads, queue.length));
  const batchBytes = 64 * 1024;

  const nextBatch = (): PoolTask[] => {
    const batch: PoolTask[] = [];
    let bytes = 0;
    while (queue.length > 0 && (batch.length === 0 || bytes + queue[0]!.text.length <= batchBytes)) {
      // Take from the big end first, then fill with small files from the other end.
      const task = batch.length === 0 ? queue.shift()! : queue.pop()!;
      batch.push(task);
      bytes += task.text.length;
    }
    return batch;
  };

  const script = fileURLToPath(new URL('./worker.js', import.meta.url));
  await Promise.all(
    Array.from({ length: count }, () => {
      const child = fork(script, [], { execArgv: [...process.execArgv, ...workerFlags], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const send = (message: WorkerMessage) => child.send(message);
      return new Promise<void>((resolve, reject) => {
        let done = false;
        const feed = () => {
          const batch = nextBatch();
          if (batch.length === 0) {
            done = true;
            child.disconnect();
            return;
          }
          send({ batch });
        };
        child.on('message', (outcomes: FileOutcome[]) => {
          results.push(...outcomes);
          feed();
        });
        child.on('error', reject);
        child.on('exit', (code, signal) => {
          if (done && code === 0) resolve();
          else reject(new Error(`lint worker exited with ${signal ?? `code ${code}`}`));
        });
        send({ setup });
        feed();
      });
    }),
  );
  return results;
}
