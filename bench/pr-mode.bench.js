// Pull-request mode on the corpus, whole process: `devguide lint --changed-since HEAD~1` with a
// warm cache for a one-file change and for a directory rename that breaks 100+ links, against a
// full lint with the same warm cache and a full cold lint. Median of 3 (cold: once). Wall time and
// CPU time (user + system): on a loaded machine the wall time is mostly waiting for a core.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchGitEnv as env, corpusCopy, devguideBin, fmt, measure } from './lib.js';

const rounds = 3;
const repo = corpusCopy();
const cache = join(repo, '..', 'lint-cache');
const report = join(repo, '..', 'report.json');

function git(...args) {
  const result = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
function lint(...extra) {
  const run = measure(
    process.execPath,
    [
      devguideBin,
      'lint',
      '--no-config',
      '--repository',
      'kubernetes/community',
      '--cache-location',
      cache,
      '--format',
      'json',
      '--output',
      report,
      '--stats',
      ...extra,
    ],
    { cwd: repo, env },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`devguide lint failed (${run.status}): ${run.stderr}`);
  const findings = JSON.parse(readFileSync(report, 'utf8')).reduce((n, file) => n + file.messages.length, 0);
  return { ...run, findings };
}
function median(run) {
  const runs = Array.from({ length: rounds }, run).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(rounds / 2)];
}

git('add', '-A');
git('commit', '-q', '-m', 'corpus');

const cold = lint();
const warm = median(() => lint());

// One file changed: a broken link added to the developer guide.
const guide = join(repo, 'contributors', 'devel', 'README.md');
writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nSee [the missing page](no-such-page.md).\n`);
git('commit', '-q', '-am', 'one file');
lint('--changed-since', 'HEAD~1'); // the merge base's copy of the changed file, parsed once
const oneFile = median(() => lint('--changed-since', 'HEAD~1'));
git('reset', '-q', '--hard', 'HEAD~1');

// A rename that breaks links across the tree: the contributor guide's directory moved.
git('mv', 'contributors/guide', 'contributors/contributor-guide');
git('commit', '-q', '-m', 'rename');
lint('--changed-since', 'HEAD~1');
const rename = median(() => lint('--changed-since', 'HEAD~1'));

const parsed = (run) => run.stderr.match(/(\d+)(?: file\(s\))? parsed/g)?.join(' + ') ?? '?';
const rows = [
  ['full lint, cold cache', cold],
  ['full lint, warm cache', warm],
  ['--changed-since, one-file change', oneFile],
  ['--changed-since, directory rename', rename],
];
const compared = (run) => /(\d+) file\(s\) compared/.exec(run.stderr)?.[1];
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`pr-mode: corpus, whole process (median of 3 by wall time; cold once); load average ${load}`);
console.log(`  ${''.padEnd(36)} ${'wall'.padStart(8)}  ${'CPU'.padStart(8)}`);
for (const [name, run] of rows)
  console.log(
    `  ${name.padEnd(36)} ${fmt(run.ms).padStart(8)}  ${fmt(run.cpuMs).padStart(8)}  ${String(Math.round(run.rssMiB)).padStart(4)} MiB  ${String(run.findings).padStart(5)} finding(s)  files parsed: ${parsed(run)}${compared(run) ? `, ${compared(run)} compared with the base` : ''}`,
  );
rmSync(join(repo, '..'), { recursive: true, force: true });
