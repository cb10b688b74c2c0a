// One measured step of bench/report.bench.js, in a process of its own, as a `devguide lint` run pays
// it: a warm lint of the corpus copy from the shared cache (in-process, one thread), then the
// ownership index (from that cache, or parsed with `owners-cold`), then one report, each timed once
// (first call: nothing compiled or warmed by an earlier round). Prints one JSON line.
// Usage: node bench/report-step.js <corpus copy> <cache file> <owners dir> <step>
import { allRules, lint, planFixPatches, reporters } from '@devguide/lint';
import { loadOwnership } from '@devguide/owners';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { treeListing } from './lib.js';

const [dir, cache, ownersDir, step] = process.argv.slice(2);

/** Wall and CPU (user + system, all threads: the GC's helpers too) milliseconds of `work`. */
async function time(work) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, value };
}

const linted = await time(() =>
  lint({
    rules: allRules,
    cwd: dir,
    paths: [dir],
    root: dir,
    config: null,
    repository: 'kubernetes/community',
    treeListing,
    cache,
    jobs: 0,
    version: 'bench',
  }),
);
const run = linted.value;
const owners = await time(() =>
  loadOwnership(
    { ownersDir, sigsYaml: join(dir, 'sigs.yaml'), repository: 'kubernetes/community' },
    step === 'owners-cold' ? undefined : run.derived,
  ),
);
const options = {
  cwd: dir,
  color: false,
  version: 'bench',
  rules: run.rules,
  root: run.root,
  repository: run.repository,
  ref: 'main',
  groupBy: 'sig',
  groupOf: (path) => owners.value.groupOf(path, 'sig'),
};
const steps = {
  'owners-cold': () => null,
  stylish: () => reporters.stylish(run.files, options),
  owners: () => null,
  markdown: () => reporters.markdown(run.files, options),
  html: () => reporters.html(run.files, options),
  json: () => reporters.json(run.files, options),
  patches: () => planFixPatches(run.files, { ...options, maxPerPatch: 20 }),
};
const measured = await time(steps[step]);
// The ownership index goes into the cache as `devguide lint` leaves it.
await run.saveCache();
const findings = run.files.reduce((sum, file) => sum + file.messages.length, 0);
const size = typeof measured.value === 'string' ? Buffer.byteLength(measured.value) : (measured.value?.length ?? 0);
console.log(
  JSON.stringify({
    step,
    lint: { wall: linted.wall, cpu: linted.cpu },
    owners: { wall: owners.wall, cpu: owners.cpu },
    report: { wall: measured.wall, cpu: measured.cpu },
    files: run.files.length,
    findings,
    size,
  }),
);
