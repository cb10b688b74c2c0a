// Sharded lint of the corpus, whole processes, one after another (two cores: shards of a matrix
// run on separate machines, so each is measured alone). For n = 2, 4, 8: every shard's wall and
// CPU time, the slowest shard (the critical path), against the single run; the fixed start-up is
// a shard that lints almost nothing (`--shard 1/256`: the process, the configuration, the walk
// of the tree and the plan), less what planning 256 shards costs more than planning n (every file
// is scored for every shard; timed in fresh processes). The target: slowest shard <= 1.2 x
// (single / n) + start-up.
// Cold (no cache: each shard parses its files and the link targets it needs in other shards) and
// warm (each shard's own facts cache from its previous run restored, as the sweep workflow does).
// Every run is single-threaded (`--jobs 0`), so that the single run and the shards do the same work.
// The machine is shared and loaded: wall times stretch with the load, so the critical path is
// taken in CPU time (user + system) of each shard alone; wall times are listed beside. For the
// slowest cold shard, its own files are also linted alone (no `--shard`): the difference is what
// sharding adds (reading the link targets in other shards); the rest is the per-process cost any
// split pays (start-up and the parser's warm-up). That per-process cost is estimated as the
// intercept of a line through (bytes, CPU) of the single run and of each slowest shard's own files
// linted alone (least squares), and the target is reported against it too.
// SHARDS_BENCH_ROUNDS (default 1): each process is run that many times and its median CPU (and
// wall) time is taken, for a machine whose load changes from one run to the next.
// SHARDS_BENCH_NODE_FLAGS: options for every linting node, e.g. `--no-opt --no-maglev` to see the
// work of each shard without the warm-up of V8's optimising compilers in every fresh process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir, devguideBin, fmt, root, treeListing } from './lib.js';

const lintModule = new URL('../packages/lint/dist/index.js', import.meta.url).href;

const rounds = Math.max(1, Number(process.env.SHARDS_BENCH_ROUNDS ?? 1));
const nodeFlags = (process.env.SHARDS_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const scratch = mkdtempSync(join(tmpdir(), 'devguide-shards-bench-'));
const reportFile = join(scratch, 'report.json');

/**
 * One lint process, `rounds` times (each from the same cache as the first found it): median wall
 * and CPU ms, the report's findings, and the shard's stats line.
 */
function lint(extra, cache, paths = ['.']) {
  const saved = cache && rounds > 1 && existsSync(cache) ? `${cache}.round` : null;
  if (saved) copyFileSync(cache, saved);
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    if (saved && round > 0) copyFileSync(saved, cache);
    runs.push(lintOnce(extra, cache, paths));
  }
  return { ...runs.at(-1), wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) };
}

/** The command line of one lint, after `devguide`. */
function lintArgs(extra, cache, paths) {
  return [
    'lint',
    ...paths,
    '--root',
    corpusDir,
    '--no-config',
    '--repository',
    'kubernetes/community',
    '--tree-listing',
    treeListing,
    '--jobs',
    '0',
    '--stats',
    '--format',
    'json',
    '--output',
    reportFile,
    ...(cache ? ['--cache-location', cache] : ['--no-cache']),
    ...extra,
  ];
}

function lintOnce(extra, cache, paths) {
  const args = [devguideBin, ...lintArgs(extra, cache, paths)];
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...nodeFlags, ...args], {
    cwd: corpusDir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`devguide lint failed (${run.status}): ${run.stderr}`);
  const [wall, user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const results = Array.isArray(report) ? report : report.results;
  const context = /(\d+) of other shards read/.exec(run.stderr)?.[1];
  return {
    wall: wall * 1000,
    cpu: (user + system) * 1000,
    findings: results.reduce((sum, file) => sum + file.messages.length, 0),
    paths: results.map((file) => file.filePath),
    context: context === undefined ? null : Number(context),
  };
}

/**
 * A node process given `args`, `rounds` times, that prints a JSON array of times on its last
 * line: the median CPU ms (`cpuOf` each time) of each position.
 */
function medianTimes(args, what, cpuOf = (time) => time) {
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const run = spawnSync(process.execPath, [...nodeFlags, ...args], {
      cwd: corpusDir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`${what} failed (${run.status}): ${run.stderr}`);
    runs.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
  }
  return runs[0].map((_, at) => median(runs.map((times) => cpuOf(times[at]))));
}

