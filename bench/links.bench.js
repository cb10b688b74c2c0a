// `devguide lint --external` against linkinator, markdown-link-check and remark-lint-no-dead-urls,
// in one run, on the same fixture: 10 loopback hosts (127.0.0.2 to .11), 50 ms per response,
// 500 and 2,000 unique URLs each linked from 3 files; 5% dead (404), 5% permanent redirects (301),
// 5% answering 429 with `Retry-After: 1` until a second has passed since their first request.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { setTimeout } from 'node:timers';
import { join } from 'node:path';
import { binDir, devguideBin, fmt, root } from './lib.js';

const latency = 50;
const hostCount = 10;
const files = 30;
const sizes = (process.env.LINKS_BENCH_SIZES ?? '500,2000').split(',').map(Number);
const perHost = Number(process.env.LINKS_BENCH_PER_HOST ?? 64);
// LINKS_BENCH_ARGS: more options for our lint runs (e.g. `--jobs 1`).
const ourArgs = (process.env.LINKS_BENCH_ARGS ?? '').split(' ').filter(Boolean);
// LINKS_BENCH_PEERS=0 runs ours alone, LINKS_BENCH_PEERS=linkinator ours and linkinator;
// LINKS_BENCH_PROFILE=<dir> writes a CPU profile of our cold run.
const peersWanted = process.env.LINKS_BENCH_PEERS ?? 'all';
const withPeers = peersWanted !== '0';
const allPeers = peersWanted === 'all';
const profile = process.env.LINKS_BENCH_PROFILE
  ? ['--cpu-prof', '--cpu-prof-dir', process.env.LINKS_BENCH_PROFILE]
  : [];
const node22 = join(root, 'bench', 'node_modules', 'node', 'bin', 'node');
const linkinatorCli = join(root, 'bench', 'node_modules', 'linkinator', 'build', 'src', 'cli.js');
const deadUrlsPlugin = join(root, 'bench', 'node_modules', 'remark-lint-no-dead-urls', 'index.js');

// Every request, by path, per measured run.
let requests = new Map();
const firstSeen = new Map();
// When the measured run started, its first request came, and its last one (ms since the epoch).
const timeline = { start: 0, first: 0, last: 0 };
// Every host gets its share of each kind.
const kind = (index) => ['dead', 'redirect', 'limited'][Math.floor(index / hostCount) % 20] ?? 'ok';

async function startHosts() {
  const origins = [];
  const servers = [];
  for (let n = 2; n < 2 + hostCount; n++) {
    const address = `127.0.0.${n}`;
    const server = createServer((request, response) => {
      const key = `${request.headers.host}${request.url}`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      timeline.last = Date.now();
      timeline.first ||= timeline.last;
      setTimeout(() => answer(request, response, key), latency);
    });
    server.keepAliveTimeout = 30_000;
    await new Promise((resolve) => server.listen(0, address, resolve));
    servers.push(server);
    origins.push(`http://${address}:${server.address().port}`);
  }
  return { origins, close: () => servers.forEach((server) => (server.closeAllConnections(), server.close())) };
}

function answer(request, response, key) {
  const match = /^\/(u|final)\/(\d+)$/.exec(request.url ?? '');
  if (!match) return void response.writeHead(404).end();
  const index = Number(match[2]);
  const page = `<!doctype html><title>page ${index}</title><h1 id="top">Page ${index}</h1>`;
  if (match[1] === 'final') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  switch (kind(index)) {
    case 'dead':
      return void response.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    case 'redirect':
      return void response.writeHead(301, { location: `/final/${index}` }).end();
    case 'limited': {
      const first = firstSeen.get(key) ?? Date.now();
      firstSeen.set(key, first);
      if (Date.now() - first < 1000)
        return void response.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
      return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    }
    default:
      return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  }
}

function writeFixture(dir, origins, count) {
  const urls = Array.from({ length: count }, (_, index) => `${origins[index % hostCount]}/u/${index}`);
  const byFile = Array.from({ length: files }, () => []);
  urls.forEach((url, index) => {
    for (const offset of [0, 10, 20]) byFile[(index + offset) % files].push(`- [link ${index}](${url})`);
  });
  mkdirSync(dir, { recursive: true });
  byFile.forEach((lines, file) =>
    writeFileSync(join(dir, `doc-${String(file).padStart(2, '0')}.md`), `# Document ${file}\n\n${lines.join('\n')}\n`),
  );
  return { urls, dead: new Set(urls.filter((_, index) => kind(index) === 'dead')) };
}

