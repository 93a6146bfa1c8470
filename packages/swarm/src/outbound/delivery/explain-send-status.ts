import type { Lead } from '../../domain/lead.js';
import { terminalLeadStatuses } from '../../domain/lead.js';
import type { DeliveryRecord } from '../../ports/outbox-delivery-store.js';

/** One answer line to "why is this not sending?" — a stable code, a sentence, and when it was decided. */
export interface SendBlocker {
  code: string;
  message: string;
  at: Date | null;
}

/** The answer for one lead (`caio why <lead>`, `GET /api/leads/{id}/why`). */
export interface SendExplanation {
  leadId: string;
  leadStatus: Lead['status'];
  /** Each outbox message of the lead with its delivery state. */
  messages: {
    outboxId: string;
    step: number;
    status: string;
    mailbox: string;
    platform: string | null;
    attempts: number;
    sentAt: Date | null;
    notBefore: Date | null;
    reasonCode: string | null;
    reason: string | null;
    /** The recipient zone/region the send window used, with its source (SPEC §3.7). */
    recipientLocale: DeliveryRecord['recipientLocale'];
  }[];
  /** Empty when the lead is sending or has nothing waiting; otherwise why not, most decisive first. */
  blockers: SendBlocker[];
}

/**
 * Answers "why is this not sending?" (issue 4) from what the worker recorded: suppression, the
 * lead's status, and each outbox row's last refusal or failure reason (send-policy reason codes of
 * `outbound/policy/README.md`, vendor error codes, `dead_lettered`, `outcome_unknown`).
 */
export function explainSendStatus(input: {
  lead: Lead;
  suppressed: boolean;
  records: readonly DeliveryRecord[];
  killSwitchesOn: readonly string[];
  mode: string;
}): SendExplanation {
  const { lead, records } = input;
  const blockers: SendBlocker[] = [];
  for (const name of input.killSwitchesOn) {
    blockers.push({
      code: name.toLowerCase(),
      message: `${name} is on; \`caio resume\` or the switch's source lifts it.`,
      at: null,
    });
  }
  if (input.mode === 'shadow')
    blockers.push({ code: 'shadow_mode', message: 'Shadow mode: nothing is sent (set `mode: assisted`).', at: null });
  if (input.suppressed)
    blockers.push({
      code: 'suppressed',
      message: 'The address is on the suppression list (opt-out, bounce or complaint).',
      at: null,
    });
  if (terminalLeadStatuses.has(lead.status))
    blockers.push({ code: `lead_${lead.status}`, message: `The lead is ${lead.status}; no further sends.`, at: null });
  if (records.length === 0 && ['drafted', 'pending_approval'].includes(lead.status)) {
    blockers.push({
      code: 'approval_pending',
      message: 'The draft waits for a human approval (`caio drafts`).',
      at: null,
    });
  }
  for (const record of records) {
    if (record.message.status === 'sent' || !record.reasonCode) continue;
    const when = record.notBefore ? ` Next try after ${record.notBefore.toISOString()}.` : '';
    blockers.push({
      code: record.reasonCode,
      message: `Step ${record.message.sequenceStep} is ${record.message.status}: ${record.reason ?? record.reasonCode}.${record.message.status === 'queued' ? when : ''}`,
      at: record.sendingAt ?? record.claimedAt,
    });
  }
  return {
    leadId: lead.id,
    leadStatus: lead.status,
    messages: records.map((record) => ({
      outboxId: record.message.id,
      step: record.message.sequenceStep,
      status: record.message.status,
      mailbox: record.message.mailbox,
      platform: record.platform,
      attempts: record.attempts,
      sentAt: record.sentAt,
      notBefore: record.notBefore,
      reasonCode: record.reasonCode,
      reason: record.reason,
      recipientLocale: record.recipientLocale,
    })),
    blockers,
  };
}
