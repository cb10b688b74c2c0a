import { buildRepo, startFakeGitHub, type FakeGitHub } from '@devguide/github/testing';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedContent, devguideAsync, removeWorkspace, snapshotTree } from '../test/cli.js';

const repository = 'kubernetes/community';
const token = 'ghp_echoed0123456789abcdefghijklmnopqrstu';
let upstream: string;
let cwd: string;
let server: FakeGitHub;

beforeAll(async () => {
  upstream = mkdtempSync(join(tmpdir(), 'devguide-redaction-upstream-'));
  buildRepo(upstream, [{ message: 'a guide', write: { 'contributors/devel/README.md': '# Guide\n' } }]);
  server = await startFakeGitHub({ repo: upstream, repository });
  // Only the configuration: the failure comes before anything is read or written.
  cwd = mkdtempSync(join(tmpdir(), 'devguide-redaction-'));
  mkdirSync(join(cwd, 'content'));
  copyFileSync(join(committedContent, 'devguide.yaml'), join(cwd, 'content/devguide.yaml'));
});
afterAll(async () => {
  await server.close();
  removeWorkspace(cwd);
  rmSync(upstream, { recursive: true, force: true });
});

describe('devguide sync against a server that echoes the request headers into its error', () => {
  it('prints one line with the server message and the token hidden, and writes nothing', async () => {
    server.faults.push({ match: /commits/, kind: 'echo-headers', status: 400 });
    const before = snapshotTree(cwd);
    const result = await devguideAsync(cwd, { GITHUB_TOKEN: token }, 'sync', '--api-url', server.url);
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${token}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^devguide: Unexpected HTTP 400 from http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes\/community\/commits\/main, expected 200 or 304 or 404 or 422 \(Bad request; you sent .*authorization: Bearer \*\*\*/,
    );
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(snapshotTree(cwd)).toEqual(before);
  });
});