/**
 * Cold lints run one after another in one process (`lint-in-process.js`): the median CPU ms of
 * each, the lint alone (Node's own start and the loading of the CLI left out).
 */
function inProcess(extras) {
  const args = extras.map((extra) => JSON.stringify(lintArgs(extra, null, ['.'])));
  return medianTimes([join(root, 'bench', 'lint-in-process.js'), ...args], 'lint-in-process', (time) => time.cpu);
}

/**
 * CPU ms of planning the run's files into `count` shards in a fresh process with the lint's V8
 * flags (median of `rounds`): the first plan (as a lint process plans) and a second one (as in a
 * process whose code is warm). The start-up shard plans 256 shards, every score of every file, and
 * a shard of n plans n: the start-up is taken less the difference.
 */
function planCost(count, files) {
  const script = `
    import { readFileSync } from 'node:fs';
    const { planShards, tuneLintRuntime } = await import(${JSON.stringify(lintModule)});
    tuneLintRuntime();
    const files = JSON.parse(readFileSync(${JSON.stringify(files)}, 'utf8'));
    const times = [0, 1].map(() => {
      const before = process.cpuUsage();
      planShards(files, ${count});
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    });
    console.log(JSON.stringify(times));`;
  const [first, again] = medianTimes(['--input-type=module', '-e', script], `planning ${count} shards`);
  return { first, again };
}

/**
 * A lint with the cache its own previous run left (as the sweep restores each shard its own): one
 * run writes it, then the measured runs start from it.
 */
function lintAgain(extra) {
  const cache = join(scratch, `${extra.join(' ').replace(/\W+/g, '-') || 'single'}.cache`);
  lintOnce(extra, cache, ['.']);
  return lint(extra, cache);
}

/** The shards of one run, each alone; warm, each from its own previous run's cache. */
function shards(count, warm) {
  const runs = [];
  for (let index = 1; index <= count; index++) {
    const extra = ['--shard', `${index}/${count}`];
    runs.push(warm ? lintAgain(extra) : lint(extra, null));
  }
  return runs;
}

const rows = [];
/** The slowest cold shard in a process whose compiled code is warm, against the target. */
const warmCode = [];
/** The cold single run as the first lint of its process, without Node's start (`inProcess`). */
let singleInProcess = 0;
/** CPU ms of planning the run into n shards, by n (`planCost`). */
const plans = new Map();
/** The start-up of a shard of `count`: that of `--shard 1/256`, less what planning 256 shards costs more. */
const startUpOf = (startUp256, count) => startUp256 - (plans.get(256).first - plans.get(count).first);
/** (bytes, CPU ms) of whole-process lints without `--shard`: for the per-process cost. */
const points = [];
const bytesOf = (paths) => paths.reduce((sum, path) => sum + statSync(join(corpusDir, path)).size, 0);
function report(mode, single, startUp256) {
  console.log(
    `\n${mode}: single run ${fmt(single.cpu)} CPU (${fmt(single.wall)} wall); start-up (shard 1/256) ${fmt(startUp256.cpu)} CPU (${fmt(startUp256.wall)} wall), less the plan of 256 shards for n = 2, 4, 8: ${[2, 4, 8].map((count) => fmt(startUpOf(startUp256.cpu, count))).join(', ')}`,
  );
  console.log(
    '| n | slowest shard, CPU | target: 1.2 x single/n + start-up | slowest / (single/n) | each shard, CPU | each shard, wall | all shards, CPU | files of other shards read |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const count of [2, 4, 8]) {
    const runs = shards(count, mode === 'warm');
    const slowest = runs.reduce((worst, run) => (run.cpu > worst.cpu ? run : worst));
    const startUp = startUpOf(startUp256.cpu, count);
    const target = 1.2 * (single.cpu / count) + startUp;
    const findings = runs.reduce((sum, run) => sum + run.findings, 0);
    if (findings !== single.findings)
      throw new Error(`${count} shards found ${findings}, the single run ${single.findings}`);
    const all = runs.reduce((sum, run) => sum + run.cpu, 0);
    console.log(
      `| ${count} | ${fmt(slowest.cpu)} ${slowest.cpu <= target ? '(met)' : '(missed)'} | ${fmt(target)} | ${(slowest.cpu / (single.cpu / count)).toFixed(2)} | ${runs.map((run) => fmt(run.cpu)).join(', ')} | ${runs.map((run) => fmt(run.wall)).join(', ')} | ${fmt(all)} | ${runs.map((run) => run.context).join(', ')} |`,
    );
    rows.push({ mode, count, slowest: slowest.cpu, target, single: single.cpu });
    if (mode === 'cold') {
      const alone = lint([], null, slowest.paths);
      points.push([bytesOf(slowest.paths), alone.cpu]);
      console.log(
        `|   | its own files linted alone: ${fmt(alone.cpu)} CPU; reading the link targets in other shards adds ${fmt(slowest.cpu - alone.cpu)} |   |   |   |   |   |   |`,
      );
      // The same shard, and the start-up shard, in one process after every other shard: V8's code
      // is warm, so what is left is the shard's work; the single run is the first lint of its process.
      const at = runs.indexOf(slowest);
      const others = runs.flatMap((_, index) => (index === at ? [] : [['--shard', `${index + 1}/${count}`]]));
      const [warmStart256, warmSlowest] = inProcess([
        ...others,
        ['--shard', '1/256'],
        ['--shard', `${at + 1}/${count}`],
      ]).slice(-2);
      const warmStart = warmStart256 - (plans.get(256).again - plans.get(count).again);
      const warmTarget = 1.2 * (singleInProcess / count) + warmStart;
      warmCode.push({
        count,
        slowest: warmSlowest,
        target: warmTarget,
        freshWork: slowest.cpu - startUp,
        warmWork: warmSlowest - warmStart,
      });
      console.log(
        `|   | in one process after the other shards (V8's code warm): ${fmt(warmSlowest)}, start-up ${fmt(warmStart)}; against 1.2 x single/n + that start-up, ${fmt(warmTarget)}: ${warmSlowest <= warmTarget ? 'met' : 'missed'} |   |   |   |   |   |   |`,
      );
    }
  }
}

