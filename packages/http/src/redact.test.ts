import { describe, expect, it } from 'vitest';
import { redactor } from './redact.js';

describe('redactor', () => {
  it('hides a token, a configured header value and its credentials alone, also URL-encoded', () => {
    const redact = redactor(['ghp_abc123', 'Basic dXNlcjpwYXNz', null, undefined, '']);
    expect(redact('authorization: Bearer ghp_abc123')).toBe('authorization: Bearer ***');
    expect(redact('got Basic dXNlcjpwYXNz and dXNlcjpwYXNz')).toBe('got *** and ***');
    expect(redact('?auth=Basic%20dXNlcjpwYXNz')).toBe('?auth=***');
    expect(redact('nothing secret')).toBe('nothing secret');
  });

  it('leaves text as it is without secrets', () => {
    expect(redactor([])('Bearer x')).toBe('Bearer x');
  });
});
