// `node bench/facts-alloc.bench.js [shape MiB]`: what the fast fact producer allocates, over the
// corpus (no arguments) or over one generated file of a scale shape (`lists 16`): V8's sampling
// heap profiler, objects the collector has already freed included, grouped by who allocates them:
// @lezer/markdown's parse, @lezer/common's tree building, moving through the tree (the node objects
// lezer makes for each visit), the producer's own walk, micromark on the parts handed back. Then,
// in a process of its own without the profiler, the producer's CPU time on the same input.
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, markdownFiles } from './lib.js';
import { generate } from './scale-shapes.js';

const cpuOnly = process.argv.includes('--cpu');
const args = process.argv.slice(2).filter((arg) => arg !== '--cpu');
const [shape, mebibytes] = args;
const texts = shape
  ? [generate(shape, Number(mebibytes) * 1024 * 1024)]
  : markdownFiles().map((path) => readFileSync(join(corpusDir, path), 'utf8'));
const { collectFactsFast } = await import('@devguide/lint');

// Moving through lezer's tree: the getters and cursor moves that make node objects.
const navigation =
  /^(?:nextChild|hasChild|BufferNode|BufferContext|TreeNode|getChildren|getChild|enterChild|sibling|node|firstChild|lastChild|nextSibling|prevSibling|parent|cursor|iterate|resolveInner)$/;

function group(frame) {
  const { functionName: name, url } = frame;
  if (url.includes('@lezer/markdown') || url.includes('@lezer+markdown')) return 'lezer parse';
  if (url.includes('@lezer/common') || url.includes('@lezer+common'))
    return navigation.test(name.replace(/^get /, '')) ? 'tree navigation' : 'lezer tree building';
  if (url.includes('micromark')) return 'micromark (hand-backs)';
  if (url.includes('/facts/') || url.includes('vfile-location') || url.includes('/markdown/dist/')) return 'the walk';
  return 'other';
}

if (cpuOnly) {
  const start = process.cpuUsage();
  for (const text of texts) collectFactsFast(text);
  const cpu = process.cpuUsage(start);
  console.log(JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000 }));
} else {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (const text of texts) collectFactsFast(text);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const groups = new Map();
  let total = 0;
  const visit = (node) => {
    total += node.selfSize;
    const name = group(node.callFrame);
    groups.set(name, (groups.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(profile.head);
  const input = shape ? `${mebibytes} MiB of ${shape}` : `the corpus (${texts.length} files)`;
  console.log(`fast fact producer over ${input}: ${(total / 1e6).toFixed(0)} MB allocated (sampled)`);
  for (const [name, bytes] of [...groups].sort((one, other) => other[1] - one[1]))
    console.log(`  ${name.padEnd(24)} ${(bytes / 1e6).toFixed(0).padStart(6)} MB`);
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [self, ...args, '--cpu'], { encoding: 'utf8' });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(2);
  }
  console.log(`  CPU without the profiler: ${JSON.parse(child.stdout).cpuMs.toFixed(0)} ms`);
}
