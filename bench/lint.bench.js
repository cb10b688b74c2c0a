// `devguide lint` on the whole upstream corpus against remark-cli + remark-validate-links and
// markdownlint-cli2, in one run, on the same copy of the files, with the parse floor.
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binDir, corpusCopy, corpusLintArgs, fmt, markdownFiles, measure, root, remarkValidateLinks } from './lib.js';

const dir = corpusCopy();
const cache = join(dir, '..', 'lint-cache.v8');
const files = markdownFiles().length;
const ours = (extra = []) =>
  measure(
    process.execPath,
    corpusLintArgs(dir, join(dir, '..', 'ours.json'), ['--cache-location', cache, '--stats', ...extra]),
  );

// This machine's speed drifts by a tenth within minutes: the floor and our cold run alternate,
// and each is the median of its rounds.
const rounds = Number(process.env.LINT_BENCH_ROUNDS ?? 3);
// LINT_BENCH_PEERS=0 measures the floor and ours only.
const withPeers = process.env.LINT_BENCH_PEERS !== '0';
const floors = [];
const colds = [];
for (let round = 0; round < rounds; round++) {
  floors.push(measure(process.execPath, [join(root, 'bench', 'parse-floor.js'), dir]));
  rmSync(cache, { force: true });
  colds.push(ours());
}
const median = (results) => [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)];
const floor = median(floors);
const rows = [];
rows.push([`parse floor (from-markdown + gfm + frontmatter, 1 thread; median of ${rounds})`, floor]);
rows.push([`devguide lint, cold (no cache; median of ${rounds})`, median(colds)]);
rows.push(['devguide lint, warm (nothing changed)', ours()]);
appendFileSync(join(dir, 'contributors', 'devel', 'README.md'), '\nOne more line.\n');
const oneChanged = ours();
rows.push(['devguide lint, one file changed', oneChanged]);
if (withPeers)
  rows.push(['devguide lint, cold, one thread (--jobs 0 --no-cache)', ours(['--jobs', '0', '--no-cache'])]);
if (withPeers)
  rows.push([
    'remark-cli + remark-validate-links (+ frontmatter, gfm)',
    measure(join(binDir, 'remark'), [...remarkValidateLinks(), '--silently-ignore', '.'], { cwd: dir }),
  ]);
if (withPeers) rows.push(['markdownlint-cli2', measure(join(binDir, 'markdownlint-cli2'), ['**/*.md'], { cwd: dir })]);

console.log(`lint of the upstream corpus: ${files} markdown files, 2 cores`);
for (const [name, result] of rows) {
  console.log(
    `  ${name.padEnd(72)} ${fmt(result.ms).padStart(9)}  ${(result.ms / floor.ms).toFixed(2)}x floor  peak RSS ${result.rssMiB.toFixed(0)} MiB`,
  );
}
console.log(
  `  rounds: floor ${floors.map((result) => fmt(result.ms)).join(', ')}; cold ${colds.map((result, index) => `${fmt(result.ms)} (${(result.ms / floors[index].ms).toFixed(2)}x)`).join(', ')}`,
);
console.log(`  after one change: ${/devguide: (.*)/.exec(oneChanged.stderr)?.[1] ?? '(no stats)'}`);
rmSync(join(dir, '..'), { recursive: true, force: true });
