import { describe, expect, it } from 'vitest';
import { isSpace } from './destination.js';

describe('isSpace', () => {
  it('is what /\\s/ matches, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
