import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isDefaultRef
} from "./chunk-IFBKYDCQ.js";
import {
  LinkChecker,
  collectExternalUrls
} from "./chunk-QBBEYKLT.js";
import "./chunk-RB7S2H3Z.js";
import "./chunk-B4IP4LRT.js";
import {
  lockView
} from "./chunk-D7WFT64B.js";
import {
  resolveLink
} from "./chunk-X4N2JY57.js";

// ../../packages/lint/dist/engine/pinned-external.js
function pinnedForApi(target, link, defaultBranch) {
  if (target.kind !== "repo" || target.via !== "github" || target.ref === null)
    return null;
  if (isDefaultRef(target.ref, defaultBranch) || target.view !== "blob" && target.view !== "tree")
    return null;
  return { url: link.url, position: link.position, destination: link.destination };
}

// ../../packages/lint/dist/engine/external-pass.js
async function startExternalPass(config, content, options, cachePath, previous, pinned = null, owns = null) {
  const exclude = config.exclude.map((pattern) => new RegExp(pattern));
  const resolved = /* @__PURE__ */ new WeakMap();
  const externalLinksOf = (view) => {
    let links = resolved.get(view.facts);
    if (!links) {
      links = view.facts.links.flatMap((link) => {
        const target = resolveLink(link.url, view.resolve);
        return target.kind === "external" ? [
          {
            url: target.url,
            position: link.position,
            destination: target.sitePath === null ? link.destination : null
          }
        ] : pinned ? [pinnedForApi(target, link, pinned.defaultBranch) ?? []].flat() : [];
      });
      resolved.set(view.facts, links);
    }
    return links;
  };
  const urlsOf = (views) => {
    const urls = collectExternalUrls(views.map((view) => ({ path: view.path, links: externalLinksOf(view) })), { exclude });
    return owns ? urls.filter((url) => owns(url.url)) : urls;
  };
  const env = options.env ?? {};
  const headers = Object.fromEntries(Object.entries(config.headers).map(([host, values]) => [
    host,
    Object.fromEntries(Object.entries(values).map(([name, value]) => [
      name,
      value.startsWith("$") ? env[value.slice(1)] ?? "" : value
    ]))
  ]));
  const checker = await LinkChecker.start({
    ...options.dispatcher ? { dispatcher: options.dispatcher } : {},
    ...options.clock ? { clock: options.clock } : {},
    ...options.github ? { github: options.github } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    env,
    concurrency: config.concurrency,
    perHost: config.perHost,
    minInterval: config.minInterval,
    timeouts: { connect: config.timeout, headers: config.timeout, body: config.timeout },
    headers,
    cache: cachePath,
    offline: options.offline ?? false,
    lock: content ? lockView(content.lock) : null
  });
  const unchecked = (views) => urlsOf(views).filter((url) => !previous.has(url.url));
  return {
    feed: (views) => checker.check(unchecked(views)),
    saturated: () => checker.saturated,
    abandon: () => checker.abandon(),
    async finish(views) {
      const urls = urlsOf(views);
      const run = await checker.finish(urls.filter((url) => !previous.has(url.url)));
      for (const [url, result] of run.results) {
        previous.set(url, result);
        const final = result.redirect?.to;
        if (final && result.outcome === "alive" && !previous.has(final))
          previous.set(final, { ...result, url: final, redirect: null, requests: 0 });
      }
      return { external: { urls, results: previous }, stats: run.stats, warnings: run.warnings };
    }
  };
}
export {
  startExternalPass
};
