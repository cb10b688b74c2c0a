import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarkdown } from '@devguide/markdown';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, devguide, devguideAsync, removeWorkspace, snapshotTree, workspaceWithContent } from '../test/cli.js';

// Small inputs with lowered limits: the limits, not the sizes, are under test (sizes are in bench/scale.bench.js).
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'devguide-hostile-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at |internal error|RangeError/);
}

describe('huge and deep input', () => {
  it('reports a file over max-file-size as one finding and lints the rest', () => {
    const big = `# Big\n\n${'A line of text that repeats.\n'.repeat(2000)}`;
    const dir = tree({
      'big.md': big,
      'small.md': '# Small\n\n[big](big.md#anything)\n',
      '.devguide-lint.yaml': 'rules:\n  max-file-size: [error, { bytes: 20000 }]\n',
    });
    const before = snapshotTree(dir);
    const result = devguide(dir, 'lint', '--no-cache', '--jobs', '0');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `1:1 +error +Unexpected file of ${big.length} bytes, expected at most 20000 bytes; the file is not linted +max-file-size`,
      ),
    );
    // Links into the skipped file are not held to anchors nobody parsed.
    expect(result.stdout).not.toContain('small.md');
    expect(result.stdout).toContain('1 problem');
    expect(result.stderr).toBe('');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('reports lists nested past max-nesting where the limit is crossed, without parsing them', () => {
    const dir = tree({ 'deep.md': `# Deep\n\nText.\n\n${'- '.repeat(3000)}x\n` });
    const result = devguide(dir, 'lint', '--no-cache', '--jobs', '0', '--no-config');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /5:201 +error +Unexpected block quotes and lists nested over 100 deep, expected at most 100 levels +max-nesting/,
    );
    expect(result.stderr).toBe('');
  });

  it('reports block quotes nested past the limit in the guide instead of overflowing the stack', () => {
    const dir = tree({
      'guide.md': `# Guide\n\n${'>'.repeat(3000)} x\n`,
      '.devguide-lint.yaml': 'guides: [guide.md]\n',
    });
    const result = devguide(dir, 'lint', '--no-cache', '--jobs', '0');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3:101 +error +Unexpected block quotes and lists nested over 100 deep/);
    expectNoStack(result.stderr);
  });

  it('reports emphasis and brackets nested 40,000 deep in the guide where they cross the limit, without parsing them', () => {
    const dir = tree({
      'guide.md': `# Guide\n\n${'*'.repeat(40_000)}a${'*'.repeat(40_000)}\n`,
      'links.md': `# Links\n\n${'['.repeat(20_000)}x${'](y)'.repeat(20_000)}\n`,
      '.devguide-lint.yaml': 'guides: [guide.md]\n',
    });
    const result = devguide(dir, 'lint', '--no-cache', '--jobs', '0');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/guide\.md\n +3:1001 +error +Unexpected emphasis and links nested over 1000 deep/);
    expect(result.stdout).toMatch(/links\.md\n +3:1001 +error +Unexpected emphasis and links nested over 1000 deep/);
    expectNoStack(result.stderr);
  });

  it('readme refuses a guide with emphasis nested past the limit with one line, and writes nothing', () => {
    const dir = workspaceWithContent();
    dirs.push(dir);
    const upstream = join(dir, 'content', 'upstream', 'contributors', 'devel', 'README.md');
    appendFileSync(upstream, `\n${'_'.repeat(5000)}x${'_'.repeat(5000)}\n`);
    const line = readFileSync(upstream, 'utf8').split('\n').length - 1;
    const before = snapshotTree(dir);
    const result = devguide(dir, 'readme');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `content/upstream/contributors/devel/README.md:${line}:1001: Unexpected emphasis and links nested over 1000 deep, expected at most 1000 levels; flatten the markup\n`,
    );
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('readme refuses a guide nested past the limit with one line, and writes nothing', () => {
    const dir = workspaceWithContent();
    dirs.push(dir);
    const upstream = join(dir, 'content', 'upstream', 'contributors', 'devel', 'README.md');
    appendFileSync(upstream, `\n${'- '.repeat(3000)}x\n`);
    const line = readFileSync(upstream, 'utf8').split('\n').length - 1;
    const before = snapshotTree(dir);
    const result = devguide(dir, 'readme');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `content/upstream/contributors/devel/README.md:${line}:201: Unexpected block quotes and lists nested over 100 deep, expected at most 100 levels; flatten the nesting\n`,
    );
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('a lint worker that dies', () => {
  it('is one line naming its file, exit 2, and nothing of what V8 printed', () => {
    // A list of a megabyte, linted in a worker process given a heap far too small for it.
    const items = Array.from({ length: 20_000 }, (_, index) => `- item ${index} with [a link](x${index}.md)\n`);
    const dir = tree({
      'big.md': `# Big\n\n${items.join('')}`,
      'small.md': '# Small\n',
      '.devguide-lint.yaml': `rules:\n  max-file-size: [error, { bytes: ${64 * 1024 * 1024} }]\n`,
    });
    const before = snapshotTree(dir);
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=40', bin, 'lint', '--no-cache', '--jobs', '1', 'big.md'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'devguide: lint worker ran out of memory while linting `big.md`; lower `max-file-size` or exclude the file\n',
    );
    expect(snapshotTree(dir)).toEqual(before);
  });
});

describe('lint --external --fix and a hostile redirect', () => {
  it('writes only a valid http(s) final URL, as a destination; anything else is reported, not fixed', async () => {
    const locations: Record<string, string> = {
      // Markdown, spaces and `>` in the Location: percent-encoded by the URL parser, written inside `<…>`.
      '/md': '/x) ![x](http://tracker.example/t.png) <b>',
      // Not http(s): never written.
      '/js': 'javascript:alert(1)',
      '/plain': '/moved/page',
    };
    const server = createServer((request, response) => {
      const location = locations[request.url ?? ''];
      if (location) return void response.writeHead(301, { location }).end();
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.3', resolve));
    const origin = `http://127.0.0.3:${(server.address() as AddressInfo).port}`;
    try {
      const dir = tree({ 'doc.md': `# Doc\n\n[a](${origin}/md) [b](${origin}/js) [c](${origin}/plain)\n` });
      const result = await devguideAsync(
        dir,
        {},
        'lint',
        '--no-cache',
        '--no-config',
        '--external',
        '--fix',
        '--link-cache',
        'links.json',
      );
      const fixed = readFileSync(join(dir, 'doc.md'), 'utf8');
      expect(fixed).toBe(
        `# Doc\n\n[a](<${origin}/x)%20![x](http://tracker.example/t.png)%20%3Cb%3E>) [b](${origin}/js) [c](${origin}/moved/page)\n`,
      );
      // Parsed back: still three links and text, no image, no HTML: the Location is a destination, not markup.
      const paragraph = parseMarkdown(fixed).children[1] as { children: Array<{ type: string; url?: string }> };
      expect(paragraph.children.map((node) => node.type)).toEqual(['link', 'text', 'link', 'text', 'link']);
      expect(paragraph.children[0]!.url).toBe(`${origin}/x)%20![x](http://tracker.example/t.png)%20%3Cb%3E`);
      expectNoStack(result.stderr);
      expect([0, 1]).toContain(result.code);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
