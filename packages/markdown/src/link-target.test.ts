import { describe, expect, it } from 'vitest';
import { resolveLink, targetKey, type LinkTarget, type ResolveContext } from './link-target.js';

const context: ResolveContext = {
  repository: 'kubernetes/community',
  documentPath: 'contributors/devel/README.md',
  shortlinks: { 'git.k8s.io': 'kubernetes' },
  site: { origin: 'https://kubernetes.io', paths: ['/docs/'] },
};

const resolve = (destination: string, overrides: Partial<ResolveContext> = {}): LinkTarget =>
  resolveLink(destination, { ...context, ...overrides });

/** A repo target with the defaults of a plain relative link. */
function repo(path: string, extra: Partial<Extract<LinkTarget, { kind: 'repo' }>> = {}): LinkTarget {
  return { kind: 'repo', path, fragment: null, query: '', ref: null, via: 'relative', view: null, ...extra };
}

describe('resolveLink: relative paths', () => {
  it('resolves a path below the document directory', () => {
    expect(resolve('sig-testing/testing.md')).toEqual(repo('contributors/devel/sig-testing/testing.md'));
  });

  it('resolves a sibling file', () => {
    expect(resolve('development.md')).toEqual(repo('contributors/devel/development.md'));
  });

  it('resolves `..` against the document directory', () => {
    expect(resolve('../guide/coding-conventions.md')).toEqual(repo('contributors/guide/coding-conventions.md'));
  });

  it('normalises `./` and inner `..` segments', () => {
    expect(resolve('./sig-testing/../sig-node/./cri.md')).toEqual(repo('contributors/devel/sig-node/cri.md'));
  });

  it('drops the trailing slash of a directory link', () => {
    expect(resolve('sig-testing/')).toEqual(repo('contributors/devel/sig-testing'));
    expect(resolve('../guide/')).toEqual(repo('contributors/guide'));
  });

  it('resolves `.` and `./` to the document directory', () => {
    expect(resolve('.')).toEqual(repo('contributors/devel'));
    expect(resolve('./')).toEqual(repo('contributors/devel'));
  });

  it('resolves the empty destination to the document itself', () => {
    expect(resolve('')).toEqual(repo('contributors/devel/README.md'));
  });

  it('resolves relative to the repository root for a document at the root', () => {
    expect(resolve('contributors/guide/README.md', { documentPath: 'README.md' })).toEqual(
      repo('contributors/guide/README.md'),
    );
  });

  it('trims white space around the destination', () => {
    expect(resolve('  testing.md  ')).toEqual(repo('contributors/devel/testing.md'));
  });
});

describe('resolveLink: fragments and queries', () => {
  it('splits off a fragment', () => {
    expect(resolve('testing.md#unit-tests')).toEqual(repo('contributors/devel/testing.md', { fragment: 'unit-tests' }));
  });

  it('keeps an empty fragment as the empty string, not null', () => {
    expect(resolve('testing.md#')).toEqual(repo('contributors/devel/testing.md', { fragment: '' }));
  });

  it('splits off a query and keeps its `?`', () => {
    expect(resolve('testing.md?plain=1')).toEqual(repo('contributors/devel/testing.md', { query: '?plain=1' }));
  });

  it('splits a query and a fragment together', () => {
    expect(resolve('testing.md?plain=1#L10')).toEqual(
      repo('contributors/devel/testing.md', { query: '?plain=1', fragment: 'L10' }),
    );
  });

  it('treats a `?` after the `#` as part of the fragment', () => {
    expect(resolve('testing.md#a?b')).toEqual(repo('contributors/devel/testing.md', { fragment: 'a?b' }));
  });

  it('a query alone points at the document itself', () => {
    expect(resolve('?x=1')).toEqual(repo('contributors/devel/README.md', { query: '?x=1' }));
  });

  it('a bare fragment is an anchor in the same document', () => {
    expect(resolve('#top')).toEqual({ kind: 'anchor', fragment: 'top' });
  });

  it('decodes a percent-encoded anchor', () => {
    expect(resolve('#unit%20tests')).toEqual({ kind: 'anchor', fragment: 'unit tests' });
  });

  it('decodes a percent-encoded fragment of a file link', () => {
    expect(resolve('testing.md#unit%20tests')).toEqual(
      repo('contributors/devel/testing.md', { fragment: 'unit tests' }),
    );
  });
});

