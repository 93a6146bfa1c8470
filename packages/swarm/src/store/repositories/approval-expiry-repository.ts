import { sql, type Kysely } from 'kysely';
import type { ApprovalExpiry } from '../../ports/approval-expiry.js';
import type { Database } from '../schema.js';

/**
 * The SQL {@link ApprovalExpiry}: in one transaction, `pending → expired` (compare-and-set), the
 * draft to `expired`, the lead back to `drafted` with `last_error = 'approval expired'` (so the
 * operator sees why and a new run may re-queue it), and one GATEKEEPER `expire` audit event.
 * SPEC §3.6: a timeout is recorded as `expired`, never as a rejection, so no rejection memory is written.
 */
export function createApprovalExpiry(db: Kysely<Database>): ApprovalExpiry {
  return {
    async expire(approvalId, request) {
      const at = request.at.toISOString();
      return db.transaction().execute(async (transaction) => {
        const updated = await sql<{ draft_id: string; lead_id: string }>`
          UPDATE approvals SET status = 'expired', decided_by = ${request.actor},
            decided_at = ${at}::timestamptz, reason = 'approval timed out'
          WHERE id = ${approvalId} AND status = 'pending'
          RETURNING draft_id, lead_id`.execute(transaction);
        const row = updated.rows[0];
        if (!row) return false;
        await sql`UPDATE drafts SET status = 'expired', updated_at = ${at}::timestamptz
          WHERE id = ${row.draft_id}`.execute(transaction);
        await sql`UPDATE leads SET status = 'drafted', last_error = 'approval expired', updated_at = ${at}::timestamptz
          WHERE id = ${row.lead_id} AND status = 'pending_approval'`.execute(transaction);
        await sql`INSERT INTO audit_events
            (at, agent, action, target, actor, input_summary, output_summary, approval_status, outcome, reason_code, idempotency_key)
          VALUES (${at}::timestamptz, 'GATEKEEPER', 'expire', ${`draft:${row.draft_id}`}, ${request.actor},
            ${`approval ${approvalId}`}, 'expired: no decision before the last escalation level ran out',
            'expired', 'decided', 'approval_timeout', ${`expire:${approvalId}`})`.execute(transaction);
        return true;
      });
    },
  };
}
