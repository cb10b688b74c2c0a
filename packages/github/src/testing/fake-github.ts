import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * One scripted misbehaviour, used by the first request whose path matches: once, or `times`
 * times. Header names are sent as spelled (any case), and a header set to null leaves out the
 * standard one of that name (e.g. a missing `x-ratelimit-remaining`).
 */
export type Fault = { times?: number } & (
  | { match: RegExp; kind: 'status'; status: number; headers?: Record<string, string | null>; body?: string }
  /** Answers `status` with a JSON error whose message echoes every request header, as some proxies do. */
  | { match: RegExp; kind: 'echo-headers'; status: number }
  | { match: RegExp; kind: 'reset-mid-body' }
  | { match: RegExp; kind: 'reset' }
  /** Sends the headers and part of the body, then waits until `release()` is called. */
  | { match: RegExp; kind: 'stall' }
  | { match: RegExp; kind: 'redirect'; location: string; status?: number }
);

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
  bytes: number;
}

export interface FakeGitHubOptions {
  /** The git repository to serve. */
  repo: string;
  /** `owner/name` in the URLs. */
  repository: string;
  /** A recursive tree listing with more entries than this is cut short with `truncated: true`. */
  truncateTreesAbove?: number;
  /** Answer blobs in the JSON (base64) form even when the raw media type is asked for. */
  base64Blobs?: boolean;
  /**
   * How a comparison lists its files: as GitHub does (cut at 300 files), or `omitted` (as GitHub
   * does for some very large comparisons).
   */
  compareFiles?: 'listed' | 'omitted';
  /** Rate-limit headers on every answer; null for none (as some proxies and GitHub Enterprise answer). */
  rateLimit?: { limit: number; remaining: number; reset: number } | null;
  /**
   * The Content-Type of a raw blob: GitHub's docs name the media type
   * `application/vnd.github.raw+json`; `application/vnd.github.raw` and `application/octet-stream`
   * are seen too. Default `application/vnd.github.raw; charset=utf-8`.
   */
  rawContentType?: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  faults: Fault[];
  /** Resolves when a request matching `match` has arrived (counting from request number `from`). */
  waitFor(match: RegExp, from?: number): Promise<RecordedRequest>;
  /** Lets every stalled answer finish. */
  release(): void;
  close(): Promise<void>;
}

