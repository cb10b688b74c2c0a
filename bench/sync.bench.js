// Requests and bytes of `devguide sync` over the GitHub API against the naive approach (download
// the repository's tarball on every sync), served by the local fake GitHub from a real git
// repository built from the corpus: cold sync, no-change sync, one changed file, and `sync --check`
// after one more upstream change.
import { buildRepo, commitStep, startFakeGitHub } from '@devguide/github/testing';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir, devguideBin, fmt, markdownFiles, root, treeListing } from './lib.js';

const repository = 'kubernetes/community';
const changed = 'contributors/devel/development.md';

const upstream = mkdtempSync(join(tmpdir(), 'devguide-bench-upstream-'));
const work = mkdtempSync(join(tmpdir(), 'devguide-bench-sync-'));
try {
  // The whole corpus (every markdown file of the repository) is the upstream tree.
  const files = Object.fromEntries(markdownFiles().map((path) => [path, readFileSync(join(corpusDir, path))]));
  const [first] = buildRepo(upstream, [{ message: 'corpus', write: files }]);
  const server = await startFakeGitHub({ repo: upstream, repository });
  mkdirSync(join(work, 'content'));
  copyFileSync(join(root, 'content', 'devguide.yaml'), join(work, 'content', 'devguide.yaml'));

  const sync = (...args) =>
    new Promise((resolve, reject) => {
      const start = server.requests.length;
      const began = process.hrtime.bigint();
      const child = spawn(process.execPath, [devguideBin, 'sync', '--api-url', server.url, ...args], {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => {
        // `--check` exits 1 when upstream moved past the lock.
        if (code !== 0 && !(args.includes('--check') && code === 1))
          return reject(new Error(`devguide sync exited ${code}: ${stderr}`));
        const served = server.requests.slice(start);
        resolve({
          requests: served.length,
          blobs: served.filter((request) => request.path.includes('/git/blobs/')).length,
          bytes: served.reduce((sum, request) => sum + request.bytes, 0),
          ms: Number(process.hrtime.bigint() - began) / 1e6,
        });
      });
    });
  const tarball = async (commit) => {
    const start = server.requests.length;
    const body = await new Promise((resolve, reject) => {
      get(`${server.url}/repos/${repository}/tarball/${commit}`, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`tarball: HTTP ${response.statusCode}`)),
        );
      }).on('error', reject);
    });
    return { requests: server.requests.length - start, blobs: 0, bytes: body.byteLength };
  };

  const cold = await sync();
  const naiveCold = await tarball(first);
  const unchanged = await sync();
  const naiveUnchanged = await tarball(first);
  const second = commitStep(upstream, {
    message: 'one file changes',
    write: { [changed]: `${files[changed]}\n## Building offline\n\nUse the vendored modules.\n` },
  });
  const oneChanged = await sync();
  const naiveOneChanged = await tarball(second);
  const third = commitStep(upstream, {
    message: 'the same file changes again',
    write: { [changed]: `${files[changed]}\n## Building offline\n\nUse the vendored modules, always.\n` },
  });
  const check = await sync('--check');
  const naiveCheck = await tarball(third);
  await server.close();

  const lock = JSON.parse(readFileSync(join(work, 'content', 'devguide.lock.json'), 'utf8'));
  const setBytes = lock.files.reduce((sum, file) => sum + (file.size ?? 0), 0);
  const fullTree = readFileSync(treeListing, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'));
  // The listing has a row whose size is not a number; it is left out of the sum.
  const sized = fullTree.filter((cols) => cols[1] === 'blob' && /^\d+$/.test(cols[3]));
  const fullBytes = sized.reduce((sum, cols) => sum + Number(cols[3]), 0);

  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const row = (name, ours, naive) =>
    `  ${name.padEnd(18)} ${String(ours.requests).padStart(4)} req ${String(ours.blobs).padStart(3)} blobs ${kib(ours.bytes).padStart(11)} ${fmt(ours.ms).padStart(8)}   | naive ${naive.requests} req ${kib(naive.bytes).padStart(11)}   bytes ratio ${(ours.bytes / naive.bytes).toFixed(4)}x`;
  console.log(
    `sync over the GitHub API (fake server, corpus repository: ${Object.keys(files).length} markdown files, ${kib(Object.values(files).reduce((sum, b) => sum + b.byteLength, 0))})`,
  );
  console.log(
    `  guide's upstream set: ${lock.files.length} paths, ${kib(setBytes)}; the full upstream tree lists ${fullTree.filter((cols) => cols[1] === 'blob').length} blobs, ${(fullBytes / 1024 / 1024).toFixed(1)} MiB uncompressed (${sized.length} sized)`,
  );
  console.log(row('cold', cold, naiveCold));
  console.log(row('no change', unchanged, naiveUnchanged));
  console.log(row('one file changed', oneChanged, naiveOneChanged));
  console.log(row('--check (moved)', check, naiveCheck));
} finally {
  rmSync(upstream, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
