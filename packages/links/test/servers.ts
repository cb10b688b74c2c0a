import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface TestHost {
  /** `http://127.0.0.N:port` */
  origin: string;
  host: string;
  seen: Seen[];
  /** Most requests this host had in flight at once. */
  peak: number;
  server: Server;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, host: TestHost) => void;

/** A real HTTP server on its own loopback address (127/8 all routes to lo), scripted by `handler`. */
export async function startHost(address: string, handler: Handler): Promise<TestHost> {
  let active = 0;
  const host = { seen: [] as Seen[], peak: 0 } as TestHost;
  const server = createServer((request, response) => {
    host.seen.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers });
    active++;
    host.peak = Math.max(host.peak, active);
    response.on('close', () => active--);
    handler(request, response, host);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const port = (server.address() as AddressInfo).port;
  Object.assign(host, { origin: `http://${address}:${port}`, host: `${address}:${port}`, server });
  return host;
}

export async function stopHosts(hosts: readonly TestHost[]): Promise<void> {
  await Promise.all(
    hosts.map(
      (host) =>
        new Promise<void>((resolve) => {
          host.server.closeAllConnections();
          host.server.close(() => resolve());
        }),
    ),
  );
}

/** A clock whose sleeps return at once and move time forward; every sleep is recorded. */
export function testClock() {
  let offset = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    advance(ms: number) {
      offset += ms;
    },
    now: () => Date.now() + offset,
    sleep: (ms: number) => {
      sleeps.push(ms);
      offset += ms;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
    random: () => 0.5,
  };
}

export function html(ids: readonly string[]): string {
  return `<!doctype html><html><body>${ids.map((id) => `<h2 id="${id}">${id}</h2>`).join('')}<a name="named-place"></a></body></html>`;
}
