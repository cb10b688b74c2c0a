// Builds of the corpus lint side by side: `node bench/lint-ab.js <checkout>...`, each a checkout of
// this repository with its build (`pnpm build`), for example another branch's and this one (`.`).
// One copy of the corpus; each build with a lint cache of its own, filled by one run first. Then,
// round by round in turn (so that a change in the machine's load hits all alike): warm runs
// (nothing changed), runs after one file changed (a line added to the guide before each round, so
// that every build finds it new), and cold runs (`--no-cache`); with `LINT_AB_SHARD=i/n`, also that
// shard alone, cold, in one thread (`--shard i/n --jobs 0 --no-cache`). Medians: wall, CPU (user +
// system) and peak RSS, as `lint.bench.js` measures them.
import { appendFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusCopy, corpusLintArgs, fmt, measure } from './lib.js';

const rounds = Number(process.env.LINT_AB_ROUNDS ?? 5);
const checkouts = process.argv.slice(2).map((path) => resolve(path));
if (checkouts.length === 0) {
  console.error('usage: node bench/lint-ab.js <checkout>...');
  process.exit(2);
}
const dir = corpusCopy();
const runs = checkouts.map((checkout, index) => ({
  checkout,
  bin: join(checkout, 'apps', 'devguide', 'bin', 'devguide.js'),
  cache: join(dir, '..', `cache-${index}.v8`),
  output: join(dir, '..', `report-${index}.json`),
  warm: [],
  oneChanged: [],
  cold: [],
  shard: [],
}));
const shard = process.env.LINT_AB_SHARD;
// corpusLintArgs starts with this checkout's CLI: each build runs its own.
const lint = (run, extra) => measure(process.execPath, [run.bin, ...corpusLintArgs(dir, run.output, extra).slice(1)]);
const cached = (run) => lint(run, ['--cache-location', run.cache]);

const [before] = loadavg();
for (const run of runs) cached(run);
for (let round = 0; round < rounds; round++) for (const run of runs) run.warm.push(cached(run));
for (let round = 0; round < rounds; round++) {
  appendFileSync(join(dir, 'contributors', 'devel', 'README.md'), `\nOne more line, round ${round}.\n`);
  for (const run of runs) run.oneChanged.push(cached(run));
}
for (let round = 0; round < rounds; round++) for (const run of runs) run.cold.push(lint(run, ['--no-cache']));
if (shard)
  for (let round = 0; round < rounds; round++)
    for (const run of runs) run.shard.push(lint(run, ['--no-cache', '--jobs', '0', '--shard', shard]));
const [after] = loadavg();

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const figures = (samples) =>
  `${fmt(median(samples.map((sample) => sample.ms))).padStart(8)} ${fmt(median(samples.map((sample) => sample.cpuMs))).padStart(8)} CPU ${median(
    samples.map((sample) => sample.rssMiB),
  )
    .toFixed(0)
    .padStart(4)} MiB`;
console.log(`corpus lint, builds in turn, median of ${rounds} (load ${before.toFixed(1)} to ${after.toFixed(1)})`);
for (const run of runs) {
  console.log(`  ${run.checkout}`);
  console.log(`    warm (nothing changed)   ${figures(run.warm)}`);
  console.log(`    one file changed         ${figures(run.oneChanged)}`);
  console.log(`    cold (--no-cache)        ${figures(run.cold)}`);
  if (shard) console.log(`    shard ${shard}, cold, one thread ${figures(run.shard)}`);
}
rmSync(join(dir, '..'), { recursive: true, force: true });
