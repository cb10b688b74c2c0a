import type { CheckResult, ExternalUrl, UrlOccurrence } from '@devguide/links';
import * as z from 'zod';
import { defineProjectRule } from '../engine/define-rule.js';
import type { ProjectContext } from '../engine/rule.js';

type Report = ProjectContext<unknown>['report'];

/** Each place of each checked URL whose result matches. */
function eachPlace(
  context: ProjectContext<unknown>,
  match: (result: CheckResult) => boolean,
  body: (url: ExternalUrl, result: CheckResult, place: UrlOccurrence, report: Report) => void,
): void {
  if (!context.external) return;
  const linted = new Set(context.files.map((file) => file.path));
  for (const url of context.external.urls) {
    const result = context.external.results.get(url.url);
    if (!result || result.source === 'offline' || !match(result)) continue;
    for (const place of url.occurrences) if (linted.has(place.path)) body(url, result, place, context.report);
  }
}

const because = (result: CheckResult) => (result.source === 'cache' ? `${result.reason}, cached` : result.reason);

export const externalLinkDead = defineProjectRule({
  meta: {
    id: 'external-link-dead',
    description: 'External links must reach a page, and their fragment a place on it.',
    rationale:
      'Runs only with `devguide lint --external`. Every http(s) URL is checked once per run however often it is linked: HEAD, then GET when HEAD is refused; redirects followed; retries with backoff on resets, timeouts, 408, 429 and 5xx. A URL is dead on 404 or 410, an unknown host, a refused connection or a redirect loop. A `#fragment` is checked against the ids and names of an HTML page, and against the headings of a markdown file on GitHub. GitHub repositories, files, directories, issues and pulls are checked through the REST API; URLs at the locked upstream commit are answered from the lock.',
    scope: 'any',
    defaultSeverity: 'error',
    fixable: false,
    external: true,
    options: z.strictObject({}),
    ok: [
      {
        source: 'See the [install guide](http://docs.example.com/install#linux).\n',
        responses: { 'http://docs.example.com/install': { status: 200, body: '<h2 id="linux">Linux</h2>' } },
      },
    ],
    notOk: [
      {
        source:
          'See the [old guide](http://docs.example.com/old) and [Windows](http://docs.example.com/install#windows).\n',
        responses: {
          'http://docs.example.com/old': { status: 404 },
          'http://docs.example.com/install': { status: 200, body: '<h2 id="linux">Linux</h2>' },
        },
        findings: [
          '1:9: Unexpected dead link `http://docs.example.com/old` (404), expected a page that exists',
          '1:54: Unexpected missing fragment `#windows` in `http://docs.example.com/install`, expected an id, name or heading of the page',
        ],
      },
    ],
  },
  check(context) {
    eachPlace(
      context,
      (result) => result.outcome === 'dead',
      (url, result, place, report) => {
        report(place.path, {
          reason: `Unexpected dead link \`${place.written}\` (${because(result)}), expected a page that exists`,
          position: place.position,
        });
      },
    );
    eachPlace(
      context,
      (result) => result.outcome === 'alive' && result.missingFragments.length > 0,
      (url, result, place, report) => {
        if (place.fragment === null || !result.missingFragments.includes(place.fragment)) return;
        report(place.path, {
          reason: `Unexpected missing fragment \`#${place.fragment}\` in \`${url.url}\`, expected an id, name or heading of the page`,
          position: place.position,
        });
      },
    );
  },
});

