// Our missing-file / missing-anchor findings on the corpus against remark-validate-links'
// missing-file / missing-heading warnings, in one run on the same files. Prints the counts, the
// findings both report, and every difference grouped by cause, with three examples each.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { binDir, corpusCopy, corpusLintArgs, peer, measure, treeListing, remarkValidateLinks } from './lib.js';

const dir = corpusCopy();
const oursJson = join(dir, '..', 'ours.json');
measure(process.execPath, corpusLintArgs(dir, oursJson, ['--no-cache']));
const theirs = measure(
  join(binDir, 'remark'),
  [...remarkValidateLinks(), '--report', peer('vfile-reporter-json'), '.'],
  { cwd: dir },
);

const key = (file, line, column) => `${file}:${line}:${column}`;
const ours = new Map();
for (const file of JSON.parse(readFileSync(oursJson, 'utf8'))) {
  for (const message of file.messages) {
    if (message.ruleId !== 'no-missing-file' && message.ruleId !== 'no-missing-anchor') continue;
    ours.set(
      key(relative(dir, join(process.cwd(), file.filePath)).replace(/^(\.\.\/)+/, ''), message.line, message.column),
      message,
    );
  }
}
// vfile-reporter-json prints the report on stderr, before GNU time's last line.
const report = theirs.stderr.slice(theirs.stderr.indexOf('['), theirs.stderr.lastIndexOf(']') + 1);
const remark = new Map();
for (const file of JSON.parse(report)) {
  for (const message of file.messages) {
    if (!/^missing-(file|heading)/.test(message.ruleId ?? '')) continue;
    remark.set(key(file.path, message.line, message.column), message);
  }
}
const normalise = (path) => path.replace(/^.*kubernetes-community\//, '');
const oursKeys = new Set([...ours.keys()].map(normalise));
const both = [...remark.keys()].filter((k) => oursKeys.has(k));
const onlyTheirs = [...remark.entries()].filter(([k]) => !oursKeys.has(k));
const remarkKeys = new Set(remark.keys());
const onlyOurs = [...ours.entries()].filter(([k]) => !remarkKeys.has(normalise(k)));

const group = (entries, label) => {
  const groups = new Map();
  for (const [k, message] of entries) {
    const reason = message.reason ?? message.message;
    const cause = label(reason, k);
    if (!groups.has(cause)) groups.set(cause, []);
    groups.get(cause).push(`${k}  ${reason}`);
  }
  return groups;
};
console.log(
  `remark-validate-links: ${remark.size} missing-file/heading warnings; devguide: ${ours.size} no-missing-file/anchor findings; both: ${both.length}`,
);
const show = (title, groups) => {
  console.log(`\n${title}`);
  for (const [cause, items] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${items.length.toString().padStart(4)}  ${cause}`);
    for (const item of items.slice(0, 3)) console.log(`          ${item}`);
  }
};
// What the upstream tree really has, to tell their false alarms (files the markdown-only copy
// lacks) from real breakage.
const upstreamTree = new Set(
  readFileSync(treeListing, 'utf8')
    .split('\n')
    .map((line) => line.slice(line.lastIndexOf('\t') + 1)),
);
const theirCause = (reason, k) => {
  if (/heading/.test(reason)) {
    if (/%[0-9a-f]{2}/i.test(reason))
      return 'missing heading: percent-encoded fragment that GitHub decodes (false alarm)';
    const fragment = /for `#([^`]+)`/.exec(reason)?.[1];
    const inFile = /in `([^`]*)`/.exec(reason)?.[1];
    const from = k.slice(0, k.indexOf(':'));
    const candidates = inFile === undefined ? [from] : inFile === '' ? [] : [join('/', from, '..', inFile).slice(1)];
    const html = new RegExp(`(?:id|name)\\s*=\\s*["']?${fragment?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s>]`);
    if (
      fragment &&
      candidates.some((path) => {
        try {
          return html.test(readFileSync(join(dir, path), 'utf8'));
        } catch {
          return false;
        }
      })
    )
      return 'missing heading: an HTML id/name anchor GitHub keeps (false alarm)';
    return 'missing heading';
  }
  const target = /Cannot find file `([^`]+)`/.exec(reason)?.[1];
  if (!target) return 'other';
  const from = k.slice(0, k.indexOf(':'));
  const resolved = join('/', from, '..', decodeURI(target)).slice(1).replace(/\/$/, '');
  if (upstreamTree.has(resolved)) return 'missing file: exists upstream, not in the markdown-only copy (false alarm)';
  return 'missing file';
};
show('only remark-validate-links:', group(onlyTheirs, theirCause));
show(
  'only devguide:',
  group(onlyOurs, (reason) =>
    /anchor/.test(reason)
      ? 'missing anchor'
      : /above the repository root/.test(reason)
        ? 'link above the root'
        : /image/.test(reason)
          ? 'missing image'
          : 'missing file',
  ),
);
