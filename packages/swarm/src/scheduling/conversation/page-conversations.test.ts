import { describe, expect, it } from 'vitest';
import { sampleSchedulingConversation } from '../../test-support/sample-scheduling-conversation.js';
import { createInMemorySchedulingConversationStore } from './in-memory-scheduling-conversation-store.js';

const at = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('in-memory listConversations (issue 7 meetings view; same order as the SQL store)', () => {
  it('lists every status newest update first, ties by id descending, keyset-paged, filtered by status', async () => {
    const store = createInMemorySchedulingConversationStore();
    await store.save(sampleSchedulingConversation({ id: 'a', updatedAt: at(1) }));
    await store.save(sampleSchedulingConversation({ id: 'b', status: 'escalated', updatedAt: at(3) }));
    await store.save(sampleSchedulingConversation({ id: 'c', status: 'booked', updatedAt: at(3) }));
    await store.save(sampleSchedulingConversation({ id: 'd', status: 'cancelled', updatedAt: at(2) }));

    const first = await store.listConversations({ limit: 2 });
    expect([first.items.map((item) => item.id), first.total]).toEqual([['c', 'b'], 4]);
    const second = await store.listConversations({ limit: 2, cursor: first.nextCursor ?? '' });
    expect([second.items.map((item) => item.id), second.nextCursor]).toEqual([['d', 'a'], null]);

    const booked = await store.listConversations({ limit: 10, status: 'booked' });
    expect([booked.items.map((item) => item.id), booked.total, booked.nextCursor]).toEqual([['c'], 1, null]);
  });

  it('hands out copies, and refuses a cursor it did not issue', async () => {
    const store = createInMemorySchedulingConversationStore();
    await store.save(sampleSchedulingConversation());
    const page = await store.listConversations({ limit: 1 });
    page.items[0]?.proposals.push('2026-03-09T09:00:00.000Z');
    expect((await store.get('conversation-1'))?.proposals).toHaveLength(2);
    await expect(store.listConversations({ limit: 1, cursor: 'forged' })).rejects.toMatchObject({
      code: 'input_invalid',
    });
  });
});
