import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpPolicy } from './policy.js';
import { Agent } from './undici-parts.js';

let server: Server;
let origin: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    if (request.url === '/gone') return void response.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    response.writeHead(200, { 'content-type': 'text/plain', 'x-kind': 'page' }).end('page text');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('HttpPolicy', () => {
  it('sends through any dispatcher, with nothing but its `dispatch`', async () => {
    const agent = new Agent();
    // The methods undici's index puts on every dispatcher (`request` among them) are not there.
    const bare = { dispatch: agent.dispatch.bind(agent) } as unknown as Dispatcher;
    const policy = new HttpPolicy({
      dispatcher: bare,
      retry: { attempts: 1, baseDelay: 1, maxDelay: 1, maxWait: 1 },
    });
    try {
      const get = await policy.request(`${origin}/page?q=1#frag`, {
        read: async (body) => (await body.text()).toUpperCase(),
      });
      expect(get).toMatchObject({ kind: 'answer', method: 'GET', status: 200, body: 'PAGE TEXT' });
      const read: string[] = [];
      const head = await policy.request(`${origin}/page`, {
        method: 'HEAD',
        read: async () => (read.push('read'), 'never'),
      });
      // A HEAD answer has no body: `read` is not called.
      expect(head).toMatchObject({ kind: 'answer', method: 'HEAD', status: 200, body: null, text: null });
      expect(head.kind === 'answer' && head.headers['x-kind']).toBe('page');
      const gone = await policy.request(`${origin}/gone`, { method: 'HEAD', read: async () => 'never' });
      expect(gone).toMatchObject({ kind: 'answer', status: 404, body: null, text: '' });
      expect(read).toEqual([]);
      expect(seen).toEqual(['GET /page?q=1', 'HEAD /page', 'HEAD /gone']);
    } finally {
      await agent.close();
    }
  });
});
