import { describe, expect, it } from 'vitest';
import { positionAt } from './positions.js';

describe('positionAt', () => {
  it('counts lines the way the markdown and YAML parsers do, for every line ending', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\rcd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab', 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt('', 0)).toEqual({ line: 1, column: 1 });
  });
});
