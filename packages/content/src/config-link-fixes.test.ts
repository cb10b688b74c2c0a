import { describe, expect, it } from 'vitest';
import { applyLinkFixes } from './config-link-fixes.js';

const config = `# The guide's configuration.
upstream:
  repository: kubernetes/community
  readme: contributors/devel/README.md
edits:
  # Named as the neighbours are.
  - entry: GitHub Issues
    set:
      text: issue-triage.md
    was:
      text: /contributors/guide/issue-triage.md
  - after: Testing
    insert:
      title: Flakes
      links:
        - text: flaky-tests.md
          href: sig-testing/flaky-tests.md
`;

describe('applyLinkFixes', () => {
  it('adds href to an edit of the same entry, appends new edits, rewrites moved hrefs, keeps comments', () => {
    const fixed = applyLinkFixes(
      config,
      [
        { entry: 'GitHub Issues', link: 1, from: '../guide/issue-triage.md', to: '../guide/triage.md' },
        { entry: 'Hunting flaky tests', section: 'Testing', link: 2, from: 'sig-testing/flaky-tests.md', to: 'sig-testing/flakes.md' },
      ],
      new Map([['sig-testing/flaky-tests.md', 'sig-testing/flakes.md']]),
    );
    expect(fixed).toBe(`# The guide's configuration.
upstream:
  repository: kubernetes/community
  readme: contributors/devel/README.md
edits:
  # Named as the neighbours are.
  - entry: GitHub Issues
    set:
      text: issue-triage.md
      href: ../guide/triage.md
    was:
      text: /contributors/guide/issue-triage.md
      href: ../guide/issue-triage.md
  - after: Testing
    insert:
      title: Flakes
      links:
        - text: flaky-tests.md
          href: sig-testing/flakes.md
  - entry: Hunting flaky tests
    section: Testing
    link: 2
    set:
      href: sig-testing/flakes.md
    was:
      href: sig-testing/flaky-tests.md
`);
  });

  it('creates the edits list when there is none, and changes nothing without fixes', () => {
    const bare = 'upstream:\n  repository: a/b\n  readme: README.md\n';
    expect(applyLinkFixes(bare, [], new Map())).toBe(bare);
    expect(applyLinkFixes(bare, [{ entry: 'A', link: 1, from: 'a.md', to: 'b.md' }], new Map())).toBe(`${bare}edits:\n  - entry: A\n    set:\n      href: b.md\n    was:\n      href: a.md\n`);
  });
});
