// "Did you mean" on the corpus, against a set labelled by hand from the tree
// (bench/fixtures/suggestions.labelled.tsv: a missing-file link, and the path it should now name or
// `none`). Precision: suggestions that name the labelled target, of all suggestions made on the set.
// Recall: of the links with a target, those whose suggestion names it.
// `node bench/suggestions.bench.js [report.json]` (without a report the corpus is linted first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCorpusJson, root } from './lib.js';

const labelled = readFileSync(join(root, 'bench', 'fixtures', 'suggestions.labelled.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [at, missing, target] = line.split('\t');
    return { at, missing, target: target === 'none' ? null : target };
  });

const report = JSON.parse(process.argv[2] ? readFileSync(process.argv[2], 'utf8') : lintCorpusJson());
const findings = new Map();
for (const file of report) {
  const path = file.filePath.replace(/^.*?kubernetes-community\/|^.*?\/kc\//, '');
  for (const message of file.messages)
    if (message.ruleId === 'no-missing-file')
      findings.set(`${path}:${message.line}:${message.column}`, message.message);
}

let suggested = 0;
let right = 0;
let withTarget = 0;
const wrong = [];
const missed = [];
for (const row of labelled) {
  const message = findings.get(row.at);
  if (!message) throw new Error(`no no-missing-file finding at ${row.at} (${row.missing}): the labelled set is stale`);
  const suggestion = /did you mean `([^`]*)`/.exec(message)?.[1] ?? null;
  if (row.target) withTarget++;
  if (suggestion) suggested++;
  if (suggestion && suggestion === row.target) right++;
  else if (suggestion) wrong.push(`${row.missing} -> ${suggestion} (labelled ${row.target ?? 'none'})`);
  else if (row.target) missed.push(`${row.missing} (labelled ${row.target})`);
}
const precision = suggested === 0 ? 1 : right / suggested;
const recall = withTarget === 0 ? 1 : right / withTarget;
console.log(
  `labelled links: ${labelled.length} (${withTarget} with a new location, ${labelled.length - withTarget} none)`,
);
console.log(`suggestions: ${suggested}, right: ${right}`);
console.log(`precision: ${(precision * 100).toFixed(1)}% (target >= 95%)`);
console.log(`recall: ${(recall * 100).toFixed(1)}% (target >= 70%)`);
if (wrong.length) console.log(`\nwrong:\n  ${wrong.join('\n  ')}`);
if (missed.length) console.log(`\nmissed:\n  ${missed.join('\n  ')}`);
process.exitCode = precision >= 0.95 && recall >= 0.7 ? 0 : 1;
