import { sql, type Kysely } from 'kysely';
import type { LeadStatus } from '../../domain/lead.js';
import type { LeadDecayFacts } from '../../ports/lead-status-store.js';
import type { Database } from '../schema.js';

interface FactsRow {
  id: string;
  status: LeadStatus;
  outbox_sent_at: Date | string | null;
  channel: string | null;
  timeline_sent_at: Date | string | null;
  first_open_at: Date | string | null;
  opens: string | number;
  last_reply_at: Date | string | null;
  last_touch_at: Date | string | null;
}

function instant(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

function latest(...values: (Date | null)[]): Date | null {
  const present = values.filter((value): value is Date => value !== null);
  return present.length === 0 ? null : new Date(Math.max(...present.map((value) => value.getTime())));
}

/**
 * The decay rules' inputs (SPEC §4) for every lead in `statuses`. Sources: a sent outbox row
 * (`status = 'sent'`, its `updated_at` is the send time) or a timeline move into `sent|revival_sent`
 * gives the last send; timeline `open` entries (or a move into `opened`) give opens; `reply` entries
 * (or a move into `replied`) give the last reply; `touch`/`sent` entries and sends give the last touch.
 * Inbound pieces feed these through `appendTimeline` / `applyTransitions`.
 */
export async function leadDecayFacts(db: Kysely<Database>, statuses: readonly LeadStatus[]): Promise<LeadDecayFacts[]> {
  if (statuses.length === 0) return [];
  const result = await sql<FactsRow>`
    SELECT l.id::text AS id, l.status,
      sent.sent_at AS outbox_sent_at, sent.channel,
      max(t.at) FILTER (WHERE t.to_status IN ('sent', 'revival_sent')) AS timeline_sent_at,
      min(t.at) FILTER (WHERE t.kind = 'open' OR t.to_status = 'opened') AS first_open_at,
      count(t.id) FILTER (WHERE t.kind = 'open') AS opens,
      max(t.at) FILTER (WHERE t.kind = 'reply' OR t.to_status = 'replied') AS last_reply_at,
      max(t.at) FILTER (WHERE t.kind IN ('touch', 'sent')) AS last_touch_at
    FROM leads AS l
    LEFT JOIN LATERAL (
      SELECT o.updated_at AS sent_at, o.channel FROM outbox AS o
      WHERE o.lead_id = l.id AND o.status = 'sent' ORDER BY o.updated_at DESC LIMIT 1
    ) AS sent ON true
    LEFT JOIN lead_timeline AS t ON t.lead_id = l.id
    WHERE l.status = ANY(${[...statuses]}::text[])
    GROUP BY l.id, l.status, sent.sent_at, sent.channel
    ORDER BY l.id`.execute(db);
  return result.rows.map((row) => {
    const lastSentAt = latest(instant(row.outbox_sent_at), instant(row.timeline_sent_at));
    const firstOpenAt = instant(row.first_open_at);
    return {
      id: row.id,
      status: row.status,
      lastSentAt,
      firstOpenAt,
      opens: Math.max(Number(row.opens), firstOpenAt ? 1 : 0),
      lastReplyAt: instant(row.last_reply_at),
      lastTouchAt: latest(lastSentAt, instant(row.last_touch_at)),
      channel: row.channel,
    };
  });
}
