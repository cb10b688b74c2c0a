// Builds of the pre-commit hook side by side: `node bench/hook-ab.js <checkout>...`, each a
// checkout of this repository with its build (`pnpm build`), for example another branch's and this
// one (`.`). Each runs its own scripts/pre-commit.js in a repository of its own, round by round in
// turn (so that a change in the machine's load hits all alike), each round on a guide change new to
// the hook's cache and committed after it. Median of 21: wall and CPU time (children included).
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { guideRepo, medians } from './hook-repo.js';
import { fmt } from './lib.js';

const rounds = 21;
const checkouts = process.argv.slice(2).map((path) => resolve(path));
if (checkouts.length === 0) {
  console.error('usage: node bench/hook-ab.js <checkout>...');
  process.exit(2);
}
const runs = checkouts.map((checkout) => {
  const script = join(checkout, 'scripts', 'pre-commit.js');
  return { checkout, script, repo: guideRepo(script), samples: [] };
});
const [before] = loadavg();
for (let round = 0; round < rounds; round++) {
  for (const run of runs) {
    run.repo.stageChange();
    run.samples.push(run.repo.timed(process.execPath, [run.script]));
    run.repo.commit();
  }
}
const [after] = loadavg();
console.log(`pre-commit hook, guide change, median of ${rounds} (load ${before.toFixed(1)} to ${after.toFixed(1)})`);
for (const run of runs) {
  const { ms, cpuMs } = medians(run.samples);
  console.log(`  ${run.checkout.padEnd(48)} ${fmt(ms).padStart(8)} ${fmt(cpuMs).padStart(8)} CPU`);
  rmSync(run.repo.repo, { recursive: true, force: true });
}
