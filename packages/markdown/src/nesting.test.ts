import { describe, expect, it } from 'vitest';
import { assertNesting, findDeepNesting } from './nesting.js';

describe('findDeepNesting', () => {
  it('names the line and column where the nesting first passes the limit', () => {
    const text = `# Title\r\n\r\n${'- '.repeat(4)}deep\r\n`;
    expect(findDeepNesting(text, 3)).toEqual({ line: 3, column: 7, depth: 4 });
    expect(findDeepNesting(text, 4)).toBeNull();
  });

  it('counts block quotes one column a level, and list indentation two columns a level', () => {
    expect(findDeepNesting('> > > x\n', 2)).toEqual({ line: 1, column: 4, depth: 3 });
    expect(findDeepNesting('- a\n  - b\n    - c\n', 2)).toEqual({ line: 3, column: 5, depth: 3 });
  });

  it('refuses text nested too deep with one error at that place', () => {
    expect(() => assertNesting('text\n\n> > x\n', 'doc.md', 1)).toThrow(/nested over 1 deep/);
  });
});
