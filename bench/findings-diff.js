// Lints the corpus (with its tree listing) and diffs the findings against a saved JSON report of
// an earlier build: `node bench/findings-diff.js <before.json> [after.json]`. Without after.json
// the corpus is linted with this checkout's build. Prints the findings removed and added, by rule
// and by message shape, and checks that every finding kept has the same position and rule.
import { readFileSync } from 'node:fs';
import { lintCorpusJson } from './lib.js';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile) {
  console.error('usage: node bench/findings-diff.js <before.json> [after.json]');
  process.exit(2);
}

/** Each finding as `file:line:col rule` → message; file paths relative to the linted directory. */
function findings(report) {
  const map = new Map();
  for (const file of JSON.parse(report)) {
    const path = file.filePath.replace(/^.*?kubernetes-community\/|^.*?\/kc\//, '');
    for (const m of file.messages) map.set(`${path}:${m.line}:${m.column} ${m.ruleId}`, m.message);
  }
  return map;
}

const before = findings(readFileSync(beforeFile, 'utf8'));
const after = findings(afterFile ? readFileSync(afterFile, 'utf8') : lintCorpusJson());
const removed = [...before].filter(([key]) => !after.has(key));
const added = [...after].filter(([key]) => !before.has(key));
const changed = [...before].filter(([key, message]) => after.has(key) && after.get(key) !== message);

// A message's shape: the text with its quoted values left out.
const shape = (key, message) => `${key.split(' ')[1]}: ${message.replace(/`[^`]*`/g, '`…`')}`;
function summary(title, entries) {
  const counts = new Map();
  for (const [key, message] of entries) counts.set(shape(key, message), (counts.get(shape(key, message)) ?? 0) + 1);
  console.log(`\n${title}: ${entries.length}`);
  for (const [what, count] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(count).padStart(5)}  ${what}`);
}
console.log(
  `findings before: ${before.size}, after: ${after.size}; kept at the same place and rule: ${before.size - removed.length}`,
);
summary('removed', removed);
summary('added', added);
summary('kept, message changed (before)', changed);
// Suggestions are the part of a message that may change: how they moved.
const suggestion = (message) => /; did you mean `([^`]*)`/.exec(message ?? '')?.[1] ?? null;
const moved = { dropped: 0, added: 0, changed: 0 };
for (const [key, message] of changed) {
  const was = suggestion(message);
  const now = suggestion(after.get(key));
  if (was && !now) moved.dropped++;
  else if (!was && now) moved.added++;
  else if (was !== now) moved.changed++;
}
console.log(`  suggestions dropped: ${moved.dropped}, added: ${moved.added}, changed: ${moved.changed}`);
if (process.env.FINDINGS_DIFF_LIST === '1') {
  for (const [key, message] of removed) console.log(`- ${key} ${message}`);
  for (const [key, message] of added) console.log(`+ ${key} ${message}`);
  for (const [key, message] of changed) console.log(`~ ${key} ${message} => ${after.get(key)}`);
}
