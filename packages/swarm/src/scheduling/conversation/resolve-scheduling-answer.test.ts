import { describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/scheduling-answers.json' with { type: 'json' };
import { resolveSchedulingAnswer } from './resolve-scheduling-answer.js';

type Context = { now: string; prospectTimezone: string; proposals: string[] };
const contexts = fixtures.contexts as Record<string, Context>;

describe('free-text answers resolve to instants in the prospect zone (scheduling §6.6)', () => {
  it('has at least 40 answer fixtures', () => {
    expect(fixtures.cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.cases.map((entry) => [entry.context, entry.answer, entry] as const))(
    '%s: "%s"',
    (_contextName, answer, entry) => {
      const context = contexts[entry.context]!;
      expect(resolveSchedulingAnswer({ ...context, text: answer })).toEqual(entry.expected);
    },
  );
});
