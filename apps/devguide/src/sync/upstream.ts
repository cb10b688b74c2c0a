import { lockView, type SyncState } from '@devguide/content';
import { checkUpstream, GitHubClient, openGitHubSource, type Clock } from '@devguide/github';
import { gitBlobSha, openSource, type UpstreamSource } from '@devguide/upstream';
import { resolve } from 'node:path';
import { Agent } from '@devguide/http';
import type { Dispatcher } from 'undici';
import { exitCodes, type CliIo } from '../io.js';
import { formatBytes, progressLine, type Progress } from './progress.js';

/** What the GitHub client runs on; tests pass their own. */
export interface SyncServices {
  dispatcher?: Dispatcher;
  clock?: Clock;
  backoff?: readonly number[];
  maxRateLimitWait?: number;
}

export interface GitHubConnection {
  client: GitHubClient;
  progress: Progress;
  /** `N request(s), N blob(s) downloaded, N B received`. */
  summary(): string;
  close(): Promise<void>;
}

/** The GitHub client, configured from the environment here, at the edge, and nowhere below. */
export function connectGitHub(io: CliIo, apiUrl: string | undefined, services: SyncServices): GitHubConnection {
  const agent = services.dispatcher ? null : new Agent();
  let client: GitHubClient | null = null;
  const progress = progressLine(io, () => client?.counts ?? { blobs: 0, bytes: 0 });
  client = new GitHubClient({
    apiUrl: apiUrl ?? (io.env['GITHUB_API_URL'] || undefined),
    token: io.env['GITHUB_TOKEN'],
    dispatcher: services.dispatcher ?? agent!,
    ...(services.clock ? { clock: services.clock } : {}),
    ...(services.backoff ? { backoff: services.backoff } : {}),
    ...(services.maxRateLimitWait !== undefined ? { maxRateLimitWait: services.maxRateLimitWait } : {}),
    onBytes: (count) => progress.bytes(count),
  });
  const connected = client;
  return {
    client,
    progress,
    summary() {
      const { requests, blobs, bytes } = connected.counts;
      return `${requests} request(s), ${blobs} blob(s) downloaded, ${formatBytes(bytes)} received`;
    },
    async close() {
      progress.done();
      await agent?.close();
    },
  };
}

export type OpenedUpstream = { unchanged: true; commit: string } | { unchanged: false; source: UpstreamSource };

/** The upstream to read: a directory or git repository (`--from`), or GitHub at `ref`. */
export async function openUpstream(
  io: CliIo,
  state: SyncState,
  options: { from?: string; rev?: string; commit?: string; ref: string; locked: boolean },
  github: GitHubConnection | null,
): Promise<OpenedUpstream> {
  if (!github) {
    const source = await openSource(resolve(io.cwd, options.from!), {
      ...(options.rev ? { rev: options.rev } : {}),
      commit: options.commit ?? null,
      env: io.env,
    });
    return { unchanged: false, source };
  }
  const { config } = state.loaded;
  const copy = state.upstreamBytes;
  const copySha = copy ? gitBlobSha(copy) : null;
  const opened = await openGitHubSource(github.client, {
    repository: config.upstream.repository,
    ref: options.ref,
    // The local copy is only trusted when it is exactly what the lock describes.
    knownCommit: !options.locked && state.copyIntact ? (state.lock?.upstream.commit ?? null) : null,
    localBlob: (sha) => (sha === copySha ? copy : null),
  });
  return opened.unchanged ? opened : { unchanged: false, source: opened.source };
}

/** `sync --check` against GitHub: has the ref moved past the lock, and does that touch the guide? */
export async function checkGitHub(io: CliIo, state: SyncState, github: GitHubConnection, ref: string): Promise<number> {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const { config } = state.loaded;
  const lock = state.lock;
  if (!lock?.upstream.commit || !state.copyIntact) {
    out(
      `check: ${state.display.lock} does not pin ${state.display.upstream} at a commit of ${config.upstream.repository}; run \`pnpm sync:upstream\` to write them`,
    );
    return exitCodes.findings;
  }
  const view = lockView(lock);
  const result = await checkUpstream(
    github.client,
    {
      repository: config.upstream.repository,
      commit: lock.upstream.commit,
      guide: { path: config.upstream.readme, sha: lock.guide.sha },
      files: view.files,
      missing: view.missing,
    },
    ref,
  );
  github.progress.done();
  if (!result.moved) {
    out(
      `upstream: ${config.upstream.repository} ${ref} is still at ${result.commit}: nothing to sync (${github.summary()})`,
    );
    return exitCodes.ok;
  }
  out(`moved: ${lock.upstream.commit} -> ${result.commit}`);
  for (const rename of result.renames) out(`target moved: ${rename.from} -> ${rename.to} (renamed upstream)`);
  for (const path of result.touched) out(`changed upstream: ${path}`);
  if (result.touched.length === 0) {
    out(
      `check: upstream moved, but nothing the guide reads or links changed (by the ${result.via}); ${github.summary()}`,
    );
    return exitCodes.ok;
  }
  out(`check: upstream moved past the lock; run \`pnpm sync:upstream\` to take it; ${github.summary()}`);
  return exitCodes.findings;
}
