import { describe, expect, it } from 'vitest';
import { closestPath } from './closest.js';

const readmes = ['README.md', 'sig-docs/README.md', 'archive/wg-policy/README.md', 'sig-apps/README.md'];

describe('closestPath', () => {
  it('follows a folder that moved, by the folders in common from the end', () => {
    expect(closestPath('wg-policy/README.md', readmes)).toBe('archive/wg-policy/README.md');
    expect(
      closestPath('mentoring/outreachy.md', ['mentoring/programs/outreachy.md', 'sig-cli/outreachy-old/outreachy.md']),
    ).toBe('mentoring/programs/outreachy.md');
  });

  it('offers nothing for a common name with no folder in common from the end', () => {
    expect(closestPath('wg-old/README.md', readmes)).toBeUndefined();
    expect(closestPath('sig-docs/intro/README.md', readmes)).toBeUndefined();
  });

  it('never crosses years', () => {
    const voters = ['elections/steering/2018/voters.md', 'elections/steering/2019/voters.md'];
    expect(closestPath('elections/steering/2021/voters.md', voters)).toBeUndefined();
    expect(closestPath('events/elections/2019/voters.md', voters)).toBe('elections/steering/2019/voters.md');
  });

  it('matches names in any case', () => {
    expect(closestPath('sig-cloud-provider/CHARTER.md', ['sig-cloud-provider/charter.md', 'sig-apps/charter.md'])).toBe(
      'sig-cloud-provider/charter.md',
    );
  });

  it('offers nothing when the best two rank equal', () => {
    expect(closestPath('guide/x.md', ['a/x.md', 'b/x.md'])).toBeUndefined();
  });
});