/** Runs a command without blocking the servers in this process; wall ms, peak RSS (GNU time), output. */
function measure(command, args, options = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', command, ...args], {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = Number(stderr.trim().split('\n').at(-1)) / 1024;
      resolve({ ms, rssMiB: rss, status, stdout, stderr });
    });
  });
}

/**
 * The fastest any client could be: its start-up, then the larger of the URLs' answers at the
 * per-host limit and a rate-limited URL's wait. That wait is the 429's own answer, the one-second
 * `Retry-After` counted from it, and the retry's answer.
 */
function lowerBound(count, startup) {
  return Math.max((count / (hostCount * perHost)) * latency, latency + 1000 + latency) + startup.ms;
}

const urlPattern = /http:\/\/127\.0\.0\.\d+:\d+\/u\/\d+/g;

async function run(name, fixture, body) {
  requests = new Map();
  firstSeen.clear();
  Object.assign(timeline, { start: Date.now(), first: 0, last: 0 });
  const result = await body();
  const end = Date.now();
  const reported = result.broken;
  const found = [...fixture.dead].filter((url) => reported.has(url)).length;
  const falseAlarms = [...reported].filter((url) => !fixture.dead.has(url)).length;
  const total = [...requests.values()].reduce((sum, count) => sum + count, 0);
  // Per link: requests to the URL itself and to where it redirects.
  const perUrl = fixture.urls.map((url) => {
    const path = url.replace(/^http:\/\//, '');
    return (requests.get(path) ?? 0) + (requests.get(path.replace('/u/', '/final/')) ?? 0);
  });
  return {
    name,
    ms: result.ms,
    rssMiB: result.rssMiB,
    found,
    dead: fixture.dead.size,
    falseAlarms,
    total,
    maxPerUrl: Math.max(...perUrl),
    missed: perUrl.filter((count) => count === 0).length,
    note: result.note ?? '',
    // Where the time went: the last rate-limited URL's first request starts the wait no tool can
    // shorten (its Retry-After second), so a run ends no earlier than a second after it.
    timeline:
      total === 0
        ? ''
        : `first request at ${timeline.first - timeline.start} ms, last rate-limited URL first asked at ${Math.max(...firstSeen.values()) - timeline.start} ms, last request at ${timeline.last - timeline.start} ms, exit at ${end - timeline.start} ms`,
  };
}

const { origins, close } = await startHosts();
const work = mkdtempSync(join(tmpdir(), 'devguide-links-bench-'));
const rows = [];
try {
  for (const count of sizes) {
    const dir = join(work, `fixture-${count}`);
    const fixture = writeFixture(dir, origins, count);
    writeFileSync(
      join(dir, '.devguide-lint.yaml'),
      `external:\n  perHost: ${perHost}\n  concurrency: ${perHost * hostCount}\n`,
    );
    const cache = join(work, `links-${count}.json`);
    const lintCache = join(work, `lint-${count}.v8`);
    // Both caches, the lint's (facts) and the link cache, start empty for the cold run.
    const ours = (extra, node = []) =>
      measure(process.execPath, [
        ...node,
        devguideBin,
        'lint',
        dir,
        '--root',
        dir,
        '--config',
        join(dir, '.devguide-lint.yaml'),
        '--cache-location',
        lintCache,
        '--format',
        'json',
        '--output',
        join(work, 'ours.json'),
        ...ourArgs,
        ...extra,
      ]);
    const oursBroken = () => {
      const report = JSON.parse(readFileSync(join(work, 'ours.json'), 'utf8'));
      const messages = report
        .flatMap((file) => file.messages)
        .filter((message) => message.ruleId === 'external-link-dead');
      return new Set(messages.flatMap((message) => message.message.match(urlPattern) ?? []));
    };
    const startup = await measure(process.execPath, [devguideBin, '--version']);
    const offline = await measure(process.execPath, [
      devguideBin,
      'lint',
      dir,
      '--root',
      dir,
      '--config',
      join(dir, '.devguide-lint.yaml'),
      '--no-cache',
      '--format',
      'json',
      '--output',
      join(work, 'offline.json'),
    ]);
    const floor = await measure(process.execPath, [join(root, 'bench', 'parse-dir-floor.js'), dir]);
    rmSync(cache, { force: true });
    rmSync(lintCache, { force: true });
    const cold = await run(`devguide lint --external (per host ${perHost})`, fixture, async () => {
      const result = await ours(['--external', '--link-cache', cache], profile);
      return { ...result, broken: oursBroken(), note: /external links: (.*)/.exec(result.stderr)?.[1] ?? '' };
    });
    const warm = await run('devguide lint --external, cache warm', fixture, async () => {
      const result = await ours(['--external', '--link-cache', cache]);
      return { ...result, broken: oursBroken() };
    });
    if (!withPeers) {
      rows.push({
        count,
        startup,
        offline,
        floor,
        bound: lowerBound(count, startup),
        results: [cold, warm, cold],
      });
      continue;
    }
    const linkinator = await run('linkinator 7.6.1 --markdown --retry (Node 22)', fixture, async () => {
      const result = await measure(node22, [linkinatorCli, '**/*.md', '--markdown', '--retry', '--format', 'json'], {
        cwd: dir,
      });
      let broken = new Set();
      try {
        broken = new Set(
          JSON.parse(result.stdout)
            .links.filter((link) => link.state === 'BROKEN')
            .map((link) => link.url),
        );
      } catch {
        // Reported below as finding nothing.
      }
      return { ...result, broken };
    });
    if (!allPeers) {
      rows.push({
        count,
        startup,
        offline,
        floor,
        bound: lowerBound(count, startup),
        results: [cold, warm, linkinator],
      });
      continue;
    }
    writeFileSync(join(work, 'mlc.json'), JSON.stringify({ retryOn429: true, retryCount: 3, timeout: '20s' }));
    const mlc = await run('markdown-link-check 3.14.2 (retryOn429)', fixture, async () => {
      const result = await measure(join(binDir, 'markdown-link-check'), [
        '-c',
        join(work, 'mlc.json'),
        '-q',
        ...Array.from({ length: files }, (_, file) => join(dir, `doc-${String(file).padStart(2, '0')}.md`)),
      ]);
      const broken = new Set(
        result.stdout
          .split('\n')
          .filter((line) => line.includes('✖'))
          .flatMap((line) => line.match(urlPattern) ?? []),
      );
      return { ...result, broken };
    });
    const remark = await run('remark-cli + remark-lint-no-dead-urls 2.0.1', fixture, async () => {
      const result = await measure(
        process.execPath,
        [
          '--import',
          join(root, 'bench', 'offline-probe.js'),
          join(root, 'bench', 'node_modules', 'remark-cli', 'cli.js'),
          '--use',
          deadUrlsPlugin,
          '--no-stdout',
          '--no-config',
          '--report',
          join(root, 'bench', 'node_modules', 'vfile-reporter-json', 'index.js'),
          '.',
        ],
        { cwd: dir },
      );
      let broken = new Set();
      try {
        const report = JSON.parse(result.stderr.slice(0, result.stderr.lastIndexOf('\n')).trim() || result.stderr);
        broken = new Set(
          report
            .flatMap((file) => file.messages)
            .flatMap((message) => `${message.reason} ${message.url ?? ''}`.match(urlPattern) ?? []),
        );
      } catch {
        broken = new Set(result.stderr.match(urlPattern) ?? []);
      }
      return { ...result, broken };
    });
    const bound = lowerBound(count, startup);
    rows.push({ count, startup, offline, floor, bound, results: [cold, warm, linkinator, mlc, remark] });
  }
} finally {
  close();
  rmSync(work, { recursive: true, force: true });
}

for (const { count, startup, offline, floor, bound, results } of rows) {
  const [cold, , linkinator] = results;
  console.log(
    `\nexternal links: ${count} unique URLs x 3 files, ${hostCount} hosts, ${latency} ms per response, per-host limit ${perHost}`,
  );
  console.log(
    `  lower bound ${fmt(bound)} (process start-up ${fmt(startup.ms)}); the same lint without --external, cold: ${fmt(offline.ms)}; parse floor (micromark + GFM to mdast, 1 thread): ${fmt(floor.ms)}`,
  );
  for (const result of results) {
    console.log(
      `  ${result.name.padEnd(50)} ${fmt(result.ms).padStart(9)}  ${(result.ms / bound).toFixed(2)}x bound  dead ${result.found}/${result.dead}  false alarms ${String(result.falseAlarms).padStart(4)}  requests ${String(result.total).padStart(5)} (max ${result.maxPerUrl} per URL, ${result.missed} never asked)  RSS ${result.rssMiB.toFixed(0)} MiB`,
    );
  }
  console.log(`  ours vs linkinator: ${(linkinator.ms / cold.ms).toFixed(2)}x faster`);
  if (cold.note) console.log(`  ours: ${cold.note}`);
  for (const result of results.filter((candidate, at) => candidate.timeline && results.indexOf(candidate) === at))
    console.log(`  ${result.name.split(' (')[0]}: ${result.timeline}`);
}
