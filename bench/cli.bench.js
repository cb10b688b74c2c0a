// Wall time of the offline commands as a user runs them (whole process, median of 10).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../apps/devguide/bin/devguide.js', import.meta.url));

function wall(args, rounds = 10) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`devguide ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)];
}

const node = (() => {
  const times = [];
  for (let round = 0; round < 10; round++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[5];
})();

console.log('offline commands, whole process (median of 10)');
console.log(`  node -e 0 (start-up floor)       ${node.toFixed(0).padStart(6)} ms`);
for (const args of [
  ['readme', '--check'],
  ['lint', 'content/README.md', '--no-cache'],
  ['lint', 'content/README.md'],
  ['lint', '--no-cache'],
]) {
  console.log(`  devguide ${args.join(' ').padEnd(34)} ${wall(args).toFixed(0).padStart(6)} ms`);
}
