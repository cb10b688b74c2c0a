import type { ParseGuideOptions, RenderOptions } from '../src/index.js';

/** How the real guide resolves its links: the upstream repository and its shortlink host. */
export const upstreamResolve: ParseGuideOptions['resolve'] = {
  repository: 'kubernetes/community',
  shortlinks: { 'git.k8s.io': 'kubernetes' },
  site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
};

export const guidePath = 'contributors/devel/README.md';

export const seedSite: RenderOptions['site'] = {
  linkBase: 'https://github.com/kubernetes/community',
  ref: 'master',
  httpsHosts: ['kubernetes.io'],
};
