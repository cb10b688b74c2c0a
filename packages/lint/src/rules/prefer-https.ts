import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';
import { shown, writtenDestination } from './link-spelling.js';

const path = 'contributors/devel/README.md';

export const preferHttps = defineFileRule({
  meta: {
    id: 'prefer-https',
    description: 'Link with `https://` to hosts known to serve https.',
    rationale:
      "An `http://` link to a host that serves https costs readers a redirect and, where the host does not redirect, sends them over plain text. Only hosts known to serve https are flagged: those in the `httpsHosts` setting (and the content configuration's) and the rule's `hosts` option, each with its subdomains. The fix writes `https://`.",
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({
      hosts: z
        .array(z.string().min(1))
        .default([])
        .describe('More hosts (and their subdomains) known to serve https, beside the `httpsHosts` setting.'),
    }),
    ok: [
      {
        source:
          'Read the [User Guide](https://kubernetes.io/docs/user-guide/) and [the old wiki](http://example.org/wiki).\n',
        path,
      },
      { source: 'See [the proposal](http://git.k8s.io/community/x.md).\n', path },
    ],
    notOk: [
      {
        source:
          'It assumes familiarity with the [User Guide](http://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](http://kubernetes.io/docs/admin/).\n',
        path,
        findings: [
          '1:33: Unexpected `http://kubernetes.io/docs/user-guide/`, expected `https://kubernetes.io/docs/user-guide/`: kubernetes.io serves https',
          '1:93: Unexpected `http://kubernetes.io/docs/admin/`, expected `https://kubernetes.io/docs/admin/`: kubernetes.io serves https',
        ],
        fixed:
          'It assumes familiarity with the [User Guide](https://kubernetes.io/docs/user-guide/) and the [Cluster Admin\nGuide](https://kubernetes.io/docs/admin/).\n',
      },
      {
        source: 'See [the proposal](http://git.k8s.io/community/x.md) and <http://blog.kubernetes.io/>.\n',
        path,
        options: { hosts: ['k8s.io'] },
        findings: [
          '1:5: Unexpected `http://git.k8s.io/community/x.md`, expected `https://git.k8s.io/community/x.md`: k8s.io serves https',
          '1:58: Unexpected `http://blog.kubernetes.io/`, expected `https://blog.kubernetes.io/`: kubernetes.io serves https',
        ],
        fixed: 'See [the proposal](https://git.k8s.io/community/x.md) and <https://blog.kubernetes.io/>.\n',
      },
    ],
  },
  check({ facts, text, options, settings, report }) {
    const hosts = [
      ...new Set([...settings.httpsHosts, ...options.hosts].map((host) => host.toLowerCase().replace(/^\*?\./, ''))),
    ];
    if (hosts.length === 0) return;
    for (const link of facts.links) {
      if (!/^http:\/\//i.test(link.url.trim())) continue;
      let host: string;
      try {
        host = new URL(link.url.trim()).hostname.toLowerCase();
      } catch {
        continue;
      }
      const known = hosts.find((candidate) => host === candidate || host.endsWith(`.${candidate}`));
      if (!known) continue;
      const written = writtenDestination(link, text);
      if (!written || !/^http:\/\//i.test(written.raw)) continue;
      report({
        reason: `Unexpected \`${shown(written.raw)}\`, expected \`https://${shown(written.raw.slice(7))}\`: ${known} serves https`,
        position: link.position,
        fix: [{ start: written.start, end: written.start + 7, text: 'https://' }],
      });
    }
  },
});