export const externalLinkRedirect = defineProjectRule({
  meta: {
    id: 'external-link-redirect',
    description: 'External links must not go through a permanent redirect: link the final URL.',
    rationale:
      'Runs only with `devguide lint --external`. When every hop of a redirect chain is permanent (301 or 308) the old URL may stop working any day and costs readers a round trip; `--fix` writes the final URL, keeping the fragment. Temporary redirects (302, 303, 307) are left alone: the old URL is the stable one.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: true,
    external: true,
    options: z.strictObject({}),
    ok: [
      {
        source: '[Release notes](http://docs.example.com/latest) move with every release.\n',
        responses: {
          'http://docs.example.com/latest': { status: 302, location: 'http://docs.example.com/v1.2' },
          'http://docs.example.com/v1.2': { status: 200 },
        },
      },
    ],
    notOk: [
      {
        source: 'Read [the API](http://docs.example.com/api#auth).\n',
        responses: {
          'http://docs.example.com/api': { status: 301, location: 'http://docs.example.com/reference/api' },
          'http://docs.example.com/reference/api': { status: 200, body: '<h2 id="auth">Auth</h2>' },
        },
        findings: [
          '1:6: Unexpected permanently redirected URL `http://docs.example.com/api#auth`, expected its final URL `http://docs.example.com/reference/api#auth`',
        ],
        fixed: 'Read [the API](http://docs.example.com/reference/api#auth).\n',
      },
    ],
  },
  check(context) {
    const texts = new Map(context.files.map((file) => [file.path, file.text]));
    eachPlace(
      context,
      (result) => result.outcome === 'alive' && result.redirect?.permanent === true,
      (_url, result, place, report) => {
        const hash = place.written.indexOf('#');
        const final = finalUrl(result.redirect!.to, hash >= 0 ? place.written.slice(hash) : '');
        if (final === null) {
          // The server's Location is not a URL to write into markdown: reported, never fixed, and quoted as data.
          report(place.path, {
            reason: `Unexpected permanently redirected URL \`${place.written}\`, expected a redirect to an absolute http(s) URL, got ${quoted(result.redirect!.to)}; check the link by hand`,
            position: place.position,
          });
          return;
        }
        const text = texts.get(place.path);
        const autolink = place.destination === null;
        const span = place.destination ?? autolinkSpan(text, place);
        const fixable = span !== null && text?.slice(span.start, span.end) === place.written;
        const inBrackets = autolink && span !== null && text?.[span.start - 1] === '<';
        // Written as a destination, never as markup: bare only when nothing in it is markdown syntax.
        const written = inBrackets || plainUrl.test(final) ? final : `<${final}>`;
        report(place.path, {
          reason: `Unexpected permanently redirected URL \`${place.written}\`, expected its final URL \`${final}\``,
          position: place.position,
          ...(fixable ? { fix: [{ start: span.start, end: span.end, text: written }] } : {}),
        });
      },
    );
  },
});

export const externalLinkInconclusive = defineProjectRule({
  meta: {
    id: 'external-link-inconclusive',
    description: 'External links whose check could not decide (bot walls, rate limits after retries, timeouts).',
    rationale:
      'Runs only with `devguide lint --external`. Some sites refuse automated requests (401, 403, 999), keep answering 429 after every retry, or time out. They are neither alive nor dead: reported apart, as warnings by default, so that a flaky site never fails a build. Exclude a site for good with `external.exclude` in the configuration. Inconclusive answers are never cached.',
    scope: 'any',
    defaultSeverity: 'warn',
    fixable: false,
    external: true,
    options: z.strictObject({}),
    ok: [
      {
        source: '[Status](http://status.example.com/) is up.\n',
        responses: { 'http://status.example.com/': { status: 200 } },
      },
    ],
    notOk: [
      {
        source: '[Profile](http://social.example.com/in/someone)\n',
        responses: { 'http://social.example.com/in/someone': { status: 999 } },
        findings: [
          '1:1: Unexpected inconclusive check of `http://social.example.com/in/someone` (999), expected an answer; check it by hand, or exclude it in `external.exclude`',
        ],
      },
    ],
  },
  check(context) {
    eachPlace(
      context,
      (result) => result.outcome === 'inconclusive',
      (_url, result, place, report) => {
        report(place.path, {
          reason: `Unexpected inconclusive check of \`${place.written}\` (${because(result)}), expected an answer; check it by hand, or exclude it in \`external.exclude\``,
          position: place.position,
        });
      },
    );
  },
});

/** Characters a URL may have written bare, as a destination or a literal autolink, without meaning markup. */
const plainUrl = /^[A-Za-z0-9\-._~:/?#@$&'+,;=%]+$/;

/**
 * The URL a permanent redirect's `Location` leads to, as it may be written into markdown: only a
 * valid absolute http(s) URL with a host, no credentials and nothing a server could use to inject
 * markup (white space, control characters, `<` or `>`, which a URL never needs raw); serialized
 * by the URL parser, which percent-encodes what it must. The link's own fragment is kept.
 */
export function finalUrl(location: string, fragment: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007f-\u009f<>"`\\]/.test(location)) return null;
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '' || url.username || url.password)
    return null;
  const final = fragment ? url.href.replace(/#.*$/, '') + fragment : url.href;
  return /[\s<>]/.test(final) ? null : final;
}

/** Text from the network, quoted so that it stays on one line and reads as data. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}

/** The URL of an autolink, `<https://…>` or a bare literal URL, which the facts give no destination span. */
function autolinkSpan(text: string | null | undefined, place: UrlOccurrence): { start: number; end: number } | null {
  const start = place.position.start.offset;
  const end = place.position.end.offset;
  if (text == null || start === undefined || end === undefined) return null;
  const source = text.slice(start, end);
  if (source === `<${place.written}>`) return { start: start + 1, end: end - 1 };
  if (source === place.written) return { start, end };
  return null;
}

export const externalRules = [externalLinkDead, externalLinkRedirect, externalLinkInconclusive];
