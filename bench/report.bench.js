// Report generation (--group-by sig: markdown, html, grouped json, fix patches) for the whole
// upstream corpus, against a warm `devguide lint` of it (target: each under 10%), measured as a
// user pays it: every step in a fresh process after a warm lint (nothing compiled by an earlier
// round), and whole `devguide lint` runs with a warm cache, each format against the default one.
// Beside each step, what it costs more than the default (stylish) report measured the same way:
// every run pays some report in that place, and the work the lint left running (its code still
// being compiled, its garbage collected) lands on whichever comes first.
// REPORT_BENCH_ROUNDS (default 5) rounds, medians; wall and CPU (user + system) milliseconds.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from '@devguide/testkit';
import { corpusCopy, corpusLintBaseArgs, fmt } from './lib.js';

const rounds = Number(process.env.REPORT_BENCH_ROUNDS ?? 5);
const dir = corpusCopy();
const cache = join(dir, '..', 'lint-cache.v8');
const ownersDir = corpus.ownersDir;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pct = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;

/** A command's wall time and CPU time (user + system of it and its children), by GNU time. */
function timed(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const [user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// In-process steps, each in a fresh process after a warm lint. The first fills the cache.
const step = (name) => {
  const result = timed([fileURLToPath(new URL('report-step.js', import.meta.url)), dir, cache, ownersDir, name]);
  if (result.status !== 0) throw new Error(`report step ${name} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
};
step('owners');
const steps = ['owners-cold', 'owners', 'stylish', 'markdown', 'html', 'json', 'patches'];
const measured = Object.fromEntries(steps.map((name) => [name, []]));
// Interleaved, so that a change in the machine's load falls on every step alike.
for (let round = 0; round < rounds; round++) for (const name of steps) measured[name].push(step(name));
const all = Object.values(measured).flat();
const lint = { wall: median(all.map((row) => row.lint.wall)), cpu: median(all.map((row) => row.lint.cpu)) };
const { files, findings } = all[0];
console.log(
  `\n## Reports: ${files} files, ${findings} findings, --group-by sig (median of ${rounds}; each step in a fresh process)\n`,
);
console.log('| step | wall | share of a warm lint | CPU | share | more than stylish: wall | CPU |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| devguide lint, warm (in-process, one thread; median of ${all.length}) | ${fmt(lint.wall)} | 100% | ${fmt(lint.cpu)} | 100% | | |`,
);
const stylish = {
  wall: median(measured.stylish.map((row) => row.report.wall)),
  cpu: median(measured.stylish.map((row) => row.report.cpu)),
};
const label = {
  'owners-cold': 'OWNERS + sigs.yaml, no cached index (parsed)',
  owners: 'OWNERS + sigs.yaml, index from the cache (read and hashed)',
  stylish: 'stylish report (the default)',
  markdown: 'markdown report',
  html: 'html report',
  json: 'json report (grouped)',
  patches: 'fix patches and PR bodies (--max-per-patch 20)',
};
let sizes = '';
for (const name of steps) {
  const rows = measured[name];
  const part = (row) => (name.startsWith('owners') ? row.owners : row.report);
  const wall = median(rows.map((row) => part(row).wall));
  const cpu = median(rows.map((row) => part(row).cpu));
  const over = (value, base, whole) => `${fmt(value - base)} (${pct(value - base, whole)})`;
  const more =
    name.startsWith('owners') || name === 'stylish'
      ? '| | |'
      : `| ${over(wall, stylish.wall, lint.wall)} | ${over(cpu, stylish.cpu, lint.cpu)} |`;
  console.log(
    `| ${label[name]} | ${fmt(wall)} | ${pct(wall, lint.wall)} | ${fmt(cpu)} | ${pct(cpu, lint.cpu)} ${more}`,
  );
  if (!name.startsWith('owners') && name !== 'stylish')
    sizes += `${name} ${name === 'patches' ? `${rows[0].size} patch(es)` : `${(rows[0].size / 1024).toFixed(0)} KiB`}; `;
}
console.log(`\n${sizes.slice(0, -2)}`);

// Whole runs, as in CI: the same warm cache, each format against the default (stylish) one.
const cli = (extra) => corpusLintBaseArgs(dir, ['--cache-location', cache, '--jobs', '0', ...extra]);
const out = join(dir, '..');
const variants = {
  'stylish (default)': ['--output', join(out, 'report.txt')],
  json: ['--format', 'json', '--output', join(out, 'report.json')],
  'markdown --group-by sig': ['--format', 'markdown', '--owners-dir', ownersDir, '--output', join(out, 'report.md')],
  'html --group-by sig': ['--format', 'html', '--owners-dir', ownersDir, '--output', join(out, 'report.html')],
  'json + --fix --patch-dir --group-by sig': [
    '--format',
    'json',
    '--output',
    join(out, 'report.json'),
    '--fix',
    '--patch-dir',
    join(out, 'patches'),
    '--max-per-patch',
    '20',
    '--group-by',
    'sig',
    '--owners-dir',
    ownersDir,
  ],
};
const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
// Each once first: the CLI's cache key differs from the in-process runs' (version), and the first
// grouped run stores the ownership index.
for (const extra of Object.values(variants)) timed(cli(extra));
for (let round = 0; round < rounds; round++)
  for (const [name, extra] of Object.entries(variants)) {
    const result = timed(cli(extra));
    if (result.status !== 0 && result.status !== 1) throw new Error(`devguide lint ${name} failed: ${result.stderr}`);
    runs[name].push(result);
  }
const base = {
  wall: median(runs['stylish (default)'].map((run) => run.wall)),
  cpu: median(runs['stylish (default)'].map((run) => run.cpu)),
};
console.log(`\n### Whole \`devguide lint\` runs, warm cache, --jobs 0 (median of ${rounds})\n`);
console.log('| run | wall | more than the default | CPU | more than the default |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, results] of Object.entries(runs)) {
  const wall = median(results.map((run) => run.wall));
  const cpu = median(results.map((run) => run.cpu));
  const extra = (value, whole) => (value === whole ? '' : `${fmt(value - whole)} (${pct(value - whole, whole)})`);
  console.log(`| ${name} | ${fmt(wall)} | ${extra(wall, base.wall)} | ${fmt(cpu)} | ${extra(cpu, base.cpu)} |`);
}
rmSync(join(dir, '..'), { recursive: true, force: true });
