// The pre-commit hook on the guide, as a commit runs it: wall and CPU time of `git commit` with
// this repository's hook (scripts/pre-commit.js, the offline hook bundle from V8's code cache)
// against `git commit --no-verify` on the same kind of staged change, and of the hook process alone
// (and of `devguide hook pre-commit <file>` as the pre-commit framework runs it, which starts the
// same way, and through the whole CLI bundle); beside it, what the peers take
// to lint the same file (from the working tree, which is all they can read), markdownlint-cli2 and
// remark-cli + remark-validate-links. Median of 10.
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { guideRepo, medians, sh } from './hook-repo.js';
import { binDir, devguideBin, fmt, remarkValidateLinks, root } from './lib.js';

const hookScript = join(root, 'scripts', 'pre-commit.js');

const rounds = 10;

// Each round stages a guide change not seen before and commits it, as a user's commits go: the
// guide the hook lints is always new to its cache, and HEAD's is the one the previous commit's hook
// linted.
const { repo, stageChange, commit, timed } = guideRepo(hookScript);
let changes = 0;
const staged = () => {
  changes++;
  stageChange();
};

// Alternated round by round, so that a change in the machine's load hits all alike; each on a
// change of its own.
const variants = [
  [
    'git commit, devguide hook (guide content changed: lint + readme check)',
    () => timed('git', ['commit', '-q', '-m', `Revision ${changes}`]),
  ],
  [
    'git commit --no-verify (same change, no hook)',
    () => {
      // Untimed, the hook's run on it, so that the next round finds HEAD's guide in its cache as
      // after every other commit here.
      timed(process.execPath, [hookScript]);
      return timed('git', ['commit', '-q', '--no-verify', '-m', `Revision ${changes}`]);
    },
  ],
  ['the hook alone, scripts/pre-commit.js (guide content staged)', () => timed(process.execPath, [hookScript])],
  [
    'devguide hook pre-commit content/README.md, as the pre-commit framework runs it',
    () => timed(process.execPath, [devguideBin, 'hook', 'pre-commit', 'content/README.md']),
  ],
  [
    'the same through the whole CLI bundle (an option: --command devguide)',
    () => timed(process.execPath, [devguideBin, 'hook', 'pre-commit', '--command', 'devguide', 'content/README.md']),
  ],
];
const samples = variants.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [index, [label, run]] of variants.entries()) {
    staged();
    samples[index].push(run());
    if (!label.startsWith('git commit')) commit();
  }
}
const [withHook, noVerify, hookAlone, framework, wholeCli] = samples.map(medians);
// Once more, for the figure of the previous release: the same staged change, hooked again and
// again (from the second round on, the guide is in the hook's lint cache).
staged();
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
  [variants[3][0], framework],
  [variants[4][0], wholeCli],
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
