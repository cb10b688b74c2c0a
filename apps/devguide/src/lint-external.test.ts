import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devguideAsync, devguideInProcess } from '../test/cli.js';
import { run } from './run.js';

let cwd: string;
let server: Server;
let origin: string;
const seen: string[] = [];

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'devguide-lint-external-'));
  mkdirSync(join(cwd, '.git'));
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(request.url === '/gone' || request.url?.startsWith('/gone/') ? 404 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(cwd, 'doc.md'), `# Doc\n\n[ok](${origin}/ok) and [gone](${origin}/gone)\n`);
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(cwd, { recursive: true, force: true });
});

const devguide = (...argv: string[]) => devguideInProcess(cwd, ...argv);

describe('devguide lint --external', () => {
  it('sends nothing without --external', async () => {
    const result = await devguide('lint', '--no-cache');
    expect(result.code).toBe(0);
    expect(seen).toEqual([]);
  });

  it('reports dead URLs at their place and summarises by outcome and host', async () => {
    const result = await devguide('lint', '--no-cache', '--external', '--link-cache', 'links.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`3:\\d+ +error +Unexpected dead link \`${origin}/gone\` \\(404\\).* +external-link-dead`),
    );
    expect(result.stderr).toContain(
      'external links: 2 URL(s): 1 alive, 1 dead, 0 inconclusive; 0 from the cache, 0 from the lock, 3 request(s)',
    );
    expect(result.stderr).toContain(`127.0.0.2:${origin.split(':')[2]}: 1 alive, 1 dead, 0 inconclusive`);
    // No progress bar: stderr is not a terminal.
    expect(result.stderr).not.toContain('\r');
  });

  it('answers from the cache with --offline', async () => {
    const before = seen.length;
    const result = await devguide('lint', '--no-cache', '--external', '--offline', '--link-cache', 'links.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(404, cached)');
    expect(result.stderr).toContain('2 from the cache, 0 from the lock, 0 request(s)');
    expect(seen.length).toBe(before);
  });

  it('draws a progress bar on an interactive stderr and clears it at the end; none in CI', async () => {
    const onTerminal = async (env: Record<string, string>) => {
      let stderr = '';
      const code = await run(['lint', '--no-cache', '--external', '--link-cache', 'links-tty.json'], {
        cwd,
        env,
        stdout: { write: () => true },
        stderr: { write: (chunk: string) => (stderr += chunk), isTTY: true },
      });
      rmSync(join(cwd, 'links-tty.json'), { force: true });
      return { code, stderr };
    };
    const interactive = await onTerminal({});
    expect(interactive.code).toBe(1);
    expect(interactive.stderr).toMatch(/\r\[#{30}\] 2\/2 URLs/);
    // Cleared before the summary is printed.
    expect(interactive.stderr.indexOf('\r\x1b[K')).toBeLessThan(interactive.stderr.indexOf('external links:'));
    const ci = await onTerminal({ CI: 'true' });
    expect(ci.stderr).toContain('external links: 2 URL(s)');
    expect(ci.stderr).not.toContain('\r');
  });

  it('refuses --offline without --external', async () => {
    const result = await devguide('lint', '--offline');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unexpected `--offline` without `--external`');
  });
});

describe('devguide lint --external with worker processes', () => {
  it('asks each URL once when several workers report it, with the same findings as one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devguide-lint-external-jobs-'));
    mkdirSync(join(dir, '.git'));
    // Each URL is linked from three files, so several workers report it.
    for (let file = 0; file < 24; file++) {
      const lines = Array.from({ length: 30 }, (_, line) => {
        const index = (file * 30 + line) % 240;
        return `- [link ${index}](${origin}/${index % 20 === 0 ? 'gone' : 'page'}/${index})`;
      });
      writeFileSync(join(dir, `doc-${file}.md`), `# Doc ${file}\n\n${lines.join('\n')}\n`);
    }
    try {
      const lint = async (jobs: string) => {
        seen.length = 0;
        const result = await devguideAsync(
          dir,
          {},
          'lint',
          '--no-cache',
          '--no-config',
          '--external',
          '--link-cache',
          join(dir, `links-${jobs}.json`),
          '--jobs',
          jobs,
          '--format',
          'json',
          '--stats',
        );
        return { ...result, asked: [...seen] };
      };
      const one = await lint('0');
      const two = await lint('2');
      expect(two.stderr).toContain('24 file(s), 24 parsed');
      expect(two.stderr).toContain('external links: 240 URL(s): 228 alive, 12 dead, 0 inconclusive');
      expect(two.code).toBe(1);
      expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
      const heads = two.asked.filter((request) => request.startsWith('HEAD'));
      expect(new Set(heads).size).toBe(240);
      expect(heads.length).toBe(240);
      expect(two.asked.length).toBe(one.asked.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
