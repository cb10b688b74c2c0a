import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { addFindingMessage } from './finding-message.js';
import { findingOf } from './rule.js';

const fields = ['reason', 'message', 'name', 'line', 'column', 'place', 'ruleId', 'source', 'fatal', 'file', 'url'];
const read = (message: object, names = fields) =>
  Object.fromEntries(names.map((name) => [name, (message as Record<string, unknown>)[name]]));

describe('addFindingMessage', () => {
  it('makes a message that reads as the one vfile makes, cause included', () => {
    const position = { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } };
    const causeAt = { line: 1, column: 1 };
    const file = new VFile({ path: '/repo/docs/a.md', value: '' });
    const made = addFindingMessage(file, {
      reason: 'Unexpected `x`, expected `y`',
      place: position,
      ruleId: 'no-missing-anchor',
      cause: { reason: 'First here', place: causeAt, file: '/repo/docs/b.md' },
      fatal: true,
      url: 'https://example.com/rules/no-missing-anchor.md',
      identity: { ruleId: 'no-missing-anchor', path: 'docs/a.md', key: 'k', occurrence: 1 },
      fix: [{ start: 20, end: 24, text: 'y' }],
    });

    const expected = new VFile({ path: '/repo/docs/a.md', value: '' }).message('Unexpected `x`, expected `y`', {
      place: position,
      ruleId: 'no-missing-anchor',
      source: 'devguide',
    });
    expected.fatal = true;
    expected.url = 'https://example.com/rules/no-missing-anchor.md';
    const expectedCause = Object.assign(
      new VFileMessage('First here', { place: causeAt, ruleId: 'no-missing-anchor', source: 'devguide' }),
      { file: '/repo/docs/b.md' },
    );

    expect(file.messages).toEqual([made]);
    expect(made).toBeInstanceOf(VFileMessage);
    expect(made).toBeInstanceOf(Error);
    expect(read(made)).toEqual(read(expected));
    expect(read(made.cause as object)).toEqual(read(expectedCause));
    expect(read(made, ['identity', 'fix'])).toEqual({
      identity: { ruleId: 'no-missing-anchor', path: 'docs/a.md', key: 'k', occurrence: 1 },
      fix: [{ start: 20, end: 24, text: 'y' }],
    });
  });

  it('names a message without a place or a file as vfile does', () => {
    const file = new VFile({ value: '' });
    const made = addFindingMessage(file, { reason: 'Unexpected `x`', fatal: false });
    const expected = new VFile({ value: '' }).message('Unexpected `x`', { source: 'devguide' });
    expect(read(made)).toEqual({ ...read(expected), fatal: false });
    expect(made.cause).toBeUndefined();
  });
});

describe('findingOf', () => {
  it('keeps what the rule reported, and no key it left out', () => {
    const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    const reason = `Unexpected ${['a', 'b'].join('')}, expected \`c\``;
    expect(findingOf('rule-a', { reason, position })).toStrictEqual({ ruleId: 'rule-a', reason, position });
    const cause = { path: null, position, reason: 'here' };
    const fix = [{ start: 0, end: 1, text: 'x' }];
    expect(findingOf('rule-a', { reason, position, cause, fix })).toStrictEqual({
      ruleId: 'rule-a',
      reason,
      position,
      cause,
      fix,
    });
  });
});
