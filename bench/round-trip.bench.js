// The guide model against a plain remark parse + stringify, on all 90 upstream
// versions of the guide and the seed: time, and how many come back byte-identical
// or with the same meaning (equal mdast without positions).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseGuide, processor, renderGuide, semanticTree } from '@devguide/markdown';
import { isDeepStrictEqual } from 'node:util';

const shared = resolve(process.env.DEVGUIDE_SHARED ?? new URL('../../shared', import.meta.url).pathname);
const history = join(shared, 'corpus', 'devel-readme-history');
const inputs = [
  ...readdirSync(history)
    .filter((name) => /^\d{3}-.*\.md$/.test(name))
    .sort()
    .map((name) => readFileSync(join(history, name), 'utf8')),
  readFileSync(join(shared, 'seed', 'developer-guide.md'), 'utf8'),
];
const resolveContext = {
  repository: 'kubernetes/community',
  shortlinks: { 'git.k8s.io': 'kubernetes' },
  site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
};
const site = { linkBase: 'https://github.com/kubernetes/community', ref: 'master', httpsHosts: ['kubernetes.io'] };

const ours = (text) => {
  const guide = parseGuide(text, { path: 'contributors/devel/README.md', resolve: resolveContext });
  return renderGuide(guide, { form: guide.form, site });
};
const remark = (text) => processor.stringify(processor.parse(text));

function measure(name, fn, rounds = 5) {
  let outputs = [];
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    outputs = inputs.map(fn);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const bytes = outputs.filter((out, index) => out === inputs[index]).length;
  const semantic = outputs.filter((out, index) =>
    isDeepStrictEqual(semanticTree(out), semanticTree(inputs[index])),
  ).length;
  return { name, median: times[Math.floor(rounds / 2)], bytes, semantic };
}

const results = [measure('devguide model (parse → model → render)', ours), measure('remark parse → stringify', remark)];
const base = results[1].median;
console.log(`round trip of ${inputs.length} guide versions (median of 5 runs)`);
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(42)} ${r.median.toFixed(1).padStart(8)} ms  ${(r.median / base).toFixed(2)}x  byte-identical ${r.bytes}/${inputs.length}  same mdast ${r.semantic}/${inputs.length}`,
  );
}
