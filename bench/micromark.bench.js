// `node bench/micromark.bench.js`: micromark 4.0.3 against 4.0.2, the tokenizer alone (GFM and
// front matter, one thread) over the corpus. 4.0.3 moves the events of closing containers with an edit map that copies the whole
// event list each time, so a document's cost grows with its length times its list items; the
// lint's facts pin 4.0.2, whose splice touches only the tail.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { corpusDir, fmt, markdownFiles } from './lib.js';

const [, , version] = process.argv;
if (version) {
  const { parse, postprocess, preprocess } = await import(version === '4.0.2' ? 'micromark-4.0.2' : 'micromark');
  const texts = markdownFiles().map((path) => readFileSync(join(corpusDir, path), 'utf8'));
  const start = performance.now();
  for (const text of texts)
    postprocess(
      parse({ extensions: [gfm(), frontmatter(['yaml'])] })
        .document()
        .write(preprocess()(text, 'utf8', true)),
    );
  console.log(performance.now() - start);
} else {
  const self = fileURLToPath(import.meta.url);
  const times = { '4.0.3': [], '4.0.2': [] };
  // Alternating, in separate processes: the machine's speed drifts.
  for (let round = 0; round < 3; round++) {
    for (const which of Object.keys(times))
      times[which].push(Number(spawnSync(process.execPath, [self, which], { encoding: 'utf8' }).stdout));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[1];
  console.log(
    `micromark tokenizer over the corpus (${markdownFiles().length} files, GFM + front matter, 1 thread; median of 3)`,
  );
  for (const [which, values] of Object.entries(times))
    console.log(`  micromark ${which}  ${fmt(median(values)).padStart(8)}  (${values.map(fmt).join(', ')})`);
  console.log(`  4.0.2 / 4.0.3: ${(median(times['4.0.2']) / median(times['4.0.3'])).toFixed(2)}x`);
}