describe('resolveLink: percent-encoding', () => {
  it('decodes a percent-encoded path', () => {
    expect(resolve('my%20file.md')).toEqual(repo('contributors/devel/my file.md'));
  });

  it('decodes encoded characters in directory names', () => {
    expect(resolve('sig%2Dtesting/testing.md')).toEqual(repo('contributors/devel/sig-testing/testing.md'));
  });

  it('keeps an invalid escape as written', () => {
    expect(resolve('100%.md')).toEqual(repo('contributors/devel/100%.md'));
  });

  it('gives the encoded and the plain spelling one key', () => {
    expect(targetKey(resolve('my%20file.md'))).toBe(targetKey(resolve('my file.md')));
  });
});

describe('resolveLink: root-relative paths', () => {
  it('resolves against the repository root', () => {
    expect(resolve('/contributors/guide/README.md')).toEqual(repo('contributors/guide/README.md', { via: 'root' }));
  });

  it('keeps a fragment on a root-relative link', () => {
    expect(resolve('/contributors/guide/README.md#intro')).toEqual(
      repo('contributors/guide/README.md', { via: 'root', fragment: 'intro' }),
    );
  });

  it('`/` is the repository root', () => {
    expect(resolve('/')).toEqual(repo('', { via: 'root' }));
  });

  it('a path under a site prefix is external on the site origin', () => {
    expect(resolve('/docs/reference/using-api/client-libraries/')).toEqual({
      kind: 'external',
      url: 'https://kubernetes.io/docs/reference/using-api/client-libraries/',
      sitePath: '/docs/reference/using-api/client-libraries/',
    });
  });

  it('keeps the query and fragment of a site path', () => {
    expect(resolve('/docs/reference/x?y=1#z')).toEqual({
      kind: 'external',
      url: 'https://kubernetes.io/docs/reference/x?y=1#z',
      sitePath: '/docs/reference/x?y=1#z',
    });
  });

  it('does not strip a trailing slash from the origin twice', () => {
    const target = resolve('/docs/a/', { site: { origin: 'https://kubernetes.io/', paths: ['/docs/'] } });
    expect(target).toEqual({ kind: 'external', url: 'https://kubernetes.io/docs/a/', sitePath: '/docs/a/' });
  });

  it('matches site prefixes exactly: `/docs` without its slash stays in the repository', () => {
    expect(resolve('/docs')).toEqual(repo('docs', { via: 'root' }));
  });

  it('without a site, every root-relative path is in the repository', () => {
    expect(resolve('/docs/reference/x.md', { site: null })).toEqual(repo('docs/reference/x.md', { via: 'root' }));
  });
});

describe('resolveLink: escapes', () => {
  it('a relative path above the repository root escapes', () => {
    expect(resolve('../../../x')).toEqual({ kind: 'escape', path: '../x', destination: '../../../x' });
  });

  it('a root-relative path above the root escapes', () => {
    expect(resolve('/../x')).toEqual({ kind: 'escape', path: '../x', destination: '/../x' });
  });

  it('a path exactly at the parent of the root escapes', () => {
    expect(resolve('../../..')).toEqual({ kind: 'escape', path: '..', destination: '../../..' });
  });

  it('a path that climbs to the root and no further does not escape', () => {
    expect(resolve('../../x.md')).toEqual(repo('x.md'));
  });
});

