// Scale: one generated file of each shape at 1, 2, 4, 8 and 16 MB, linted by the whole CLI in
// one thread (`--jobs 0`, no cache, no configuration; max-file-size raised so that the file is
// parsed). Wall time, CPU time (user + system) and peak RSS of the process (GNU time); time per MB
// should stay flat. CPU time is the figure to compare on a shared machine: wall time counts the
// waiting for a core.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devguideBin, fmt, measure } from './lib.js';
import { generate, shapeNames } from './scale-shapes.js';

const sizes = (process.env.DEVGUIDE_SCALE_SIZES ?? '1,2,4,8,16').split(',').map(Number);
const shapes = process.env.DEVGUIDE_SCALE_SHAPES ? process.env.DEVGUIDE_SCALE_SHAPES.split(',') : shapeNames;
/** The small file of each shape, before the sizes: the first size's added cost is counted from it. */
const smallMb = 1 / 16;
/**
 * Node options for the linting process, e.g. `--no-opt --no-maglev` to run without the optimising
 * compilers: with them, the code gets faster as it warms up, and a small file is slower per MB.
 */
const nodeFlags = (process.env.DEVGUIDE_SCALE_NODE_FLAGS ?? '').split(' ').filter(Boolean);
/** The report format (`--format`, to stdout): its making is part of the run's time and memory. */
const format = process.env.DEVGUIDE_SCALE_FORMAT ?? 'stylish';

/** Lints `text` as the one file of a fresh directory. */
function lintOne(text) {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-scale-'));
  try {
    writeFileSync(join(dir, 'big.md'), text);
    writeFileSync(
      join(dir, '.devguide-lint.yaml'),
      `rules:\n  max-file-size: [error, { bytes: ${64 * 1024 * 1024} }]\n`,
    );
    return measure(
      process.execPath,
      [...nodeFlags, devguideBin, 'lint', '--no-cache', '--jobs', '0', '--format', format, 'big.md'],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The same command on a one-line file: start-up, which a time per MB would otherwise count as work.
const base = lintOne('# Empty\n');
const cpu = (ms) => fmt(ms);

console.log(
  `## Scale (one file, --jobs 0, --format ${format}${nodeFlags.length ? `, node ${nodeFlags.join(' ')}` : ''})\n`,
);
console.log(
  `start-up (a one-line file): ${fmt(base.ms)} wall, ${cpu(base.cpuMs)} CPU, ${base.rssMiB.toFixed(0)} MiB\n`,
);
console.log(
  `Per MB: CPU/MB is the raw figure; "− start-up" takes out the one-line file's CPU time; "added" is the CPU time a size adds over the size before it (the first over the same shape at ${smallMb * 1024} KB, linted in this run), per MB added: fixed costs, start-up and the code's warm-up, drop out.\n`,
);
console.log(
  '| shape | MB | wall | CPU | CPU/MB | (CPU − start-up)/MB | added CPU/MB | peak RSS | (RSS − start-up)/MB | exit |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
const ratios = [];
for (const shape of shapes) {
  const small = lintOne(generate(shape, smallMb * 1024 * 1024));
  console.log(
    `| ${shape} | ${smallMb} | ${fmt(small.ms)} | ${cpu(small.cpuMs)} | | | | ${small.rssMiB.toFixed(0)} MiB | | ${small.status} |`,
  );
  const raw = [];
  const work = [];
  const added = [];
  let before = { mb: smallMb, cpuMs: small.cpuMs };
  for (const mb of sizes) {
    const run = lintOne(generate(shape, mb * 1024 * 1024));
    raw.push(run.cpuMs / mb);
    work.push((run.cpuMs - base.cpuMs) / mb);
    added.push((run.cpuMs - before.cpuMs) / (mb - before.mb));
    before = { mb, cpuMs: run.cpuMs };
    console.log(
      `| ${shape} | ${mb} | ${fmt(run.ms)} | ${cpu(run.cpuMs)} | ${cpu(raw.at(-1))} | ${cpu(work.at(-1))} | ${cpu(added.at(-1))} | ${run.rssMiB.toFixed(0)} MiB | ${((run.rssMiB - base.rssMiB) / mb).toFixed(0)} | ${run.status} |`,
    );
  }
  const spread = (values) => Math.max(...values) / Math.min(...values);
  // The 64 KB → first size step holds the warm-up; the steps after it show how the cost grows.
  ratios.push([shape, spread(raw), spread(work), spread(added.slice(1))]);
}
console.log('\nmax/min across sizes of each per-MB CPU figure:\n');
console.log(
  '| shape | CPU/MB | (CPU − start-up)/MB | added CPU/MB, steps from the first size on |\n| --- | --: | --: | --: |',
);
for (const [shape, ...spreads] of ratios)
  console.log(`| ${shape} | ${spreads.map((value) => value.toFixed(2)).join(' | ')} |`);