/**
 * A local HTTP server that speaks the subset of the GitHub REST API that sync
 * uses, with GitHub's JSON shapes and headers, answering from a real git
 * repository (git rev-parse, ls-tree, cat-file, archive).
 */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const waiters: Array<{ match: RegExp; resolve: (request: RecordedRequest) => void }> = [];
  const stalled: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const run = (args: string[]) =>
    execFileSync('git', ['-C', options.repo, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  // Objects never change; only ref lookups (rev-parse of a name) must be asked every time.
  const objects = new Map<string, Buffer>();
  const git = (args: string[]) => {
    const key = args.join('\0');
    if (args[0] === 'rev-parse' && !/^[0-9a-f]{40}\^/.test(args.at(-1) ?? '')) return run(args);
    let cached = objects.get(key);
    if (!cached) {
      cached = run(args);
      objects.set(key, cached);
    }
    return cached;
  };
  const prefix = `/repos/${options.repository}/`;
  let base = '';

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, status: 0, bytes: 0 };
    requests.push(record);
    for (const waiter of waiters.splice(0)) {
      if (waiter.match.test(path)) waiter.resolve(record);
      else waiters.push(waiter);
    }
    const send = (status: number, body: Buffer | string, headers: Record<string, string | null> = {}) => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      record.status = status;
      record.bytes = bytes.byteLength;
      // A field given in any spelling replaces the standard one, as a server sends one or the other.
      const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
      const all = [
        ...Object.entries({ ...standardHeaders(options), 'content-length': String(bytes.byteLength) }).filter(
          ([name]) => !given.has(name),
        ),
        ...Object.entries(headers),
      ];
      res.writeHead(status, Object.fromEntries(all.filter((entry): entry is [string, string] => entry[1] !== null)));
      res.end(bytes);
    };
    const index = faults.findIndex((fault) => fault.match.test(path));
    const fault = index >= 0 ? faults[index] : undefined;
    if (fault && (fault.times ?? 1) <= 1) faults.splice(index, 1);
    else if (fault) fault.times = (fault.times ?? 1) - 1;
    if (fault?.kind === 'status')
      return send(
        fault.status,
        fault.body ?? JSON.stringify({ message: 'scripted', documentation_url: 'https://docs.github.com/rest' }),
        { 'content-type': 'application/json; charset=utf-8', ...fault.headers },
      );
    if (fault?.kind === 'echo-headers') {
      const echoed = Object.entries(req.headers)
        .map(([name, value]) => `${name}: ${String(value)}`)
        .join(', ');
      return send(
        fault.status,
        JSON.stringify({
          message: `Bad request; you sent ${echoed}`,
          documentation_url: 'https://docs.github.com/rest',
        }),
        { 'content-type': 'application/json; charset=utf-8' },
      );
    }
    if (fault?.kind === 'reset') return req.socket.destroy();
    if (fault?.kind === 'redirect') {
      record.status = fault.status ?? 302;
      res.writeHead(record.status, { location: fault.location, 'content-length': '0' });
      return res.end();
    }
    let answer: { status: number; body: Buffer | string; headers: Record<string, string> };
    try {
      answer = route(path, req);
    } catch {
      answer = notFound();
    }
    if (fault?.kind === 'reset-mid-body' || fault?.kind === 'stall') {
      const bytes = Buffer.from(answer.body);
      record.status = answer.status;
      res.writeHead(answer.status, {
        ...standardHeaders(options),
        'content-length': String(bytes.byteLength),
        ...answer.headers,
      });
      res.write(bytes.subarray(0, Math.max(1, bytes.byteLength >> 1)));
      if (fault.kind === 'reset-mid-body') setImmediate(() => req.socket.destroy());
      else stalled.push(() => res.end(bytes.subarray(Math.max(1, bytes.byteLength >> 1))));
      return;
    }
    send(answer.status, answer.body, answer.headers);
  });

  function route(
    path: string,
    req: IncomingMessage,
  ): { status: number; body: Buffer | string; headers: Record<string, string> } {
    const url = new URL(path, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return notFound();
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    const accept = req.headers['accept'] ?? '';
    let match: RegExpExecArray | null;
    if ((match = /^commits\/(.+)$/.exec(rest))) {
      const sha = revParse(`${match[1]}^{commit}`);
      if (!sha)
        return {
          status: 422,
          body: JSON.stringify({
            message: `No commit found for SHA: ${match[1]}`,
            documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit',
            status: '422',
          }),
          headers: json(),
        };
      const etag = `"${sha}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, body: '', headers: { etag } };
      if (accept.includes('application/vnd.github.sha'))
        return {
          status: 200,
          body: sha,
          headers: { etag, 'content-type': 'application/vnd.github.sha; charset=utf-8' },
        };
      const tree = revParse(`${sha}^{tree}`);
      return {
        status: 200,
        body: JSON.stringify({ sha, commit: { tree: { sha: tree } } }),
        headers: { ...json(), etag },
      };
    }
    if ((match = /^git\/trees\/([0-9a-f]{40})$/.exec(rest))) {
      const sha = revParse(`${match[1]}^{tree}`);
      if (!sha) return notFound();
      const recursive = url.searchParams.get('recursive') !== null;
      let tree = lsTree(sha, recursive);
      let truncated = false;
      if (recursive && options.truncateTreesAbove !== undefined && tree.length > options.truncateTreesAbove) {
        tree = tree.slice(0, options.truncateTreesAbove);
        truncated = true;
      }
      return {
        status: 200,
        body: JSON.stringify({ sha, url: `${base}${prefix}git/trees/${sha}`, tree, truncated }),
        headers: json(),
      };
    }
    if ((match = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      const sha = match[1]!;
      // Fails (404) for an object that is not a blob.
      const content = git(['cat-file', 'blob', sha]);
      if (accept.includes('application/vnd.github.raw') && !options.base64Blobs)
        return {
          status: 200,
          body: content,
          headers: { 'content-type': options.rawContentType ?? 'application/vnd.github.raw; charset=utf-8' },
        };
      const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
      return {
        status: 200,
        body: JSON.stringify({
          sha,
          node_id: 'B_fake',
          size: content.byteLength,
          url: `${base}${prefix}git/blobs/${sha}`,
          content: base64,
          encoding: 'base64',
        }),
        headers: json(),
      };
    }
    if ((match = /^compare\/(.+?)\.\.\.(.+)$/.exec(rest))) return compare(match[1]!, match[2]!);
    if ((match = /^tarball\/(.+)$/.exec(rest))) {
      const sha = revParse(`${match[1]}^{commit}`);
      if (!sha) return notFound();
      return {
        status: 200,
        body: git(['archive', '--format=tar.gz', sha]),
        headers: { 'content-type': 'application/x-gzip' },
      };
    }
    return notFound();
  }

  /** `compare/{base}...{head}`: from the merge base, as GitHub's three-dot comparison is. */
  function compare(baseRef: string, headRef: string) {
    const baseSha = revParse(`${baseRef}^{commit}`);
    const headSha = revParse(`${headRef}^{commit}`);
    if (!baseSha || !headSha) return notFound();
    let mergeBase: string;
    try {
      mergeBase = git(['merge-base', baseSha, headSha]).toString().trim();
    } catch {
      return notFound();
    }
    const count = (range: string) => Number(git(['rev-list', '--count', range]).toString().trim());
    const aheadBy = count(`${mergeBase}..${headSha}`);
    const behindBy = count(`${mergeBase}..${baseSha}`);
    const status = baseSha === headSha ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
    const fields = git(['diff', '--name-status', '-z', '-M', mergeBase, headSha]).toString('utf8').split('\0');
    const files: Array<Record<string, unknown>> = [];
    const names: Record<string, string> = { A: 'added', D: 'removed', M: 'modified', T: 'changed' };
    for (let at = 0; at < fields.length - 1;) {
      const code = fields[at++]!;
      if (code.startsWith('R') || code.startsWith('C')) {
        const previous = fields[at++]!;
        const filename = fields[at++]!;
        files.push({ filename, status: code.startsWith('R') ? 'renamed' : 'copied', previous_filename: previous });
      } else files.push({ filename: fields[at++]!, status: names[code[0]!] ?? 'modified' });
    }
    const commits = git(['rev-list', '--reverse', `${mergeBase}..${headSha}`])
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((sha) => ({ sha, url: `${base}${prefix}commits/${sha}` }));
    const body: Record<string, unknown> = {
      url: `${base}${prefix}compare/${baseRef}...${headRef}`,
      status,
      ahead_by: aheadBy,
      behind_by: behindBy,
      total_commits: aheadBy,
      base_commit: { sha: baseSha },
      merge_base_commit: { sha: mergeBase },
      commits,
    };
    if (options.compareFiles !== 'omitted')
      body['files'] = files
        .slice(0, 300)
        .map((file) => ({ sha: null, additions: 0, deletions: 0, changes: 0, ...file }));
    return { status: 200, body: JSON.stringify(body), headers: json() };
  }

  function revParse(rev: string): string | null {
    try {
      return git(['rev-parse', '--verify', '--quiet', '--end-of-options', rev]).toString().trim() || null;
    } catch {
      return null;
    }
  }

  function lsTree(sha: string, recursive: boolean) {
    const out = git(['ls-tree', '--long', '-z', ...(recursive ? ['-r', '-t'] : []), sha]).toString('utf8');
    return out
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const tab = record.indexOf('\t');
        const [mode, type, objectSha, size] = record.slice(0, tab).split(/\s+/);
        const entry: Record<string, unknown> = { path: record.slice(tab + 1), mode, type, sha: objectSha };
        if (type === 'blob') entry['size'] = Number(size);
        entry['url'] = `${base}${prefix}git/${type === 'tree' ? 'trees' : 'blobs'}/${objectSha}`;
        return entry;
      });
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = url;
  return {
    url,
    requests,
    faults,
    waitFor(match, from = 0) {
      const seen = requests.slice(from).find((request) => match.test(request.path));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    release() {
      for (const finish of stalled.splice(0)) finish();
    },
    async close() {
      for (const finish of stalled.splice(0)) finish();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8' };
}

function notFound() {
  return {
    status: 404,
    body: JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }),
    headers: json(),
  };
}

function standardHeaders(options: FakeGitHubOptions): Record<string, string> {
  if (options.rateLimit === null) return { 'x-github-media-type': 'github.v3; format=json' };
  const limit = options.rateLimit ?? { limit: 60, remaining: 59, reset: 4102444800 };
  return {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': String(limit.limit),
    'x-ratelimit-remaining': String(limit.remaining),
    'x-ratelimit-reset': String(limit.reset),
    'x-ratelimit-used': String(limit.limit - limit.remaining),
    'x-ratelimit-resource': 'core',
  };
}