describe('resolveLink: GitHub URLs of the same repository', () => {
  it('resolves a blob URL', () => {
    expect(resolve('https://github.com/kubernetes/community/blob/master/contributors/devel/development.md')).toEqual(
      repo('contributors/devel/development.md', { via: 'github', ref: 'master', view: 'blob' }),
    );
  });

  it('resolves a tree URL with a trailing slash', () => {
    expect(resolve('https://github.com/kubernetes/community/tree/master/contributors/guide/')).toEqual(
      repo('contributors/guide', { via: 'github', ref: 'master', view: 'tree' }),
    );
  });

  it('normalises `..` inside the URL path', () => {
    expect(resolve('https://github.com/kubernetes/community/tree/master/contributors/devel/../guide/x.md')).toEqual(
      repo('contributors/guide/x.md', { via: 'github', ref: 'master', view: 'tree' }),
    );
  });

  it('matches the owner, name and host case-insensitively', () => {
    expect(resolve('HTTPS://GitHub.com/Kubernetes/COMMUNITY/blob/main/x.md')).toEqual(
      repo('x.md', { via: 'github', ref: 'main', view: 'blob' }),
    );
  });

  it('accepts www.github.com and the raw and edit views', () => {
    expect(resolve('https://www.github.com/kubernetes/community/raw/master/a.png')).toEqual(
      repo('a.png', { via: 'github', ref: 'master', view: 'raw' }),
    );
    expect(resolve('https://github.com/kubernetes/community/edit/master/a.md')).toEqual(
      repo('a.md', { via: 'github', ref: 'master', view: 'edit' }),
    );
  });

  it('keeps the fragment (decoded) and the query', () => {
    expect(resolve('https://github.com/kubernetes/community/blob/master/a.md?plain=1#unit%20tests')).toEqual(
      repo('a.md', { via: 'github', ref: 'master', view: 'blob', query: '?plain=1', fragment: 'unit tests' }),
    );
  });

  it('decodes the path', () => {
    expect(resolve('https://github.com/kubernetes/community/blob/master/contributors/my%20file.md')).toEqual(
      repo('contributors/my file.md', { via: 'github', ref: 'master', view: 'blob' }),
    );
  });

  it('the repository page is the root', () => {
    expect(resolve('https://github.com/kubernetes/community')).toEqual(repo('', { via: 'github' }));
    expect(resolve('https://github.com/kubernetes/community/')).toEqual(repo('', { via: 'github' }));
  });

  it('a view with only a ref is the root at that ref', () => {
    expect(resolve('https://github.com/kubernetes/community/tree/main')).toEqual(
      repo('', { via: 'github', ref: 'main', view: 'tree' }),
    );
  });

  it('a protocol-relative URL is read as https', () => {
    expect(resolve('//github.com/kubernetes/community/blob/master/x.md')).toEqual(
      repo('x.md', { via: 'github', ref: 'master', view: 'blob' }),
    );
  });

  it('other pages of the same repository are external', () => {
    const url = 'https://github.com/kubernetes/community/issues/1';
    expect(resolve(url)).toEqual({ kind: 'external', url, sitePath: null });
    const pulls = 'https://github.com/kubernetes/community/pulls';
    expect(resolve(pulls)).toEqual({ kind: 'external', url: pulls, sitePath: null });
  });
});

describe('resolveLink: raw.githubusercontent.com', () => {
  it('resolves a raw URL of the same repository', () => {
    expect(resolve('https://raw.githubusercontent.com/kubernetes/community/master/a.png')).toEqual(
      repo('a.png', { via: 'raw', ref: 'master', view: 'raw' }),
    );
  });

  it('resolves a nested raw path and matches case-insensitively', () => {
    expect(resolve('https://raw.githubusercontent.com/Kubernetes/Community/v1.0/contributors/devel/img/x.svg')).toEqual(
      repo('contributors/devel/img/x.svg', { via: 'raw', ref: 'v1.0', view: 'raw' }),
    );
  });

  it('a raw URL of another repository is external', () => {
    const url = 'https://raw.githubusercontent.com/kubernetes/kubernetes/master/a.png';
    expect(resolve(url)).toEqual({ kind: 'external', url, sitePath: null });
  });
});

