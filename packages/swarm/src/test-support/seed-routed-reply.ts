import { sql, type Kysely } from 'kysely';
import { createReplyEffectsRepository } from '../store/repositories/reply-effects-repository.js';
import type { Database } from '../store/schema.js';
import { seedInboundReply, type SeededReply } from './seed-inbound-reply.js';

/**
 * Inserts one reply as reply routing leaves it (`routed_at` set); with `schedulingRequested`, also the
 * `scheduling-requested` domain event routing stores for a scheduling request (execute-reply-route.ts),
 * dated `reply.receivedAt`. Returns the reply id. What the scheduling dispatcher reads (issue 7).
 */
export async function seedRoutedReply(
  db: Kysely<Database>,
  reply: SeededReply & { leadId: string; threadKey: string },
  schedulingRequested?: { timezone: string },
): Promise<string> {
  const replyId = await seedInboundReply(db, reply);
  await sql`UPDATE inbound_replies SET routed_at = now() WHERE id = ${replyId}::uuid`.execute(db);
  if (schedulingRequested) {
    await createReplyEffectsRepository(db).recordDomainEvent(
      'scheduling-requested',
      { replyId, leadId: reply.leadId, threadKey: reply.threadKey, timezone: schedulingRequested.timezone },
      reply.receivedAt,
    );
  }
  return replyId;
}
