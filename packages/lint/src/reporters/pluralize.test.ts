import { expect, it } from 'vitest';
import { pluralize } from './pluralize.js';

it('uses the singular for exactly one', () => {
  expect(pluralize(0, 'error')).toBe('0 errors');
  expect(pluralize(1, 'error')).toBe('1 error');
  expect(pluralize(2, 'warning')).toBe('2 warnings');
});
