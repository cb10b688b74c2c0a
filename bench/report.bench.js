// Report generation (--group-by sig: markdown, html, grouped json, fix patches) for the whole
// upstream corpus, against the time of a warm `devguide lint` of it (target: under 10%).
import { Buffer } from 'node:buffer';
import { allRules, lint, planFixPatches, reporters } from '@devguide/lint';
import { loadOwnership } from '@devguide/owners';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@devguide/testkit';
import { corpusCopy, fmt, treeListing } from './lib.js';

const dir = corpusCopy();
const cache = join(dir, '..', 'lint-cache.v8');
const rounds = Number(process.env.REPORT_BENCH_ROUNDS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (work) => {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
};
const lintOnce = () =>
  lint({
    rules: allRules,
    cwd: dir,
    paths: [dir],
    root: dir,
    config: null,
    repository: 'kubernetes/community',
    treeListing,
    cache,
    jobs: 0,
    version: 'bench',
  });

// The first run fills the cache; the warm runs read every file's findings from it.
let run = await lintOnce();
await run.saveCache();
const warm = [];
for (let round = 0; round < rounds; round++) {
  const measured = await time(lintOnce);
  warm.push(measured.ms);
  run = measured.value;
}
const lintMs = median(warm);

const ownersDir = corpus.ownersDir;
const reportRounds = { owners: [], markdown: [], html: [], json: [], patches: [] };
let sizes = {};
for (let round = 0; round < rounds; round++) {
  const owners = await time(() =>
    loadOwnership({ ownersDir, sigsYaml: join(dir, 'sigs.yaml'), repository: 'kubernetes/community' }),
  );
  const ownership = owners.value;
  const options = {
    cwd: dir,
    color: false,
    version: 'bench',
    rules: run.rules,
    root: run.root,
    repository: run.repository,
    ref: 'main',
    groupBy: 'sig',
    groupOf: (path) => ownership.groupOf(path, 'sig'),
  };
  reportRounds.owners.push(owners.ms);
  const markdown = await time(() => reporters.markdown(run.files, options));
  const html = await time(() => reporters.html(run.files, options));
  const json = await time(() => reporters.json(run.files, options));
  const patches = await time(() => planFixPatches(run.files, { ...options, maxPerPatch: 20 }));
  reportRounds.markdown.push(markdown.ms);
  reportRounds.html.push(html.ms);
  reportRounds.json.push(json.ms);
  reportRounds.patches.push(patches.ms);
  sizes = {
    markdown: Buffer.byteLength(markdown.value),
    html: Buffer.byteLength(html.value),
    patches: patches.value.length,
  };
}
const findings = run.files.reduce((sum, file) => sum + file.messages.length, 0);
console.log(`\n## Reports: ${run.files.length} files, ${findings} findings (median of ${rounds})\n`);
console.log('| step | time | share of a warm lint |');
console.log('| --- | --- | --- |');
console.log(`| devguide lint, warm (cache; in-process, one thread) | ${fmt(lintMs)} | 100% |`);
let total = 0;
for (const [name, values] of Object.entries(reportRounds)) {
  const ms = median(values);
  total += ms;
  console.log(
    `| ${name === 'owners' ? 'read OWNERS and sigs.yaml' : `${name} report`} | ${fmt(ms)} | ${((ms / lintMs) * 100).toFixed(1)}% |`,
  );
}
console.log(`| all of them | ${fmt(total)} | ${((total / lintMs) * 100).toFixed(1)}% |`);
console.log(
  `\nmarkdown ${(sizes.markdown / 1024).toFixed(0)} KiB, html ${(sizes.html / 1024).toFixed(0)} KiB, ${sizes.patches} patch(es)`,
);
rmSync(join(dir, '..'), { recursive: true, force: true });
