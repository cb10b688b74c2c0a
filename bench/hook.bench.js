// The pre-commit hook on the guide, as a commit runs it: wall time of `git commit` with this
// repository's hook (scripts/pre-commit.js, the offline hook bundle) against `git commit
// --no-verify` on the same staged change, and of the hook process alone (and of `devguide hook
// pre-commit` through the whole CLI bundle); beside it, what the peers take to lint the same file
// (from the working tree, which is all they can read), markdownlint-cli2 and remark-cli +
// remark-validate-links. Median of 10.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchGitEnv as env, binDir, devguideBin, fmt, root, remarkValidateLinks } from './lib.js';

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
const config = join(repo, 'content', 'devguide.yaml');
const original = readFileSync(config, 'utf8');
function stageChange() {
  writeFileSync(config, original.replace('title: Kubernetes Developer Guide', 'title: The Kubernetes Developer Guide'));
  sh(repo, process.execPath, [devguideBin, 'readme']);
  sh(repo, 'git', ['add', 'content']);
}
function undo() {
  sh(repo, 'git', ['reset', '-q', '--hard', 'HEAD~1']);
}

function median(run) {
  const times = [];
  for (let round = 0; round < rounds; round++) times.push(run());
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}
function timed(command, args, expect = [0]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: repo, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!expect.includes(result.status))
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stdout}${result.stderr}`);
  return ms;
}
function commitTime(args) {
  return median(() => {
    stageChange();
    const ms = timed('git', ['commit', '-q', '-m', 'Retitle', ...args]);
    undo();
    return ms;
  });
}

const withHook = commitTime([]);
const noVerify = commitTime(['--no-verify']);
stageChange();
// Alternated round by round, so that a change in the machine's load hits both alike.
const [hookAlone, wholeCli] = (() => {
  const a = [];
  const b = [];
  for (let round = 0; round < rounds; round++) {
    a.push(timed(process.execPath, [hookScript]));
    b.push(timed(process.execPath, [devguideBin, 'hook', 'pre-commit']));
  }
  const mid = (times) => times.sort((x, y) => x - y)[Math.floor(rounds / 2)];
  return [mid(a), mid(b)];
})();
const docsOnly = (() => {
  sh(repo, 'git', ['reset', '-q', 'HEAD']);
  writeFileSync(join(repo, 'README.md'), '# Notes\n\nSee [the guide](content/README.md).\n');
  sh(repo, 'git', ['add', 'README.md']);
  return median(() => timed(process.execPath, [hookScript]));
})();
const markdownlint = median(() => timed(join(binDir, 'markdownlint-cli2'), ['content/README.md'], [0, 1]));
const remark = median(() => timed(join(binDir, 'remark'), [...remarkValidateLinks(), 'content/README.md'], [0, 1]));
rmSync(repo, { recursive: true, force: true });

const rows = [
  ['git commit, devguide hook (guide content changed: lint + readme check)', withHook],
  ['git commit --no-verify (same change, no hook)', noVerify],
  ['the hook alone, scripts/pre-commit.js (guide content staged)', hookAlone],
  ['devguide hook pre-commit, whole CLI bundle (guide content staged)', wholeCli],
  ['the hook alone, scripts/pre-commit.js (one other markdown file staged)', docsOnly],
  ['markdownlint-cli2 content/README.md (working tree)', markdownlint],
  ['remark-cli + remark-validate-links content/README.md (working tree)', remark],
];
console.log(`pre-commit hook on the guide, whole process (median of ${rounds})`);
for (const [label, ms] of rows)
  console.log(`  ${label.padEnd(74)} ${fmt(ms).padStart(8)}  ${(ms / hookAlone).toFixed(2)}x`);
console.log(`  hook overhead on the commit: ${fmt(withHook - noVerify)}`);
