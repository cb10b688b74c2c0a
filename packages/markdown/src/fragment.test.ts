import { describe, expect, it } from 'vitest';
import { fragmentLands, type FragmentTarget } from './fragment.js';

const anchors = new Set(['setting-up', 'Note-One', 'user-content-from-page']);

describe('fragmentLands', () => {
  const cases: Array<[fragment: string, target: Partial<FragmentTarget>, lands: boolean]> = [
    ['', {}, true],
    ['top', {}, true],
    ['TOP', {}, true],
    ['setting-up', {}, true],
    ['user-content-setting-up', {}, true],
    ['Setting-UP', {}, true],
    ['note-one', {}, true],
    ['user-content-note-one', {}, true],
    // A fetched page carries GitHub's prefix on its ids: either spelling of the link lands.
    ['from-page', {}, true],
    ['user-content-from-page', {}, true],
    ['setting', {}, false],
    ['user-content-', {}, false],
    // Line anchors land where lines are numbered, up to the last line when it is known.
    ['L10', { lineAnchors: true }, true],
    ['L10-L20', { lineAnchors: true, lines: 20 }, true],
    ['L10C3-L12C1', { lineAnchors: true, lines: 12 }, true],
    ['L10-L21', { lineAnchors: true, lines: 20 }, false],
    ['L21', { lineAnchors: true, lines: 20 }, false],
    ['L10', { lineAnchors: false }, false],
    ['L10-', { lineAnchors: true }, false],
    // GitHub's own anchor on a README box.
    ['readme', { path: 'docs/README.md' }, true],
    ['readme', { path: 'docs/guide.md' }, false],
    ['readme', {}, false],
  ];
  it.each(cases)('#%s on %o: %s', (fragment, target, lands) => {
    expect(fragmentLands(fragment, { anchors, lineAnchors: false, ...target })).toBe(lands);
  });
});