describe('resolveLink: shortlinks', () => {
  it('resolves a shortlink into the repository', () => {
    expect(resolve('https://git.k8s.io/community/contributors/devel/README.md')).toEqual(
      repo('contributors/devel/README.md', { via: 'shortlink' }),
    );
  });

  it('keeps the fragment of a shortlink', () => {
    expect(resolve('https://git.k8s.io/community/contributors/guide/README.md#sigs')).toEqual(
      repo('contributors/guide/README.md', { via: 'shortlink', fragment: 'sigs' }),
    );
  });

  it('the repository name in a shortlink is case-insensitive', () => {
    expect(resolve('https://git.k8s.io/Community/x.md')).toEqual(repo('x.md', { via: 'shortlink' }));
  });

  it('a shortlink to another repository of the owner is external', () => {
    const url = 'https://git.k8s.io/design-proposals-archive/x.md';
    expect(resolve(url)).toEqual({ kind: 'external', url, sitePath: null });
  });

  it('a shortlink host of another owner does not resolve into the repository', () => {
    const url = 'https://git.k8s.io/community/x.md';
    expect(resolve(url, { shortlinks: { 'git.k8s.io': 'someone-else' } })).toEqual({
      kind: 'external',
      url,
      sitePath: null,
    });
  });

  it('without shortlinks the host is just another website', () => {
    const url = 'https://git.k8s.io/community/x.md';
    expect(resolve(url, { shortlinks: {} })).toEqual({ kind: 'external', url, sitePath: null });
  });
});

describe('resolveLink: external destinations', () => {
  it.each([
    'mailto:kubernetes-dev@googlegroups.com',
    'tel:+1-555-0100',
    'ftp://example.com/file.txt',
    'https://kubernetes.io/docs/concepts/',
    'http://kubernetes.io/docs/admin/authentication/',
    'https://github.com/kubernetes/kubernetes/blob/master/README.md',
    'https://github.com/kubernetes/release',
    'https://github.com/kubernetes/community-archive/blob/master/x.md',
    'https://gitlab.com/kubernetes/community/blob/master/x.md',
    'https://example.com/kubernetes/community/blob/master/x.md',
  ])('%s is external and kept as written', (url) => {
    expect(resolve(url)).toEqual({ kind: 'external', url, sitePath: null });
  });

  it('an unparsable URL is external and kept as written', () => {
    expect(resolve('http://[bad')).toEqual({ kind: 'external', url: 'http://[bad', sitePath: null });
  });

  it('keeps the external URL spelled as written, not as the URL parser would', () => {
    expect(resolve('HTTPS://Example.COM/A')).toEqual({
      kind: 'external',
      url: 'HTTPS://Example.COM/A',
      sitePath: null,
    });
  });

  it('a root-relative site URL does not look like an absolute URL spelled on the site', () => {
    const absolute = resolve('https://kubernetes.io/docs/reference/');
    expect(absolute).toEqual({ kind: 'external', url: 'https://kubernetes.io/docs/reference/', sitePath: null });
  });
});

