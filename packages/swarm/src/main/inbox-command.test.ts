import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { isCaioError } from '../domain/errors.js';
import type { InboxFilter, InboxReply, InboxStore } from '../ports/inbox-store.js';
import { registerInboxCommand } from './inbox-command.js';

function reply(id: string, intent: string, needsReview: boolean, minute: number): InboxReply {
  return {
    id,
    leadId: null,
    leadEmail: `${id}@example.com`,
    threadKey: null,
    messageId: null,
    receivedAt: new Date(`2026-11-22T09:${String(minute).padStart(2, '0')}:00Z`),
    visibleText: `Reply\n  from ${id}`,
    intent,
    classifiedIntent: intent,
    confidence: 0.5,
    actionTaken: null,
    needsReview,
    override: null,
  };
}

/** An in-memory {@link InboxStore} that records the filters and overrides it was asked for. */
function memoryInbox() {
  const replies = [reply('a1', 'question', false, 1), reply('b2', 'other', true, 2)];
  const filters: InboxFilter[] = [];
  const overrides: [string, string, string][] = [];
  const inbox: InboxStore = {
    list: async (filter) => {
      filters.push(filter);
      const items = replies
        .filter((item) => (filter.intent ? item.intent === filter.intent : true))
        .filter((item) => (filter.needsReview === undefined ? true : item.needsReview === filter.needsReview));
      return { items, total: items.length, nextCursor: null };
    },
    findById: async (id) => replies.find((item) => item.id === id) ?? null,
    override: async (id, intent, actor) => {
      overrides.push([id, intent, actor]);
      const found = replies.find((item) => item.id === id);
      return found
        ? {
            ...found,
            intent,
            needsReview: false,
            override: { intent, by: actor, at: new Date('2026-11-22T10:00:00Z') },
          }
        : null;
    },
  };
  return { inbox, filters, overrides };
}

async function run(argv: string[]) {
  const memory = memoryInbox();
  const output: string[] = [];
  let closed = 0;
  const program = new Command().exitOverride().option('--config <file>');
  registerInboxCommand(
    program,
    async () => ({
      inbox: memory.inbox,
      close: async () => {
        closed += 1;
      },
    }),
    (text) => output.push(text),
  );
  const error = await program.parseAsync(['node', 'caio', ...argv]).then(
    () => null,
    (caught: unknown) => caught,
  );
  return { ...memory, output: output.join(''), error, closed };
}

describe('caio inbox (SPEC 4 unified inbox)', () => {
  it('SPEC 4: --intent and --needs-review filter; --json prints { items, total, nextCursor }', async () => {
    const result = await run(['inbox', '--intent', 'Question', '--needs-review', '--limit', '5', '--json']);
    expect(result.error).toBeNull();
    expect(result.filters).toEqual([{ limit: 5, intent: 'question', needsReview: true }]);
    expect(JSON.parse(result.output)).toEqual({ items: [], total: 0, nextCursor: null });
    expect(result.closed).toBe(1);
  });

  it('SPEC 4: the table shows intent with confidence, review state and the reply on one line', async () => {
    const result = await run(['inbox']);
    expect(result.filters).toEqual([{ limit: 50 }]);
    expect(result.output).toContain('needs review');
    expect(result.output).toContain('Reply from b2');
    expect(result.output).toContain('0.50');
    expect(result.output).toContain('2 of 2');
  });

  it('SPEC 4: an unknown intent is refused before the store is asked', async () => {
    const result = await run(['inbox', '--intent', 'maybe']);
    expect(isCaioError(result.error) && result.error.code).toBe('input_invalid');
    expect(result.filters).toEqual([]);
  });

  it('SPEC 4: `inbox override <id> --intent` corrects the intent as the named reviewer', async () => {
    const result = await run(['inbox', 'override', 'b2', '--intent', 'objection', '--as', 'alice@example.com']);
    expect(result.error).toBeNull();
    expect(result.overrides).toEqual([['b2', 'objection', 'alice@example.com']]);
    expect(result.filters).toEqual([]);
    expect(result.output).toBe('Reply b2: intent other → objection (by alice@example.com).\n');
  });

  it('an override of an unknown reply fails with not_found', async () => {
    const result = await run(['inbox', 'override', 'zz', '--intent', 'question', '--as', 'alice@example.com']);
    expect(isCaioError(result.error) && result.error.code).toBe('not_found');
    expect(result.closed).toBe(1);
    const incomplete = await run(['inbox', 'override', 'b2']);
    expect(isCaioError(incomplete.error) && incomplete.error.code).toBe('input_invalid');
    expect(incomplete.overrides).toEqual([]);
  });
});
