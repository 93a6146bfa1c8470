import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** The columns a test sets on one `inbound_replies` row (migration 0010); the rest get neutral defaults. */
export interface SeededReply {
  id?: string;
  leadId?: string | null;
  threadKey?: string | null;
  receivedAt: Date;
  visibleText: string;
  intent: string;
  confidence: number;
  needsReview?: boolean;
  actionTaken?: string | null;
  fromAddress?: string;
}

/** Inserts one classified reply as the mailbox poller would store it; returns its id. */
export async function seedInboundReply(db: Kysely<Database>, reply: SeededReply): Promise<string> {
  const id = reply.id ?? randomUUID();
  await sql`INSERT INTO inbound_replies (id, dedupe_key, message_id, mailbox, uid, thread_key, threading_method,
      threading_confidence, lead_id, from_address, subject, received_at, visible_text, intent, confidence,
      needs_review, action_taken)
    VALUES (${id}::uuid, ${`test:${id}`}, ${`<${id}@mail.example.net>`}, 'sales@example.com/INBOX', 1,
      ${reply.threadKey ?? null}, 'in_reply_to', 1, ${reply.leadId ?? null}::uuid,
      ${reply.fromAddress ?? 'prospect@example.net'}, 'Re: Hello', ${reply.receivedAt.toISOString()}::timestamptz,
      ${reply.visibleText}, ${reply.intent}, ${reply.confidence}, ${reply.needsReview ?? false},
      ${reply.actionTaken ?? null})`.execute(db);
  return id;
}
