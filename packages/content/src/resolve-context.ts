import type { ResolveContext, SiteOptions } from '@devguide/markdown';
import type { Config } from './config-schema.js';
import type { Lock } from './lock-schema.js';
import { lockView } from './lock-view.js';

/** How links in the upstream guide resolve, from the configuration. */
export function resolveContextOf(config: Config): Omit<ResolveContext, 'documentPath'> {
  return {
    repository: config.upstream.repository,
    shortlinks: config.upstream.shortlinks,
    site: config.site.origin ? { origin: config.site.origin, paths: config.site.paths } : null,
  };
}

export function siteOptionsOf(config: Config): SiteOptions {
  return { linkBase: config.site.linkBase, ref: config.site.ref, httpsHosts: config.site.httpsHosts };
}

/** Directory or file, from the locked upstream listing; undefined when the lock does not list it. */
export function isDirectoryIn(lock: Lock | null): (path: string) => boolean | undefined {
  return lock ? lockView(lock).isDirectory : () => undefined;
}
