// Scale: one generated file of each shape at 1, 2, 4, 8 and 16 MB, linted by the whole CLI in
// one thread (`--jobs 0`, no cache, no configuration; max-file-size raised so that the file is
// parsed). Wall time and peak RSS of the process (GNU time); time per MB should stay flat.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devguideBin, fmt, measure } from './lib.js';
import { generate, shapeNames } from './scale-shapes.js';

const sizes = (process.env.DEVGUIDE_SCALE_SIZES ?? '1,2,4,8,16').split(',').map(Number);
const shapes = process.env.DEVGUIDE_SCALE_SHAPES ? process.env.DEVGUIDE_SCALE_SHAPES.split(',') : shapeNames;

// The same command on a one-line file: start-up, which a time per MB would otherwise count as work.
const base = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-scale-'));
  try {
    writeFileSync(join(dir, 'big.md'), '# Empty\n');
    return measure(process.execPath, [devguideBin, 'lint', '--no-cache', '--jobs', '0', 'big.md'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

console.log('## Scale (one file, --jobs 0)\n');
console.log(`start-up (a one-line file): ${fmt(base.ms)}, ${base.rssMiB.toFixed(0)} MiB\n`);
console.log('| shape | MB | time | time/MB | (time − start-up)/MB | peak RSS | (RSS − start-up)/MB | exit |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: |');
const ratios = [];
for (const shape of shapes) {
  const perMb = [];
  for (const mb of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-scale-'));
    try {
      writeFileSync(join(dir, 'big.md'), generate(shape, mb * 1024 * 1024));
      writeFileSync(
        join(dir, '.devguide-lint.yaml'),
        `rules:\n  max-file-size: [error, { bytes: ${64 * 1024 * 1024} }]\n`,
      );
      const run = measure(process.execPath, [devguideBin, 'lint', '--no-cache', '--jobs', '0', 'big.md'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const work = (run.ms - base.ms) / mb;
      perMb.push(work);
      console.log(
        `| ${shape} | ${mb} | ${fmt(run.ms)} | ${fmt(run.ms / mb)} | ${fmt(work)} | ${run.rssMiB.toFixed(0)} MiB | ${((run.rssMiB - base.rssMiB) / mb).toFixed(0)} | ${run.status} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  ratios.push([shape, Math.max(...perMb) / Math.min(...perMb)]);
}
console.log('\n| shape | (time − start-up)/MB max/min |\n| --- | --: |');
for (const [shape, ratio] of ratios) console.log(`| ${shape} | ${ratio.toFixed(2)} |`);
