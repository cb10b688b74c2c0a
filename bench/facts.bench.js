// `node bench/facts.bench.js`: the lint's fact producer against the tokenizers it could be built on,
// over the corpus in one thread, one run each (each in its own process, so one's JIT state does not
// help another): the fast producer on @lezer/markdown, handing the parts (or files) it cannot be
// sure of to micromark's events (included in its time); micromark 4.0.2's events alone (GFM and
// front matter, what the events producer reads); @lezer/markdown's parse alone (the floor of the
// fast producer); markdown-it's parse; marked's lexer.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, fmt, markdownFiles } from './lib.js';

const contenders = {
  'fast facts (+ fallbacks)': async () => {
    const { collectFactsFast, collectFactsFromEvents } = await import('@devguide/lint');
    let handedBack = 0;
    let inPart = 0;
    let partBytes = 0;
    return {
      run: (text) => {
        let parts = 0;
        const fast = collectFactsFast(text, (_reason, part) => {
          if (!part) return;
          parts++;
          partBytes += part.to - part.from;
        });
        if (parts > 0) inPart++;
        if (fast) return;
        handedBack++;
        collectFactsFromEvents(text);
      },
      note: () => `${handedBack} files handed back, ${inPart} in part (${(partBytes / 1e6).toFixed(2)} MB of parts)`,
    };
  },
  'fast facts alone': async () => {
    // Every file tried, none redone: what the fast producer costs, bail-outs included.
    const { collectFactsFast } = await import('@devguide/lint');
    let handedBack = 0;
    return {
      run: (text) => {
        if (!collectFactsFast(text)) handedBack++;
      },
      note: () => `${handedBack} not produced`,
    };
  },
  'micromark 4.0.2 events': async () => {
    const { parse, postprocess, preprocess } = await import('micromark-4.0.2');
    const { gfm } = await import('micromark-extension-gfm');
    const { frontmatter } = await import('micromark-extension-frontmatter');
    return {
      run: (text) =>
        postprocess(
          parse({ extensions: [gfm(), frontmatter(['yaml'])] })
            .document()
            .write(preprocess()(text, 'utf8', true)),
        ),
    };
  },
  '@lezer/markdown parse': async () => {
    // Resolved from the lint package, which pins it.
    const { createRequire } = await import('node:module');
    const require = createRequire(join(fileURLToPath(import.meta.url), '..', '..', 'packages', 'lint', 'package.json'));
    const { GFM, parser } = await import(require.resolve('@lezer/markdown'));
    const configured = parser.configure([GFM[0], GFM[1], GFM[2]]);
    return { run: (text) => configured.parse(text) };
  },
  'markdown-it 15 parse': async () => {
    const { default: MarkdownIt } = await import('markdown-it');
    const md = new MarkdownIt();
    return { run: (text) => md.parse(text, {}) };
  },
  'marked 18 lexer': async () => {
    const { lexer } = await import('marked');
    return { run: (text) => lexer(text) };
  },
};

const [, , which] = process.argv;
if (which) {
  const texts = markdownFiles().map((path) => readFileSync(join(corpusDir, path), 'utf8'));
  const contender = await contenders[which]();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const text of texts) contender.run(text);
  const ms = performance.now() - start;
  // CPU time (all the process's threads, the collector's included) is what a loaded machine leaves comparable.
  const cpu = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, note: contender.note?.() ?? '' }));
} else {
  const self = fileURLToPath(import.meta.url);
  const files = markdownFiles();
  const bytes = files.reduce((sum, path) => sum + readFileSync(join(corpusDir, path)).length, 0);
  console.log(
    `fact producer vs tokenizers over the corpus (${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, 1 thread, one run each)`,
  );
  const results = {};
  for (const name of Object.keys(contenders)) {
    const child = spawnSync(process.execPath, [self, name], { encoding: 'utf8' });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(2);
    }
    results[name] = JSON.parse(child.stdout);
  }
  const fast = results['fast facts (+ fallbacks)'];
  for (const [name, { ms, cpuMs, note }] of Object.entries(results))
    console.log(
      `  ${name.padEnd(26)} ${fmt(ms).padStart(8)} wall ${fmt(cpuMs).padStart(8)} CPU  ${(cpuMs / fast.cpuMs).toFixed(2).padStart(6)}x the fast producer's CPU${note ? `  (${note})` : ''}`,
    );
  const micromark = results['micromark 4.0.2 events'];
  console.log(
    `  micromark 4.0.2 events / fast facts: ${(micromark.cpuMs / fast.cpuMs).toFixed(2)}x CPU, ${(micromark.ms / fast.ms).toFixed(2)}x wall`,
  );
}
