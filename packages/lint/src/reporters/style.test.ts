import { expect, it } from 'vitest';
import { painter } from './style.js';

it('styles only when colour is on, whatever stdout is', () => {
  expect(painter(true)('red', 'x')).toBe('\u001b[31mx\u001b[39m');
  expect(painter(true)(['yellow', 'bold'], 'x')).toBe('\u001b[33m\u001b[1mx\u001b[22m\u001b[39m');
  expect(painter(false)('red', 'x')).toBe('x');
});

it('leaves empty text empty', () => {
  expect(painter(true)('dim', '')).toBe('');
});