try {
  // Cold: nothing cached anywhere.
  const cold = lint([], null);
  const coldStart = lint(['--shard', '1/256'], null);
  [singleInProcess] = inProcess([[]]);
  const filesFile = join(scratch, 'files.json');
  writeFileSync(
    filesFile,
    JSON.stringify(cold.paths.map((path) => ({ path, bytes: statSync(join(corpusDir, path)).size }))),
  );
  for (const count of [2, 4, 8, 256]) plans.set(count, planCost(count, filesFile));
  console.log(
    `Planning the run's files, first plan of a fresh process / again in that process: ${[...plans].map(([count, plan]) => `${count} shards ${plan.first.toFixed(1)} / ${plan.again.toFixed(1)} ms`).join(', ')}`,
  );
  points.push([bytesOf(cold.paths), cold.cpu]);
  report('cold', cold, coldStart);
  const n = points.length;
  const mean = (at) => points.reduce((sum, point) => sum + point[at], 0) / n;
  const [mx, my] = [mean(0), mean(1)];
  const slope =
    points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const fixed = my - slope * mx;
  console.log(
    `\nPer-process cost (intercept of CPU against bytes, ${n} lints without --shard): ${fmt(fixed)}; ${fmt(slope * 1024 * 1024)} per MB`,
  );
  for (const row of rows.filter((candidate) => candidate.mode === 'cold')) {
    const target = 1.2 * (row.single / row.count) + fixed;
    console.log(
      `cold n=${row.count}: slowest ${fmt(row.slowest)} against 1.2 x single/n + per-process cost ${fmt(target)}: ${row.slowest <= target ? 'met' : 'missed'}`,
    );
  }
  console.log(`\nThe single run as the first lint of its process: ${fmt(singleInProcess)} CPU`);
  for (const row of warmCode) {
    console.log(
      `cold n=${row.count}: the slowest shard with V8's code warm ${fmt(row.slowest)}, against ${fmt(row.target)}: ${row.slowest <= row.target ? 'met' : 'missed'}; beyond its start-up it costs ${fmt(row.freshWork)} in a fresh process, ${fmt(row.warmWork)} with the code warm`,
    );
  }
  // Warm: each run (single, start-up, every shard) from the cache its previous run left; unchanged tree.
  report('warm', lintAgain([]), lintAgain(['--shard', '1/256']));
  const missed = rows.filter((row) => row.slowest > row.target);
  console.log(
    missed.length === 0
      ? '\nEvery slowest shard is within 1.2 x single/n + start-up.'
      : `\nMissed: ${missed.map((row) => `${row.mode} n=${row.count}`).join(', ')}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