describe('resolveLink: URLs told external from their text', () => {
  // What the URL parser makes of a host decides; a URL it cannot parse is external as written.
  const ownHosts = new Set(['github.com', 'www.github.com', 'raw.githubusercontent.com', 'git.k8s.io']);
  const parsedHost = (url: string): string | null => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return null;
    }
  };
  const tricky = [
    'https://GitHub.com/kubernetes/community/blob/master/README.md',
    'https://github.com:443/kubernetes/community/blob/master/README.md',
    'https://user@github.com/kubernetes/community/blob/master/README.md',
    'https://%67ithub.com/kubernetes/community/blob/master/README.md',
    'https:\\github.com/kubernetes/community/blob/master/README.md',
    'https://github.com./kubernetes/community',
    'https://git.k8s.io/community/README.md',
    'HTTPS://RAW.GITHUBUSERCONTENT.COM/kubernetes/community/master/README.md',
    'https://github.com\t/kubernetes/community',
    'https://example.com/a?b#c',
    'http://0x7f.1/x',
    'https://a..b/x',
    'https://kubernetes.io',
    'https://-x-.example/',
  ];
  const urls = [...tricky];
  for (let index = 0; index < 300; index++) {
    const host = ['github.com', 'GitHub.COM', 'gist.github.com', 'k8s.io', 'git.k8s.io', 'x.y'][index % 6]!;
    const path = ['', '/', '/kubernetes/community/blob/main/a.md', '/Kubernetes/Community/tree/x', '?q#f'][index % 5]!;
    urls.push(`${index % 2 ? 'http' : 'https'}://${host}${path}`);
  }

  it('gives every URL the target the URL parser would lead to', () => {
    for (const url of urls) {
      const target = resolve(url);
      const host = parsedHost(url);
      if (host === null || !ownHosts.has(host)) expect(target, url).toEqual({ kind: 'external', url, sitePath: null });
    }
    expect(resolve(tricky[0]!)).toMatchObject({ kind: 'repo', path: 'README.md', via: 'github' });
    expect(resolve(tricky[1]!)).toMatchObject({ kind: 'repo', path: 'README.md', via: 'github' });
    expect(resolve(tricky[3]!)).toMatchObject({ kind: 'repo', path: 'README.md', via: 'github' });
  });
});

describe('targetKey', () => {
  const keyOf = (destination: string, documentPath = context.documentPath) =>
    targetKey(resolve(destination, { documentPath }));

  it('is equal for every spelling of one file', () => {
    const spellings = [
      'sig-testing/testing.md',
      './sig-testing/testing.md',
      '/contributors/devel/sig-testing/testing.md',
      'https://github.com/kubernetes/community/blob/master/contributors/devel/sig-testing/testing.md',
      'https://github.com/kubernetes/community/tree/master/contributors/devel/sig-testing/testing.md',
      'https://github.com/Kubernetes/Community/blob/main/contributors/devel/../devel/sig-testing/testing.md',
      'https://raw.githubusercontent.com/kubernetes/community/master/contributors/devel/sig-testing/testing.md',
      'https://git.k8s.io/community/contributors/devel/sig-testing/testing.md',
    ];
    const keys = new Set(spellings.map((spelling) => keyOf(spelling)));
    expect([...keys]).toEqual(['repo:contributors/devel/sig-testing/testing.md']);
  });

  it('is equal for a relative link from another document to the same file', () => {
    expect(keyOf('../devel/sig-testing/testing.md', 'contributors/guide/README.md')).toBe(
      keyOf('sig-testing/testing.md'),
    );
  });

  it('is equal for a directory with and without its trailing slash', () => {
    expect(keyOf('../guide/')).toBe(keyOf('https://github.com/kubernetes/community/tree/master/contributors/guide'));
  });

  it('includes the fragment', () => {
    expect(keyOf('testing.md#unit-tests')).toBe('repo:contributors/devel/testing.md#unit-tests');
    expect(keyOf('testing.md#unit-tests')).not.toBe(keyOf('testing.md'));
    expect(keyOf('testing.md#unit-tests')).toBe(
      keyOf('https://github.com/kubernetes/community/blob/master/contributors/devel/testing.md#unit-tests'),
    );
  });

  it('tells an empty fragment from no fragment', () => {
    expect(keyOf('testing.md#')).not.toBe(keyOf('testing.md'));
  });

  it('differs for different files', () => {
    expect(keyOf('testing.md')).not.toBe(keyOf('../guide/testing.md'));
  });

  it('spells each kind of target distinctly', () => {
    expect(keyOf('#top')).toBe('anchor:#top');
    expect(keyOf('https://example.com/')).toBe('url:https://example.com/');
    expect(keyOf('/docs/reference/')).toBe('url:https://kubernetes.io/docs/reference/');
    expect(keyOf('../../../x')).toBe('escape:../x');
  });

  it('a site path and its absolute URL on the site share a key', () => {
    expect(keyOf('/docs/reference/')).toBe(keyOf('https://kubernetes.io/docs/reference/'));
  });
});
