// Several `devguide` command lines run one after another in one process, each one's CPU (user +
// system, every thread) and wall time printed as a JSON array on the last line of stdout. A lint
// in a process that has already linted other files runs with V8's compiled code warm: the
// difference from the same lint in a fresh process is what a fresh process pays to warm up.
//   node bench/lint-in-process.js '<argv as JSON>' '<argv as JSON>' ...
import { performance } from 'node:perf_hooks';
import { devguideBundle } from './lib.js';

const { processIo, run } = await import(devguideBundle);
const io = processIo();
const times = [];
for (const argv of process.argv.slice(2).map((arg) => JSON.parse(arg))) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const code = await run(argv, io);
  if (code !== 0 && code !== 1) throw new Error(`devguide ${argv.join(' ')} exited with ${code}`);
  const used = process.cpuUsage(cpu);
  times.push({ cpu: (used.user + used.system) / 1000, wall: performance.now() - start });
}
process.exitCode = 0;
console.log(JSON.stringify(times));
