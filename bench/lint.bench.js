// `devguide lint` on the whole upstream corpus against remark-cli + remark-validate-links and
// markdownlint-cli2, in one run, on the same copy of the files, with the parse floor.
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binDir, corpusCopy, devguideBin, peer, fmt, markdownFiles, measure, root, treeListing } from './lib.js';

const dir = corpusCopy();
const cache = join(dir, '..', 'lint-cache.v8');
const files = markdownFiles().length;
const ours = (extra = []) =>
  measure(process.execPath, [devguideBin, 'lint', dir, '--root', dir, '--no-config', '--repository', 'kubernetes/community', '--tree-listing', treeListing, '--format', 'json', '--output', join(dir, '..', 'ours.json'), '--cache-location', cache, '--stats', ...extra]);

const rows = [];
const floor = measure(process.execPath, [join(root, 'bench', 'parse-floor.js'), dir]);
rows.push(['parse floor (from-markdown + gfm + frontmatter, 1 thread)', floor]);
rmSync(cache, { force: true });
rows.push(['devguide lint, cold (no cache)', ours()]);
rows.push(['devguide lint, warm (nothing changed)', ours()]);
appendFileSync(join(dir, 'contributors', 'devel', 'README.md'), '\nOne more line.\n');
const oneChanged = ours();
rows.push(['devguide lint, one file changed', oneChanged]);
rows.push(['devguide lint, cold, one thread (--jobs 0 --no-cache)', ours(['--jobs', '0', '--no-cache'])]);
rows.push([
  'remark-cli + remark-validate-links (+ frontmatter, gfm)',
  measure(join(binDir, 'remark'), ['--use', peer('remark-frontmatter'), '--use', peer('remark-gfm'), '--use', peer('remark-validate-links'), '--quiet', '--no-stdout', '--silently-ignore', '.'], { cwd: dir }),
]);
rows.push(['markdownlint-cli2', measure(join(binDir, 'markdownlint-cli2'), ['**/*.md'], { cwd: dir })]);

console.log(`lint of the upstream corpus: ${files} markdown files, 2 cores`);
for (const [name, result] of rows) {
  console.log(`  ${name.padEnd(58)} ${fmt(result.ms).padStart(9)}  ${(result.ms / floor.ms).toFixed(2)}x floor  peak RSS ${result.rssMiB.toFixed(0)} MiB`);
}
console.log(`  after one change: ${/devguide: (.*)/.exec(oneChanged.stderr)?.[1] ?? '(no stats)'}`);
rmSync(join(dir, '..'), { recursive: true, force: true });
