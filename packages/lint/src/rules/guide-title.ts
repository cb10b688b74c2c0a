import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { defineFileRule } from '../engine/define-rule.js';

const path = 'contributors/devel/README.md';

export const guideTitle = defineFileRule({
  meta: {
    id: 'guide-title',
    description:
      'Give the guide one title: a front matter `title` in site form, one H1 before the first section in upstream form.',
    rationale:
      'The site renders the front matter `title` as the page heading, so an H1 in a site-form guide shows a second title; GitHub renders the upstream README without front matter, so there the H1 is the only title and belongs before the first `## ` section. A file with front matter is in site form unless the configuration says otherwise. A setext H2 before the title (old banners ended in a `--` line) is prelude, as in the guide model, not a section.',
    scope: 'guide',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
    ok: [
      { source: '---\ntitle: Developer Guide\n---\n\nIntro.\n\n## Setting up\n\nText.\n', path },
      { source: '# Developer Guide\n\nIntro.\n\n## Setting up\n\nText.\n', path },
      {
        source:
          '<!-- BEGIN MUNGE -->\nThe latest release of this document is elsewhere.\n--\n\n# Developer Guide\n\n## Setting up\n\nText.\n',
        path,
      },
    ],
    notOk: [
      {
        source: '---\ntitle: Developer Guide\n---\n\n# Developer Guide\n\n## Setting up\n\nText.\n',
        path,
        findings: ['5:1: Unexpected H1 `Developer Guide` in a site-form guide, expected the title in the front matter'],
      },
      {
        source: '---\nowner: sig-contributor-experience\n---\n\n## Setting up\n\nText.\n',
        path,
        findings: ["1:1: Unexpected front matter without `title`, expected the guide's title as `title: …`"],
      },
      {
        source: '---\nTitle: Developer Guide\n---\n\n## Setting up\n\nText.\n',
        path,
        findings: ['1:1: Unexpected front matter key `Title`, expected `title`'],
      },
      {
        source: 'Intro.\n\n## Setting up\n\n# Developer Guide\n',
        path,
        findings: [
          '3:1: Unexpected section `Setting up` before the title, expected an H1 before the first `## ` heading',
          '5:1: Unexpected H1 `Developer Guide` after the first section, expected the title before the first `## ` heading',
        ],
      },
      {
        source: '# Developer Guide\n\n# Contributing\n\n## Setting up\n\nText.\n',
        path,
        findings: ['3:1: Unexpected second title `Contributing`, expected one H1 before the first `## ` heading'],
      },
    ],
  },
  check({ tree, text, facts, role, report }) {
    const first = tree().children[0];
    const front = first?.type === 'yaml' ? first : null;
    const form = role.form ?? (front ? 'site' : 'upstream');
    const h1s = facts.headings.filter((heading) => heading.depth === 1);

    if (form === 'site') {
      if (front) {
        const title = frontMatterTitle(front.value);
        if (title === undefined) {
          report({
            reason: 'Unexpected front matter that is not a YAML mapping, expected `title: …` between the `---` lines',
            position: front.position!,
          });
        } else if (title.value === null) {
          report({
            reason: title.misspelt
              ? `Unexpected front matter key \`${title.misspelt}\`, expected \`title\``
              : "Unexpected front matter without `title`, expected the guide's title as `title: …`",
            position: front.position!,
          });
        }
      } else {
        report({
          reason: 'Unexpected site-form guide without front matter, expected `---` / `title: …` / `---` at the top',
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        });
      }
      for (const h1 of h1s) {
        report({
          reason: `Unexpected H1 \`${oneLine(h1.text)}\` in a site-form guide, expected the title in the front matter`,
          position: h1.position,
        });
      }
      return;
    }

    // A setext H2 before the title is an accident of old banners (a `--` line under text), which the guide model
    // keeps as prelude; an ATX `## ` there is a section.
    const firstSection = facts.headings.find(
      (heading) => heading.depth === 2 && text.charAt(heading.position.start.offset ?? -1) === '#',
    );
    const before = (line: number) => firstSection === undefined || line < firstSection.position.start.line;
    const titles = h1s.filter((h1) => before(h1.position.start.line));
    if (titles.length === 0) {
      if (firstSection) {
        report({
          reason: `Unexpected section \`${oneLine(firstSection.text)}\` before the title, expected an H1 before the first \`## \` heading`,
          position: firstSection.position,
        });
      } else {
        report({
          reason: 'Unexpected guide without a title, expected an H1 (`# Title`)',
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
        });
      }
    }
    for (const extra of titles.slice(1)) {
      report({
        reason: `Unexpected second title \`${oneLine(extra.text)}\`, expected one H1 before the first \`## \` heading`,
        position: extra.position,
      });
    }
    for (const late of h1s.filter((h1) => !before(h1.position.start.line))) {
      report({
        reason: `Unexpected H1 \`${oneLine(late.text)}\` after the first section, expected the title before the first \`## \` heading`,
        position: late.position,
      });
    }
  },
});

/**
 * The front matter's `title` (null when absent or empty) and a key that
 * differs from `title` only in case; undefined when the YAML is not a mapping.
 */
function frontMatterTitle(value: string): { value: string | null; misspelt: string | null } | undefined {
  let data: unknown;
  try {
    data = parseYaml(value);
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return { value: null, misspelt: null };
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const title = record['title'];
  const misspelt = Object.keys(record).find((key) => key !== 'title' && key.toLowerCase() === 'title') ?? null;
  return { value: typeof title === 'string' && title.trim() !== '' ? title : null, misspelt };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
