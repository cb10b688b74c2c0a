// The pre-commit hook on the guide, as a commit runs it: wall and CPU time of `git commit` with
// this repository's hook (scripts/pre-commit.js, the offline hook bundle from V8's code cache)
// against `git commit --no-verify` on the same kind of staged change, and of the hook process alone
// (and of `devguide hook pre-commit` through the whole CLI bundle); beside it, what the peers take
// to lint the same file (from the working tree, which is all they can read), markdownlint-cli2 and
// remark-cli + remark-validate-links. Median of 10.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchGitEnv as env, binDir, devguideBin, fmt, measure, root, remarkValidateLinks } from './lib.js';

const hookScript = join(root, 'scripts', 'pre-commit.js');

const rounds = 10;

function sh(cwd, command, args) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// A repository holding the guide as this one does: content/ and the lint configuration.
const repo = mkdtempSync(join(tmpdir(), 'devguide-bench-hook-'));
cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
cpSync(join(root, '.devguide-lint.yaml'), join(repo, '.devguide-lint.yaml'));
sh(repo, 'git', ['init', '-q']);
writeFileSync(
  join(repo, '.git', 'hooks', 'pre-commit'),
  `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(hookScript)}\n`,
  { mode: 0o755 },
);
sh(repo, 'git', ['add', '.']);
sh(repo, 'git', ['commit', '-q', '--no-verify', '-m', 'Guide']);

// The change under test: a new title in the configuration and the README regenerated, staged.
// Each round stages a title not seen before and commits it, as a user's commits go: the guide the
// hook lints is always new to its cache, and HEAD's is the one the previous commit's hook linted.
const config = join(repo, 'content', 'devguide.yaml');
const original = readFileSync(config, 'utf8');
let changes = 0;
function stageChange() {
  changes++;
  writeFileSync(
    config,
    original.replace('title: Kubernetes Developer Guide', `title: Kubernetes Developer Guide, revision ${changes}`),
  );
  sh(repo, process.execPath, [devguideBin, 'readme']);
  sh(repo, 'git', ['add', 'content']);
}
const commit = () => sh(repo, 'git', ['commit', '-q', '--no-verify', '-m', `Revision ${changes}`]);

const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Wall and CPU time (its children's included: git, the hook), each the median of the rounds. */
function medians(samples) {
  return { ms: mid(samples.map((sample) => sample.ms)), cpuMs: mid(samples.map((sample) => sample.cpuMs)) };
}
function timed(command, args, expect = [0]) {
  const result = measure(command, args, { cwd: repo, env });
  if (!expect.includes(result.status))
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  return result;
}

// Alternated round by round, so that a change in the machine's load hits all alike; each on a
// change of its own.
const variants = [
  [
    'git commit, devguide hook (guide content changed: lint + readme check)',
    () => timed('git', ['commit', '-q', '-m', `Revision ${changes}`]),
  ],
  [
    'git commit --no-verify (same change, no hook)',
    () => timed('git', ['commit', '-q', '--no-verify', '-m', `Revision ${changes}`]),
  ],
  ['the hook alone, scripts/pre-commit.js (guide content staged)', () => timed(process.execPath, [hookScript])],
  [
    'devguide hook pre-commit, whole CLI bundle (guide content staged)',
    () => timed(process.execPath, [devguideBin, 'hook', 'pre-commit']),
  ],
];
const samples = variants.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [index, [label, run]] of variants.entries()) {
    stageChange();
    samples[index].push(run());
    if (!label.startsWith('git commit')) commit();
  }
}
const [withHook, noVerify, hookAlone, wholeCli] = samples.map(medians);
// Once more, for the figure of the previous release: the same staged change, hooked again and
// again (from the second round on, the guide is in the hook's lint cache).
stageChange();
const sameChange = medians(Array.from({ length: rounds }, () => timed(process.execPath, [hookScript])));
const docsOnly = (() => {
  sh(repo, 'git', ['reset', '-q', 'HEAD']);
  writeFileSync(join(repo, 'README.md'), '# Notes\n\nSee [the guide](content/README.md).\n');
  sh(repo, 'git', ['add', 'README.md']);
  return medians(Array.from({ length: rounds }, () => timed(process.execPath, [hookScript])));
})();
const markdownlint = medians(
  Array.from({ length: rounds }, () => timed(join(binDir, 'markdownlint-cli2'), ['content/README.md'], [0, 1])),
);
const remark = medians(
  Array.from({ length: rounds }, () =>
    timed(join(binDir, 'remark'), [...remarkValidateLinks(), 'content/README.md'], [0, 1]),
  ),
);
rmSync(repo, { recursive: true, force: true });

const rows = [
  [variants[0][0], withHook],
  [variants[1][0], noVerify],
  [variants[2][0], hookAlone],
  [variants[3][0], wholeCli],
  ['the hook alone, the same guide change hooked again (in the lint cache)', sameChange],
  ['the hook alone, scripts/pre-commit.js (one other markdown file staged)', docsOnly],
  ['markdownlint-cli2 content/README.md (working tree)', markdownlint],
  ['remark-cli + remark-validate-links content/README.md (working tree)', remark],
];
const [load] = loadavg();
console.log(
  `pre-commit hook on the guide, whole process (median of ${rounds}; wall, CPU with children; load ${load.toFixed(1)})`,
);
for (const [label, { ms, cpuMs }] of rows)
  console.log(
    `  ${label.padEnd(74)} ${fmt(ms).padStart(8)} ${fmt(cpuMs).padStart(8)} CPU  ${(ms / hookAlone.ms).toFixed(2)}x`,
  );
console.log(`  hook overhead on the commit: ${fmt(withHook.ms - noVerify.ms)}`);
